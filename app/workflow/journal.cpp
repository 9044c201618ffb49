// SPDX-License-Identifier: MIT
#include "workflow/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>

namespace kiosk::workflow {

Q_LOGGING_CATEGORY(lcJournal, "kiosk.journal", QtInfoMsg)

namespace {

using Fault = JournalError::Fault;

// SQLite's primary result codes (sqlite3.h); Qt's driver reports them as the native code.
enum SqliteCode
{
    kSqlitePerm = 3,
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteReadOnly = 8,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteNotADb = 26,
};

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // an extended code carries the primary one in its low byte
}

Fault faultOf(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case kSqliteBusy:
    case kSqliteLocked:
        return Fault::Busy;
    case kSqliteFull:
        return Fault::Full;
    case kSqliteReadOnly:
    case kSqlitePerm:
        return Fault::ReadOnly;
    case kSqliteCantOpen:
    case kSqliteIoErr:
        return Fault::Unreachable;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return Fault::Damaged;
    default:
        return Fault::Other;
    }
}

// One plain sentence per fault, then SQLite's own words for whoever investigates.
JournalError sqlError(const QString &what, const QSqlError &error, const QString &path)
{
    Fault fault = faultOf(error);
    // On a full disk SQLite may only see the effect: a shared-memory file it cannot grow (an
    // I/O error) or a file it cannot create. Say the cause.
    if ((fault == Fault::Unreachable || fault == Fault::ReadOnly || fault == Fault::Other) &&
        !path.isEmpty()) {
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < 64 * 1024)
            fault = Fault::Full;
    }
    QString plain;
    switch (fault) {
    case Fault::Busy:
        plain = QCoreApplication::translate("kiosk::journal",
                                            "the journal %1 is locked by another process")
                    .arg(path);
        break;
    case Fault::Full:
        plain = QCoreApplication::translate("kiosk::journal",
                                            "the disk that holds the journal %1 is full")
                    .arg(path);
        break;
    case Fault::ReadOnly:
        plain = QCoreApplication::translate(
                    "kiosk::journal",
                    "the journal %1 cannot be written (read-only, or owned by another user)")
                    .arg(path);
        break;
    case Fault::Unreachable:
        plain =
            QCoreApplication::translate("kiosk::journal", "the journal %1 cannot be opened or read")
                .arg(path);
        break;
    case Fault::Damaged:
        plain =
            QCoreApplication::translate("kiosk::journal", "the journal %1 is damaged").arg(path);
        break;
    case Fault::Other:
        plain = QCoreApplication::translate("kiosk::journal", "the journal %1 failed").arg(path);
        break;
    }
    return JournalError{QCoreApplication::translate("kiosk::journal", "journal: %1: %2 (%3)")
                            .arg(what, plain, error.text()),
                        fault};
}

JournalError journalFailure(const QString &message, Fault fault = Fault::Other)
{
    return JournalError{message, fault};
}

// Schema steps, applied in order; user_version records how many have run.
const char *const kMigrations[] = {
    // 1: entries and their steps.
    "CREATE TABLE IF NOT EXISTS cancellations ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " payment_id TEXT NOT NULL, purchase_id TEXT NOT NULL DEFAULT '', amount TEXT NOT NULL DEFAULT "
    "'0',"
    " currency TEXT NOT NULL DEFAULT '', shop_name TEXT NOT NULL DEFAULT '', terminal_id TEXT NOT "
    "NULL DEFAULT '',"
    " approval INTEGER NOT NULL DEFAULT -1, signer TEXT NOT NULL DEFAULT '', state TEXT NOT NULL "
    "DEFAULT '',"
    " payment_status INTEGER NOT NULL DEFAULT 0, result_code INTEGER NOT NULL DEFAULT 0,"
    " message TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
    " finished INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX IF NOT EXISTS cancellations_payment ON cancellations(payment_id);"
    "CREATE INDEX IF NOT EXISTS cancellations_unfinished ON cancellations(finished);"
    "CREATE TABLE IF NOT EXISTS steps ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " cancellation_id INTEGER NOT NULL REFERENCES cancellations(id) ON DELETE CASCADE,"
    " at INTEGER NOT NULL, step TEXT NOT NULL, phase TEXT NOT NULL, detail TEXT NOT NULL DEFAULT "
    "'{}');"
    "CREATE INDEX IF NOT EXISTS steps_cancellation ON steps(cancellation_id);",
};

JournalEntry entryFrom(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.paymentId = q.value(1).toString();
    e.purchaseId = q.value(2).toString();
    e.amount = q.value(3).toString();
    e.currency = q.value(4).toString();
    e.shopName = q.value(5).toString();
    e.terminalId = q.value(6).toString();
    e.approval = q.value(7).toInt();
    e.signer = q.value(8).toString();
    e.state = q.value(9).toString();
    e.paymentStatus = q.value(10).toInt();
    e.resultCode = q.value(11).toInt();
    e.message = q.value(12).toString();
    e.createdAt = q.value(13).toLongLong();
    e.updatedAt = q.value(14).toLongLong();
    e.finished = q.value(15).toInt() != 0;
    return e;
}

const char kColumns[] =
    "id, payment_id, purchase_id, amount, currency, shop_name, terminal_id, approval, signer,"
    " state, payment_status, result_code, message, created_at, updated_at, finished";

// Qt binds a null QString as SQL NULL; the columns are NOT NULL text.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

Journal::~Journal()
{
    closeConnection();
}

void Journal::closeConnection()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

JournalResult<void> Journal::open(const QString &stateDir, Mode mode)
{
    closeConnection();
    m_path = QDir(stateDir).filePath(QStringLiteral("journal.sqlite3"));
    m_keptCopy.clear();
    m_salvaged = 0;
    if (auto connected = connect(mode); !connected)
        return connected;

    auto health = checkHealth();
    if (!health && health.failure().fault == Fault::Damaged) {
        // Only a process that runs cancellations (and holds the state lock) moves a file.
        if (mode == Mode::Reader)
            return journalFailure(health.error() + u' ' +
                                      QCoreApplication::translate(
                                          "kiosk::journal",
                                          "(the kiosk keeps it aside and starts a new one when "
                                          "it next runs a cancellation)"),
                                  Fault::Damaged);
        if (auto moved = moveAsideAndSalvage(health.error()); !moved)
            return moved;
    } else if (!health) {
        // Busy, full, read-only, unreadable: the file is fine or unknown; leave it untouched.
        return health;
    }

    QSqlQuery pragma(QSqlDatabase::database(m_connection));
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !pragma.next()) {
        // A reader of a read-only journal still reads it in its present mode.
        if (mode == Mode::Writer)
            return sqlError(QStringLiteral("journal_mode"), pragma.lastError(), m_path);
    }
    pragma.finish();
    for (const char *statement : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!pragma.exec(QLatin1String(statement)))
            return sqlError(QLatin1String(statement), pragma.lastError(), m_path);
    }
    if (auto migrated = migrate(); !migrated)
        return migrated;
    if (mode == Mode::Writer)
        return probeWritable();
    return {};
}

JournalResult<void> Journal::connect(Mode mode)
{
    m_connection =
        QStringLiteral("kiosk-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Set at open, before the first statement: a lock held by another process is waited for,
    // not mistaken for damage.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs);
    if (mode == Mode::Reader && QFileInfo::exists(m_path) && !QFileInfo(m_path).isWritable()) {
        // A journal this user cannot write (restored with another owner): SQLite could not make
        // its WAL index, so read it as an unchanging file. Only history and pending do this.
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        closeConnection();
        return sqlError(QCoreApplication::translate("kiosk::journal", "cannot open %1").arg(m_path),
                        error, m_path);
    }
    return {};
}

JournalResult<void> Journal::checkHealth()
{
    QSqlQuery check(QSqlDatabase::database(m_connection));
    if (!check.exec(QStringLiteral("PRAGMA quick_check")))
        return sqlError(QStringLiteral("quick_check"), check.lastError(), m_path);
    QStringList problems;
    while (check.next())
        if (const QString row = check.value(0).toString(); row != u"ok")
            problems << row;
    if (check.lastError().isValid())
        return sqlError(QStringLiteral("quick_check"), check.lastError(), m_path);
    check.finish(); // an unfinished statement would hold a read transaction open
    if (!problems.isEmpty())
        return journalFailure(
            QCoreApplication::translate("kiosk::journal", "the journal %1 is damaged: %2")
                .arg(m_path, problems.mid(0, 3).join(QStringLiteral("; "))),
            Fault::Damaged);
    return {};
}

JournalResult<void> Journal::moveAsideAndSalvage(const QString &reason)
{
    closeConnection();
    m_keptCopy = m_path + QStringLiteral(".damaged-") +
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
    if (!QFile::rename(m_path, m_keptCopy))
        return journalFailure(
            QCoreApplication::translate(
                "kiosk::journal",
                "%1; it cannot be moved aside, so the kiosk cannot record anything")
                .arg(reason),
            Fault::Damaged);
    QFile::rename(m_path + QStringLiteral("-wal"), m_keptCopy + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    qCCritical(lcJournal).noquote()
        << reason << "- kept as" << m_keptCopy << "and a new journal started";
    if (auto connected = connect(Mode::Writer); !connected)
        return connected;
    if (auto migrated = migrate(); !migrated)
        return migrated;

    // The unfinished cancellations that can still be read go on in the new journal, so that
    // resume still brings each to a final status.
    const QString salvage =
        QStringLiteral("kiosk-salvage-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), salvage);
        old.setDatabaseName(m_keptCopy);
        old.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (old.open()) {
            QSqlQuery entries(old);
            if (entries.exec(QStringLiteral("SELECT %1 FROM cancellations WHERE finished=0")
                                 .arg(QLatin1String(kColumns)))) {
                while (entries.next()) {
                    const JournalEntry lost = entryFrom(entries);
                    auto copied = begin(lost);
                    if (!copied)
                        return copied.failure();
                    QSqlQuery steps(old);
                    steps.prepare(QStringLiteral("SELECT at, step, phase, detail FROM steps"
                                                 " WHERE cancellation_id=? ORDER BY id"));
                    steps.addBindValue(lost.id);
                    if (steps.exec()) {
                        QSqlQuery insert(QSqlDatabase::database(m_connection));
                        insert.prepare(QStringLiteral("INSERT INTO steps (cancellation_id, at, "
                                                      "step, phase, detail) VALUES (?,?,?,?,?)"));
                        while (steps.next()) {
                            insert.addBindValue(copied.value());
                            for (int column = 0; column < 4; ++column)
                                insert.addBindValue(steps.value(column));
                            if (!insert.exec())
                                return sqlError(QStringLiteral("salvage"), insert.lastError(),
                                                m_path);
                        }
                    }
                    ++m_salvaged;
                }
            }
            qCWarning(lcJournal) << m_salvaged
                                 << "unfinished cancellations recovered from the damaged journal";
        }
        old.close();
    }
    QSqlDatabase::removeDatabase(salvage);
    return {};
}

JournalResult<void> Journal::probeWritable()
{
    // Rewriting user_version with its own value writes a page: it fails exactly as a real
    // record would (read-only file, full disk, held lock).
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(QStringLiteral("write check"), q.lastError(), m_path);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)) ||
        !q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return sqlError(QStringLiteral("write check"), error, m_path);
    }
    return {};
}

JournalResult<void> Journal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const auto version = [&]() -> int {
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return -1;
        const int value = q.value(0).toInt();
        q.finish();
        return value;
    };
    int current = version();
    if (current < 0)
        return sqlError(QStringLiteral("user_version"), q.lastError(), m_path);
    if (current == kSchemaVersion)
        return {};
    // Several processes may start together on a new state directory: the first to take the
    // write lock migrates, the others wait (busy timeout) and then find the work done.
    if (current < kSchemaVersion) {
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return sqlError(QStringLiteral("migration"), q.lastError(), m_path);
        current = version();
        if (current < 0) {
            const QSqlError error = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return sqlError(QStringLiteral("user_version"), error, m_path);
        }
        for (int next = current; next < kSchemaVersion; ++next) {
            const QStringList statements =
                QString::fromLatin1(kMigrations[next]).split(u';', Qt::SkipEmptyParts);
            for (const QString &statement : statements) {
                if (statement.trimmed().isEmpty())
                    continue;
                if (!q.exec(statement)) {
                    const QSqlError error = q.lastError();
                    q.exec(QStringLiteral("ROLLBACK"));
                    return sqlError(QStringLiteral("migration %1").arg(next + 1), error, m_path);
                }
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(next + 1))) {
                const QSqlError error = q.lastError();
                q.exec(QStringLiteral("ROLLBACK"));
                return sqlError(QStringLiteral("migration %1").arg(next + 1), error, m_path);
            }
            qCInfo(lcJournal) << "journal schema migrated to" << next + 1;
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError error = q.lastError();
            q.exec(QStringLiteral("ROLLBACK"));
            return sqlError(QStringLiteral("migration"), error, m_path);
        }
        current = kSchemaVersion;
    }
    if (current > kSchemaVersion)
        return journalFailure(
            QCoreApplication::translate(
                "kiosk::journal",
                "the journal %1 was written by a newer kiosk (schema %2, this one knows %3)")
                .arg(m_path)
                .arg(current)
                .arg(kSchemaVersion));
    return {};
}

namespace {
// The columns an entry's fields are kept in, written by both begin() and update(): one list,
// so a new field cannot reach one and miss the other.
QList<std::pair<QString, QVariant>> entryColumns(const JournalEntry &entry, qint64 now)
{
    return {{QStringLiteral("purchase_id"), text(entry.purchaseId)},
            {QStringLiteral("amount"), text(entry.amount)},
            {QStringLiteral("currency"), text(entry.currency)},
            {QStringLiteral("shop_name"), text(entry.shopName)},
            {QStringLiteral("terminal_id"), text(entry.terminalId)},
            {QStringLiteral("approval"), entry.approval},
            {QStringLiteral("signer"), text(entry.signer)},
            {QStringLiteral("state"), text(entry.state)},
            {QStringLiteral("payment_status"), entry.paymentStatus},
            {QStringLiteral("result_code"), entry.resultCode},
            {QStringLiteral("message"), text(entry.message)},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("finished"), entry.finished ? 1 : 0}};
}
} // namespace

JournalResult<qint64> Journal::begin(const JournalEntry &entry)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto columns = entryColumns(entry, now);
    columns.prepend({QStringLiteral("payment_id"), text(entry.paymentId)});
    columns.append({QStringLiteral("created_at"), entry.createdAt ? entry.createdAt : now});
    QStringList names;
    for (const auto &column : std::as_const(columns))
        names << column.first;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO cancellations (" + names.join(u", ") + u") VALUES (" +
              QStringList(names.size(), QStringLiteral("?")).join(u',') + u')');
    for (const auto &column : std::as_const(columns))
        q.addBindValue(column.second);
    if (!q.exec())
        return sqlError(QStringLiteral("begin"), q.lastError(), m_path);
    return q.lastInsertId().toLongLong();
}

JournalResult<void> Journal::update(const JournalEntry &entry)
{
    const auto columns = entryColumns(entry, QDateTime::currentSecsSinceEpoch());
    QStringList assignments;
    for (const auto &column : columns)
        assignments << column.first + u"=?";
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"UPDATE cancellations SET " + assignments.join(u", ") + u" WHERE id=?");
    for (const auto &column : columns)
        q.addBindValue(column.second);
    q.addBindValue(entry.id);
    if (!q.exec())
        return sqlError(QStringLiteral("update"), q.lastError(), m_path);
    return {};
}

JournalResult<void> Journal::addStep(qint64 entryId, const QString &step, const QString &phase,
                                     const QJsonObject &detail)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO steps (cancellation_id, at, step, phase, detail) VALUES (?,?,?,?,?)"));
    q.addBindValue(entryId);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(step);
    q.addBindValue(phase);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(QStringLiteral("step"), q.lastError(), m_path);
    return {};
}

JournalResult<JournalEntry> Journal::entry(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT %1 FROM cancellations WHERE id=?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("entry"), q.lastError(), m_path);
    if (!q.next())
        return journalFailure(
            QCoreApplication::translate("kiosk::journal", "journal: no entry %1").arg(id));
    return entryFrom(q);
}

JournalResult<JournalEntry> Journal::openEntryFor(const QString &paymentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM cancellations WHERE payment_id=? AND finished=0 ORDER "
                             "BY id DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(paymentId);
    if (!q.exec())
        return sqlError(QStringLiteral("lookup"), q.lastError(), m_path);
    if (!q.next())
        return JournalEntry{};
    return entryFrom(q);
}

JournalResult<QList<JournalEntry>> Journal::unfinished() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT %1 FROM cancellations WHERE finished=0 ORDER BY id")
                    .arg(QLatin1String(kColumns))))
        return sqlError(QStringLiteral("unfinished"), q.lastError(), m_path);
    QList<JournalEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

JournalResult<QList<JournalEntry>> Journal::history(const QString &search, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QString sql = QStringLiteral("SELECT %1 FROM cancellations").arg(QLatin1String(kColumns));
    if (!search.isEmpty())
        sql +=
            QStringLiteral(" WHERE payment_id LIKE ? ESCAPE '\\' OR purchase_id LIKE ? ESCAPE '\\'"
                           " OR shop_name LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    q.prepare(sql);
    if (!search.isEmpty()) {
        QString pattern = search;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        for (int i = 0; i < 3; ++i)
            q.addBindValue(pattern);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(QStringLiteral("history"), q.lastError(), m_path);
    QList<JournalEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

JournalResult<QList<JournalStep>> Journal::steps(qint64 entryId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT at, step, phase, detail FROM steps WHERE cancellation_id=? ORDER BY id"));
    q.addBindValue(entryId);
    if (!q.exec())
        return sqlError(QStringLiteral("steps"), q.lastError(), m_path);
    QList<JournalStep> steps;
    while (q.next())
        steps.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
    return steps;
}

JournalResult<JournalStep> Journal::lastStep(qint64 entryId, const QString &step) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT at, step, phase, detail FROM steps WHERE cancellation_id=? AND step=?"
        " ORDER BY id DESC LIMIT 1"));
    q.addBindValue(entryId);
    q.addBindValue(step);
    if (!q.exec())
        return sqlError(QStringLiteral("steps"), q.lastError(), m_path);
    if (!q.next())
        return JournalStep{};
    return JournalStep{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()};
}

JournalResult<int> Journal::prune(int retentionDays, qint64 nowSeconds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM cancellations WHERE finished=1 AND updated_at < ?"));
    q.addBindValue(nowSeconds - qint64(retentionDays) * 86400);
    if (!q.exec())
        return sqlError(QStringLiteral("prune"), q.lastError(), m_path);
    return q.numRowsAffected();
}

JournalResult<QString> Journal::exportCsv(const QString &search) const
{
    auto entries = history(search, 1000000);
    if (!entries)
        return entries.failure();
    QString csv = QStringLiteral(
        "id,created_utc,updated_utc,payment_id,purchase_id,shop,amount,currency,terminal_id,"
        "decision,signer,state,payment_status,result_code,message,finished\r\n");
    for (const JournalEntry &e : entries.value()) {
        const QStringList fields{
            QString::number(e.id),
            QDateTime::fromSecsSinceEpoch(e.createdAt, Qt::UTC).toString(Qt::ISODate),
            QDateTime::fromSecsSinceEpoch(e.updatedAt, Qt::UTC).toString(Qt::ISODate),
            e.paymentId,
            e.purchaseId,
            e.shopName,
            e.amount,
            e.currency,
            e.terminalId,
            e.approval < 0 ? QString()
                           : (e.approval ? QStringLiteral("approve") : QStringLiteral("reject")),
            e.signer,
            e.state,
            QString::number(e.paymentStatus),
            QString::number(e.resultCode),
            e.message,
            e.finished ? QStringLiteral("yes") : QStringLiteral("no")};
        QStringList escaped;
        for (const QString &field : fields)
            escaped << csvField(field);
        csv += escaped.join(u',') + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace kiosk::workflow

namespace kiosk::workflow {

Result<QString> Journal::exportCsvFile(const QString &directory, const QString &search) const
{
    const auto csv = exportCsv(search);
    if (!csv)
        return fail(csv.error());
    if (!QDir().mkpath(directory))
        return fail(QCoreApplication::translate("kiosk::workflow", "cannot create the folder %1")
                        .arg(directory));
    const QString path = QDir(directory).filePath(
        QStringLiteral("history-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QSaveFile file(path);
    const QByteArray bytes = csv->toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QCoreApplication::translate("kiosk::workflow", "cannot write %1: %2")
                        .arg(path, file.errorString()));
    return path;
}

} // namespace kiosk::workflow
