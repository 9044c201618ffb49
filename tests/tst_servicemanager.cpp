// SPDX-License-Identifier: MIT
// The kiosk as a Type=notify service: what reaches systemd's notification socket (a real
// AF_UNIX datagram socket standing in for systemd's), and nothing when there is none.
#include "common/servicemanager.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using kiosk::ServiceManager;

class TestServiceManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readyStatusWatchdogStopping();
    void watchdogOnlyForItsOwnProcess();
    void silentOutsideSystemd();

private:
    QByteArrayList received();

    QTemporaryDir m_dir;
    int m_socket = -1;
};

void TestServiceManager::init()
{
    m_socket = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    QVERIFY(m_socket >= 0);
    const QByteArray path = m_dir.filePath(QStringLiteral("notify")).toLocal8Bit();
    ::unlink(path.constData());
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.constData(), sizeof(address.sun_path) - 1);
    QCOMPARE(::bind(m_socket, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    qputenv("NOTIFY_SOCKET", path);
    qputenv("WATCHDOG_PID", QByteArray::number(::getpid()));
    qputenv("WATCHDOG_USEC", "200000"); // 0.2 s: a ping every 100 ms
}

void TestServiceManager::cleanup()
{
    qunsetenv("NOTIFY_SOCKET");
    qunsetenv("WATCHDOG_PID");
    qunsetenv("WATCHDOG_USEC");
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
}

QByteArrayList TestServiceManager::received()
{
    QByteArrayList messages;
    char buffer[4096];
    for (;;) {
        const ssize_t size = ::recv(m_socket, buffer, sizeof(buffer), 0);
        if (size < 0)
            break;
        messages << QByteArray(buffer, size);
    }
    return messages;
}

void TestServiceManager::readyStatusWatchdogStopping()
{
    ServiceManager service;
    QVERIFY(service.isNotifying());
    QVERIFY(service.isWatchdogOn());
    QCOMPARE(service.watchdogIntervalMs(), 100);
    service.setStatus(QStringLiteral("out of service:\nthe relay does not answer"));
    service.ready();
    QCOMPARE(received(),
             QByteArrayList({"STATUS=out of service: the relay does not answer", "READY=1"}));
    // The watchdog is fed while the event loop runs...
    QByteArrayList pings;
    QTRY_VERIFY((pings += received()).size() >= 2);
    QVERIFY(std::all_of(pings.begin(), pings.end(),
                        [](const QByteArray &m) { return m == "WATCHDOG=1"; }));
    // ...and not while it is blocked: a frozen UI thread is what systemd must notice.
    QThread::msleep(350);
    QCOMPARE(received(), QByteArrayList());
    service.stopping();
    QCOMPARE(received(), QByteArrayList({"STOPPING=1"}));
    QVERIFY(!service.isWatchdogOn()); // its timer stopped: no pings after stopping
    QCOMPARE(received(), QByteArrayList());
}

void TestServiceManager::watchdogOnlyForItsOwnProcess()
{
    // The variables inherited by a child (the demo relay, a script): not its watchdog.
    qputenv("WATCHDOG_PID", QByteArray::number(::getpid() + 1));
    ServiceManager service;
    QVERIFY(!service.isWatchdogOn());
}

void TestServiceManager::silentOutsideSystemd()
{
    qunsetenv("NOTIFY_SOCKET");
    qunsetenv("WATCHDOG_USEC");
    ServiceManager service;
    QVERIFY(!service.isNotifying());
    QVERIFY(!service.isWatchdogOn());
    service.ready();
    service.setStatus(QStringLiteral("in service"));
    QCOMPARE(received(), QByteArrayList());
}

QTEST_GUILESS_MAIN(TestServiceManager)
#include "tst_servicemanager.moc"
