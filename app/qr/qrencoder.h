// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

// Making QR codes with libqrencode, down to grey pixels. No Qt Gui here: the headless
// loyalty-kioskctl draws its --png files from this too (qr/qrfile.h); QImages for the screen
// are in qr/qrimage.h.

namespace kiosk::qr {

// How much of the symbol may be damaged and still be read: about 7, 15, 25 and 30 %.
enum class ErrorCorrection
{
    Low,
    Medium,
    Quartile,
    High
};

// How the data was put into the symbol. Alphanumeric holds 5.5 bits a character against 8 for
// Byte, so upper-case URs make smaller (easier to scan) codes.
enum class QrMode
{
    Numeric,
    Alphanumeric,
    Byte,
    Mixed // libqrencode chose segments itself (text with lower case or non-ASCII characters)
};

// The dark and light modules of one QR symbol, without its quiet zone.
class QrMatrix
{
public:
    QrMatrix() = default;
    QrMatrix(int version, int size, ErrorCorrection level, QrMode mode,
             std::vector<std::uint8_t> modules);

    int version() const { return m_version; } // 1..40
    int size() const { return m_size; }       // modules a side: 17 + 4 * version
    ErrorCorrection errorCorrection() const { return m_level; }
    QrMode mode() const { return m_mode; }
    bool isNull() const { return m_size == 0; }
    bool isDark(int x, int y) const { return m_modules[std::size_t(y) * m_size + x] != 0; }

private:
    int m_version = 0;
    int m_size = 0;
    ErrorCorrection m_level = ErrorCorrection::Medium;
    QrMode m_mode = QrMode::Byte;
    std::vector<std::uint8_t> m_modules; // one byte a module, 1 = dark
};

// True when every character is in the QR alphanumeric set (0-9 A-Z space $ % * + - . / :).
bool isAlphanumeric(QStringView text);

// Text as UTF-8. Digits only: numeric mode; the alphanumeric set only (upper-case URs): one
// alphanumeric segment; anything else: libqrencode's own segmentation (case-sensitive).
// Fails for empty text and for text too long for a version 40 symbol.
Result<QrMatrix> encodeText(const QString &text, ErrorCorrection level = ErrorCorrection::Medium);
// Raw bytes (may contain NUL) in one byte segment.
Result<QrMatrix> encodeBytes(const QByteArray &data,
                             ErrorCorrection level = ErrorCorrection::Medium);

// The largest whole number of pixels a module can have so that the symbol and its quiet
// zone fit in maxPixels; 0 when even one pixel a module does not fit.
int moduleSizeFor(int symbolSize, int quietZoneModules, int maxPixels);

// The symbol and its quiet zone as 8-bit grey pixels (0 black, 255 white), rows packed with
// no padding. What both the screen's QImage and a PNG file are made from.
struct QrRaster
{
    int side = 0;       // pixels a side: (symbol size + 2 * quiet zone) * module size
    int moduleSize = 0; // pixels a module
    QByteArray pixels;  // side * side bytes
    bool isNull() const { return side == 0; }
};

// Every module exactly moduleSize x moduleSize pixels; null for an empty matrix or a module
// size below 1.
QrRaster rasterize(const QrMatrix &matrix, int moduleSize, int quietZoneModules = 4);

// The whole code no larger than maxPixels a side: the largest integer module size that fits
// (so never blurry); the raster is exactly (size + 2 * quiet zone) * module size pixels wide,
// which can be a little less than maxPixels. Callers centre it.
Result<QrRaster> rasterizeToFit(const QrMatrix &matrix, int maxPixels, int quietZoneModules = 4);

} // namespace kiosk::qr
