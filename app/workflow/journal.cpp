// SPDX-License-Identifier: MIT
#include "workflow/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace kiosk::workflow {

Q_LOGGING_CATEGORY(lcJournal, "kiosk.journal")

namespace {

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{
        QCoreApplication::translate("kiosk::journal", "journal: %1: %2").arg(what, error.text())};
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
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<bool> Journal::open(const QString &stateDir)
{
    m_path = stateDir + QStringLiteral("/journal.sqlite3");
    m_connection =
        QStringLiteral("kiosk-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return sqlError(QCoreApplication::translate("kiosk::journal", "cannot open %1").arg(m_path),
                        db.lastError());

    QSqlQuery check(db);
    const bool healthy = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
                         check.value(0).toString() == u"ok";
    check.finish(); // an unfinished statement would hold a read transaction open
    if (!healthy) {
        // Keep the damaged file for whoever investigates; start a fresh journal.
        db.close();
        m_keptCopy = m_path + QStringLiteral(".damaged-") +
                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss"));
        if (!QFile::rename(m_path, m_keptCopy))
            return fail(QCoreApplication::translate(
                            "kiosk::journal", "the journal %1 is damaged and cannot be moved aside")
                            .arg(m_path));
        QFile::rename(m_path + QStringLiteral("-wal"), m_keptCopy + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        qCCritical(lcJournal) << "the journal was damaged; kept as" << m_keptCopy;
        if (!db.open())
            return sqlError(
                QCoreApplication::translate("kiosk::journal", "cannot open %1").arg(m_path),
                db.lastError());
    }

    QSqlQuery pragma(db);
    for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                  "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"}) {
        if (!pragma.exec(QLatin1String(statement)))
            return sqlError(QLatin1String(statement), pragma.lastError());
    }
    return migrate();
}

Result<bool> Journal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(QStringLiteral("user_version"), q.lastError());
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return fail(
            QCoreApplication::translate(
                "kiosk::journal",
                "the journal %1 was written by a newer kiosk (schema %2, this one knows %3)")
                .arg(m_path)
                .arg(version)
                .arg(kSchemaVersion));
    for (int next = version; next < kSchemaVersion; ++next) {
        if (!db.transaction())
            return sqlError(QStringLiteral("migration"), db.lastError());
        const QStringList statements =
            QString::fromLatin1(kMigrations[next]).split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!q.exec(statement)) {
                const QSqlError error = q.lastError();
                db.rollback();
                return sqlError(QStringLiteral("migration %1").arg(next + 1), error);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(next + 1)) || !db.commit()) {
            db.rollback();
            return sqlError(QStringLiteral("migration %1").arg(next + 1), q.lastError());
        }
        qCInfo(lcJournal) << "journal schema migrated to" << next + 1;
    }
    return true;
}

Result<qint64> Journal::begin(const JournalEntry &entry)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO cancellations (payment_id, purchase_id, amount, currency, shop_name,"
        " terminal_id, approval, signer, state, payment_status, result_code, message, created_at,"
        " updated_at, finished) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QVariant &value :
         {text(entry.paymentId), text(entry.purchaseId), text(entry.amount), text(entry.currency),
          text(entry.shopName), text(entry.terminalId), QVariant(entry.approval),
          text(entry.signer), text(entry.state), QVariant(entry.paymentStatus),
          QVariant(entry.resultCode), text(entry.message),
          QVariant(entry.createdAt ? entry.createdAt : now), QVariant(now),
          QVariant(entry.finished ? 1 : 0)})
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(QStringLiteral("begin"), q.lastError());
    return q.lastInsertId().toLongLong();
}

Result<bool> Journal::update(const JournalEntry &entry)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "UPDATE cancellations SET purchase_id=?, amount=?, currency=?, shop_name=?, terminal_id=?,"
        " approval=?, signer=?, state=?, payment_status=?, result_code=?, message=?, updated_at=?,"
        " finished=? WHERE id=?"));
    for (const QVariant &value :
         {text(entry.purchaseId), text(entry.amount), text(entry.currency), text(entry.shopName),
          text(entry.terminalId), QVariant(entry.approval), text(entry.signer), text(entry.state),
          QVariant(entry.paymentStatus), QVariant(entry.resultCode), text(entry.message),
          QVariant(QDateTime::currentSecsSinceEpoch()), QVariant(entry.finished ? 1 : 0),
          QVariant(entry.id)})
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(QStringLiteral("update"), q.lastError());
    return true;
}

Result<bool> Journal::addStep(qint64 entryId, const QString &step, const QString &phase,
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
        return sqlError(QStringLiteral("step"), q.lastError());
    return true;
}

Result<JournalEntry> Journal::entry(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT %1 FROM cancellations WHERE id=?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("entry"), q.lastError());
    if (!q.next())
        return fail(QCoreApplication::translate("kiosk::journal", "journal: no entry %1").arg(id));
    return entryFrom(q);
}

Result<JournalEntry> Journal::openEntryFor(const QString &paymentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM cancellations WHERE payment_id=? AND finished=0 ORDER "
                             "BY id DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(paymentId);
    if (!q.exec())
        return sqlError(QStringLiteral("lookup"), q.lastError());
    if (!q.next())
        return JournalEntry{};
    return entryFrom(q);
}

Result<QList<JournalEntry>> Journal::unfinished() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT %1 FROM cancellations WHERE finished=0 ORDER BY id")
                    .arg(QLatin1String(kColumns))))
        return sqlError(QStringLiteral("unfinished"), q.lastError());
    QList<JournalEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

Result<QList<JournalEntry>> Journal::history(const QString &search, int limit) const
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
        return sqlError(QStringLiteral("history"), q.lastError());
    QList<JournalEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

Result<QList<JournalStep>> Journal::steps(qint64 entryId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT at, step, phase, detail FROM steps WHERE cancellation_id=? ORDER BY id"));
    q.addBindValue(entryId);
    if (!q.exec())
        return sqlError(QStringLiteral("steps"), q.lastError());
    QList<JournalStep> steps;
    while (q.next())
        steps.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()});
    return steps;
}

Result<JournalStep> Journal::lastStep(qint64 entryId, const QString &step) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT at, step, phase, detail FROM steps WHERE cancellation_id=? AND step=?"
        " ORDER BY id DESC LIMIT 1"));
    q.addBindValue(entryId);
    q.addBindValue(step);
    if (!q.exec())
        return sqlError(QStringLiteral("steps"), q.lastError());
    if (!q.next())
        return JournalStep{};
    return JournalStep{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()};
}

Result<int> Journal::prune(int retentionDays, qint64 nowSeconds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM cancellations WHERE finished=1 AND updated_at < ?"));
    q.addBindValue(nowSeconds - qint64(retentionDays) * 86400);
    if (!q.exec())
        return sqlError(QStringLiteral("prune"), q.lastError());
    return q.numRowsAffected();
}

Result<QString> Journal::exportCsv(const QString &search) const
{
    auto entries = history(search, 1000000);
    if (!entries)
        return fail(entries.error());
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
