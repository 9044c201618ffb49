// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QTimer>

namespace kiosk {

// Everything between the kiosk and its service manager: notifications, watchdog, signals.
Q_DECLARE_LOGGING_CATEGORY(lcService)

// Talks to systemd when the kiosk runs as a Type=notify service (and does nothing elsewhere):
// READY=1 once the customer sees the first screen, STATUS= lines for `systemctl status`,
// STOPPING=1 on the way out, and the watchdog. The watchdog is fed from the thread this object
// lives on (the UI thread), so a UI that stops answering is killed and restarted by systemd
// instead of showing a frozen screen.
class ServiceManager : public QObject
{
    Q_OBJECT

public:
    explicit ServiceManager(QObject *parent = nullptr);

    // Whether systemd asked for notifications ($NOTIFY_SOCKET) and for a watchdog
    // ($WATCHDOG_USEC for this process).
    bool isNotifying() const { return m_notifying; }
    int watchdogIntervalMs() const { return m_watchdog.interval(); }
    bool isWatchdogOn() const { return m_watchdog.isActive(); }

public Q_SLOTS:
    void ready();
    void setStatus(const QString &status);
    void stopping();

private:
    void send(const QByteArray &state);

    bool m_notifying = false;
    QTimer m_watchdog;
};

} // namespace kiosk
