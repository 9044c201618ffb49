// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "qr/qrencoder.h"
#include "qr/qrreader.h"

#include <QImage>
#include <QString>

// QR codes as QImages, for the screen and the camera (Qt Gui). The headless core makes and
// reads them without images: qr/qrencoder.h, qr/qrreader.h, qr/qrfile.h.
namespace kiosk::qr {

struct RenderOptions
{
    ErrorCorrection errorCorrection = ErrorCorrection::Medium;
    int quietZoneModules = 4; // the standard asks for 4; readers need some white around
    // Format_Grayscale8 (0 and 255) or Format_Mono (index 0 white, 1 black).
    QImage::Format format = QImage::Format_Grayscale8;
};

// Square, pure black on white, every module exactly moduleSize x moduleSize pixels.
QImage renderMatrix(const QrMatrix &matrix, int moduleSize, int quietZoneModules = 4,
                    QImage::Format format = QImage::Format_Grayscale8);

// The whole code no larger than maxPixels a side (see rasterizeToFit()).
Result<QImage> drawQrCode(const QString &text, int maxPixels, const RenderOptions &options = {});
Result<QImage> drawQrCode(const QrMatrix &matrix, int maxPixels, const RenderOptions &options = {});

// Reads the first QR code in `image`. 8-bit grey and 24/32-bit RGB images are read in place;
// other formats are converted to Grayscale8 first. "No QR code" is an error too.
Result<DecodedQr> decodeImage(const QImage &image, const DecodeOptions &options = {});

} // namespace kiosk::qr
