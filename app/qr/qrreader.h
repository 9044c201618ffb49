// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QPoint>
#include <QString>

// Reading QR codes with ZXing-cpp from pixels in memory; no Qt Gui here (QImages: qr/qrimage.h).
namespace kiosk::qr {

struct DecodeOptions
{
    bool tryHarder = true;    // slower, finds small and damaged codes
    bool tryRotate = true;    // also look at the image turned by 90°
    bool tryDownscale = true; // also look at a smaller copy (helps with big, noisy frames)
    // When the usual local-average binarizer finds nothing, try once more with a global
    // threshold: clean but low-contrast images (a dim screen, a grey print) need it.
    bool tryGlobalThreshold = true;
};

struct DecodedQr
{
    QString text;          // the content as UTF-8 (what the kiosk's senders write)
    QByteArray bytes;      // the content exactly as stored in the symbol
    QList<QPoint> corners; // where in the image: top-left, top-right, bottom-right, bottom-left
};

// How the bytes of one pixel are laid out in a buffer handed to decodePixels().
enum class PixelLayout
{
    Luminance, // one byte a pixel (8-bit grey, or the Y plane of a camera frame)
    Rgb,       // 3 bytes: R, G, B
    Bgr,       // 3 bytes: B, G, R
    Rgbx,      // 4 bytes: R, G, B, unused
    Bgrx,      // 4 bytes: B, G, R, unused
    Xrgb,      // 4 bytes: unused, R, G, B
};

// Reads the first QR code in a pixel buffer, in place. `stride` is the distance in bytes
// between the starts of two rows (at least width times the bytes a pixel). "No QR code" is an
// error too. QImages are read with decodeImage() (qr/qrimage.h).
Result<DecodedQr> decodePixels(const uchar *data, int width, int height, int stride,
                               PixelLayout layout, const DecodeOptions &options = {});

// decodePixels() of a luminance plane (one byte a pixel, e.g. the Y plane of a camera frame).
Result<DecodedQr> decodeLuminance(const uchar *data, int width, int height, int stride,
                                  const DecodeOptions &options = {});

} // namespace kiosk::qr
