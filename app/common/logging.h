// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace kiosk {

// One record per message. Under systemd (stderr is the journal: JOURNAL_STREAM names it) each
// record goes to journald natively with its priority and fields, so a fleet can search them:
//   journalctl -u loyalty-kiosk PAYMENT_ID=0x…      one cancellation
//   journalctl -u loyalty-kiosk -p warning           what went wrong
// Fields: KIOSK_CATEGORY (kiosk.relay, ...), KIOSK_TERMINAL_ID, PAYMENT_ID, STEP, RELAY_CODE.
// Elsewhere "category: message" lines on stderr.
void installLogHandler();

// A journald field: an upper-case name (A-Z, 0-9, _) and its value.
using LogField = std::pair<QByteArray, QString>;
using LogFields = QList<LogField>;

// Attached to every later record of this process (KIOSK_TERMINAL_ID); an empty value removes it.
void setProcessLogField(const QByteArray &name, const QString &value);

// Attaches `fields` to the records this thread logs while it lives. Use through
// KIOSK_LOG_WITH(fields) qCInfo(...) << ...;  which scopes them to that one statement.
class ScopedLogFields
{
public:
    explicit ScopedLogFields(const LogFields &fields);
    ~ScopedLogFields();
    ScopedLogFields(const ScopedLogFields &) = delete;
    ScopedLogFields &operator=(const ScopedLogFields &) = delete;
    // For the one-pass loop of KIOSK_LOG_WITH.
    bool once() { return !std::exchange(m_done, true); }

private:
    qsizetype m_added = 0;
    bool m_done = false;
};

#define KIOSK_LOG_WITH(fields)                                                                     \
    for (::kiosk::ScopedLogFields kioskLogFields_(fields); kioskLogFields_.once();)

// For tests: each record's journald fields (MESSAGE and PRIORITY included), as they would be
// sent; nullptr sends them to journald again. Records still reach stderr as usual.
using JournalSink = std::function<void(const LogFields &record)>;
void setJournalSinkForTesting(JournalSink sink);

// The last lines logged through that handler (at most `count`, oldest first), with their time
// and level: staff mode's diagnostics shows them without a shell or journalctl.
QStringList recentLogLines(int count = 200);

} // namespace kiosk
