// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "qr/qrencoder.h"

#include <QSize>
#include <QString>

// QR codes in image files, for the command-line tools. Images are encoded and decoded with
// stb_image, not Qt Gui, so loyalty-kioskctl runs on machines without any graphics libraries.
namespace kiosk::qr {

// The code for `text` no larger than maxPixels a side (see rasterizeToFit()), written to `path`
// as an 8-bit grey PNG, atomically; returns the image's size.
Result<QSize> writeQrPng(const QString &text, const QString &path, int maxPixels,
                         ErrorCorrection level = ErrorCorrection::Medium);

// What a file given as "@path" on a command line holds: the text of the QR code in it when it
// is an image (PNG, JPEG, BMP, GIF, ...), else its text (e.g. animated UR parts, one per line).
Result<QString> readCodeFile(const QString &path);

} // namespace kiosk::qr
