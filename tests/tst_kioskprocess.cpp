// SPDX-License-Identifier: MIT
// The kiosk as a process, as systemd and a package upgrade treat it: SIGTERM ends it cleanly
// (status 0), and its demo relay never outlives it, not even after kill -9; --help, --version
// and a mistyped option answer without a display.
#include "toolrun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestKioskProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sigtermStopsCleanly();
    void demoRelayGoesWithAKilledKiosk();
    void commandLineAnswersWithoutADisplay();

private:
    qint64 startDemoKiosk();
    static QList<qint64> childrenOf(qint64 pid);
    static bool isAlive(qint64 pid);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_kiosk;
};

void TestKioskProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_kiosk = std::make_unique<QProcess>();
}

void TestKioskProcess::cleanup()
{
    if (m_kiosk->state() != QProcess::NotRunning) {
        m_kiosk->kill();
        m_kiosk->waitForFinished();
    }
}

QList<qint64> TestKioskProcess::childrenOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint64> children;
    if (file.open(QIODevice::ReadOnly))
        for (const QByteArray &child : file.readAll().split(' '))
            if (!child.trimmed().isEmpty())
                children << child.trimmed().toLongLong();
    return children;
}

bool TestKioskProcess::isAlive(qint64 pid)
{
    // A zombie (not yet reaped by its new parent) has gone as far as this test cares.
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    return !status.readAll().contains("State:\tZ");
}

qint64 TestKioskProcess::startDemoKiosk()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LOYALTY_RELAY_SIM"), QStringLiteral(KIOSK_RELAYSIM_BIN));
    env.insert(QStringLiteral("LOYALTY_KIOSK_CONFIG"),
               m_dir->filePath(QStringLiteral("none.conf")));
    m_kiosk->setProcessEnvironment(env);
    m_kiosk->setProcessChannelMode(QProcess::MergedChannels);
    m_kiosk->start(QStringLiteral(KIOSK_KIOSK_BIN),
                   {QStringLiteral("--demo"), QStringLiteral("--windowed"),
                    QStringLiteral("--state-dir"), m_dir->path()});
    if (!m_kiosk->waitForStarted())
        return 0;
    QByteArray output;
    const bool ready = QTest::qWaitFor(
        [&] {
            output += m_kiosk->readAll();
            return output.contains("demo relay ready");
        },
        30000);
    if (!ready) {
        qWarning().noquote() << output;
        return 0;
    }
    const QList<qint64> children = childrenOf(m_kiosk->processId());
    return children.size() == 1 ? children.first() : 0;
}

void TestKioskProcess::sigtermStopsCleanly()
{
    const qint64 relay = startDemoKiosk();
    QVERIFY(relay > 0);
    QVERIFY(isAlive(relay));
    ::kill(pid_t(m_kiosk->processId()), SIGTERM);
    QVERIFY(m_kiosk->waitForFinished(15000));
    QCOMPARE(m_kiosk->exitStatus(), QProcess::NormalExit); // not killed by the signal
    QCOMPARE(m_kiosk->exitCode(), 0);
    QVERIFY2(m_kiosk->readAll().contains("stopping"), "the kiosk says why it stops");
    QTRY_VERIFY_WITH_TIMEOUT(!isAlive(relay), 5000);
}

void TestKioskProcess::demoRelayGoesWithAKilledKiosk()
{
    const qint64 relay = startDemoKiosk();
    QVERIFY(relay > 0);
    m_kiosk->kill(); // SIGKILL: no destructor runs
    QVERIFY(m_kiosk->waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!isAlive(relay), 5000);
}

void TestKioskProcess::commandLineAnswersWithoutADisplay()
{
    // A vendor over ssh: no X, no Wayland, and the platform plugin a desktop would pick. Before,
    // the kiosk aborted ("could not connect to display") before reading its arguments.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const auto kiosk = [&env](const QStringList &arguments) {
        return runTool(QStringLiteral(KIOSK_KIOSK_BIN), arguments, {}, env);
    };
    const ToolRun version = kiosk({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("loyalty-kiosk " PROJECT_VERSION_STRING "\n"));
    const ToolRun help = kiosk({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: loyalty-kiosk [options]\n"_qs), qPrintable(help.out));
    QVERIFY(help.out.contains(u"--state-dir <DIR>"_qs));
    const ToolRun mistyped = kiosk({QStringLiteral("--stat-dir"), QStringLiteral("/tmp")});
    QCOMPARE(mistyped.exitCode, 2);
    QCOMPARE(mistyped.err, u"loyalty-kiosk: Unknown option 'stat-dir' (try --help)\n"_qs);
}

QTEST_GUILESS_MAIN(TestKioskProcess)
#include "tst_kioskprocess.moc"
