// SPDX-License-Identifier: MIT
// The journal: durable steps, unfinished entries for resume, history, CSV, retention, damage.
#include "workflow/journal.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk::workflow;

namespace {
JournalEntry sample(const QString &paymentId, const QString &purchaseId)
{
    JournalEntry e;
    e.paymentId = paymentId;
    e.purchaseId = purchaseId;
    e.amount = QStringLiteral("15000000000000000000000");
    e.currency = QStringLiteral("krw");
    e.shopName = QStringLiteral("Demo Cafe, \"Gangnam\"");
    e.terminalId = QStringLiteral("KIOSK0001");
    e.state = QStringLiteral("opening");
    return e;
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walAndFullSync();
    void stepsSurviveReopen();
    void unfinishedAndOpenEntry();
    void historySearch();
    void csvEscapes();
    void pruneKeepsUnfinished();
    void damagedDatabaseIsKept();
    void newerSchemaIsRefused();
};

void TestJournal::walAndFullSync()
{
    QTemporaryDir dir;
    Journal journal;
    {
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    {
        db.setDatabaseName(journal.path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Journal::kSchemaVersion);
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
}

void TestJournal::stepsSurviveReopen()
{
    QTemporaryDir dir;
    qint64 id = 0;
    {
        Journal journal;
        {
            const auto opened = journal.open(dir.path());
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
        }
        id = journal.begin(sample(QStringLiteral("0xaa"), QStringLiteral("P1"))).value();
        QVERIFY(journal
                    .addStep(id, QStringLiteral("approve"), QStringLiteral("intent"),
                             {{QStringLiteral("signature"), QStringLiteral("0x12")}})
                    .ok());
    }
    Journal reopened;
    QVERIFY(reopened.open(dir.path()).ok());
    const auto last = reopened.lastStep(id, QStringLiteral("approve"));
    QVERIFY(last.ok());
    QCOMPARE(last->phase, QStringLiteral("intent"));
    QCOMPARE(last->detail[u"signature"].toString(), QStringLiteral("0x12"));
    QCOMPARE(reopened.steps(id).value().size(), 1);
    QVERIFY(reopened.lastStep(id, QStringLiteral("close"))->step.isEmpty());
}

void TestJournal::unfinishedAndOpenEntry()
{
    QTemporaryDir dir;
    Journal journal;
    {
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    const qint64 a = journal.begin(sample(QStringLiteral("0xaa"), QStringLiteral("P1"))).value();
    const qint64 b = journal.begin(sample(QStringLiteral("0xbb"), QStringLiteral("P2"))).value();
    JournalEntry done = journal.entry(a).value();
    done.finished = true;
    done.paymentStatus = 58;
    QVERIFY(journal.update(done).ok());
    const auto open = journal.unfinished().value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().id, b);
    QCOMPARE(journal.openEntryFor(QStringLiteral("0xaa")).value().id, 0);
    QCOMPARE(journal.openEntryFor(QStringLiteral("0xbb")).value().id, b);
    QCOMPARE(journal.entry(a).value().paymentStatus, 58);
}

void TestJournal::historySearch()
{
    QTemporaryDir dir;
    Journal journal;
    {
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    QVERIFY(journal.begin(sample(QStringLiteral("0xaa"), QStringLiteral("P-100"))).ok());
    QVERIFY(journal.begin(sample(QStringLiteral("0xbb"), QStringLiteral("P-200"))).ok());
    QCOMPARE(journal.history().value().size(), 2);
    QCOMPARE(journal.history().value().first().purchaseId, QStringLiteral("P-200")); // newest first
    QCOMPARE(journal.history(QStringLiteral("P-1")).value().size(), 1);
    QCOMPARE(journal.history(QStringLiteral("0xbb")).value().size(), 1);
    QCOMPARE(journal.history(QStringLiteral("%")).value().size(), 0); // wildcards are literal
}

void TestJournal::csvEscapes()
{
    QTemporaryDir dir;
    Journal journal;
    {
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    JournalEntry e = sample(QStringLiteral("0xaa"), QStringLiteral("P-1"));
    e.message = QStringLiteral("line one\nline two");
    e.approval = 1;
    QVERIFY(journal.begin(e).ok());
    const QString csv = journal.exportCsv().value();
    QVERIFY(csv.startsWith(u"id,created_utc"_qs));
    QVERIFY2(csv.contains(u"\"Demo Cafe, \"\"Gangnam\"\"\""_qs), qPrintable(csv));
    QVERIFY(csv.contains(u"\"line one\nline two\""_qs));
    QVERIFY(csv.contains(u",approve,"_qs));

    // Staff's export button: the same CSV as a file, in a folder made on demand.
    const auto path = journal.exportCsvFile(dir.filePath(QStringLiteral("exports")));
    QVERIFY2(path.ok(), qPrintable(path.error()));
    QFile file(path.value());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), csv);
    // A folder that cannot exist (a file is in the way) is a clear error, not a crash.
    QFile blocker(dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto refused = journal.exportCsvFile(blocker.fileName() + QStringLiteral("/exports"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(u"blocked"_qs));
}

void TestJournal::pruneKeepsUnfinished()
{
    QTemporaryDir dir;
    Journal journal;
    {
        const auto opened = journal.open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    const qint64 a = journal.begin(sample(QStringLiteral("0xaa"), QStringLiteral("P1"))).value();
    QVERIFY(journal.begin(sample(QStringLiteral("0xbb"), QStringLiteral("P2"))).ok());
    JournalEntry done = journal.entry(a).value();
    done.finished = true;
    QVERIFY(journal.update(done).ok());
    const qint64 later = QDateTime::currentSecsSinceEpoch() + 40 * 86400;
    QCOMPARE(journal.prune(30, later).value(), 1);
    QCOMPARE(journal.history().value().size(), 1);
    QCOMPARE(journal.unfinished().value().size(), 1);
}

void TestJournal::damagedDatabaseIsKept()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("journal.sqlite3")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    Journal journal;
    const auto opened = journal.open(dir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!journal.keptDamagedCopy().isEmpty());
    QFile kept(journal.keptDamagedCopy());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(8192, 'x')); // nothing lost
    QVERIFY(journal.begin(sample(QStringLiteral("0xaa"), QStringLiteral("P1"))).ok());
}

void TestJournal::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    {
        Journal journal;
        {
            const auto opened = journal.open(dir.path());
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
        }
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(dir.filePath(QStringLiteral("journal.sqlite3")));
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    Journal journal;
    const auto opened = journal.open(dir.path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"newer"_qs), qPrintable(opened.error()));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
