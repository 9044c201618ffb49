// SPDX-License-Identifier: MIT
#include "buttongrid.h"

#include <QEvent>
#include <QGridLayout>
#include <QPushButton>

#include <algorithm>

namespace kiosk::ui {

ButtonGrid::ButtonGrid(const QMargins &margins, QWidget *parent)
    : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(margins);
    m_grid->setSpacing(12);
}

QPushButton *ButtonGrid::addButton(const char *objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setFocusPolicy(Qt::StrongFocus);
    m_buttons << button;
    m_columns = 0;
    return button;
}

void ButtonGrid::setReadingOrder(QList<QPushButton *> buttons)
{
    m_buttons = std::move(buttons);
    remeasure();
}

void ButtonGrid::remeasure()
{
    m_columns = 0;
    arrange();
}

void ButtonGrid::arrange()
{
    if (m_oneRowMinimum) {
        int rowHeight = 0;
        for (QPushButton *button : std::as_const(m_buttons))
            rowHeight = std::max(rowHeight, button->minimumSizeHint().height());
        const QMargins margins = m_grid->contentsMargins();
        setMinimumHeight(rowHeight + margins.top() + margins.bottom());
    }
    const int available =
        width() - m_grid->contentsMargins().left() - m_grid->contentsMargins().right();
    const auto fits = [&](int columns) {
        int needed = m_grid->spacing() * (columns - 1);
        for (int column = 0; column < columns; ++column) {
            int widest = 0;
            for (qsizetype i = column; i < m_buttons.size(); i += columns)
                widest = std::max(widest, m_buttons.at(i)->sizeHint().width());
            needed += widest;
        }
        return needed <= available;
    };
    int columns = int(m_buttons.size());
    while (columns > 1 && !fits(columns))
        --columns;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QPushButton *button : std::as_const(m_buttons))
        m_grid->removeWidget(button);
    for (int i = 0; i < m_buttons.size(); ++i)
        m_grid->addWidget(m_buttons.at(i), i / columns, i % columns);
}

void ButtonGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void ButtonGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        remeasure();
    }
    QWidget::changeEvent(event);
}

} // namespace kiosk::ui
