// SPDX-License-Identifier: MIT
#include "staff/stafftab.h"

#include "session/kiosksession.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScroller>

namespace kiosk::ui {

StaffTab::StaffTab(session::KioskSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{}

void StaffTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QPushButton *makeStaffButton(const QString &objectName, QWidget *parent, const char *role)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(staffTargetPx());
    if (role)
        setRole(button, role);
    return button;
}

void setAccessibleTexts(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

void setButtonTexts(QAbstractButton *button, const QString &label, const QString &description)
{
    button->setText(label);
    setAccessibleTexts(button, label, description);
}

void StaffMessage::show(Text text, bool problem)
{
    m_text = std::move(text);
    setRole(m_label, problem ? "danger" : "success");
    retranslate();
}

void StaffMessage::retranslate()
{
    const QString shown = m_text ? m_text() : QString();
    m_label->setText(shown);
    m_label->setAccessibleName(shown);
    m_label->setVisible(!shown.isEmpty());
}

void enableTouchScrolling(QAbstractScrollArea *area)
{
    // Touch only: a mouse drag keeps selecting, as staff with a mouse expect.
    QScroller::grabGesture(area->viewport(), QScroller::TouchGesture);
}

QString staffSettingsDir(const session::KioskSession *session)
{
    return session->stateDir().isEmpty() ? QString() : session->settingsDir();
}

int staffTargetPx()
{
    return Theme::current().minimumTargetPx(); // at the screen's DPI
}

} // namespace kiosk::ui
