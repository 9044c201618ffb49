// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QImage>
#include <QPolygon>
#include <QString>

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
    QString text;     // the content as UTF-8 (what the kiosk's senders write)
    QByteArray bytes; // the content exactly as stored in the symbol
    QPolygon corners; // where in the image: top-left, top-right, bottom-right, bottom-left
};

// Reads the first QR code in `image`. 8-bit grey and 24/32-bit RGB images are read in place;
// other formats are converted to Grayscale8 first. "No QR code" is an error too.
Result<DecodedQr> decodeImage(const QImage &image, const DecodeOptions &options = {});

// Reads a luminance plane (one byte a pixel, e.g. the Y plane of a camera frame) in place.
// `stride` is the distance in bytes between the starts of two rows (>= width).
Result<DecodedQr> decodeLuminance(const uchar *data, int width, int height, int stride,
                                  const DecodeOptions &options = {});

// What a file given as "@path" on a command line holds: the text of the QR code in it when it
// is an image (PNG, JPEG, ...), else its text (e.g. animated UR parts, one per line).
Result<QString> readCodeFile(const QString &path);

} // namespace kiosk::qr
