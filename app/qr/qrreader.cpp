// SPDX-License-Identifier: MIT
#include "qr/qrreader.h"

#include "qr/qrlogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

// Without it ZXing 1.4's Result::text() is a std::wstring and the header warns.
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace kiosk::qr {

namespace {

ZXing::DecodeHints hintsFor(const DecodeOptions &options, ZXing::Binarizer binarizer)
{
    ZXing::DecodeHints hints;
    hints.setBinarizer(binarizer);
    hints.setFormats(ZXing::BarcodeFormat::QRCode)
        .setTryHarder(options.tryHarder)
        .setTryRotate(options.tryRotate)
        .setTryDownscale(options.tryDownscale)
        // Our senders write UTF-8 without an ECI header; don't let ZXing guess Shift-JIS.
        .setCharacterSet("UTF-8");
    return hints;
}

Result<DecodedQr> read(const ZXing::ImageView &view, const DecodeOptions &options)
{
    ZXing::Result result =
        ZXing::ReadBarcode(view, hintsFor(options, ZXing::Binarizer::LocalAverage));
    if (!result.isValid() && options.tryGlobalThreshold)
        result = ZXing::ReadBarcode(view, hintsFor(options, ZXing::Binarizer::GlobalHistogram));
    if (!result.isValid()) {
        if (result.error()) {
            qCDebug(lcQrCode) << "QR code found but unreadable:"
                              << QString::fromStdString(ZXing::ToString(result.error()));
            return fail(QCoreApplication::translate("kiosk::qr",
                                                    "A QR code was found but could not be read."));
        }
        return fail(QCoreApplication::translate("kiosk::qr", "No QR code was found."));
    }
    DecodedQr decoded;
    decoded.text = QString::fromStdString(result.text());
    const ZXing::ByteArray &bytes = result.bytes();
    decoded.bytes =
        QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
    const ZXing::Position &position = result.position();
    for (int i = 0; i < 4; ++i)
        decoded.corners << QPoint(position[i].x, position[i].y);
    return decoded;
}

Error noImage()
{
    return fail(QCoreApplication::translate("kiosk::qr", "There is no image to read."));
}

// ZXing's name for the byte order of a QImage format, or None when it has to be converted.
ZXing::ImageFormat zxingFormat(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
        return ZXing::ImageFormat::Lum;
    case QImage::Format_RGB888:
        return ZXing::ImageFormat::RGB;
    case QImage::Format_BGR888:
        return ZXing::ImageFormat::BGR;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return ZXing::ImageFormat::RGBX;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB in native byte order.
        return QSysInfo::ByteOrder == QSysInfo::LittleEndian ? ZXing::ImageFormat::BGRX
                                                             : ZXing::ImageFormat::XRGB;
    default:
        return ZXing::ImageFormat::None;
    }
}

} // namespace

Result<DecodedQr> decodeImage(const QImage &image, const DecodeOptions &options)
{
    if (image.isNull())
        return noImage();
    const ZXing::ImageFormat format = zxingFormat(image.format());
    if (format == ZXing::ImageFormat::None) {
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        return read({grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                     int(grey.bytesPerLine())},
                    options);
    }
    return read(
        {image.constBits(), image.width(), image.height(), format, int(image.bytesPerLine())},
        options);
}

Result<DecodedQr> decodeLuminance(const uchar *data, int width, int height, int stride,
                                  const DecodeOptions &options)
{
    if (!data || width <= 0 || height <= 0 || stride < width)
        return noImage();
    return read({data, width, height, ZXing::ImageFormat::Lum, stride}, options);
}

Result<QString> readCodeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("kiosk::qr", "cannot read %1: %2")
                        .arg(path, file.errorString()));
    const QByteArray content = file.read(16 * 1024 * 1024);
    QImage image;
    if (image.loadFromData(content)) {
        auto decoded = decodeImage(image);
        if (!decoded)
            return fail(QStringLiteral("%1: %2").arg(path, decoded.error()));
        return decoded->text;
    }
    return QString::fromUtf8(content);
}

} // namespace kiosk::qr
