// SPDX-License-Identifier: MIT
#include "qr/qrencoder.h"

#include "qr/qrlogging.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <memory>

namespace kiosk::qr {

Q_LOGGING_CATEGORY(lcQrCode, "kiosk.qr", QtInfoMsg)

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

struct QrInputDeleter
{
    void operator()(QRinput *input) const { QRinput_free(input); }
};
using QrInputPtr = std::unique_ptr<QRinput, QrInputDeleter>;

QRecLevel toQrLevel(ErrorCorrection level)
{
    switch (level) {
    case ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

QString levelName(ErrorCorrection level)
{
    static const char *const names[] = {"L", "M", "Q", "H"};
    return QString::fromLatin1(names[int(level)]);
}

// What a version 40 symbol holds (ISO/IEC 18004 table 7), for the "too long" message.
int capacity(QrMode mode, ErrorCorrection level)
{
    static const int numeric[] = {7089, 5596, 3993, 3057};
    static const int alnum[] = {4296, 3391, 2420, 1852};
    static const int bytes[] = {2953, 2331, 1663, 1273};
    switch (mode) {
    case QrMode::Numeric:
        return numeric[int(level)];
    case QrMode::Alphanumeric:
        return alnum[int(level)];
    case QrMode::Byte:
    case QrMode::Mixed:
        break;
    }
    return bytes[int(level)];
}

bool isAlphanumericChar(char16_t c)
{
    if ((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z'))
        return true;
    switch (c) {
    case u' ':
    case u'$':
    case u'%':
    case u'*':
    case u'+':
    case u'-':
    case u'.':
    case u'/':
    case u':':
        return true;
    default:
        return false;
    }
}

Error encodeFailure(int savedErrno, QrMode mode, ErrorCorrection level, qsizetype length)
{
    if (savedErrno == ERANGE) {
        const bool chars = mode == QrMode::Numeric || mode == QrMode::Alphanumeric;
        const QString unit = chars ? QCoreApplication::translate("kiosk::qr", "characters")
                                   : QCoreApplication::translate("kiosk::qr", "bytes");
        return fail(QCoreApplication::translate(
                        "kiosk::qr",
                        "The text is too long for a QR code: %1 %2, but at most %3 fit at "
                        "error-correction level %4.")
                        .arg(length)
                        .arg(unit)
                        .arg(capacity(mode, level))
                        .arg(levelName(level)));
    }
    return fail(QCoreApplication::translate("kiosk::qr", "The QR code could not be made: %1.")
                    .arg(QString::fromLocal8Bit(std::strerror(savedErrno))));
}

Result<QrMatrix> toMatrix(QrCodePtr code, ErrorCorrection level, QrMode mode)
{
    const int size = code->width;
    std::vector<std::uint8_t> modules(std::size_t(size) * size);
    for (std::size_t i = 0; i < modules.size(); ++i)
        modules[i] = code->data[i] & 1; // bit 0 is dark; the others describe the module's role
    return QrMatrix(code->version, size, level, mode, std::move(modules));
}

// One segment in one mode; libqrencode picks the smallest version that holds it.
Result<QrMatrix> encodeSegment(QRencodeMode qrMode, QrMode mode, const QByteArray &data,
                               ErrorCorrection level)
{
    QrInputPtr input(QRinput_new2(0, toQrLevel(level)));
    if (!input)
        return encodeFailure(errno, mode, level, data.size());
    if (QRinput_append(input.get(), qrMode, int(data.size()),
                       reinterpret_cast<const unsigned char *>(data.constData())) != 0)
        return encodeFailure(errno, mode, level, data.size());
    errno = 0;
    QrCodePtr code(QRcode_encodeInput(input.get()));
    if (!code)
        return encodeFailure(errno, mode, level, data.size());
    return toMatrix(std::move(code), level, mode);
}

Error emptyText()
{
    return fail(QCoreApplication::translate("kiosk::qr", "There is nothing to put in a QR code."));
}

} // namespace

QrMatrix::QrMatrix(int version, int size, ErrorCorrection level, QrMode mode,
                   std::vector<std::uint8_t> modules)
    : m_version(version), m_size(size), m_level(level), m_mode(mode), m_modules(std::move(modules))
{}

bool isAlphanumeric(QStringView text)
{
    for (QChar c : text) {
        if (!isAlphanumericChar(c.unicode()))
            return false;
    }
    return true;
}

Result<QrMatrix> encodeText(const QString &text, ErrorCorrection level)
{
    if (text.isEmpty())
        return emptyText();
    const QByteArray utf8 = text.toUtf8();
    const bool digitsOnly =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (digitsOnly)
        return encodeSegment(QR_MODE_NUM, QrMode::Numeric, utf8, level);
    // One alphanumeric segment: libqrencode's own splitter may spend a few 8-bit segments on
    // short runs; a whole upper-case UR is always denser as a single alphanumeric one.
    if (isAlphanumeric(text))
        return encodeSegment(QR_MODE_AN, QrMode::Alphanumeric, utf8, level);
    if (utf8.contains('\0'))
        return encodeSegment(QR_MODE_8, QrMode::Byte, utf8, level);
    errno = 0;
    // Case-sensitive, QR_MODE_8 hint: digit and upper-case runs get their denser modes, the
    // rest (lower case, UTF-8) stays bytes; no Kanji guessing.
    QrCodePtr code(QRcode_encodeString(utf8.constData(), 0, toQrLevel(level), QR_MODE_8, 1));
    if (!code)
        return encodeFailure(errno, QrMode::Mixed, level, utf8.size());
    return toMatrix(std::move(code), level, QrMode::Mixed);
}

Result<QrMatrix> encodeBytes(const QByteArray &data, ErrorCorrection level)
{
    if (data.isEmpty())
        return emptyText();
    return encodeSegment(QR_MODE_8, QrMode::Byte, data, level);
}

int moduleSizeFor(int symbolSize, int quietZoneModules, int maxPixels)
{
    const int total = symbolSize + 2 * qMax(0, quietZoneModules);
    if (total <= 0 || maxPixels <= 0)
        return 0;
    return maxPixels / total;
}

QrRaster rasterize(const QrMatrix &matrix, int moduleSize, int quietZoneModules)
{
    if (matrix.isNull() || moduleSize <= 0)
        return {};
    const int quiet = qMax(0, quietZoneModules);
    const qint64 side = qint64(matrix.size() + 2 * quiet) * moduleSize;
    if (side * side > std::numeric_limits<int>::max())
        return {}; // an absurd size: no one can scan it, and it would not fit in memory
    QrRaster raster;
    raster.side = int(side);
    raster.moduleSize = moduleSize;
    raster.pixels = QByteArray(qsizetype(side * side), char(255));
    // Draw one pixel row per module row, then copy it down: whole pixels, no anti-aliasing.
    char *pixels = raster.pixels.data();
    for (int my = 0; my < matrix.size(); ++my) {
        char *first = pixels + qsizetype(quiet + my) * moduleSize * side;
        for (int mx = 0; mx < matrix.size(); ++mx) {
            if (matrix.isDark(mx, my))
                std::memset(first + qsizetype(quiet + mx) * moduleSize, 0, std::size_t(moduleSize));
        }
        for (int row = 1; row < moduleSize; ++row)
            std::memcpy(first + row * side, first, std::size_t(side));
    }
    return raster;
}

Result<QrRaster> rasterizeToFit(const QrMatrix &matrix, int maxPixels, int quietZoneModules)
{
    const int moduleSize = moduleSizeFor(matrix.size(), quietZoneModules, maxPixels);
    if (moduleSize < 1) {
        return fail(QCoreApplication::translate("kiosk::qr",
                                                "The QR code needs at least %1 pixels a side, "
                                                "but only %2 are available.")
                        .arg(matrix.size() + 2 * qMax(0, quietZoneModules))
                        .arg(maxPixels));
    }
    QrRaster raster = rasterize(matrix, moduleSize, quietZoneModules);
    if (raster.isNull())
        return fail(QCoreApplication::translate("kiosk::qr", "The QR code could not be drawn."));
    return raster;
}

} // namespace kiosk::qr
