// SPDX-License-Identifier: MIT
#include "common/logging.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdio>

namespace kiosk {

namespace {
bool g_journald = false;

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
}
} // namespace

void installLogHandler()
{
    g_journald = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    qInstallMessageHandler(handler);
}

} // namespace kiosk
