// SPDX-License-Identifier: MIT
#include "common/logging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <sys/stat.h>
#include <sys/uio.h>
// The records name their own source (CODE_FILE, ...) when Qt knows it, not this file.
#define SD_JOURNAL_SUPPRESS_LOCATION
#include <systemd/sd-journal.h>

#include <cstdio>
#include <unistd.h>
#include <vector>

namespace kiosk {

namespace {
// Where records go: journald's native protocol when stderr is the journal, else stderr lines
// (with a "<priority>" prefix when stderr is a journal stream we could not check).
enum class Output
{
    Stderr,
    JournalStream,
    Journal
};
Output g_output = Output::Stderr;
QByteArray g_identifier;

// Fields of this process and of the current thread's scopes, guarded by the same lock as the
// recent lines (set rarely, read per record).
LogFields &processFields()
{
    static auto *fields = new LogFields;
    return *fields;
}
thread_local LogFields t_scopedFields;
JournalSink &journalSink()
{
    static auto *sink = new JournalSink;
    return *sink;
}

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

// JOURNAL_STREAM is "device:inode" of the journal's socket; it is inherited by children that
// may have their stderr elsewhere, so only a match with our stderr counts (sd_journal_print(3)).
bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = stream.indexOf(':');
    struct stat info = {};
    if (colon < 0 || fstat(STDERR_FILENO, &info) != 0)
        return false;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = stream.left(colon).toULongLong(&deviceOk);
    const qulonglong inode = stream.mid(colon + 1).toULongLong(&inodeOk);
    return deviceOk && inodeOk && device == info.st_dev && inode == info.st_ino;
}

// The record as journald fields: MESSAGE, PRIORITY, who logged it, and the structured fields.
LogFields journalRecord(QtMsgType type, const QMessageLogContext &context, const char *category,
                        const QString &message)
{
    LogFields record{
        {"MESSAGE", category ? QString::fromLatin1(category) + u": " + message : message},
        {"PRIORITY", QString::number(syslogPriority(type))},
        {"SYSLOG_IDENTIFIER", QString::fromLocal8Bit(g_identifier)}};
    if (category)
        record.append({"KIOSK_CATEGORY", QString::fromLatin1(category)});
    if (context.file) { // debug builds (QT_MESSAGELOGCONTEXT)
        record.append({"CODE_FILE", QString::fromLocal8Bit(context.file)});
        record.append({"CODE_LINE", QString::number(context.line)});
        record.append({"CODE_FUNC", QString::fromLatin1(context.function)});
    }
    record += processFields();
    record += t_scopedFields;
    return record;
}

bool sendToJournal(const LogFields &record)
{
    std::vector<QByteArray> lines;
    lines.reserve(std::size_t(record.size()));
    for (const auto &[name, value] : record)
        lines.push_back(name + '=' + value.toUtf8());
    std::vector<iovec> parts(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        parts[i] = {lines[i].data(), std::size_t(lines[i].size())};
    return sd_journal_sendv(parts.data(), int(parts.size())) >= 0;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const char *category =
        context.category && qstrcmp(context.category, "default") != 0 ? context.category : nullptr;
    // One record per line: a message with newlines would otherwise split into several entries.
    const QString oneLine = QString(message).replace(u'\n', u' ');
    const QString text = category ? QLatin1String(category) + u": " + oneLine : oneLine;
    const QString kept = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) + u' ' +
                         QLatin1String(levelName(type)) + u' ' + text;

    const QMutexLocker lock(&g_recentLock); // the sink must not log: this lock is held
    bool sent = false;
    if (journalSink() || g_output == Output::Journal) {
        const LogFields record = journalRecord(type, context, category, message);
        if (journalSink())
            journalSink()(record);
        else
            sent = sendToJournal(record);
    }
    if (!sent) {
        QByteArray line;
        if (g_output != Output::Stderr) // journald reads the priority from the prefix
            line += '<' + QByteArray::number(syslogPriority(type)) + '>';
        line += text.toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    QStringList &recent = recentLines();
    recent.append(kept);
    if (recent.size() > kKeptLines)
        recent.removeFirst();
}
} // namespace

void installLogHandler()
{
    if (qEnvironmentVariableIsSet("JOURNAL_STREAM"))
        g_output = stderrIsJournal() ? Output::Journal : Output::JournalStream;
    g_identifier = QCoreApplication::applicationName().toLocal8Bit();
    if (g_identifier.isEmpty())
        g_identifier = QByteArray(program_invocation_short_name);
    qInstallMessageHandler(handler);
}

void setProcessLogField(const QByteArray &name, const QString &value)
{
    const QMutexLocker lock(&g_recentLock);
    LogFields &fields = processFields();
    fields.removeIf([&name](const LogField &field) { return field.first == name; });
    if (!value.isEmpty())
        fields.append({name, value});
}

ScopedLogFields::ScopedLogFields(const LogFields &fields) : m_added(fields.size())
{
    t_scopedFields += fields;
}

ScopedLogFields::~ScopedLogFields()
{
    t_scopedFields.resize(t_scopedFields.size() - m_added);
}

void setJournalSinkForTesting(JournalSink sink)
{
    const QMutexLocker lock(&g_recentLock);
    journalSink() = std::move(sink);
}

QStringList recentLogLines(int count)
{
    const QMutexLocker lock(&g_recentLock);
    const QStringList &recent = recentLines();
    return recent.mid(qMax(0, int(recent.size()) - count));
}

} // namespace kiosk
