// SPDX-License-Identifier: MIT
#include "common/servicemanager.h"

#include <QLoggingCategory>

#include <algorithm>

#include <systemd/sd-daemon.h>

namespace kiosk {

Q_LOGGING_CATEGORY(lcService, "kiosk.service", QtInfoMsg)

ServiceManager::ServiceManager(QObject *parent) : QObject(parent)
{
    m_notifying = !qEnvironmentVariableIsEmpty("NOTIFY_SOCKET");
    uint64_t usec = 0;
    // > 0 only when the watchdog is meant for this process ($WATCHDOG_PID), not a child that
    // inherited the variables.
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        // Twice per period, as systemd recommends: one late ping is not yet a kill.
        m_watchdog.setInterval(std::max<int>(1, int(usec / 2000)));
        connect(&m_watchdog, &QTimer::timeout, this, [this] { send("WATCHDOG=1"); });
        m_watchdog.start();
        qCInfo(lcService) << "systemd watchdog: a ping every" << m_watchdog.interval() << "ms";
    }
}

void ServiceManager::ready()
{
    send("READY=1");
}

void ServiceManager::setStatus(const QString &status)
{
    // One line: systemd shows it in `systemctl status`.
    send("STATUS=" + status.simplified().toUtf8());
}

void ServiceManager::stopping()
{
    m_watchdog.stop();
    send("STOPPING=1");
}

void ServiceManager::send(const QByteArray &state)
{
    if (!m_notifying)
        return;
    if (const int sent = sd_notify(0, state.constData()); sent < 0)
        qCWarning(lcService) << "cannot notify systemd:" << qt_error_string(-sent);
}

} // namespace kiosk
