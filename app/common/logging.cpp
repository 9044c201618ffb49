// SPDX-License-Identifier: MIT
#include "common/logging.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <cstdio>

namespace kiosk {

namespace {
bool g_journald = false;

// Messages arrive from any thread (the frame decoder, the media backend): one lock guards it.
constexpr int kKeptLines = 500;
QMutex g_recentLock;
QStringList g_recent;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

int syslogPriority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QByteArray line;
    if (g_journald)
        line += '<' + QByteArray::number(syslogPriority(type)) + '>';
    if (context.category && qstrcmp(context.category, "default") != 0)
        line += QByteArray(context.category) + ": ";
    // One entry per line: a message with newlines would otherwise split into several entries.
    line += message.toUtf8().replace('\n', ' ') + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);

    const QString category = context.category && qstrcmp(context.category, "default") != 0
                                 ? QString::fromLatin1(context.category) + QStringLiteral(": ")
                                 : QString();
    const QString kept = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) + u' ' +
                         QLatin1String(levelName(type)) + u' ' + category +
                         QString(message).replace(u'\n', u' ');
    const QMutexLocker lock(&g_recentLock);
    g_recent.append(kept);
    if (g_recent.size() > kKeptLines)
        g_recent.removeFirst();
}
} // namespace

void installLogHandler()
{
    g_journald = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    qInstallMessageHandler(handler);
}

QStringList recentLogLines(int count)
{
    const QMutexLocker lock(&g_recentLock);
    return g_recent.mid(qMax(0, int(g_recent.size()) - count));
}

} // namespace kiosk
