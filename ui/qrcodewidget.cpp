// SPDX-License-Identifier: MIT
#include "qrcodewidget.h"

#include "qr/qrimage.h"

#include <QEvent>
#include <QPainter>

namespace kiosk::ui {

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setMinimumSize(200, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&m_frameTimer, &QTimer::timeout, this, &QrCodeWidget::showNextFrame);
    updateAccessibleText();
}

void QrCodeWidget::setFrames(const QStringList &frames, int frameIntervalMs)
{
    m_frames = frames;
    m_index = 0;
    m_frameTimer.stop();
    if (m_frames.size() > 1) {
        m_frameTimer.setInterval(frameIntervalMs);
        m_frameTimer.start();
    }
    render();
    updateAccessibleText();
}

void QrCodeWidget::clear()
{
    setFrames({});
}

void QrCodeWidget::showNextFrame()
{
    if (m_frames.size() < 2)
        return;
    m_index = (m_index + 1) % int(m_frames.size());
    render();
}

void QrCodeWidget::render()
{
    m_error.clear();
    m_image = QImage();
    if (!m_frames.isEmpty()) {
        const int side = qMax(1, qMin(width(), height()));
        auto image = qr::drawQrCode(m_frames.at(m_index), side);
        if (image)
            m_image = image.value();
        else
            m_error = image.error();
    }
    update();
}

void QrCodeWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render(); // whole pixels per module at the new size, never a blurry rescale
}

void QrCodeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText();
    QWidget::changeEvent(event);
}

void QrCodeWidget::updateAccessibleText()
{
    setAccessibleName(tr("QR code for your wallet"));
    setAccessibleDescription(
        m_frames.size() > 1
            ? tr("An animated code: keep your wallet's camera on it until it has read every part")
            : tr("Scan this code with your wallet app, then show the kiosk your wallet's answer"));
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_image.isNull()) {
        const QPoint origin((width() - m_image.width()) / 2, (height() - m_image.height()) / 2);
        painter.drawImage(origin, m_image); // 1:1: the image is already at its final size
    } else if (!m_error.isEmpty()) {
        painter.setPen(Qt::black);
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         m_error);
    }
}

} // namespace kiosk::ui
