// SPDX-License-Identifier: MIT
#include "common/terminationsignals.h"

#include "common/servicemanager.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace kiosk {

namespace {
// A signal handler may only do async-signal-safe things: it writes the signal's number to a
// socket the event loop watches.
int g_signalSocket[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(g_signalSocket[0], &byte, 1);
}
} // namespace

void quitOnTerminationSignals()
{
    if (g_signalSocket[0] >= 0)
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalSocket) != 0) {
        qCWarning(lcService) << "cannot watch for SIGTERM:" << qt_error_string(errno);
        return;
    }
    auto *notifier =
        new QSocketNotifier(g_signalSocket[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
        char byte = 0;
        if (::read(g_signalSocket[1], &byte, 1) == 1)
            qCInfo(lcService).noquote() << "signal" << int(byte) << "- stopping";
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

} // namespace kiosk
