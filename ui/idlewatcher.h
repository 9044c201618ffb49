// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

namespace kiosk::ui {

// Watches for touches anywhere in the application. After `idleSeconds` without one it asks
// "are you still there?" (warning), and after `warningSeconds` more it gives up (timedOut), so
// the next customer never sees the last one's purchase. Any touch, or extend(), starts over.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimes(int idleSeconds, int warningSeconds);
    void setActive(bool active); // off on the attract screen and in staff mode
    bool isActive() const { return m_active; }
    bool isWarning() const { return m_warning; }
    int warningSecondsLeft() const { return m_warningLeft; }
    // The customer answered "I need more time".
    void extend();
    // Tests and the style of an impatient kiosk: jump to the next stage now.
    void warnNow();
    void expireNow();

Q_SIGNALS:
    void warning(int secondsLeft);
    void warningTick(int secondsLeft);
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void tick();

    QTimer m_idle;
    QTimer m_tick;
    int m_warningSeconds = 20;
    int m_warningLeft = 0;
    bool m_active = false;
    bool m_warning = false;
};

} // namespace kiosk::ui
