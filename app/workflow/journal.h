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

// Why the journal could not do what was asked. Only Damaged means the file itself is bad; the
// others are conditions of the disk or of another process, and the file is left as it is.
struct JournalError
{
    enum class Fault
    {
        Busy,        // another process holds a lock on it (after the busy wait)
        Full,        // the disk (or quota) is full
        ReadOnly,    // the file or its folder cannot be written (read-only, wrong owner)
        Unreachable, // cannot be opened at all (missing folder, permissions, I/O error)
        Damaged,     // verified corruption: integrity check failed on a file that could be read
        Other,
    };
    QString message;
    Fault fault = Fault::Other;
};

template<typename T> using JournalResult = Result<T, JournalError>;

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
// twice. Every write reports failure (disk full, read-only, locked) so that a caller never posts
// to the relay what the journal did not record. Only a verified corruption moves the file aside
// (kept, never deleted); its unfinished entries are copied into the new journal to be resumed.
class Journal
{
public:
    enum class Mode
    {
        Writer, // runs cancellations: may move a damaged file aside, must be able to write
        Reader, // history, pending: never moves or rewrites anything
    };

    Journal() = default;
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    static constexpr int kSchemaVersion = 1;
    // How long a statement waits for another process's lock before failing as Busy.
    static constexpr int kBusyTimeoutMs = 5000;
    // Before open(): tests that hold the lock themselves need not wait the whole time.
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    // Opens (creating or migrating) stateDir/journal.sqlite3. A Writer also proves that it
    // can write, so a read-only or full journal is found before anything is sent to a relay.
    JournalResult<void> open(const QString &stateDir, Mode mode = Mode::Writer);
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString path() const { return m_path; }
    // Set when open() found a damaged database and moved it aside to this path.
    QString keptDamagedCopy() const { return m_keptCopy; }
    // Unfinished cancellations copied from the damaged file into the new journal.
    int salvagedEntries() const { return m_salvaged; }
    // A small write, to learn whether the journal can record again (after a full disk).
    JournalResult<void> probeWritable();

    JournalResult<qint64> begin(const JournalEntry &entry);
    JournalResult<void> update(const JournalEntry &entry);
    JournalResult<void> addStep(qint64 entryId, const QString &step, const QString &phase,
                                const QJsonObject &detail = {});

    JournalResult<JournalEntry> entry(qint64 id) const;
    // The newest entry for a payment that is not finished, if any (id 0 when none).
    JournalResult<JournalEntry> openEntryFor(const QString &paymentId) const;
    JournalResult<QList<JournalEntry>> unfinished() const;
    // Newest first; `search` matches payment id, purchase id or shop name.
    JournalResult<QList<JournalEntry>> history(const QString &search = {}, int limit = 500) const;
    JournalResult<QList<JournalStep>> steps(qint64 entryId) const;
    // The last step of a kind, with its phase (to know whether an intent was answered).
    JournalResult<JournalStep> lastStep(qint64 entryId, const QString &step) const;

    // Finished entries older than `days` are deleted; unfinished ones are always kept.
    JournalResult<int> prune(int retentionDays, qint64 nowSeconds);
    // RFC 4180 CSV of history(search).
    JournalResult<QString> exportCsv(const QString &search = {}) const;
    // The same CSV written atomically to directory/history-YYYYMMDD-HHMMSS.csv; answers the path.
    Result<QString> exportCsvFile(const QString &directory, const QString &search = {}) const;

private:
    JournalResult<void> connect(Mode mode);
    JournalResult<void> checkHealth();
    JournalResult<void> moveAsideAndSalvage(const QString &reason);
    JournalResult<void> migrate();
    void closeConnection();
    QString m_connection;
    QString m_path;
    QString m_keptCopy;
    int m_salvaged = 0;
    int m_busyTimeoutMs = kBusyTimeoutMs;
};

} // namespace kiosk::workflow
