// SPDX-License-Identifier: MIT
#include "qr/qrreader.h"

#include "qr/qrlogging.h"

#include <QCoreApplication>

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

ZXing::ImageFormat zxingFormat(PixelLayout layout)
{
    switch (layout) {
    case PixelLayout::Luminance:
        return ZXing::ImageFormat::Lum;
    case PixelLayout::Rgb:
        return ZXing::ImageFormat::RGB;
    case PixelLayout::Bgr:
        return ZXing::ImageFormat::BGR;
    case PixelLayout::Rgbx:
        return ZXing::ImageFormat::RGBX;
    case PixelLayout::Bgrx:
        return ZXing::ImageFormat::BGRX;
    case PixelLayout::Xrgb:
        return ZXing::ImageFormat::XRGB;
    }
    return ZXing::ImageFormat::None;
}

} // namespace

Result<DecodedQr> decodePixels(const uchar *data, int width, int height, int stride,
                               PixelLayout layout, const DecodeOptions &options)
{
    const ZXing::ImageFormat format = zxingFormat(layout);
    if (!data || width <= 0 || height <= 0 || stride < width * ZXing::PixStride(format))
        return noImage();
    return read({data, width, height, format, stride}, options);
}

Result<DecodedQr> decodeLuminance(const uchar *data, int width, int height, int stride,
                                  const DecodeOptions &options)
{
    return decodePixels(data, width, height, stride, PixelLayout::Luminance, options);
}

} // namespace kiosk::qr
