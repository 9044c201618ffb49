// SPDX-License-Identifier: MIT
#include "screens/screen.h"

#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

Screen::Screen(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout), m_buttons(new QVBoxLayout)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 32, 48, 48);
    outer->setSpacing(24);
    m_layout->setSpacing(20);
    m_buttons->setSpacing(20);
    outer->addLayout(m_layout);
    outer->addStretch(1);
    // Controls sit at the bottom of every page: within reach from a wheelchair, and where a
    // customer's hand already is after the previous tap.
    outer->addLayout(m_buttons);
}

void Screen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QLabel *Screen::addLabel(const char *objectName, const char *role)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (role)
        setRole(label, role);
    m_layout->addWidget(label);
    return label;
}

QPushButton *Screen::makeButton(const char *objectName, const char *role)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setFocusPolicy(Qt::StrongFocus);
    if (role)
        setRole(button, role);
    return button;
}

void Screen::describe(QWidget *control, const QString &name, const QString &description)
{
    control->setAccessibleName(name);
    control->setAccessibleDescription(description);
}

} // namespace kiosk::ui
