// SPDX-License-Identifier: MIT
#include "relay/demorelay.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <csignal>

#include <sys/prctl.h>

namespace kiosk::relay {

Q_LOGGING_CATEGORY(lcDemo, "kiosk.demo", QtInfoMsg)

namespace {
constexpr char kProgram[] = "loyalty-relay-sim";
constexpr qsizetype kMaxBanner = 64 * 1024;
} // namespace

DemoRelay::DemoRelay(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The simulator goes with the kiosk, however the kiosk ends (kill -9, a crash, a watchdog
    // kill outside systemd's cgroup clean-up): the kernel sends it SIGTERM.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoRelay::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError) {
        if (!isReady())
            Q_EMIT failed(QCoreApplication::translate("kiosk::relay",
                                                      "the demo relay could not be started: %1")
                              .arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        qCWarning(lcDemo) << "the demo relay stopped with exit code" << code;
        if (!isReady())
            Q_EMIT failed(QCoreApplication::translate(
                              "kiosk::relay", "the demo relay stopped at once (exit code %1)")
                              .arg(code));
        m_url = QUrl();
    });
}

DemoRelay::~DemoRelay()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(2000))
            m_process.kill();
    }
}

QString DemoRelay::findSimulator()
{
    const QString fromEnvironment = qEnvironmentVariable("LOYALTY_RELAY_SIM");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates{here + u'/' + QLatin1String(kProgram),
                                 here + QStringLiteral("/../tools/") + QLatin1String(kProgram)};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QLatin1String(kProgram));
}

void DemoRelay::start(const QString &program, const QStringList &extraArguments)
{
    if (program.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(QCoreApplication::translate(
                    "kiosk::relay", "the demo relay (loyalty-relay-sim) is not installed"));
            },
            Qt::QueuedConnection);
        return;
    }
    qCInfo(lcDemo) << "starting the demo relay" << program;
    m_process.start(program,
                    QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArguments);
}

void DemoRelay::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    if (isReady()) {
        m_buffer.clear(); // the banner after the first line is for people
        return;
    }
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0) {
        if (m_buffer.size() > kMaxBanner)
            m_buffer.clear();
        return;
    }
    // The simulator's first line: "listening on http://127.0.0.1:PORT".
    const QByteArray first = m_buffer.left(newline).trimmed();
    m_buffer.clear();
    const QUrl url(QString::fromLatin1(first.mid(first.indexOf("http"))));
    if (!first.startsWith("listening on ") || !url.isValid()) {
        Q_EMIT failed(QCoreApplication::translate("kiosk::relay",
                                                  "the demo relay did not say where it listens"));
        return;
    }
    m_url = url;
    qCInfo(lcDemo) << "demo relay ready at" << url;
    Q_EMIT ready(url);
}

} // namespace kiosk::relay
