// SPDX-License-Identifier: MIT
#include "camerapreview.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QVideoFrame>
#include <QVideoSink>

namespace kiosk::ui {

namespace {
constexpr qint64 kMinFrameIntervalMs = 120;
}

CameraPreview::CameraPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraPreview"));
    setFixedSize(sizeHint());
    setAccessibleName(tr("Camera view"));
    setAccessibleDescription(tr("Shows what the scanner camera sees"));
    hide();
}

void CameraPreview::setSink(QVideoSink *sink)
{
    if (m_sink)
        m_sink->disconnect(this);
    m_sink = sink;
    m_image = {};
    m_sinceLast.invalidate();
    if (sink)
        connect(sink, &QVideoSink::videoFrameChanged, this, &CameraPreview::onFrame);
    // Shown with the first picture: a camera that is missing or not started yet must not
    // leave an empty box where the customer looks for something to aim at.
    hide();
}

void CameraPreview::onFrame(const QVideoFrame &frame)
{
    // Not while its page is hidden (staff testing the scanners), nor more often than needed.
    if ((parentWidget() && !parentWidget()->isVisible()) ||
        (m_sinceLast.isValid() && m_sinceLast.elapsed() < kMinFrameIntervalMs))
        return;
    m_sinceLast.start();
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_image = image.scaled(size(), Qt::KeepAspectRatioByExpanding, Qt::FastTransformation)
                  .mirrored(true, false);
    show();
    update();
}

void CameraPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addRoundedRect(QRectF(rect()), 12, 12);
    painter.setClipPath(clip);
    painter.fillRect(rect(), Theme::current().colors().surface);
    if (!m_image.isNull()) {
        const QPoint origin((width() - m_image.width()) / 2, (height() - m_image.height()) / 2);
        painter.drawImage(origin, m_image);
    }
    painter.setClipping(false);
    painter.setPen(QPen(Theme::current().colors().mutedText, 2));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 12, 12);
}

} // namespace kiosk::ui
