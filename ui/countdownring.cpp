// SPDX-License-Identifier: MIT
#include "countdownring.h"

#include "theme.h"

#include <QEvent>
#include <QPainter>

namespace kiosk::ui {

CountdownRing::CountdownRing(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("countdownRing"));
}

QSize CountdownRing::sizeHint() const
{
    const int side = int(180 * Theme::current().pictureScale());
    return {side, side};
}

QSize CountdownRing::minimumSizeHint() const
{
    const int side = int(140 * Theme::current().pictureScale());
    return {side, side};
}

void CountdownRing::changeEvent(QEvent *event)
{
    // A new style sheet comes with a new theme: large text changes the ring's size.
    if (event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void CountdownRing::setTime(int secondsLeft, int totalSeconds)
{
    m_left = qMax(0, secondsLeft);
    m_total = qMax(1, totalSeconds);
    setAccessibleName(tr("%n second(s) left", nullptr, m_left));
    update();
}

void CountdownRing::paintEvent(QPaintEvent *)
{
    const Theme &theme = Theme::current();
    const Theme::Colors colors = theme.colors();
    const bool warning = m_left <= kWarningSeconds;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = qMin(width(), height());
    const int pen = qMax(8, side / 12);
    const QRectF ring((width() - side) / 2.0 + pen / 2.0, (height() - side) / 2.0 + pen / 2.0,
                      side - pen, side - pen);
    painter.setPen(QPen(colors.mutedText, pen / 3.0));
    painter.drawEllipse(ring);
    painter.setPen(QPen(warning ? colors.danger : colors.primary, pen, Qt::SolidLine, Qt::FlatCap));
    if (theme.highContrast)
        painter.setPen(
            QPen(warning ? colors.primary : colors.text, pen, Qt::SolidLine, Qt::FlatCap));
    const int span = int(360.0 * 16 * m_left / m_total);
    painter.drawArc(ring, 90 * 16, span);
    QFont font = painter.font();
    font.setPixelSize(side / 3);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(colors.text);
    painter.drawText(rect(), Qt::AlignCenter, QString::number(m_left));
}

} // namespace kiosk::ui
