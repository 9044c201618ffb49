// SPDX-License-Identifier: MIT
#include "qr/qrfile.h"

#include "qr/qrreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <stb_image.h>
#include <stb_image_write.h>

#include <memory>

namespace kiosk::qr {

namespace {

// Bigger than any photo of a phone's screen; a file claiming more is refused before decoding
// (a few bytes of PNG can claim gigabytes of pixels).
constexpr int kMaxImageSide = 12000;
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

struct StbImageDeleter
{
    void operator()(stbi_uc *pixels) const { stbi_image_free(pixels); }
};

void appendTo(void *context, void *data, int size)
{
    static_cast<QByteArray *>(context)->append(static_cast<const char *>(data), size);
}

} // namespace

Result<QSize> writeQrPng(const QString &text, const QString &path, int maxPixels,
                         ErrorCorrection level)
{
    Result<QrMatrix> matrix = encodeText(text, level);
    if (!matrix)
        return matrix.failure();
    Result<QrRaster> raster = rasterizeToFit(*matrix, maxPixels);
    if (!raster)
        return raster.failure();
    QByteArray png;
    if (!stbi_write_png_to_func(&appendTo, &png, raster->side, raster->side, 1,
                                raster->pixels.constData(), raster->side))
        return fail(QCoreApplication::translate("kiosk::qr", "The QR code could not be drawn."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        return fail(
            QCoreApplication::translate("kiosk::qr", "The QR code could not be saved to %1: %2.")
                .arg(path, file.errorString()));
    }
    return QSize(raster->side, raster->side);
}

Result<QString> readCodeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("kiosk::qr", "cannot read %1: %2")
                        .arg(path, file.errorString()));
    const QByteArray content = file.read(kMaxFileBytes);
    const auto *bytes = reinterpret_cast<const stbi_uc *>(content.constData());
    int width = 0;
    int height = 0;
    int channels = 0;
    if (!stbi_info_from_memory(bytes, int(content.size()), &width, &height, &channels))
        return QString::fromUtf8(content); // not an image: the text itself
    if (width > kMaxImageSide || height > kMaxImageSide)
        return fail(
            QCoreApplication::translate(
                "kiosk::qr", "%1: the image is %2 x %3 pixels; at most %4 a side can be read.")
                .arg(path)
                .arg(width)
                .arg(height)
                .arg(kMaxImageSide));
    // One byte a pixel: ZXing reads luminance anyway, and it is the smallest copy.
    std::unique_ptr<stbi_uc, StbImageDeleter> grey(
        stbi_load_from_memory(bytes, int(content.size()), &width, &height, &channels, 1));
    if (!grey)
        return fail(
            QCoreApplication::translate("kiosk::qr", "%1: the image could not be decoded (%2).")
                .arg(path, QString::fromLatin1(stbi_failure_reason())));
    auto decoded = decodeLuminance(grey.get(), width, height, width);
    if (!decoded)
        return fail(QStringLiteral("%1: %2").arg(path, decoded.error()));
    return decoded->text;
}

} // namespace kiosk::qr
