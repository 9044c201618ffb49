// SPDX-License-Identifier: MIT
#pragma once

// A QR code as a camera sees it, for tests and benchmarks of the decoder.

#include "qr/qrimage.h"

#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>

namespace kiosk::test {

// Smaller than the frame, a little turned, on an unevenly lit grey background, soft, not a
// whole number of pixels a module, with less contrast and sensor noise. Grayscale8, `size`
// pixels; the same arguments always give the same picture.
inline QImage cameraFrame(const QString &text, QSize size, qreal angle = 7, int seed = 1)
{
    QImage frame(size, QImage::Format_RGB32);
    QPainter painter(&frame);
    QLinearGradient light(0, 0, size.width(), size.height());
    light.setColorAt(0, QColor(70, 70, 70));
    light.setColorAt(1, QColor(170, 170, 170));
    painter.fillRect(frame.rect(), light);
    const Result<QImage> code = qr::drawQrCode(text, size.height() * 6 / 10);
    if (!code)
        qFatal("drawQrCode failed: %s", qPrintable(code.error()));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(size.width() / 2.0, size.height() / 2.0);
    painter.rotate(angle);
    painter.scale(0.93, 0.93); // not a whole number of pixels a module any more
    painter.setOpacity(0.8);   // less contrast: black is grey
    painter.drawImage(QPointF(-code->width() / 2.0, -code->height() / 2.0), *code);
    painter.end();
    QImage grey = frame.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator rng{quint32(seed)};
    for (int y = 0; y < grey.height(); ++y) {
        uchar *line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            line[x] = uchar(qBound(0, line[x] + int(rng.bounded(25)) - 12, 255));
    }
    return grey;
}

} // namespace kiosk::test
