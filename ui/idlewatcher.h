// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"

#include <QObject>
#include <QTimer>

namespace kiosk::ui {

// Watches for touches anywhere in the application. After `idleSeconds` without one it asks
// "are you still there?" (warning), and after `warningSeconds` more it gives up (timedOut), so
// the next customer never sees the last one's purchase. Any touch, or extend(), starts over.
// Time is read from `clock`; a single-shot timer only wakes it when the next stage is due, so
// tests advance a FakeClock and call tick() instead of waiting.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr, const Clock *clock = SystemClock::instance());

    void setTimes(int idleSeconds, int warningSeconds);
    void setActive(bool active); // off on the attract screen and in staff mode
    bool isActive() const { return m_active; }
    bool isWarning() const { return m_stage == Stage::Warning; }
    int warningSecondsLeft() const { return m_warningLeft; }
    // The customer answered "I need more time".
    void extend();
    // Tests and the style of an impatient kiosk: jump to the next stage now.
    void warnNow();
    void expireNow();
    // Re-evaluates against the clock now (the timer calls it when the next stage is due).
    void tick();

Q_SIGNALS:
    void warning(int secondsLeft);
    void warningTick(int secondsLeft);
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Stage
    {
        Watching,
        Warning,
        Over
    };

    void restart();
    void scheduleNext();

    const Clock *m_clock;
    QTimer m_wake{this}; // a child: tests find it and fire it
    Stage m_stage = Stage::Over;
    qint64 m_stageStartMs = 0; // the last touch, or when the question was asked
    qint64 m_idleMs = 60'000;
    int m_warningSeconds = 20;
    int m_warningLeft = 0;
    bool m_active = false;
};

} // namespace kiosk::ui
