// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kiosk::workflow {

// One cancellation as the journal remembers it.
struct JournalEntry
{
    qint64 id = 0;
    QString paymentId;
    QString purchaseId;
    QString amount; // raw 18-decimal integer string
    QString currency;
    QString shopName;
    QString terminalId;
    int approval = -1; // -1 not chosen yet, 0 reject, 1 approve
    QString signer;
    QString state; // the workflow's state name
    int paymentStatus = 0;
    int resultCode = 0; // relay code of the last refusal, 0 if none
    QString message;    // last plain-language message
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool finished = false;
};

// One step of one cancellation: written before (intent) and after (answer) every relay call.
struct JournalStep
{
    qint64 at = 0;
    QString step;  // open, request, approve, close, follow, ...
    QString phase; // intent, answer, error, note
    QJsonObject detail;
};

// The durable record of every cancellation: SQLite (Qt SQL) in WAL mode with synchronous=FULL,
// so a step that returned is on disk before the next relay call. After a kill or a power cut it
// tells what was intended and what was answered, which is how the kiosk resumes without posting
// twice. A damaged database is moved aside (kept, never deleted) with a clear message.
class Journal
{
public:
    Journal() = default;
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    static constexpr int kSchemaVersion = 1;

    // Opens (creating or migrating) stateDir/journal.sqlite3.
    Result<bool> open(const QString &stateDir);
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }
    // Set when open() found a damaged database and moved it aside to this path.
    QString keptDamagedCopy() const { return m_keptCopy; }

    Result<qint64> begin(const JournalEntry &entry);
    Result<bool> update(const JournalEntry &entry);
    Result<bool> addStep(qint64 entryId, const QString &step, const QString &phase,
                         const QJsonObject &detail = {});

    Result<JournalEntry> entry(qint64 id) const;
    // The newest entry for a payment that is not finished, if any (id 0 when none).
    Result<JournalEntry> openEntryFor(const QString &paymentId) const;
    Result<QList<JournalEntry>> unfinished() const;
    // Newest first; `search` matches payment id, purchase id or shop name.
    Result<QList<JournalEntry>> history(const QString &search = {}, int limit = 500) const;
    Result<QList<JournalStep>> steps(qint64 entryId) const;
    // The last step of a kind, with its phase (to know whether an intent was answered).
    Result<JournalStep> lastStep(qint64 entryId, const QString &step) const;

    // Finished entries older than `days` are deleted; unfinished ones are always kept.
    Result<int> prune(int retentionDays, qint64 nowSeconds);
    // RFC 4180 CSV of history(search).
    Result<QString> exportCsv(const QString &search = {}) const;
    // The same CSV written atomically to directory/history-YYYYMMDD-HHMMSS.csv; answers the path.
    Result<QString> exportCsvFile(const QString &directory, const QString &search = {}) const;

private:
    Result<bool> migrate();
    QString m_connection;
    QString m_path;
    QString m_keptCopy;
};

} // namespace kiosk::workflow
