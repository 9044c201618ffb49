// SPDX-License-Identifier: MIT
// Nothing lost: real file-system faults and a second process against loyalty-kioskctl and the
// relay simulator. A small tmpfs filled during a cancellation, a journal the kiosk can read but
// not write, an exclusive SQLite lock held by another process, a damaged file, several
// processes started together, and input that never comes. Each case checks the relay's state
// and the journal afterwards: nothing posted that is not recorded, nothing recorded lost.
#include "demokeys.h"
#include "simprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <unistd.h>

namespace {
using demo::kCustomer;
using demo::kCustomerKey;
using demo::kTerminalKey;

bool isRoot()
{
    return ::geteuid() == 0;
}

// Fills the file system that holds `directory` until a write fails; answers the filler's path.
QString fillDisk(const QString &directory)
{
    const QString path = QDir(directory).filePath(QStringLiteral("filler"));
    QFile filler(path);
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append))
        return {};
    const QByteArray block(4096, '\0');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    return path;
}

QStringList damagedCopies(const QString &directory)
{
    QStringList copies;
    for (const QString &name :
         QDir(directory).entryList({QStringLiteral("journal.sqlite3.damaged-*")}, QDir::Files))
        if (!name.endsWith(u"-wal") && !name.endsWith(u"-shm"))
            copies << name;
    return copies;
}
} // namespace

class TestJournalFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void fullDiskAfterRequestShownPostsNothing();
    void fullDiskAtStartSendsNothing();
    void readOnlyJournalSendsNothing();
    void lockedJournalIsNotDamage();
    void damagedJournalMovedAsideAndResumed();
    void concurrentStartsOnNewStateDir();
    void secondRunOfSamePaymentWaitsThenRefuses();
    void oneStepCommandsAreJournalled();
    void inputEndedClosesTheCancellation();
    void deadlinePassesWhileWaitingForInput();
    void cleanExitWithDebugLogs();
    void noCoreFileCanHoldTheKeys();

private:
    QStringList kioskArgs(const QString &stateDir) const;
    // `command` replaces the plain binary (e.g. run as another user); empty: the binary.
    ToolRun kioskctl(const QStringList &args, const QString &stateDir = {},
                     const QStringList &command = {});
    QString answerFor(const QString &request);
    QString signatureFor(const QString &id, const QString &purchaseId);
    int statusOf(const QString &id);
    // Starts `run ID --response -` and waits until the request is on its standard output.
    bool startRun(QProcess &run, const QString &id, const QString &stateDir,
                  const QStringList &extra = {});
    QString mountSmallDisk(const QString &size);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_keyFile; // the terminal key, for --terminal-key @FILE
    QString m_mounted;
};

void TestJournalFaults::init()
{
    m_sim = std::make_unique<SimProcess>(
        QStringList{QStringLiteral("--payment-timeout"), QStringLiteral("45"),
                    QStringLiteral("--close-window"), QStringLiteral("1")});
    QVERIFY2(m_sim->isRunning(), "the relay simulator did not start");
    m_dir = std::make_unique<QTemporaryDir>();
    // Other users (the read-only case runs as nobody) may enter, not write.
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                             QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                             QFile::ExeGroup);
    // The key in a folder of its own (the read-only case changes the modes of the files in
    // m_dir); owned by whoever runs the kiosk, readable by no one else, as a key must be.
    const QString keyDir = QDir(m_dir->path()).filePath(QStringLiteral("key"));
    QVERIFY(QDir().mkpath(keyDir));
    QFile::setPermissions(keyDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                      QFile::ExeOther | QFile::ExeGroup);
    m_keyFile = QDir(keyDir).filePath(QStringLiteral("terminal-key"));
    QFile key(m_keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    key.write(kTerminalKey.toLatin1() + '\n');
    key.close();
    if (isRoot()) // the read-only case runs the kiosk as nobody
        QVERIFY(::chown(QFile::encodeName(m_keyFile).constData(), 65534, 65534) == 0);
}

void TestJournalFaults::cleanup()
{
    if (!m_mounted.isEmpty()) {
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_mounted});
        m_mounted.clear();
    }
    m_sim.reset();
    m_dir.reset();
}

QStringList TestJournalFaults::kioskArgs(const QString &stateDir) const
{
    return {QStringLiteral("--config"),       QStringLiteral("/dev/null"),
            QStringLiteral("--relay"),        m_sim->url(),
            QStringLiteral("--terminal-key"), u'@' + m_keyFile,
            QStringLiteral("--terminal-id"),  QStringLiteral("KIOSK0001"),
            QStringLiteral("--state-dir"),    stateDir.isEmpty() ? m_dir->path() : stateDir,
            QStringLiteral("--timeout-ms"),   QStringLiteral("5000")};
}

ToolRun TestJournalFaults::kioskctl(const QStringList &args, const QString &stateDir,
                                    const QStringList &command)
{
    const QStringList whole =
        (command.isEmpty() ? QStringList{QStringLiteral(KIOSK_KIOSKCTL_BIN)} : command) +
        kioskArgs(stateDir) + args;
    return runTool(whole.first(), whole.mid(1));
}

QString TestJournalFaults::answerFor(const QString &request)
{
    const ToolRun answer = runTool(QStringLiteral(KIOSK_WALLET_BIN),
                                   {QStringLiteral("respond"), QStringLiteral("--key"),
                                    kCustomerKey, QStringLiteral("--request"), request});
    return answer.exitCode == 0 ? answer.out.trimmed() : QString();
}

QString TestJournalFaults::signatureFor(const QString &id, const QString &purchaseId)
{
    const ToolRun signed_ =
        runTool(QStringLiteral(KIOSK_WALLET_BIN),
                {QStringLiteral("sign-cancel"), QStringLiteral("--key"), kCustomerKey,
                 QStringLiteral("--payment-id"), id, QStringLiteral("--purchase-id"), purchaseId,
                 QStringLiteral("--chain-id"), m_sim->chainId(), QStringLiteral("--nonce"),
                 m_sim->nonceOf(kCustomer)});
    return signed_.json()[u"signature"].toString();
}

int TestJournalFaults::statusOf(const QString &id)
{
    return m_sim->call("GET", u"/v1/payment/item?paymentId=" + id)[u"data"][u"paymentStatus"]
        .toInt();
}

bool TestJournalFaults::startRun(QProcess &run, const QString &id, const QString &stateDir,
                                 const QStringList &extra)
{
    run.start(QStringLiteral(KIOSK_KIOSKCTL_BIN),
              kioskArgs(stateDir) +
                  QStringList{QStringLiteral("run"), id, QStringLiteral("--response"),
                              QStringLiteral("-")} +
                  extra);
    if (!run.waitForStarted())
        return false;
    QByteArray out;
    for (int i = 0; i < 200 && !out.contains("UR:ETH-SIGN-REQUEST/"); ++i) {
        run.waitForReadyRead(100);
        out += run.readAllStandardOutput();
    }
    run.setProperty("request", QString::fromUtf8(out).trimmed().split(u'\n').last());
    return out.contains("UR:ETH-SIGN-REQUEST/");
}

QString TestJournalFaults::mountSmallDisk(const QString &size)
{
    // A real file system that fills up: a tmpfs of its own, mounted for this case only.
    if (!isRoot())
        return {};
    const QString point = QDir(m_dir->path()).filePath(QStringLiteral("small-disk"));
    QDir().mkpath(point);
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           u"size=" + size + u",mode=0700", QStringLiteral("tmpfs"), point}) != 0)
        return {};
    m_mounted = point;
    return point;
}

void TestJournalFaults::fullDiskAfterRequestShownPostsNothing()
{
    const QString disk = mountSmallDisk(QStringLiteral("1m"));
    if (disk.isEmpty())
        QSKIP("mounting a tmpfs needs root (CI runs as root)");
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("FULL-1"));
    const QString nonceBefore = m_sim->nonceOf(kCustomer);
    QProcess run;
    QVERIFY(startRun(run, id, disk));
    QCOMPARE(statusOf(id), 51);

    // The disk fills while the customer reaches for the phone.
    const QString filler = fillDisk(disk);
    QVERIFY(!filler.isEmpty());
    const QString answer = answerFor(run.property("request").toString());
    QVERIFY(!answer.isEmpty());
    run.write(answer.toUtf8() + '\n');
    run.closeWriteChannel();
    QVERIFY(run.waitForFinished(60000));
    const QString err = QString::fromUtf8(run.readAllStandardError());
    QCOMPARE(run.exitCode(), 2);
    QVERIFY2(err.contains(u"is full"_qs) && err.contains(u"nothing was sent"_qs), qPrintable(err));

    // Not recorded, so not posted: the relay still waits and the customer's nonce is unused.
    QCOMPARE(statusOf(id), 51);
    QCOMPARE(m_sim->nonceOf(kCustomer), nonceBefore);

    // Space again: what the journal holds still reaches a final status.
    QVERIFY(QFile::remove(filler));
    const ToolRun resume = kioskctl({QStringLiteral("resume"), QStringLiteral("--json")}, disk);
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err + resume.out));
    QCOMPARE(statusOf(id), 59);
    const ToolRun history = kioskctl({QStringLiteral("history"), QStringLiteral("--json")}, disk);
    const QJsonArray entries = history.json()[u"history"].toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0][u"paymentStatus"].toInt(), 59);
    QVERIFY(entries[0][u"finished"].toBool());
    QVERIFY(damagedCopies(disk).isEmpty());
}

void TestJournalFaults::fullDiskAtStartSendsNothing()
{
    const QString disk = mountSmallDisk(QStringLiteral("1m"));
    if (disk.isEmpty())
        QSKIP("mounting a tmpfs needs root (CI runs as root)");
    QCOMPARE(kioskctl({QStringLiteral("history")}, disk).exitCode, 0); // a journal exists
    const QString filler = fillDisk(disk);
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("FULL-2"));
    const QString signature = signatureFor(id, QStringLiteral("FULL-2"));
    for (const QStringList &command :
         {QStringList{QStringLiteral("open"), id},
          QStringList{QStringLiteral("run"), id, QStringLiteral("--response"), signature},
          QStringList{QStringLiteral("approve"), id, QStringLiteral("--signature"), signature}}) {
        const ToolRun refused = kioskctl(command, disk);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"is full"_qs), qPrintable(refused.err));
        QCOMPARE(statusOf(id), 18);
    }
    // Nothing was taken for damage.
    QVERIFY(damagedCopies(disk).isEmpty());
    QVERIFY(QFile::remove(filler));
}

void TestJournalFaults::readOnlyJournalSendsNothing()
{
    // A journal restored with the wrong owner: the kiosk can read it, not write it.
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("RO-1"));
    const QString before = m_sim->createPayment(kCustomer, QStringLiteral("RO-0"));
    QCOMPARE(kioskctl({QStringLiteral("open"), before}).exitCode, 0); // one entry recorded
    QStringList prefix;
    if (isRoot()) {
        // root writes anything: run the kiosk as another user, as a wrong owner would.
        // The build tree may sit where nobody cannot enter (a clone in /root): run a copy.
        const QString copy = QDir(m_dir->path()).filePath(QStringLiteral("kioskctl"));
        QVERIFY(QFile::copy(QStringLiteral(KIOSK_KIOSKCTL_BIN), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::ExeOther));
        prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                  QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), copy};
    } else {
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files))
            QFile::setPermissions(QDir(m_dir->path()).filePath(name),
                                  QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner);
    }
    for (const QString &command :
         {QStringLiteral("open"), QStringLiteral("run"), QStringLiteral("close")}) {
        const ToolRun refused = kioskctl({command, id}, {}, prefix);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--state-dir"_qs), qPrintable(refused.err));
        QCOMPARE(statusOf(id), 18);
    }
    // history still reads it, and the file is where it was.
    const ToolRun history =
        kioskctl({QStringLiteral("history"), QStringLiteral("--json")}, {}, prefix);
    QVERIFY2(history.exitCode == 0, qPrintable(history.err));
    QCOMPARE(history.json()[u"history"].toArray().size(), 1);
    QVERIFY(damagedCopies(m_dir->path()).isEmpty());
    if (!isRoot())
        QFile::setPermissions(m_dir->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestJournalFaults::lockedJournalIsNotDamage()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("LOCK-1"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    QCOMPARE(statusOf(id), 51);

    // Another process (a backup tool, an sqlite3 shell) holds an exclusive lock on the file.
    QProcess locker;
    // -interactive: its answers are flushed at once, so the test knows when the lock is held.
    locker.start(QStringLiteral("sqlite3"),
                 {QStringLiteral("-interactive"),
                  QDir(m_dir->path()).filePath(QStringLiteral("journal.sqlite3"))});
    QVERIFY2(locker.waitForStarted(), "sqlite3 is needed (dev.sh installs it)");
    locker.write("PRAGMA locking_mode=EXCLUSIVE;\nBEGIN EXCLUSIVE;\n"
                 "UPDATE cancellations SET message=message;\nSELECT 'held';\n");
    QByteArray said;
    for (int i = 0; i < 100 && !said.contains("held"); ++i) {
        locker.waitForReadyRead(100);
        said += locker.readAllStandardOutput();
    }
    QVERIFY2(said.contains("held"), said.constData());

    for (const QString &command : {QStringLiteral("history"), QStringLiteral("resume")}) {
        const ToolRun refused = kioskctl({command});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"locked by another process"_qs), qPrintable(refused.err));
    }
    // Untouched: not moved aside, the entry still in it, the payment still open.
    QVERIFY(damagedCopies(m_dir->path()).isEmpty());
    QCOMPARE(statusOf(id), 51);

    locker.write("ROLLBACK;\n.quit\n");
    locker.closeWriteChannel();
    QVERIFY(locker.waitForFinished(10000));
    const ToolRun resume = kioskctl({QStringLiteral("resume")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err + resume.out));
    QCOMPARE(statusOf(id), 59);
    const ToolRun history = kioskctl({QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(history.json()[u"history"].toArray().size(), 1);
    QCOMPARE(history.json()[u"history"][0][u"paymentStatus"].toInt(), 59);
}

void TestJournalFaults::damagedJournalMovedAsideAndResumed()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("DMG-1"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("journal.sqlite3"));

    // Damage one index page; the tables stay readable, as after a torn write.
    int indexPage = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT rootpage FROM sqlite_master WHERE name='steps_cancellation'")) &&
                q.next());
        indexPage = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    QVERIFY(indexPage > 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(indexPage - 1) * pageSize));
    file.write(QByteArray(64, '\x7f'));
    file.close();

    // A reader reports it and moves nothing.
    const ToolRun history = kioskctl({QStringLiteral("history")});
    QCOMPARE(history.exitCode, 2);
    QVERIFY2(history.err.contains(u"damaged"_qs), qPrintable(history.err));
    QVERIFY(damagedCopies(m_dir->path()).isEmpty());

    // The next writer keeps the file aside and still finishes the cancellation it held.
    const ToolRun resume = kioskctl({QStringLiteral("resume")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err + resume.out));
    QVERIFY2(resume.err.contains(u"1 unfinished cancellations carried over"_qs),
             qPrintable(resume.err));
    QCOMPARE(damagedCopies(m_dir->path()).size(), 1);
    QCOMPARE(statusOf(id), 59);
    const ToolRun after = kioskctl({QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(after.json()[u"history"].toArray().size(), 1);
    QCOMPARE(after.json()[u"history"][0][u"paymentId"].toString(), id);
}

void TestJournalFaults::concurrentStartsOnNewStateDir()
{
    // Readers and writers started together on a state directory nobody has used yet.
    const QString fresh = QDir(m_dir->path()).filePath(QStringLiteral("fresh"));
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString &command :
         {QStringLiteral("history"), QStringLiteral("resume"), QStringLiteral("history"),
          QStringLiteral("resume"), QStringLiteral("history"), QStringLiteral("resume")}) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(KIOSK_KIOSKCTL_BIN), kioskArgs(fresh) + QStringList{command});
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        QVERIFY(process->waitForFinished(60000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    QVERIFY(damagedCopies(fresh).isEmpty());
}

void TestJournalFaults::secondRunOfSamePaymentWaitsThenRefuses()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("TWICE-1"));
    QProcess first;
    QVERIFY(startRun(first, id, m_dir->path()));
    const ToolRun second =
        kioskctl({QStringLiteral("run"), id, QStringLiteral("--lock-wait"), QStringLiteral("1"),
                  QStringLiteral("--response"), QStringLiteral("-")});
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(u"another kiosk process"_qs) &&
                 second.err.contains(u"loyalty-kioskctl run"_qs),
             qPrintable(second.err));
    // Readers work alongside the one that holds the lock.
    QCOMPARE(kioskctl({QStringLiteral("history")}).exitCode, 0);

    first.write(answerFor(first.property("request").toString()).toUtf8() + '\n');
    first.closeWriteChannel();
    QVERIFY(first.waitForFinished(60000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QCOMPARE(statusOf(id), 58);
    const ToolRun history = kioskctl({QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(history.json()[u"history"].toArray().size(), 1);
}

void TestJournalFaults::oneStepCommandsAreJournalled()
{
    // The README's step-by-step refund leaves the same record as run.
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("STEP-1"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const ToolRun approve = kioskctl({QStringLiteral("approve"), id, QStringLiteral("--signature"),
                                      signatureFor(id, QStringLiteral("STEP-1"))});
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
    const ToolRun close = kioskctl({QStringLiteral("close"), id});
    QVERIFY2(close.exitCode == 0, qPrintable(close.err));
    QCOMPARE(statusOf(id), 58);

    const ToolRun history = kioskctl({QStringLiteral("history"), QStringLiteral("--json")});
    const QJsonArray entries = history.json()[u"history"].toArray();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0][u"paymentStatus"].toInt(), 58);
    QCOMPARE(entries[0][u"purchaseId"].toString(), QStringLiteral("STEP-1"));
    QCOMPARE(entries[0][u"decision"].toString(), QStringLiteral("approve"));
    QVERIFY(entries[0][u"finished"].toBool());
    // Nothing left for resume.
    QCOMPARE(kioskctl({QStringLiteral("pending"), QStringLiteral("--json")})
                 .json()[u"pending"]
                 .toArray()
                 .size(),
             0);
}

void TestJournalFaults::inputEndedClosesTheCancellation()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("EOF-1"));
    QProcess run;
    QVERIFY(startRun(run, id, m_dir->path()));
    run.closeWriteChannel(); // nobody will answer
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.exitCode(), 2);
    QCOMPARE(statusOf(id), 59); // closed, so it can be opened again
}

void TestJournalFaults::deadlinePassesWhileWaitingForInput()
{
    // The relay's window (5 s here) ends while nobody types: the kiosk notices and closes.
    QTemporaryFile config;
    QVERIFY(config.open());
    config.write("[approval]\npayment_timeout_seconds=5\n");
    config.flush();
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("LATE-1"));
    QProcess run;
    run.start(QStringLiteral(KIOSK_KIOSKCTL_BIN),
              kioskArgs({}).mid(2) +
                  QStringList{QStringLiteral("--config"), config.fileName(), QStringLiteral("run"),
                              id, QStringLiteral("--response"), QStringLiteral("-")});
    QVERIFY(run.waitForStarted());
    // Standard input stays open and silent.
    QVERIFY(run.waitForFinished(30000));
    // Not a success: the relay's window passed (7000), and the cancellation was closed.
    QCOMPARE(run.exitCode(), 1);
    QVERIFY(run.readAllStandardError().contains("7000"));
    QCOMPARE(statusOf(id), 59);
}

void TestJournalFaults::cleanExitWithDebugLogs()
{
    // Qt logs while static objects are destroyed at exit; the log handler must still work then
    // (it once appended to a list already destroyed: rc 134 in 2 of 5 runs).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    for (int i = 0; i < 5; ++i) {
        const ToolRun run =
            runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                    kioskArgs({}) + QStringList{QStringLiteral("history")}, {}, env);
        QCOMPARE(run.exitCode, 0);
    }
}

void TestJournalFaults::noCoreFileCanHoldTheKeys()
{
    // A kioskctl holding the terminal key, waiting for an answer: no core file may be written.
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("CORE-1"));
    QProcess run;
    QVERIFY(startRun(run, id, m_dir->path()));
    QFile limits(QStringLiteral("/proc/%1/limits").arg(run.processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    bool seen = false;
    for (const QByteArray &line : limits.readAll().split('\n'))
        if (line.startsWith("Max core file size")) {
            seen = true;
            const QList<QByteArray> fields = line.simplified().split(' ');
            QVERIFY2(fields.size() >= 6 && fields.at(4) == "0" && fields.at(5) == "0",
                     line.constData());
        }
    QVERIFY(seen);
    run.closeWriteChannel();
    QVERIFY(run.waitForFinished(60000));
}

QTEST_GUILESS_MAIN(TestJournalFaults)
#include "tst_journalfaults.moc"
