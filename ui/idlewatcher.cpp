// SPDX-License-Identifier: MIT
#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <limits>

namespace kiosk::ui {

IdleWatcher::IdleWatcher(QObject *parent, const Clock *clock)
    : QObject(parent), m_clock(clock ? clock : SystemClock::instance())
{
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer); // the seconds shown count down evenly
    connect(&m_wake, &QTimer::timeout, this, &IdleWatcher::tick);
    QCoreApplication::instance()->installEventFilter(this);
    setTimes(60, 20);
}

void IdleWatcher::setTimes(int idleSeconds, int warningSeconds)
{
    m_idleMs = qint64(idleSeconds) * 1000;
    m_warningSeconds = warningSeconds;
    if (m_active && m_stage != Stage::Warning)
        restart();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    m_stage = Stage::Over;
    m_wake.stop();
    if (active)
        restart();
}

void IdleWatcher::restart()
{
    m_stage = Stage::Watching;
    m_stageStartMs = m_clock->nowMs();
    scheduleNext();
}

void IdleWatcher::extend()
{
    if (m_active)
        restart();
}

void IdleWatcher::warnNow()
{
    if (!m_active)
        return;
    m_stage = Stage::Warning;
    m_stageStartMs = m_clock->nowMs();
    m_warningLeft = m_warningSeconds;
    scheduleNext();
    Q_EMIT warning(m_warningLeft);
}

void IdleWatcher::tick()
{
    if (!m_active)
        return;
    const qint64 elapsedMs = m_clock->nowMs() - m_stageStartMs;
    switch (m_stage) {
    case Stage::Watching:
        if (elapsedMs >= m_idleMs)
            return warnNow();
        break;
    case Stage::Warning: {
        const int left = m_warningSeconds - int(elapsedMs / 1000);
        if (left <= 0)
            return expireNow();
        if (left != m_warningLeft) {
            m_warningLeft = left;
            Q_EMIT warningTick(left);
        }
        break;
    }
    case Stage::Over:
        return;
    }
    scheduleNext();
}

void IdleWatcher::scheduleNext()
{
    // Watching: when the idle time is up. Warning: when the next whole second has passed.
    const qint64 dueMs =
        m_stage == Stage::Watching ? m_idleMs : qint64(m_warningSeconds - m_warningLeft + 1) * 1000;
    const qint64 elapsedMs = m_clock->nowMs() - m_stageStartMs;
    constexpr qint64 kLongest = std::numeric_limits<int>::max();
    m_wake.start(int(std::clamp(dueMs - elapsedMs, qint64(0), kLongest)));
}

void IdleWatcher::expireNow()
{
    if (!m_active)
        return;
    m_wake.stop();
    m_stage = Stage::Over;
    Q_EMIT timedOut();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        // While asking, only the dialog's own buttons answer: a stray touch must not hide it.
        if (m_active && m_stage != Stage::Warning)
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kiosk::ui
