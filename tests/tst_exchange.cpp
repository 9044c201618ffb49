// SPDX-License-Identifier: MIT
// The QR signature exchange and the whole cancellation flow through the command lines: the
// kiosk's request as a PNG, answered by loyalty-wallet as a PNG, read, verified and posted;
// every answer format; answers that must never reach the relay; run, and resume after a crash
// at every step.
#include "demokeys.h"
#include "secretfile.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Demo keys (well-known public test keys, never for real use): see resources/demo/relay-seed.json.
using demo::kCustomer;         // tests/demokeys.h
using demo::kCustomerKey;      // tests/demokeys.h
using demo::kOtherCustomerKey; // tests/demokeys.h
using demo::kTerminalKey;      // tests/demokeys.h

using Run = ToolRun;

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pngRequestAnsweredByPng();
    void jsonRequestAndAnswer();
    void bareSignatureAccepted();
    void rejectRequestEndsIn59();
    void wrongWalletNeverPosted();
    void answerForAnotherRequest();
    void expiredAnswerNeverPosted();
    void notASignature_data();
    void notASignature();
    void runWithAnswerOnStdin();
    void runRejectWithAnswerArgument();
    void crashAtEveryStepThenResume_data();
    void crashAtEveryStepThenResume();
    void historyAndCsv();
    void pendingFromJournalAndRelay();

private:
    QStringList kioskArgs() const;
    Run kioskctl(const QStringList &args, const QByteArray &input = {},
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    Run wallet(const QStringList &args) { return runTool(QStringLiteral(KIOSK_WALLET_BIN), args); }
    int statusOf(const QString &id);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_state;
};

void TestExchange::init()
{
    m_sim = std::make_unique<SimProcess>(
        QStringList{QStringLiteral("--payment-timeout"), QStringLiteral("45"),
                    QStringLiteral("--close-window"), QStringLiteral("1")});
    QVERIFY2(m_sim->isRunning(), "the relay simulator did not start");
    m_state = std::make_unique<QTemporaryDir>();
}

void TestExchange::cleanup()
{
    m_sim.reset();
    m_state.reset();
}

QStringList TestExchange::kioskArgs() const
{
    return {QStringLiteral("--config"),       QStringLiteral("/dev/null"),
            QStringLiteral("--relay"),        m_sim->url(),
            QStringLiteral("--terminal-key"), secretArg(kTerminalKey),
            QStringLiteral("--terminal-id"),  QStringLiteral("KIOSK0001"),
            QStringLiteral("--state-dir"),    m_state->path(),
            QStringLiteral("--timeout-ms"),   QStringLiteral("5000")};
}

Run TestExchange::kioskctl(const QStringList &args, const QByteArray &input,
                           const QProcessEnvironment &env)
{
    return runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN), kioskArgs() + args, input, env);
}

int TestExchange::statusOf(const QString &id)
{
    return kioskctl({QStringLiteral("show"), id, QStringLiteral("--json")})
        .json()[u"payment"][u"paymentStatus"]
        .toInt();
}

void TestExchange::pngRequestAnsweredByPng()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-1"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const QString requestPng = m_state->filePath(QStringLiteral("request.png"));
    const QString answerPng = m_state->filePath(QStringLiteral("answer.png"));
    const Run request = kioskctl({QStringLiteral("request"), id, QStringLiteral("--png"),
                                  requestPng, QStringLiteral("--json")});
    QVERIFY2(request.exitCode == 0, qPrintable(request.err));
    QVERIFY(request.json()[u"text"].toString().startsWith(u"UR:ETH-SIGN-REQUEST/"_qs));
    QVERIFY(QFile::exists(requestPng));

    const Run answer = wallet({QStringLiteral("respond"), QStringLiteral("--key"), kCustomerKey,
                               QStringLiteral("--request"), u'@' + requestPng,
                               QStringLiteral("--png"), answerPng});
    QVERIFY2(answer.exitCode == 0, qPrintable(answer.err));
    QVERIFY(answer.out.startsWith(u"UR:ETH-SIGNATURE/"_qs));
    QVERIFY(answer.err.contains(kCustomer));

    const QString nonceBefore = m_sim->nonceOf(kCustomer);
    const Run approve = kioskctl({QStringLiteral("approve"), id, QStringLiteral("--response"),
                                  u'@' + answerPng, QStringLiteral("--json")});
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err + approve.out));
    QCOMPARE(approve.json()[u"payment"][u"paymentStatus"].toInt(), 57);
    QCOMPARE(m_sim->nonceOf(kCustomer).toInt(), nonceBefore.toInt() + 1);
    QCOMPARE(kioskctl({QStringLiteral("close"), id, QStringLiteral("--json")})
                 .json()[u"payment"][u"paymentStatus"]
                 .toInt(),
             58);
    // The request is used up: answering again is refused locally.
    const Run again =
        kioskctl({QStringLiteral("approve"), id, QStringLiteral("--response"), u'@' + answerPng});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains(u"no request"_qs));
}

void TestExchange::jsonRequestAndAnswer()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-2"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const Run request = kioskctl({QStringLiteral("request"), id, QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--json")});
    QCOMPARE(request.exitCode, 0);
    const QString text = request.json()[u"text"].toString();
    QVERIFY(text.contains(u"\"purchaseId\":\"QR-2\""_qs));
    const Run answer = wallet({QStringLiteral("respond"), QStringLiteral("--key"), kCustomerKey,
                               QStringLiteral("--request"), text});
    QCOMPARE(answer.exitCode, 0);
    QVERIFY(answer.err.contains(u"APPROVE the cancellation of purchase QR-2"_qs));
    QVERIFY(answer.out.contains(u"cancel-approval-response"_qs));
    const Run approve = kioskctl({QStringLiteral("approve"), id, QStringLiteral("--response"),
                                  answer.out.trimmed(), QStringLiteral("--json")});
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
    QCOMPARE(approve.json()[u"payment"][u"paymentStatus"].toInt(), 57);
}

void TestExchange::bareSignatureAccepted()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-3"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    QCOMPARE(kioskctl({QStringLiteral("request"), id}).exitCode, 0);
    const Run signed_ =
        wallet({QStringLiteral("sign-cancel"), QStringLiteral("--key"), kCustomerKey,
                QStringLiteral("--payment-id"), id, QStringLiteral("--purchase-id"),
                QStringLiteral("QR-3"), QStringLiteral("--chain-id"), m_sim->chainId(),
                QStringLiteral("--nonce"), m_sim->nonceOf(kCustomer)});
    const QString signature =
        QJsonDocument::fromJson(signed_.out.toUtf8()).object()[u"signature"].toString();
    const Run approve =
        kioskctl({QStringLiteral("approve"), id, QStringLiteral("--response"),
                  signature.toUpper().replace(u"0X"_qs, u"0x"_qs), QStringLiteral("--json")});
    QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));
    QCOMPARE(approve.json()[u"payment"][u"paymentStatus"].toInt(), 57);
}

void TestExchange::rejectRequestEndsIn59()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-4"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const Run request = kioskctl(
        {QStringLiteral("request"), id, QStringLiteral("--reject"), QStringLiteral("--json")});
    QCOMPARE(request.json()[u"request"][u"approval"].toBool(), false);
    const Run answer = wallet({QStringLiteral("respond"), QStringLiteral("--key"), kCustomerKey,
                               QStringLiteral("--request"), request.json()[u"text"].toString()});
    const Run approve = kioskctl({QStringLiteral("approve"), id, QStringLiteral("--response"),
                                  answer.out.trimmed(), QStringLiteral("--json")});
    QCOMPARE(approve.exitCode, 0);
    QCOMPARE(approve.json()[u"approval"].toBool(), false);
    QCOMPARE(approve.json()[u"payment"][u"paymentStatus"].toInt(), 56);
    QCOMPARE(kioskctl({QStringLiteral("close"), id, QStringLiteral("--json")})
                 .json()[u"payment"][u"paymentStatus"]
                 .toInt(),
             59);
}

void TestExchange::wrongWalletNeverPosted()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-5"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const Run request = kioskctl({QStringLiteral("request"), id, QStringLiteral("--json")});
    // The simulated wallet itself refuses a request addressed to another wallet...
    const Run refused =
        wallet({QStringLiteral("respond"), QStringLiteral("--key"), kOtherCustomerKey,
                QStringLiteral("--request"), request.json()[u"text"].toString()});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(u"not this key's"_qs));
    // ...and the kiosk refuses a signature by another wallet before it reaches the relay.
    const Run other =
        wallet({QStringLiteral("sign-cancel"), QStringLiteral("--key"), kOtherCustomerKey,
                QStringLiteral("--payment-id"), id, QStringLiteral("--purchase-id"),
                QStringLiteral("QR-5"), QStringLiteral("--chain-id"), m_sim->chainId(),
                QStringLiteral("--nonce"), m_sim->nonceOf(kCustomer)});
    const QString signature =
        QJsonDocument::fromJson(other.out.toUtf8()).object()[u"signature"].toString();
    const Run approve =
        kioskctl({QStringLiteral("approve"), id, QStringLiteral("--response"), signature});
    QCOMPARE(approve.exitCode, 2);
    QVERIFY2(approve.err.contains(u"signed by another wallet"_qs), qPrintable(approve.err));
    QCOMPARE(statusOf(id), 51); // nothing reached the relay
}

void TestExchange::answerForAnotherRequest()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-6"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const Run first = kioskctl({QStringLiteral("request"), id, QStringLiteral("--json")});
    const Run answer = wallet({QStringLiteral("respond"), QStringLiteral("--key"), kCustomerKey,
                               QStringLiteral("--request"), first.json()[u"text"].toString()});
    QCOMPARE(kioskctl({QStringLiteral("request"), id}).exitCode, 0); // a new request replaces it
    const Run approve = kioskctl(
        {QStringLiteral("approve"), id, QStringLiteral("--response"), answer.out.trimmed()});
    QCOMPARE(approve.exitCode, 2);
    QVERIFY2(approve.err.contains(u"another request"_qs), qPrintable(approve.err));
    QCOMPARE(statusOf(id), 51);
}

void TestExchange::expiredAnswerNeverPosted()
{
    QFile config(m_state->filePath(QStringLiteral("kiosk.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[approval]\npayment_timeout_seconds = 5\n");
    config.close();
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-7"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    QStringList withConfig{QStringLiteral("--config"), config.fileName()};
    const Run request =
        kioskctl(withConfig + QStringList{QStringLiteral("request"), id, QStringLiteral("--json")});
    QVERIFY2(request.exitCode == 0, qPrintable(request.err));
    const Run answer = wallet({QStringLiteral("respond"), QStringLiteral("--key"), kCustomerKey,
                               QStringLiteral("--request"), request.json()[u"text"].toString()});
    QTest::qWait(3000); // past open + 5 s - 3 s margin
    const Run approve =
        kioskctl(withConfig + QStringList{QStringLiteral("approve"), id,
                                          QStringLiteral("--response"), answer.out.trimmed()});
    QCOMPARE(approve.exitCode, 2);
    QVERIFY2(approve.err.contains(u"run out"_qs), qPrintable(approve.err));
    QCOMPARE(statusOf(id), 51);
}

void TestExchange::notASignature_data()
{
    QTest::addColumn<QString>("response");
    QTest::addColumn<QString>("reason");
    QTest::newRow("words") << "hello kiosk"
                           << "not a signature";
    QTest::newRow("short hex") << "0x1234"
                               << "not a signature";
    QTest::newRow("other ur") << "ur:crypto-seed/oyadgdhkwzdtfthptokigtvwnnjsqzcxknsktdhpyljeda"
                              << "not a signature";
    QTest::newRow("bad checksum")
        << "ur:eth-signature/"
           "otadtpdagdndcawmgtfrkigrpmndutdnbtkgfssbjnaohdfpaobtiocwlazotdaaiytpsbihtoylnydkvlrfotz"
           "cyadmnttpntksvdoxssrtferyjpmwgscxrkcalsnnkowyjerpnewehsynfxkosrktnlhklufzrossmefdwfsntp"
           "lecwaxjejyihjkjydpkthsjzjzihjyykclhdvt"
        << "checksum";
    QTest::newRow("truncated ur")
        << "ur:eth-signature/otadtpdagdndcawmgtfrkigrpmndutdnbtkgfssbjnaohdfpaobtio"
        << "";
    QTest::newRow("json other") << "{\"type\":\"something\"}"
                                << "not a signature";
}

void TestExchange::notASignature()
{
    QFETCH(QString, response);
    QFETCH(QString, reason);
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-8"));
    QCOMPARE(kioskctl({QStringLiteral("open"), id}).exitCode, 0);
    const Run request = kioskctl({QStringLiteral("request"), id, QStringLiteral("--json")});
    const Run approve =
        kioskctl({QStringLiteral("approve"), id, QStringLiteral("--response"), response});
    QCOMPARE(approve.exitCode, 2);
    QVERIFY2(approve.err.contains(reason), qPrintable(approve.err));
    // The kiosk's own request scanned back is named as such.
    const Run own = kioskctl({QStringLiteral("approve"), id, QStringLiteral("--response"),
                              request.json()[u"text"].toString()});
    QCOMPARE(own.exitCode, 2);
    QVERIFY2(own.err.contains(u"kiosk's own request"_qs), qPrintable(own.err));
    QCOMPARE(statusOf(id), 51);
}

void TestExchange::runWithAnswerOnStdin()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-9"));
    QProcess run;
    run.start(QStringLiteral(KIOSK_KIOSKCTL_BIN),
              kioskArgs() + QStringList{QStringLiteral("run"), id, QStringLiteral("--response"),
                                        QStringLiteral("-")});
    QVERIFY(run.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += run.readAllStandardOutput()).contains("UR:ETH-SIGN-REQUEST/"),
                             20000);
    const QString request = QString::fromUtf8(out).trimmed().split(u'\n').last();
    const Run answer = wallet({QStringLiteral("respond"), QStringLiteral("--key"), kCustomerKey,
                               QStringLiteral("--request"), request});
    QCOMPARE(answer.exitCode, 0);
    run.write(answer.out.toUtf8());
    run.closeWriteChannel();
    QVERIFY(run.waitForFinished(60000));
    out += run.readAllStandardOutput();
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    QVERIFY2(out.contains(" 58 "), out.constData());
    QCOMPARE(statusOf(id), 58);
}

void TestExchange::runRejectWithAnswerArgument()
{
    // A wallet that signs in advance (the signature is the same for approve and reject).
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("QR-10"));
    const Run signed_ =
        wallet({QStringLiteral("sign-cancel"), QStringLiteral("--key"), kCustomerKey,
                QStringLiteral("--payment-id"), id, QStringLiteral("--purchase-id"),
                QStringLiteral("QR-10"), QStringLiteral("--chain-id"), m_sim->chainId(),
                QStringLiteral("--nonce"), m_sim->nonceOf(kCustomer)});
    const QString signature =
        QJsonDocument::fromJson(signed_.out.toUtf8()).object()[u"signature"].toString();
    const Run run = kioskctl({QStringLiteral("run"), id, QStringLiteral("--reject"),
                              QStringLiteral("--response"), signature, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QCOMPARE(run.json()[u"paymentStatus"].toInt(), 59);
}

void TestExchange::crashAtEveryStepThenResume_data()
{
    QTest::addColumn<QString>("crashAt");
    QTest::addColumn<int>("finalStatus");
    for (const char *step : {"open:intent", "open:answer", "request:note", "approve:intent",
                             "approve:answer", "follow:answer", "close:intent", "close:answer"}) {
        // Killed before the open reached the relay: nothing to undo (18). After it, before an
        // approval: resume ends the cancellation (59). From the approval on: it completes (58).
        const QByteArray name(step);
        const int status = name == "open:intent"
                               ? 18
                               : (name.startsWith("open") || name == "request:note" ? 59 : 58);
        QTest::newRow(step) << QString::fromLatin1(step) << status;
    }
}

void TestExchange::crashAtEveryStepThenResume()
{
    QFETCH(QString, crashAt);
    QFETCH(int, finalStatus);
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("CRASH"));
    const Run signed_ =
        wallet({QStringLiteral("sign-cancel"), QStringLiteral("--key"), kCustomerKey,
                QStringLiteral("--payment-id"), id, QStringLiteral("--purchase-id"),
                QStringLiteral("CRASH"), QStringLiteral("--chain-id"), m_sim->chainId(),
                QStringLiteral("--nonce"), m_sim->nonceOf(kCustomer)});
    const QString signature =
        QJsonDocument::fromJson(signed_.out.toUtf8()).object()[u"signature"].toString();
    const QString nonceBefore = m_sim->nonceOf(kCustomer);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOYALTY_KIOSK_CRASH_AT"), crashAt);
    const Run crashed =
        kioskctl({QStringLiteral("run"), id, QStringLiteral("--response"), signature}, {}, env);
    QCOMPARE(crashed.exitCode, 99);

    const Run resume = kioskctl({QStringLiteral("resume"), QStringLiteral("--json")});
    QVERIFY2(resume.exitCode == 0, qPrintable(resume.err + resume.out));
    QCOMPARE(statusOf(id), finalStatus);
    // Exactly one approval reached the chain when the cancellation completed; none otherwise.
    QCOMPARE(m_sim->nonceOf(kCustomer).toInt(), nonceBefore.toInt() + (finalStatus == 58 ? 1 : 0));
    const Run pending = kioskctl({QStringLiteral("pending"), QStringLiteral("--json")});
    QCOMPARE(pending.json()[u"pending"].toArray().size(), 0);
}

void TestExchange::historyAndCsv()
{
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("HIST-1"));
    const Run signed_ =
        wallet({QStringLiteral("sign-cancel"), QStringLiteral("--key"), kCustomerKey,
                QStringLiteral("--payment-id"), id, QStringLiteral("--purchase-id"),
                QStringLiteral("HIST-1"), QStringLiteral("--chain-id"), m_sim->chainId(),
                QStringLiteral("--nonce"), m_sim->nonceOf(kCustomer)});
    const QString signature =
        QJsonDocument::fromJson(signed_.out.toUtf8()).object()[u"signature"].toString();
    QCOMPARE(
        kioskctl({QStringLiteral("run"), id, QStringLiteral("--response"), signature}).exitCode, 0);
    const Run history = kioskctl({QStringLiteral("history"), QStringLiteral("--json")});
    QCOMPARE(history.json()[u"history"].toArray().size(), 1);
    QCOMPARE(history.json()[u"history"][0][u"paymentStatus"].toInt(), 58);
    QCOMPARE(history.json()[u"history"][0][u"decision"].toString(), QStringLiteral("approve"));
    const Run csv = kioskctl({QStringLiteral("history"), QStringLiteral("--csv"),
                              QStringLiteral("--search"), QStringLiteral("HIST")});
    QVERIFY(csv.out.startsWith(u"id,created_utc"_qs));
    QVERIFY(csv.out.contains(u"HIST-1"_qs));
    QCOMPARE(kioskctl({QStringLiteral("history"), QStringLiteral("--csv"),
                       QStringLiteral("--search"), QStringLiteral("nomatch")})
                 .out.count(u'\n'),
             1);
}

void TestExchange::pendingFromJournalAndRelay()
{
    QCOMPARE(kioskctl({QStringLiteral("pending"), QStringLiteral("--json")})
                 .json()[u"pending"]
                 .toArray()
                 .size(),
             0);
    // Opened at this kiosk and left waiting (crash after the request was shown).
    const QString mine = m_sim->createPayment(kCustomer, QStringLiteral("PEND-1"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOYALTY_KIOSK_CRASH_AT"), QStringLiteral("request:note"));
    QCOMPARE(kioskctl({QStringLiteral("run"), mine, QStringLiteral("--response"),
                       QStringLiteral("0x00")},
                      {}, env)
                 .exitCode,
             99);
    // Opened elsewhere (no journal here); the relay reports it to this terminal id through a
    // late approval's 7000 event.
    const QString reported = m_sim->createPayment(kCustomer, QStringLiteral("PEND-2"));
    QTemporaryDir elsewhere;
    QStringList other = kioskArgs();
    other[other.indexOf(QStringLiteral("--state-dir")) + 1] = elsewhere.path();
    QCOMPARE(runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                     other + QStringList{QStringLiteral("open"), reported})
                 .exitCode,
             0);
    m_sim->call("POST", QStringLiteral("/sim/config"),
                {{QStringLiteral("paymentTimeoutSeconds"), 0}});
    const Run signed_ =
        wallet({QStringLiteral("sign-cancel"), QStringLiteral("--key"), kCustomerKey,
                QStringLiteral("--payment-id"), reported, QStringLiteral("--purchase-id"),
                QStringLiteral("PEND-2"), QStringLiteral("--chain-id"), m_sim->chainId(),
                QStringLiteral("--nonce"), m_sim->nonceOf(kCustomer)});
    const QString signature =
        QJsonDocument::fromJson(signed_.out.toUtf8()).object()[u"signature"].toString();
    QCOMPARE(
        kioskctl({QStringLiteral("approve"), reported, QStringLiteral("--signature"), signature})
            .exitCode,
        1); // 7000

    const Run pending = kioskctl({QStringLiteral("pending"), QStringLiteral("--json")});
    QCOMPARE(pending.exitCode, 0);
    const QJsonArray list = pending.json()[u"pending"].toArray();
    QCOMPARE(list.size(), 2);
    QStringList sources;
    for (const QJsonValue &item : list) {
        QCOMPARE(item[u"paymentStatus"].toInt(), 51);
        QCOMPARE(item[u"shopName"].toString(), QStringLiteral("Demo Cafe"));
        sources << item[u"source"].toString() + u':' + item[u"purchaseId"].toString();
    }
    sources.sort();
    QCOMPARE(sources,
             QStringList({QStringLiteral("journal:PEND-1"), QStringLiteral("relay:PEND-2")}));
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
