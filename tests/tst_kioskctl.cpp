// SPDX-License-Identifier: MIT
// End to end through the command lines, as a vendor or staff member would: the simulator as
// the relay, loyalty-wallet as the customer's wallet, loyalty-kioskctl as the kiosk.
#include "config/kioskconfig.h"
#include "demokeys.h"
#include "metrics/metricsserver.h"
#include "secretfile.h"
#include "simprocess.h"
#include "staff/staffpin.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {
// Demo keys (well-known public test keys, never for real use): see resources/demo/relay-seed.json.
using demo::kCustomer;         // tests/demokeys.h
using demo::kCustomerKey;      // tests/demokeys.h
using demo::kOtherCustomerKey; // tests/demokeys.h
using demo::kShopOwner;        // tests/demokeys.h
using demo::kShopOwnerKey;     // tests/demokeys.h
using demo::kTerminalKey;      // tests/demokeys.h

using Run = ToolRun;

} // namespace

class TestKioskCtl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void approveFollowsTo57AndClosesTo58();
    void rejectClosesTo59();
    void lateApprovalGets7000();
    void wrongSignerGets1501();
    void shopApproverMode();
    void v1AccessKey();
    void showAndHumanOutput();
    void watchPrintsEvents();
    void check();
    void badInput_data();
    void badInput();
    void transportFaultExit3();
    void relayFaultInjection();
    void pinHash();
    void setupCodeHash();
    void readsLikeTheKiosk();
    void secretsNeverOnTheCommandLine();
    void usageNamesEveryOption();
    void configEffective();
    void health();

private:
    Run kioskctl(const QStringList &args, const QString &api = QStringLiteral("v2"));
    QString sign(const QString &key, const QString &paymentId, const QString &purchaseId,
                 const QString &signer);

    std::unique_ptr<SimProcess> m_sim;
};

void TestKioskCtl::init()
{
    m_sim = std::make_unique<SimProcess>(
        QStringList{QStringLiteral("--payment-timeout"), QStringLiteral("30")});
    QVERIFY2(m_sim->isRunning(), "the relay simulator did not start");
}

void TestKioskCtl::cleanup()
{
    m_sim.reset();
}

Run TestKioskCtl::kioskctl(const QStringList &args, const QString &api)
{
    QStringList all{QStringLiteral("--config"),      QStringLiteral("/dev/null"),
                    QStringLiteral("--relay"),       m_sim->url(),
                    QStringLiteral("--api"),         api,
                    QStringLiteral("--terminal-id"), QStringLiteral("KIOSK0001"),
                    QStringLiteral("--timeout-ms"),  QStringLiteral("3000")};
    if (api == u"v2")
        all << QStringLiteral("--terminal-key") << secretArg(kTerminalKey);
    else
        all << QStringLiteral("--access-key") << secretArg(SimProcess::accessKey());
    return runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN), all + args);
}

QString TestKioskCtl::sign(const QString &key, const QString &paymentId, const QString &purchaseId,
                           const QString &signer)
{
    const Run run =
        runTool(QStringLiteral(KIOSK_WALLET_BIN),
                {QStringLiteral("sign-cancel"), QStringLiteral("--key"), key,
                 QStringLiteral("--payment-id"), paymentId, QStringLiteral("--purchase-id"),
                 purchaseId, QStringLiteral("--chain-id"), m_sim->chainId(),
                 QStringLiteral("--nonce"), m_sim->nonceOf(signer)});
    return run.json().value(QLatin1String("signature")).toString();
}

void TestKioskCtl::approveFollowsTo57AndClosesTo58()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("E2E-1"));
    QVERIFY(!id.isEmpty());
    const QString nonceBefore = m_sim->nonceOf(kCustomer);

    Run open = kioskctl({QStringLiteral("open"), id, QStringLiteral("--json")});
    QCOMPARE(open.exitCode, 0);
    QCOMPARE(open.json()[u"payment"][u"paymentStatus"].toInt(), 51);

    const QString signature = sign(kCustomerKey, id, QStringLiteral("E2E-1"), kCustomer);
    QVERIFY(signature.startsWith(u"0x"_qs));
    Run approve = kioskctl({QStringLiteral("approve"), id, QStringLiteral("--signature"), signature,
                            QStringLiteral("--json")});
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err + approve.out));
    QCOMPARE(approve.json()[u"payment"][u"paymentStatus"].toInt(), 57);
    QVERIFY(!approve.err.contains(u"warning"_qs));
    QCOMPARE(m_sim->nonceOf(kCustomer).toInt(), nonceBefore.toInt() + 1);

    Run close = kioskctl({QStringLiteral("close"), id, QStringLiteral("--json")});
    QCOMPARE(close.exitCode, 0);
    QCOMPARE(close.json()[u"payment"][u"paymentStatus"].toInt(), 58);
    // Closing again: the relay refuses, exit 1 with its code.
    Run again = kioskctl({QStringLiteral("close"), id, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(QList<int>({2024, 2026, 2029}).contains(again.json()[u"error"][u"code"].toInt()));
}

void TestKioskCtl::rejectClosesTo59()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("E2E-2"));
    const QString nonceBefore = m_sim->nonceOf(kCustomer);
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const QString signature = sign(kCustomerKey, id, QStringLiteral("E2E-2"), kCustomer);
    Run reject = kioskctl({QStringLiteral("approve"), id, QStringLiteral("--signature"), signature,
                           QStringLiteral("--reject"), QStringLiteral("--json")});
    QCOMPARE(reject.exitCode, 0);
    QCOMPARE(reject.json()[u"payment"][u"paymentStatus"].toInt(), 56);
    QCOMPARE(reject.json()[u"approval"].toBool(), false);
    QCOMPARE(m_sim->nonceOf(kCustomer), nonceBefore); // a rejection consumes no nonce
    Run close = kioskctl({QStringLiteral("close"), id, QStringLiteral("--json")});
    QCOMPARE(close.exitCode, 0);
    QCOMPARE(close.json()[u"payment"][u"paymentStatus"].toInt(), 59);
    // A rejected cancellation can be opened again.
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
}

void TestKioskCtl::lateApprovalGets7000()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("E2E-3"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const QString signature = sign(kCustomerKey, id, QStringLiteral("E2E-3"), kCustomer);
    // The relay's window closes at once (the kiosk's own is still open): late, without waiting.
    m_sim->call("POST", QStringLiteral("/sim/config"),
                {{QStringLiteral("paymentTimeoutSeconds"), 0}});
    Run approve = kioskctl({QStringLiteral("approve"), id, QStringLiteral("--signature"), signature,
                            QStringLiteral("--json")});
    QCOMPARE(approve.exitCode, 1);
    QCOMPARE(approve.json()[u"error"][u"code"].toInt(), 7000);
    QVERIFY2(approve.err.contains(u"7000"_qs), qPrintable(approve.err));
    Run show = kioskctl({QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(show.json()[u"payment"][u"paymentStatus"].toInt(), 51); // unchanged
}

void TestKioskCtl::wrongSignerGets1501()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("E2E-4"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const QString signature = sign(kOtherCustomerKey, id, QStringLiteral("E2E-4"), kCustomer);
    Run approve = kioskctl({QStringLiteral("approve"), id, QStringLiteral("--signature"), signature,
                            QStringLiteral("--json")});
    QCOMPARE(approve.exitCode, 1);
    QCOMPARE(approve.json()[u"error"][u"code"].toInt(), 1501);
    QVERIFY2(approve.err.contains(u"another wallet"_qs),
             qPrintable(approve.err)); // the local warning
}

void TestKioskCtl::shopApproverMode()
{
    m_sim->call("POST", QStringLiteral("/sim/config"),
                {{QStringLiteral("approver"), QStringLiteral("shop")}});
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("E2E-5"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const QString signature = sign(kShopOwnerKey, id, QStringLiteral("E2E-5"), kShopOwner);
    Run approve =
        kioskctl({QStringLiteral("approve"), id, QStringLiteral("--signature"), signature,
                  QStringLiteral("--approver"), QStringLiteral("shop"), QStringLiteral("--json")});
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err + approve.out));
    QVERIFY(!approve.err.contains(u"warning"_qs));
    QCOMPARE(approve.json()[u"payment"][u"paymentStatus"].toInt(), 57);
}

void TestKioskCtl::v1AccessKey()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("E2E-6"));
    Run open =
        kioskctl({QStringLiteral("open"), id, QStringLiteral("--json")}, QStringLiteral("v1"));
    QCOMPARE(open.exitCode, 0);
    QCOMPARE(open.json()[u"payment"][u"paymentStatus"].toInt(), 51);
    Run wrongKey = kioskctl({QStringLiteral("close"), id, QStringLiteral("--access-key"),
                             secretArg(QStringLiteral("wrong")), QStringLiteral("--json")},
                            QStringLiteral("v1"));
    QCOMPARE(wrongKey.exitCode, 1);
    QCOMPARE(wrongKey.json()[u"error"][u"code"].toInt(), 2002);
    // Within the close window with no approval: 2030.
    Run early =
        kioskctl({QStringLiteral("close"), id, QStringLiteral("--json")}, QStringLiteral("v1"));
    QCOMPARE(early.exitCode, 1);
    QCOMPARE(early.json()[u"error"][u"code"].toInt(), 2030);
}

void TestKioskCtl::showAndHumanOutput()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("E2E-7"),
                                            QStringLiteral("12345000000000000000000"));
    Run show = kioskctl({QStringLiteral("show"), id});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(u"12,345"_qs), qPrintable(show.out));
    QVERIFY(show.out.contains(kCustomer));
    QVERIFY(show.out.contains(u"Payment completed"_qs));
    Run missing = kioskctl({QStringLiteral("show"), QStringLiteral("0x") + QString(64, u'e'),
                            QStringLiteral("--json")});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.json()[u"error"][u"code"].toInt(), 2003);
}

void TestKioskCtl::watchPrintsEvents()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("E2E-8"));
    QProcess watch;
    QStringList args{QStringLiteral("--config"),
                     QStringLiteral("/dev/null"),
                     QStringLiteral("--relay"),
                     m_sim->url(),
                     QStringLiteral("watch"),
                     QStringLiteral("--payment"),
                     id,
                     QStringLiteral("--count"),
                     QStringLiteral("1"),
                     QStringLiteral("--for"),
                     QStringLiteral("30"),
                     QStringLiteral("--interval-ms"),
                     QStringLiteral("100"),
                     QStringLiteral("--json")};
    watch.start(QStringLiteral(KIOSK_KIOSKCTL_BIN), args);
    QVERIFY(watch.waitForStarted());
    QByteArray watchErr;
    QTRY_VERIFY_WITH_TIMEOUT((watchErr += watch.readAllStandardError()).contains("watching"),
                             10000);
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const QString signature = sign(kCustomerKey, id, QStringLiteral("E2E-8"), kCustomer);
    QCOMPARE(kioskctl({QStringLiteral("approve"), id, QStringLiteral("--signature"), signature,
                       QStringLiteral("--reject")})
                 .exitCode,
             0);
    QVERIFY2(watch.waitForFinished(20000),
             QByteArray(watchErr + watch.readAllStandardError()).constData());
    QCOMPARE(watch.exitCode(), 0);
    const QJsonObject event = QJsonDocument::fromJson(watch.readAllStandardOutput()).object();
    QCOMPARE(event[u"type"].toString(), QStringLiteral("pay_cancel"));
    QCOMPARE(event[u"code"].toInt(), 4000);
    QCOMPARE(event[u"data"][u"paymentId"].toString(), id);
}

void TestKioskCtl::check()
{
    Run check = kioskctl({QStringLiteral("check"), QStringLiteral("--json")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY(check.json()[u"ok"].toBool());
    Run human = kioskctl({QStringLiteral("check")});
    QVERIFY(human.out.contains(u"chain id"_qs));
    QVERIFY(human.out.contains(
        u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"_qs)); // the terminal's address
}

void TestKioskCtl::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    const QString id = QStringLiteral("0x") + QString(64, u'a');
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")} << "unknown command";
    QTest::newRow("show no id") << QStringList{QStringLiteral("show")} << "PAYMENT_ID";
    QTest::newRow("show short id")
        << QStringList{QStringLiteral("show"), QStringLiteral("0x1234")} << "PAYMENT_ID";
    QTest::newRow("approve no signature")
        << QStringList{QStringLiteral("approve"), id} << "--signature";
    QTest::newRow("approve bad signature")
        << QStringList{QStringLiteral("approve"), id, QStringLiteral("--signature"),
                       QStringLiteral("0x12")}
        << "--signature";
    QTest::newRow("bad api") << QStringList{QStringLiteral("show"), id, QStringLiteral("--api"),
                                            QStringLiteral("v3")}
                             << "--api";
    QTest::newRow("bad approver") << QStringList{QStringLiteral("show"), id,
                                                 QStringLiteral("--approver"),
                                                 QStringLiteral("bank")}
                                  << "--approver";
    QTest::newRow("bad terminal key")
        << QStringList{QStringLiteral("show"), id, QStringLiteral("--terminal-key"),
                       secretArg(QStringLiteral("0x12"))}
        << "terminal key";
    QTest::newRow("missing config")
        << QStringList{QStringLiteral("show"), id, QStringLiteral("--config"),
                       QStringLiteral("/nonexistent/kiosk.conf")}
        << "--config";
    QTest::newRow("extra argument")
        << QStringList{QStringLiteral("show"), id, QStringLiteral("extra")} << "unexpected";
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("show"), id,
                                                QStringLiteral("--timeout-ms"),
                                                QStringLiteral("soon")}
                                 << "--timeout-ms";
    QTest::newRow("insecure relay")
        << QStringList{QStringLiteral("show"), id, QStringLiteral("--relay"),
                       QStringLiteral("http://relay.example.com")}
        << "http://";
}

void TestKioskCtl::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const Run run = kioskctl(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(named), qPrintable(run.err));
}

void TestKioskCtl::transportFaultExit3()
{
    const Run run =
        runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                {QStringLiteral("--config"), QStringLiteral("/dev/null"), QStringLiteral("--relay"),
                 QStringLiteral("http://127.0.0.1:1"), QStringLiteral("show"),
                 QStringLiteral("0x") + QString(64, u'a'), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.json()[u"error"][u"kind"].toString(), QStringLiteral("connection-refused"));
}

void TestKioskCtl::relayFaultInjection()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("E2E-9"));
    m_sim->call("POST", QStringLiteral("/sim/faults"),
                {{QStringLiteral("path"), QStringLiteral("/v2/payment/cancel/open")},
                 {QStringLiteral("count"), 1},
                 {QStringLiteral("kind"), QStringLiteral("malformed")}});
    Run malformed = kioskctl({QStringLiteral("open"), id, QStringLiteral("--json")});
    QCOMPARE(malformed.exitCode, 3);
    QCOMPARE(malformed.json()[u"error"][u"kind"].toString(), QStringLiteral("not-json"));
    m_sim->call("POST", QStringLiteral("/sim/faults"),
                {{QStringLiteral("path"), QStringLiteral("/v2/payment/cancel/open")},
                 {QStringLiteral("count"), 1},
                 {QStringLiteral("kind"), QStringLiteral("delay")},
                 {QStringLiteral("delayMs"), 5000}});
    Run slow = kioskctl({QStringLiteral("open"), id, QStringLiteral("--json")});
    QCOMPARE(slow.exitCode, 3);
    QCOMPARE(slow.json()[u"error"][u"kind"].toString(), QStringLiteral("timeout"));
}

void TestKioskCtl::pinHash()
{
    // No relay and no configuration file: pin-hash only hashes.
    const QStringList args{QStringLiteral("--config"), QStringLiteral("/dev/null"),
                           QStringLiteral("pin-hash")};
    const Run run = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN), args, "482193\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString hash = run.out.trimmed();
    QVERIFY2(hash.startsWith(u"scrypt$15$8$1$"_qs), qPrintable(hash));
    QVERIFY(!hash.contains(u"482193"_qs));
    QVERIFY(!run.err.contains(u"482193"_qs));
    QCOMPARE(kiosk::staff::verifyPin(QStringLiteral("482193"), hash).value(),
             kiosk::staff::PinCheck::Right);
    QCOMPARE(kiosk::staff::verifyPin(QStringLiteral("482194"), hash).value(),
             kiosk::staff::PinCheck::Wrong);

    // The output works as the staff-pin file as printed.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("staff-pin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out.toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const kiosk::staff::PinLocations where{QString(), QString(), file.fileName(), QString(),
                                           QString()};
    QCOMPARE(kiosk::staff::findStaffPinHash(where, QString()).hash, hash);

    const Run json = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                             args + QStringList{QStringLiteral("--json")}, "123456\r\n");
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(kiosk::staff::verifyPin(QStringLiteral("123456"), json.json()[u"pinHash"].toString())
                 .value(),
             kiosk::staff::PinCheck::Right);

    // New PINs have 6 digits or more.
    const QList<QPair<QByteArray, QString>> bad{
        {"12345\n", QStringLiteral("6 to 12 digits")},
        {"1234567890123\n", QStringLiteral("6 to 12 digits")},
        {"12ab\n", QStringLiteral("digits only")},
        {"", QStringLiteral("standard input")}};
    for (const auto &[input, named] : bad) {
        const Run refused = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN), args, input);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(refused.err.count(u'\n'), 1);
        QVERIFY2(refused.err.contains(named), qPrintable(refused.err));
    }
}

void TestKioskCtl::setupCodeHash()
{
    // The vendor's set-up code: hashed without a relay, the output works as the file as printed.
    const QStringList args{QStringLiteral("--config"), QStringLiteral("/dev/null"),
                           QStringLiteral("setup-code-hash")};
    const Run run = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN), args, "7306185249\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString hash = run.out.trimmed();
    QVERIFY(!hash.contains(u"7306185249"_qs));
    QVERIFY(!run.err.contains(u"7306185249"_qs));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("setup-code")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(run.out.toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const kiosk::staff::PinLocations where{QString(), QString(), QString(), QString(),
                                           file.fileName()};
    QCOMPARE(kiosk::staff::findSetupCodeHash(where).hash, hash);
    QCOMPARE(kiosk::staff::verifyPin(QStringLiteral("7306185249"), hash).value(),
             kiosk::staff::PinCheck::Right);

    const Run json = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                             args + QStringList{QStringLiteral("--json")}, "12345678\n");
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(kiosk::staff::verifyPin(QStringLiteral("12345678"),
                                     json.json()[u"setupCodeHash"].toString())
                 .value(),
             kiosk::staff::PinCheck::Right);

    // Long enough not to be guessed at the lockout's pace, and digits only (a keypad).
    for (const QByteArray &input :
         {QByteArray("1234567\n"), QByteArray("12345678901234567\n"), QByteArray("1234abcd\n")}) {
        const Run refused = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN), args, input);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QCOMPARE(refused.err.trimmed(),
                 u"loyalty-kioskctl: the set-up code must be 8 to 16 digits (0 to 9)"_qs);
    }
}

void TestKioskCtl::readsLikeTheKiosk()
{
    QTemporaryDir state;
    const QStringList none{QStringLiteral("--config"), QStringLiteral("/dev/null"),
                           QStringLiteral("--state-dir"), state.path()};
    // history reads the journal only: no relay URL or key needed.
    Run run = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN), none + QStringList{u"history"_qs});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"no history\n"_qs);

    // The relay staff set on the touchscreen (settings.conf in the state directory) is the one
    // kioskctl talks to, as the kiosk does; before, "no relay URL is configured".
    QFile overrides(state.filePath(QStringLiteral("settings.conf")));
    QVERIFY(overrides.open(QIODevice::WriteOnly));
    overrides.write("[relay]\nurl = " + m_sim->url().toUtf8() + "\n[terminal]\nid = KIOSK0001\n");
    overrides.close();
    run = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                  none + QStringList{u"--terminal-key"_qs, secretArg(kTerminalKey), u"pending"_qs});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"no pending cancellations\n"_qs);

    // root on the kiosk's own state directory: refused before any file is written as root.
    if (::geteuid() != 0)
        QSKIP("the root guard needs root");
    QTemporaryDir kiosks;
    QVERIFY(::chown(QFile::encodeName(kiosks.path()).constData(), 65534, 65534) == 0);
    run =
        runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                {u"--config"_qs, u"/dev/null"_qs, u"--state-dir"_qs, kiosks.path(), u"history"_qs});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"run this as that user (sudo -u nobody loyalty-kioskctl"_qs),
             qPrintable(run.err));
    QCOMPARE(QDir(kiosks.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestKioskCtl::secretsNeverOnTheCommandLine()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("SECRET-1"));
    const QStringList base{QStringLiteral("--config"),      QStringLiteral("/dev/null"),
                           QStringLiteral("--relay"),       m_sim->url(),
                           QStringLiteral("--terminal-id"), QStringLiteral("KIOSK0001")};
    const QString kioskctlBin = QStringLiteral(KIOSK_KIOSKCTL_BIN);
    const QStringList v2{QStringLiteral("--api"), QStringLiteral("v2")};
    const QStringList show{QStringLiteral("show"), id, QStringLiteral("--json")};

    // Written inline, each secret is refused before anything is sent, with the ways that work.
    const std::pair<const char *, QString> inline_[] = {
        {"--terminal-key", kTerminalKey},
        {"--access-key", SimProcess::accessKey()},
    };
    for (const auto &[flag, secret] : inline_) {
        const Run refused =
            runTool(kioskctlBin, base + v2 + QStringList{QLatin1String(flag), secret} + show);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String(flag)) && refused.err.contains(u"@FILE"_qs) &&
                     refused.err.contains(u"CREDENTIALS_DIRECTORY"_qs),
                 qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(secret), "the refusal must not repeat the secret");
    }
    const Run callbackInline =
        runTool(kioskctlBin, base + v2 +
                                 QStringList{QStringLiteral("watch"), QStringLiteral("--events"),
                                             QStringLiteral("callback"), QStringLiteral("--for"),
                                             QStringLiteral("1"), QStringLiteral("--callback-key"),
                                             QStringLiteral("plain-callback-key")});
    QCOMPARE(callbackInline.exitCode, 2);
    QVERIFY2(callbackInline.err.contains(u"--callback-key"_qs), qPrintable(callbackInline.err));

    // "-": one line of standard input; the relay takes what it signed.
    QTemporaryDir state;
    const QStringList stateDir{QStringLiteral("--state-dir"), state.path()};
    const Run fromStdin =
        runTool(kioskctlBin,
                base + v2 + stateDir +
                    QStringList{QStringLiteral("--terminal-key"), QStringLiteral("-"),
                                QStringLiteral("open"), id, QStringLiteral("--json")},
                kTerminalKey.toLatin1() + '\n');
    QVERIFY2(fromStdin.exitCode == 0, qPrintable(fromStdin.err));
    QCOMPARE(fromStdin.json()[u"payment"][u"paymentStatus"].toInt(), 51);

    // A key file others can read is refused with the chmod that fixes it.
    QTemporaryDir dir;
    const QString open = dir.filePath(QStringLiteral("terminal.key"));
    QFile file(open);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kTerminalKey.toLatin1());
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const Run readable = runTool(
        kioskctlBin, base + v2 + QStringList{QStringLiteral("--terminal-key"), u'@' + open} + show);
    QCOMPARE(readable.exitCode, 2);
    QVERIFY2(readable.err.contains(u"chmod o-rwx "_qs + open), qPrintable(readable.err));

    // systemd credentials: $CREDENTIALS_DIRECTORY/terminal-key replaces the configuration's.
    QVERIFY(file.setPermissions(QFile::ReadOwner));
    QVERIFY(QFile::rename(open, dir.filePath(QStringLiteral("terminal-key"))));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), dir.path());
    const Run credentials = runTool(
        kioskctlBin, base + v2 + QStringList{QStringLiteral("check"), QStringLiteral("--json")}, {},
        env);
    QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.out + credentials.err));
    QVERIFY2(credentials.out.contains(u"signed by 0x70997970C51812dc3A010C7d01b50e0d17dc79C8"_qs),
             qPrintable(credentials.out));
}

// --help is built from the registrations, which --list-options prints: every option the parser
// accepts must be there with its help, and every command with its synopsis. An option added
// without help, or left out of the usage, fails here.
void TestKioskCtl::usageNamesEveryOption()
{
    const QString program = QStringLiteral(KIOSK_KIOSKCTL_BIN);
    QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        noDisplay.remove(QString::fromLatin1(name));
    const Run help = runTool(program, {QStringLiteral("--help")}, {}, noDisplay);
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: loyalty-kioskctl [OPTIONS] COMMAND [ARGS]\n"_qs),
             qPrintable(help.out));
    const Run version = runTool(program, {QStringLiteral("--version")}, {}, noDisplay);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(u"loyalty-kioskctl "_qs), qPrintable(version.out));
    // Help texts are wrapped: compare them with the usage's words, whatever the line breaks.
    const auto words = [](const QString &text) { return text.simplified(); };
    const QString usage = words(help.out);

    const Run listed = runTool(program, {QStringLiteral("--list-options")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject registrations = listed.json();
    const QJsonArray options = registrations[u"options"].toArray();
    const QJsonArray commands = registrations[u"commands"].toArray();
    QVERIFY2(!options.isEmpty() && !commands.isEmpty(), qPrintable(listed.out));

    // What scripts and packaging use today: none of it may disappear.
    QStringList contract{u"config"_qs,       u"relay"_qs,       u"api"_qs,       u"access-key"_qs,
                         u"terminal-key"_qs, u"terminal-id"_qs, u"approver"_qs,  u"timeout-ms"_qs,
                         u"state-dir"_qs,    u"json"_qs,        u"signature"_qs, u"reject"_qs,
                         u"no-wait"_qs,      u"abandon"_qs,     u"payment"_qs,   u"for"_qs,
                         u"count"_qs,        u"events"_qs,      u"listen"_qs,    u"callback-key"_qs,
                         u"interval-ms"_qs,  u"verbose"_qs,     u"help"_qs,      u"version"_qs,
                         u"response"_qs,     u"format"_qs,      u"png"_qs,       u"csv"_qs,
                         u"search"_qs,       u"ur"_qs,          u"lock-wait"_qs};
    for (const QJsonValue &value : options) {
        const QJsonObject option = value.toObject();
        const QString name = option[u"name"].toString();
        const QString valueName = option[u"valueName"].toString();
        const QString optionHelp = option[u"help"].toString();
        contract.removeAll(name);
        QVERIFY2(!optionHelp.trimmed().isEmpty(), qPrintable(name + u": no help"_qs));
        // The parser takes it (an unknown option would exit 2 before --help).
        QStringList args{u"--"_qs + name};
        if (!valueName.isEmpty())
            args << QStringLiteral("x");
        QCOMPARE(runTool(program, args << QStringLiteral("--help")).exitCode, 0);
        // The one option kept out of the usage: this listing itself.
        if (option[u"hidden"].toBool()) {
            QCOMPARE(name, QStringLiteral("list-options"));
            continue;
        }
        QString term = u"--"_qs + name;
        if (!valueName.isEmpty())
            term += u' ' + valueName;
        const QRegularExpression line(u"^  "_qs + QRegularExpression::escape(term) + u"( |$)"_qs,
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(help.out).hasMatch(), qPrintable(term + u": not in --help"_qs));
        QVERIFY2(usage.contains(words(optionHelp)),
                 qPrintable(term + u": its help is not in --help"_qs));
    }
    QVERIFY2(contract.isEmpty(), qPrintable(u"not registered: "_qs + contract.join(u", "_qs)));

    QStringList commandNames;
    for (const QJsonValue &value : commands) {
        const QJsonObject command = value.toObject();
        const QString name = command[u"name"].toString();
        commandNames << name;
        const QRegularExpression line(u"^  "_qs + QRegularExpression::escape(name) + u"( |$)"_qs,
                                      QRegularExpression::MultilineOption);
        QVERIFY2(line.match(help.out).hasMatch(), qPrintable(name + u": not in --help"_qs));
        QVERIFY2(usage.contains(words(command[u"synopsis"].toString())),
                 qPrintable(name + u": its synopsis is not in --help"_qs));
        QVERIFY2(usage.contains(words(command[u"help"].toString())),
                 qPrintable(name + u": its help is not in --help"_qs));
    }
    for (const char *name :
         {"check", "show", "open", "request", "approve", "close", "run", "resume", "pair",
          "pending", "history", "watch", "pin-hash", "setup-code-hash"})
        QVERIFY2(commandNames.contains(QLatin1String(name)), name);

    // Anything else is refused, and no command at all shows the same usage.
    const Run unknown =
        runTool(program, {QStringLiteral("--no-such-option"), QStringLiteral("--help")});
    QCOMPARE(unknown.exitCode, 2);
    const Run bare = runTool(program, {});
    QCOMPARE(bare.exitCode, 2);
    QCOMPARE(bare.err, help.out);
}

void TestKioskCtl::configEffective()
{
    // Real secrets, each of which must never be printed: written in kiosk.conf, read from a
    // file, given as a systemd credential, and a staff PIN hash in a drop-in.
    const QString accessKey = u"vendor-access-key-4f9a1c"_qs;
    const QString callbackKey = u"callback-key-77e0d2"_qs;
    const QString pinHash = kiosk::staff::hashPin(u"482916"_qs).value();
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(content);
    };
    QVERIFY(QDir(dir.path()).mkpath(u"kiosk.conf.d"_qs));
    QVERIFY(QDir(dir.path()).mkpath(u"state"_qs));
    QVERIFY(QDir(dir.path()).mkpath(u"credentials"_qs));
    const QString terminalKeyFile = secretArg(kTerminalKey).mid(1);
    write(u"kiosk.conf"_qs, "[relay]\nurl = https://vendor.example\naccess_key = " +
                                accessKey.toUtf8() + "\n[terminal]\nid = VENDOR\nkey = @" +
                                terminalKeyFile.toUtf8() + "\n[ui]\nidle_seconds = 90\n");
    write(u"kiosk.conf.d/50-site.conf"_qs,
          "[relay]\nurl = https://site.example\n[terminal]\nid = SITE-7\n[staff]\npin_hash = " +
              pinHash.toUtf8() + "\n");
    write(u"kiosk.conf.d/README"_qs, "[ui]\nlanguage = en\n"); // not a drop-in
    // A misspelled key is named, but its value (here a secret) is not shown.
    write(u"kiosk.conf.d/70-typo.conf"_qs, "[relay]\naccesss_key = " + accessKey.toUtf8() + "\n");
    write(u"state/settings.conf"_qs, "[ui]\nidle_seconds = 120\n");
    write(u"credentials/callback-key"_qs, callbackKey.toUtf8() + '\n');
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CREDENTIALS_DIRECTORY"_qs, dir.filePath(u"credentials"_qs));
    const QString conf = dir.filePath(u"kiosk.conf"_qs);
    const QString site = dir.filePath(u"kiosk.conf.d/50-site.conf"_qs);
    const QString typo = dir.filePath(u"kiosk.conf.d/70-typo.conf"_qs);
    const QString staffFile = dir.filePath(u"state/settings.conf"_qs);
    const QString credential = dir.filePath(u"credentials/callback-key"_qs);
    const QStringList base{u"--config"_qs,    conf,
                           u"--state-dir"_qs, dir.filePath(u"state"_qs),
                           u"config"_qs,      u"--effective"_qs};
    const QString program = QStringLiteral(KIOSK_KIOSKCTL_BIN);
    const auto neverSecret = [&](const Run &run) {
        for (const QString &secret :
             {accessKey, callbackKey, pinHash, kTerminalKey, kTerminalKey.mid(2)})
            QVERIFY2(!run.out.contains(secret) && !run.err.contains(secret),
                     qPrintable(u"printed a secret: "_qs + run.out + run.err));
    };

    const Run ini = runTool(program, base, {}, env);
    QVERIFY2(ini.exitCode == 0, qPrintable(ini.err));
    neverSecret(ini);
    // Grouped like kiosk.conf, each value under the file it came from.
    for (const QString &expected : QStringList{
             u"[relay]\n; "_qs + site + u"\nurl = https://site.example\n"_qs,
             u"; "_qs + conf + u"\naccess_key = ********\n"_qs,
             u"[terminal]\n; "_qs + site + u"\nid = SITE-7\n"_qs,
             u"; "_qs + conf + u", read from "_qs + terminalKeyFile + u"\nkey = ********\n"_qs,
             u"; credential, read from "_qs + credential + u"\ncallback_key = ********\n"_qs,
             u"; "_qs + staffFile + u"\nidle_seconds = 120\n"_qs, u"; default\nlanguage = ko\n"_qs,
             u"; default\ntimeout_ms = 10000\n"_qs,
             u"[staff]\n; "_qs + site + u"\npin_hash = ********\n"_qs})
        QVERIFY2(ini.out.contains(expected), qPrintable(expected + u" not in:\n"_qs + ini.out));
    QVERIFY2(!ini.out.contains(u"README"_qs), qPrintable(ini.out));
    QVERIFY2(ini.out.contains(u"; relay/accesss_key in "_qs + typo + u'\n'), qPrintable(ini.out));

    const Run json = runTool(program, base + QStringList{u"--json"_qs}, {}, env);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    neverSecret(json);
    const QJsonObject result = json.json();
    QCOMPARE(result[u"config"].toString(), conf);
    QCOMPARE(result[u"files"].toArray().toVariantList(),
             (QVariantList{conf, site, typo, staffFile}));
    QCOMPARE(result[u"ignored"].toArray(),
             (QJsonArray{QJsonObject{{u"key"_qs, u"relay/accesss_key"_qs}, {u"source"_qs, typo}}}));
    QHash<QString, QJsonObject> settings;
    for (const QJsonValue &value : result[u"settings"].toArray())
        settings.insert(value[u"key"].toString(), value.toObject());
    QCOMPARE(settings[u"relay/url"_qs][u"value"].toString(), u"https://site.example"_qs);
    QCOMPARE(settings[u"relay/url"_qs][u"source"].toString(), site);
    QCOMPARE(settings[u"relay/url"_qs][u"secret"].toBool(), false);
    QCOMPARE(settings[u"ui/idle_seconds"_qs][u"value"].toString(), u"120"_qs);
    QCOMPARE(settings[u"ui/idle_seconds"_qs][u"source"].toString(), staffFile);
    QCOMPARE(settings[u"ui/language"_qs][u"source"].toString(), u"default"_qs);
    QCOMPARE(settings[u"relay/access_key"_qs][u"value"].toString(), u"********"_qs);
    QCOMPARE(settings[u"relay/access_key"_qs][u"secret"].toBool(), true);
    QCOMPARE(settings[u"terminal/key"_qs][u"secretFile"].toString(), terminalKeyFile);
    QCOMPARE(settings[u"events/callback_key"_qs][u"source"].toString(), u"credential"_qs);
    QCOMPARE(settings[u"events/callback_key"_qs][u"secretFile"].toString(), credential);
    QCOMPARE(settings[u"staff/pin_hash"_qs][u"source"].toString(), site);
    QCOMPARE(settings[u"relay/ca_file"_qs][u"value"].toString(), QString()); // not set: shown

    // config without --effective says what it needs; a broken drop-in is named.
    const Run bare = runTool(program, base.mid(0, 5), {}, env);
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.err.contains(u"--effective"_qs), qPrintable(bare.err));
    write(u"kiosk.conf.d/60-broken.conf"_qs, "[ui]\nidle_seconds = 1\n");
    const Run broken = runTool(program, base, {}, env);
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.contains(dir.filePath(u"kiosk.conf.d/60-broken.conf"_qs)),
             qPrintable(broken.err));
}

// Issue 17: `health` asks the kiosk's /healthz (here a MetricsServer in this process, so the
// tool runs while this event loop answers).
void TestKioskCtl::health()
{
    QTemporaryDir dir;
    const QString conf = dir.filePath(u"kiosk.conf"_qs);
    const auto configure = [&conf](const QByteArray &text) {
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[relay]\nurl = https://relay.example\n" + text);
    };
    const auto health = [&](const QStringList &extra = {}) {
        QProcess process;
        process.start(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                      QStringList{QStringLiteral("health"), QStringLiteral("--config"), conf,
                                  QStringLiteral("--state-dir"), dir.path()} +
                          extra);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; },
                             30000)) {
            process.kill();
            process.waitForFinished();
        }
        return Run{process.exitStatus() == QProcess::CrashExit ? -2 : process.exitCode(),
                   QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    };

    configure({});
    Run run = health();
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"metrics are not configured: set [metrics] listen"_qs),
             qPrintable(run.err));

    kiosk::metrics::MetricsRegistry registry;
    QList<kiosk::metrics::HealthProblem> problems;
    auto server = std::make_unique<kiosk::metrics::MetricsServer>(&registry,
                                                                  [&problems] { return problems; });
    const quint16 port = server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    configure("[metrics]\nlisten = 127.0.0.1:" + QByteArray::number(port) + "\n");
    run = health();
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"ready\n"_qs);

    problems << kiosk::metrics::HealthProblem{u"relay-unreachable"_qs, u"The relay is gone."_qs}
             << kiosk::metrics::HealthProblem{u"no-scanner"_qs, u"No scanner."_qs};
    run = health();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, u"out of service: The relay is gone. (relay-unreachable); No scanner. "
                      u"(no-scanner)\n"_qs);
    run = health({QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().value(u"ready").toBool(true), false);
    QCOMPARE(run.json().value(u"reasons")[1][u"code"].toString(), u"no-scanner"_qs);

    server.reset(); // the kiosk is not running
    run = health({QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.json().value(u"error")[u"kind"].toString(), u"unreachable"_qs);
    QVERIFY2(run.err.contains(u"the kiosk does not answer at http://127.0.0.1:"_qs),
             qPrintable(run.err));

    // A wildcard address is refused before anything listens or is asked.
    configure("[metrics]\nlisten = 0.0.0.0:9464\n");
    run = health();
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"metrics/listen must be ADDRESS:PORT of one interface"_qs),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestKioskCtl)
#include "tst_kioskctl.moc"
