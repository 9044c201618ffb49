// SPDX-License-Identifier: MIT
#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace kiosk::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_tick.setInterval(1000);
    connect(&m_idle, &QTimer::timeout, this, &IdleWatcher::warnNow);
    connect(&m_tick, &QTimer::timeout, this, &IdleWatcher::tick);
    QCoreApplication::instance()->installEventFilter(this);
    setTimes(60, 20);
}

void IdleWatcher::setTimes(int idleSeconds, int warningSeconds)
{
    m_idle.setInterval(idleSeconds * 1000);
    m_warningSeconds = warningSeconds;
    if (m_active && !m_warning)
        restart();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    m_warning = false;
    m_tick.stop();
    if (active)
        m_idle.start();
    else
        m_idle.stop();
}

void IdleWatcher::restart()
{
    m_warning = false;
    m_tick.stop();
    if (m_active)
        m_idle.start();
}

void IdleWatcher::extend()
{
    restart();
}

void IdleWatcher::warnNow()
{
    if (!m_active)
        return;
    m_idle.stop();
    m_warning = true;
    m_warningLeft = m_warningSeconds;
    m_tick.start();
    Q_EMIT warning(m_warningLeft);
}

void IdleWatcher::tick()
{
    if (--m_warningLeft <= 0)
        return expireNow();
    Q_EMIT warningTick(m_warningLeft);
}

void IdleWatcher::expireNow()
{
    if (!m_active)
        return;
    m_tick.stop();
    m_warning = false;
    Q_EMIT timedOut();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        // While asking, only the dialog's own buttons answer: a stray touch must not hide it.
        if (m_active && !m_warning)
            m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kiosk::ui
