// SPDX-License-Identifier: MIT
#include "qr/qrimage.h"

#include "qr/qrlogging.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <cstring>
#include <optional>

namespace kiosk::qr {

namespace {

QImage toImage(const QrRaster &raster, QImage::Format format)
{
    if (raster.isNull())
        return {};
    const bool mono = format == QImage::Format_Mono;
    QImage image(raster.side, raster.side, mono ? QImage::Format_Mono : QImage::Format_Grayscale8);
    if (image.isNull())
        return {}; // out of memory for an absurd size
    const auto *pixels = reinterpret_cast<const uchar *>(raster.pixels.constData());
    if (!mono) {
        for (int y = 0; y < raster.side; ++y)
            std::memcpy(image.scanLine(y), pixels + qsizetype(y) * raster.side,
                        std::size_t(raster.side));
        return image;
    }
    // Index 0 white, 1 black: a zero-filled image is all quiet zone.
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < raster.side; ++y) {
        const uchar *row = pixels + qsizetype(y) * raster.side;
        uchar *bits = image.scanLine(y);
        for (int x = 0; x < raster.side; ++x) {
            if (row[x] == 0)
                bits[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }
    return image;
}

// How ZXing is to read a QImage format in place, or nothing when it has to be converted.
std::optional<PixelLayout> layoutOf(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
        return PixelLayout::Luminance;
    case QImage::Format_RGB888:
        return PixelLayout::Rgb;
    case QImage::Format_BGR888:
        return PixelLayout::Bgr;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return PixelLayout::Rgbx;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB in native byte order.
        return QSysInfo::ByteOrder == QSysInfo::LittleEndian ? PixelLayout::Bgrx
                                                             : PixelLayout::Xrgb;
    default:
        return std::nullopt;
    }
}

} // namespace

QImage renderMatrix(const QrMatrix &matrix, int moduleSize, int quietZoneModules,
                    QImage::Format format)
{
    return toImage(rasterize(matrix, moduleSize, quietZoneModules), format);
}

Result<QImage> drawQrCode(const QrMatrix &matrix, int maxPixels, const RenderOptions &options)
{
    if (options.format != QImage::Format_Grayscale8 && options.format != QImage::Format_Mono)
        return fail(QCoreApplication::translate(
            "kiosk::qr", "QR codes are drawn only as 8-bit grey or 1-bit images."));
    Result<QrRaster> raster = rasterizeToFit(matrix, maxPixels, options.quietZoneModules);
    if (!raster)
        return raster.failure();
    QImage image = toImage(*raster, options.format);
    if (image.isNull())
        return fail(QCoreApplication::translate("kiosk::qr", "The QR code could not be drawn."));
    return image;
}

Result<QImage> drawQrCode(const QString &text, int maxPixels, const RenderOptions &options)
{
    Result<QrMatrix> matrix = encodeText(text, options.errorCorrection);
    if (!matrix)
        return matrix.failure();
    qCDebug(lcQrCode) << "QR version" << matrix->version() << "mode" << int(matrix->mode()) << "for"
                      << text.size() << "characters";
    return drawQrCode(*matrix, maxPixels, options);
}

Result<DecodedQr> decodeImage(const QImage &image, const DecodeOptions &options)
{
    if (const std::optional<PixelLayout> layout = layoutOf(image.format()))
        return decodePixels(image.constBits(), image.width(), image.height(),
                            int(image.bytesPerLine()), *layout, options);
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    return decodePixels(grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()),
                        PixelLayout::Luminance, options);
}

} // namespace kiosk::qr
