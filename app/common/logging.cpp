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
// Qt and other libraries still log while static objects are destroyed at exit, after a static
// list would be gone: the lock is a constexpr QBasicMutex (nothing to destroy) and the lines
// live on the heap for the whole process (reachable, so not a leak to LeakSanitizer).
constexpr int kKeptLines = 500;
QBasicMutex g_recentLock;
QStringList &recentLines()
{
    static auto *lines = new QStringList;
    return *lines;
}

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
    QStringList &recent = recentLines();
    recent.append(kept);
    if (recent.size() > kKeptLines)
        recent.removeFirst();
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
    const QStringList &recent = recentLines();
    return recent.mid(qMax(0, int(recent.size()) - count));
}

} // namespace kiosk
