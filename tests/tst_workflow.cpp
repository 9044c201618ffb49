// SPDX-License-Identifier: MIT
// The cancellation workflow in-process against the simulator: every path, relay faults at each
// step (the simulator's fault injection), and the countdown on a fake clock.
#include "demokeys.h"
#include "simprocess.h"

#include "common/logging.h"
#include "eth/signing.h"
#include "relay/relayclient.h"
#include "workflow/cancellationworkflow.h"
#include "workflow/customeridentity.h"
#include "workflow/pendinglist.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using namespace kiosk::workflow;
using State = CancellationWorkflow::State;

namespace {
using demo::kCustomer;    // tests/demokeys.h
using demo::kCustomerKey; // tests/demokeys.h
using demo::kTerminalKey; // tests/demokeys.h
} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void approveEndsIn58();
    void rejectEndsIn59();
    void countdownExpiresOnFakeClock();
    void lateApprovalGets7000ThenCloses();
    void unansweredApprovalIsNotRepeated();
    void lostAnswerIsLearnedByRereading();
    void closeTooEarlyIsRetried();
    void openFaults_data();
    void openFaults();
    void approveRelayCodes_data();
    void approveRelayCodes();
    void closeRelayCodes_data();
    void closeRelayCodes();
    void badScanKeepsWaiting();
    void eventsTriggerImmediatePoll();
    void abandonPostsNothing();
    void followGivesUpWhenEveryPollFails();
    void journalThatCannotRecordPostsNothing();
    void requestCarriesThePairedWallet();
    void windowThatRanOutIsReopened();
    void refusedReopenIsSaidPlainly();
    void customerIdentityMatchesOnlyTheirOwn();
    void customerListLeavesOutClosedAndExpired();
    void journalFieldsFindOneCancellation();

private:
    std::unique_ptr<CancellationWorkflow> makeFlow(const Clock *clock = nullptr);
    QString answerFor(const CancellationWorkflow &flow) const;
    void fault(const QString &path, const QString &kind, int count = 1,
               const QJsonObject &extra = {});
    // Starts a flow on a new payment and waits for Ready.
    QString startReady(CancellationWorkflow &flow, const QString &purchaseId);
    // The payment's status as the relay has it now.
    int statusOf(const QString &id);

    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<relay::RelayClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
};

void TestWorkflow::init()
{
    m_sim = std::make_unique<SimProcess>(
        QStringList{QStringLiteral("--close-window"), QStringLiteral("1"),
                    QStringLiteral("--payment-timeout"), QStringLiteral("45")});
    QVERIFY(m_sim->isRunning());
    relay::RelaySettings settings;
    settings.baseUrl = QUrl(m_sim->url());
    settings.api = relay::ApiVersion::V2;
    settings.terminalId = QStringLiteral("KIOSK0001");
    settings.terminalKey =
        std::make_shared<eth::SecretKey>(eth::SecretKey::fromHex(kTerminalKey).value());
    settings.timeout = std::chrono::milliseconds(2000);
    settings.getRetries = 0;
    m_client = std::make_unique<relay::RelayClient>(settings);
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<Journal>();
    // Only journalThatCannotRecordPostsNothing contends for the lock, and it holds it for good.
    m_journal->setBusyTimeoutMs(250);
    QVERIFY(m_journal->open(m_dir->path()).ok());
}

void TestWorkflow::cleanup()
{
    m_journal.reset();
    m_client.reset();
    m_sim.reset();
}

std::unique_ptr<CancellationWorkflow> TestWorkflow::makeFlow(const Clock *clock)
{
    WorkflowSettings settings;
    settings.pollInterval = std::chrono::milliseconds(100);
    settings.closeRetryInterval = std::chrono::milliseconds(300);
    return std::make_unique<CancellationWorkflow>(m_client.get(), m_journal.get(), clock, settings);
}

QString TestWorkflow::answerFor(const CancellationWorkflow &flow) const
{
    const auto key = eth::SecretKey::fromHex(kCustomerKey).value();
    return eth::signPersonal(flow.request().messageHash, key).toHex();
}

void TestWorkflow::fault(const QString &path, const QString &kind, int count,
                         const QJsonObject &extra)
{
    QJsonObject body{{QStringLiteral("path"), path},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("count"), count}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    m_sim->call("POST", QStringLiteral("/sim/faults"), body);
}

QString TestWorkflow::startReady(CancellationWorkflow &flow, const QString &purchaseId)
{
    const QString id = m_sim->createPayment(kCustomer, purchaseId);
    flow.start(id, true);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Ready, 10000); }();
    return id;
}

int TestWorkflow::statusOf(const QString &id)
{
    return m_sim->call("GET", u"/v2/payment/item?paymentId=" + id)[u"data"][u"paymentStatus"]
        .toInt();
}

void TestWorkflow::approveEndsIn58()
{
    auto flow = makeFlow();
    QSignalSpy states(flow.get(), &CancellationWorkflow::stateChanged);
    QSignalSpy finished(flow.get(), &CancellationWorkflow::finished);
    const QString id = startReady(*flow, QStringLiteral("WF-1"));
    QCOMPARE(flow->context().expectedSigner.toChecksummed(), kCustomer);
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    QVERIFY(flow->secondsLeft() > 30);
    QVERIFY(flow->request().approval);
    flow->submitResponse(answerFor(*flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Finished, 20000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 58);
    QList<State> seen;
    for (const auto &args : states)
        seen << args.at(0).value<State>();
    for (State expected : {State::Opening, State::Ready, State::AwaitingResponse, State::Posting,
                           State::Following, State::Closing, State::Finished})
        QVERIFY2(seen.contains(expected), qPrintable(QString::number(int(expected))));
    const auto entry = m_journal->entry(flow->journalId()).value();
    QVERIFY(entry.finished);
    QCOMPARE(entry.paymentStatus, 58);
    QCOMPARE(entry.approval, 1);
    QCOMPARE(m_journal->lastStep(entry.id, QStringLiteral("approve"))->phase,
             QStringLiteral("answer"));
    QCOMPARE(id, flow->paymentId());
}

void TestWorkflow::rejectEndsIn59()
{
    auto flow = makeFlow();
    startReady(*flow, QStringLiteral("WF-2"));
    const QString nonce = m_sim->nonceOf(kCustomer);
    flow->choose(false);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    QVERIFY(!flow->request().approval);
    flow->submitResponse(answerFor(*flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Finished, 20000);
    QCOMPARE(flow->paymentStatus(), 59);
    QCOMPARE(m_sim->nonceOf(kCustomer), nonce);
}

void TestWorkflow::countdownExpiresOnFakeClock()
{
    FakeClock clock;
    auto flow = makeFlow(&clock);
    QSignalSpy ticks(flow.get(), &CancellationWorkflow::countdown);
    startReady(*flow, QStringLiteral("WF-3"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    // The fake clock was frozen before the relay opened the cancellation; when the relay's
    // second ticked over in between, 43 s seemed left. Set it to the moment of the open.
    clock.setMs(flow->context().payment.openCancelTimestamp * 1000);
    const int left = flow->secondsLeft();
    QVERIFY2(left > 30 && left <= 42, qPrintable(QString::number(left)));
    clock.advanceMs(10'000);
    flow->tick();
    QCOMPARE(ticks.last().at(0).toInt(), left - 10);
    const QString answer = answerFor(*flow);
    clock.advanceMs(qint64(left) * 1000); // past the deadline
    flow->submitResponse(answer);         // a late answer is never posted
    QVERIFY(flow->state() == State::Closing || flow->state() == State::Finished);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Finished, 20000);
    QCOMPARE(flow->paymentStatus(), 59);
    QCOMPARE(m_sim->nonceOf(kCustomer).toInt(), 0);
}

void TestWorkflow::lateApprovalGets7000ThenCloses()
{
    auto flow = makeFlow();
    startReady(*flow, QStringLiteral("WF-4"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    // The relay's window is shorter than the kiosk believes: it answers 7000.
    m_sim->call("POST", QStringLiteral("/sim/config"),
                {{QStringLiteral("paymentTimeoutSeconds"), 0}});
    QSignalSpy finished(flow.get(), &CancellationWorkflow::finished);
    flow->submitResponse(answerFor(*flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Finished, 20000);
    QCOMPARE(flow->paymentStatus(), 59);
    const auto steps = m_journal->steps(flow->journalId()).value();
    bool saw7000 = false;
    for (const JournalStep &step : steps)
        saw7000 = saw7000 || (step.step == u"approve" &&
                              step.detail.value(QLatin1String("code")).toInt() == 7000);
    QVERIFY(saw7000);
}

void TestWorkflow::unansweredApprovalIsNotRepeated()
{
    auto flow = makeFlow();
    startReady(*flow, QStringLiteral("WF-5"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    fault(QStringLiteral("/v2/payment/cancel/approval"), QStringLiteral("http500"));
    flow->submitResponse(answerFor(*flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Failed, 20000);
    QVERIFY(flow->canRetry());
    QCOMPARE(m_sim->nonceOf(kCustomer).toInt(), 0); // nothing reached the chain, nothing re-sent
}

void TestWorkflow::lostAnswerIsLearnedByRereading()
{
    auto flow = makeFlow();
    startReady(*flow, QStringLiteral("WF-6"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    // The relay takes the approval, but the answer is lost on the way back.
    fault(QStringLiteral("/v2/payment/cancel/approval"), QStringLiteral("drop-after"), 2);
    flow->submitResponse(answerFor(*flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Finished, 20000);
    QCOMPARE(flow->paymentStatus(), 58);
    QCOMPARE(m_sim->nonceOf(kCustomer).toInt(), 1);
}

void TestWorkflow::closeTooEarlyIsRetried()
{
    auto flow = makeFlow();
    startReady(*flow, QStringLiteral("WF-7"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    fault(QStringLiteral("/v2/payment/cancel/close"), QStringLiteral("code"), 2,
          {{QStringLiteral("code"), 2030}, {QStringLiteral("message"), QStringLiteral("not yet")}});
    flow->submitResponse(answerFor(*flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Finished, 20000);
    QCOMPARE(flow->paymentStatus(), 58);
}

void TestWorkflow::openFaults_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("expectedState");
    QTest::addColumn<QString>("message"); // for staff and the journal, with the relay's words
    const int failed = int(State::Failed);
    QTest::newRow("payment not found")
        << "code" << 2003 << failed << "No payment with this id exists (relay code 2003: injected)";
    QTest::newRow("access denied") << "code" << 1501 << failed
                                   << "The signature is not valid: wrong wallet, wrong nonce or "
                                      "wrong payment (relay code 1501: injected)";
    QTest::newRow("contract revert")
        << "code" << 1099 << failed
        << "The blockchain contract refused (code 1099) (relay code 1099: injected)";
    // No answer to the open: re-reading finds the payment never opened (18).
    const QString notOpen = QStringLiteral("This cancellation is not open: Payment completed");
    QTest::newRow("timeout") << "delay" << 0 << failed << notOpen;
    QTest::newRow("http 500") << "http500" << 0 << failed << notOpen;
    QTest::newRow("malformed") << "malformed" << 0 << failed << notOpen;
    QTest::newRow("opened but answer lost") << "drop-after" << 0 << int(State::Ready) << QString();
}

void TestWorkflow::openFaults()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(int, expectedState);
    QFETCH(QString, message);
    auto flow = makeFlow();
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("WF-8"));
    QJsonObject extra;
    if (kind == u"code")
        extra = {{QStringLiteral("code"), code},
                 {QStringLiteral("message"), QStringLiteral("injected")}};
    if (kind == u"delay")
        extra = {{QStringLiteral("delayMs"), 4000}};
    fault(QStringLiteral("/v2/payment/cancel/open"), kind, kind == u"drop-after" ? 2 : 1, extra);
    QSignalSpy failed(flow.get(), &CancellationWorkflow::failed);
    flow->start(id, true);
    QTRY_VERIFY_WITH_TIMEOUT(flow->state() == State::Failed || flow->state() == State::Ready,
                             15000);
    QCOMPARE(int(flow->state()), expectedState);
    if (expectedState == int(State::Failed)) {
        QCOMPARE(flow->message(), message);
        if (code != 0)
            QCOMPARE(flow->relayCode(), code);
    }
}

void TestWorkflow::approveRelayCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("what"); // the message says it, then the relay's code and words
    // Refusals: shown with the relay's code. Whether the customer is offered Try again is the
    // error screen's choice (tst_kioskui); the workflow leaves it open for every one of them.
    const QList<std::pair<int, const char *>> refusals{
        {1501, "The signature is not valid: wrong wallet, wrong nonce or wrong payment"},
        {2001, "The request was not valid"},
        {2003, "No payment with this id exists"},
        {5000, "The blockchain contract reported an error"},
        {9000, "The relay reported an error"},
        {1099, "The blockchain contract refused (code 1099)"},
        {1534, "More than 7 days have passed since the payment: it can no longer be cancelled"},
        // "Already happened" answers are checked by re-reading: here the relay did nothing
        // (the fault was injected before it acted), so the payment is still waiting.
        {2020, "The payment's status does not allow an approval now"},
        {2025, "Already approved on the blockchain"},
        {2026, "Already closed on the blockchain, or the payment failed"},
        {2027, "This cancellation already failed on the blockchain"},
        {2029, "This cancellation was closed by force"}};
    for (const auto &[code, what] : refusals)
        QTest::newRow(qPrintable(QString::number(code))) << code << QString::fromUtf8(what);
}

void TestWorkflow::approveRelayCodes()
{
    QFETCH(int, code);
    QFETCH(QString, what);
    auto flow = makeFlow();
    const QString id = startReady(*flow, QStringLiteral("WF-C"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    fault(
        QStringLiteral("/v2/payment/cancel/approval"), QStringLiteral("code"), 1,
        {{QStringLiteral("code"), code}, {QStringLiteral("message"), QStringLiteral("injected")}});
    flow->submitResponse(answerFor(*flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Failed, 10000);
    QVERIFY(flow->canRetry()); // the payment still waits: nothing happened that rules it out
    QCOMPARE(flow->message(), QStringLiteral("%1 (relay code %2: injected)").arg(what).arg(code));
    QCOMPARE(m_sim->nonceOf(kCustomer).toInt(), 0);
    const auto entry = m_journal->entry(flow->journalId()).value();
    QVERIFY(!entry.finished);
    QCOMPARE(m_journal->lastStep(entry.id, QStringLiteral("approve"))->detail[u"code"].toInt(),
             code);
    QVERIFY(!id.isEmpty());
}

void TestWorkflow::closeRelayCodes_data()
{
    QTest::addColumn<QString>("kind");    // the fault on the first close
    QTest::addColumn<int>("code");        // the relay's answer the flow acts on
    QTest::addColumn<int>("finalStatus"); // 0: stays failed
    // Injected before the relay acted: re-reading finds the payment not closed (57).
    QTest::newRow("2029 forcibly closed") << "code" << 2029 << 0;
    QTest::newRow("2026 already closed") << "code" << 2026 << 0;
    QTest::newRow("2024 not allowed") << "code" << 2024 << 0;
    QTest::newRow("9000 other") << "code" << 9000 << 0;
    // The relay closed it but the answer was lost: asked again, it answers 2026 itself, and
    // re-reading finds the real outcome.
    QTest::newRow("2026 after a lost answer") << "drop-after" << 2026 << 58;
}

void TestWorkflow::closeRelayCodes()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(int, finalStatus);
    auto flow = makeFlow();
    startReady(*flow, QStringLiteral("WF-D"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    if (kind == u"code") {
        fault(QStringLiteral("/v2/payment/cancel/close"), kind, 1,
              {{QStringLiteral("code"), code},
               {QStringLiteral("message"), QStringLiteral("injected")}});
    } else {
        // The first close must really close: no "too early" (2030) from the relay's window.
        m_sim->call("POST", QStringLiteral("/sim/config"),
                    {{QStringLiteral("closeWindowSeconds"), 0}});
        fault(QStringLiteral("/v2/payment/cancel/close"), kind);
    }
    flow->submitResponse(answerFor(*flow));
    QTRY_VERIFY_WITH_TIMEOUT(flow->state() == State::Failed || flow->state() == State::Finished,
                             20000);
    if (finalStatus == 0) {
        // The relay still has the payment at 57: not final, so it is reported, not guessed.
        QCOMPARE(flow->state(), State::Failed);
        QCOMPARE(flow->relayCode(), code);
        QVERIFY(flow->canRetry());
    } else {
        QCOMPARE(flow->state(), State::Finished);
        QCOMPARE(flow->paymentStatus(), finalStatus);
        bool sawCode = false; // the relay's answer, recorded before re-reading
        const auto steps = m_journal->steps(flow->journalId()).value();
        for (const JournalStep &step : steps)
            sawCode = sawCode || (step.step == u"close" &&
                                  step.detail.value(QLatin1String("code")).toInt() == code);
        QVERIFY(sawCode);
    }
    QCOMPARE(m_sim->nonceOf(kCustomer).toInt(), 1); // the approval itself went through once
}

void TestWorkflow::badScanKeepsWaiting()
{
    auto flow = makeFlow();
    startReady(*flow, QStringLiteral("WF-9"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    QSignalSpy rejected(flow.get(), &CancellationWorkflow::responseRejected);
    flow->submitResponse(QStringLiteral("https://example.com/not-a-signature"));
    const auto other = eth::SecretKey::fromHex(demo::kOtherCustomerKey).value();
    flow->submitResponse(eth::signPersonal(flow->request().messageHash, other).toHex());
    QCOMPARE(rejected.size(), 2);
    QVERIFY(rejected.at(1).at(0).toString().contains(u"another wallet"_qs));
    QCOMPARE(flow->state(), State::AwaitingResponse);
    flow->submitResponse(answerFor(*flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Finished, 20000);
}

void TestWorkflow::eventsTriggerImmediatePoll()
{
    WorkflowSettings settings;
    settings.pollInterval = std::chrono::milliseconds(60000); // polling alone would be too slow
    settings.closeRetryInterval = std::chrono::milliseconds(300);
    CancellationWorkflow flow(m_client.get(), m_journal.get(), nullptr, settings);
    const QString id = startReady(flow, QStringLiteral("WF-10"));
    flow.choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::AwaitingResponse, 10000);
    flow.submitResponse(answerFor(flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Following, 10000);
    // The simulated chain confirms (55); the flow would not poll again for a minute.
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(id) >= relay::status::CancelApprovalConfirmed, 10000);
    relay::TaskEvent other;
    other.data.insert(QStringLiteral("paymentId"),
                      QString(QStringLiteral("0x") + QString(64, u'0')));
    flow.handleRelayEvent(other); // not ours: ignored
    QCOMPARE(flow.state(), State::Following);
    relay::TaskEvent ours;
    ours.data.insert(QStringLiteral("paymentId"), flow.paymentId());
    flow.handleRelayEvent(ours);
    QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Finished, 10000);
    QCOMPARE(flow.paymentStatus(), 58);
}

void TestWorkflow::abandonPostsNothing()
{
    auto flow = makeFlow();
    const QString id = startReady(*flow, QStringLiteral("WF-11"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    const QString answer = answerFor(*flow);
    flow->abandon();
    QCOMPARE(flow->state(), State::Idle);
    flow->submitResponse(answer);
    QCOMPARE(flow->state(), State::Idle);
    // An approval is recorded before it is posted (post()): none was, so none went out.
    QVERIFY(m_journal->lastStep(flow->journalId(), QStringLiteral("approve"))->step.isEmpty());
    QCOMPARE(m_sim->nonceOf(kCustomer).toInt(), 0);
    QCOMPARE(statusOf(id), relay::status::CancelOpened);
}

void TestWorkflow::followGivesUpWhenEveryPollFails()
{
    // The relay accepts the approval, then fails every read: the documented limit still ends
    // the following (resume finishes it later), instead of polling forever.
    FakeClock clock;
    auto flow = makeFlow(&clock);
    startReady(*flow, QStringLiteral("WF-FOLLOW"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    clock.setMs(flow->context().payment.openCancelTimestamp * 1000);
    constexpr int kFailures = 1000000;
    fault(QStringLiteral("/v2/payment/item"), QStringLiteral("http500"), kFailures);
    flow->submitResponse(answerFor(*flow));
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Following, 10000);
    // A few failing polls (the simulator counts its faults down), within the limit: still
    // following.
    const auto faultsLeft = [this] {
        return m_sim->call("GET", QStringLiteral("/sim/faults"))[u"data"][0][u"count"].toInt();
    };
    QTRY_VERIFY_WITH_TIMEOUT(faultsLeft() <= kFailures - 3, 10000);
    QCOMPARE(flow->state(), State::Following);
    clock.advanceMs(361'000);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Failed, 5000);
    QVERIFY2(flow->message().contains(u"in time"_qs), qPrintable(flow->message()));
    QVERIFY(flow->canRetry());
    QVERIFY(!m_journal->entry(flow->journalId()).value().finished); // resume will finish it
}

void TestWorkflow::journalThatCannotRecordPostsNothing()
{
    auto flow = makeFlow();
    QSignalSpy journalFailed(flow.get(), &CancellationWorkflow::journalFailed);
    const QString id = startReady(*flow, QStringLiteral("WF-NOJOURNAL"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    const QString nonce = m_sim->nonceOf(kCustomer);
    {
        // Another writer holds the journal's write lock and does not let go.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_journal->path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE"))); // holds the write lock
        QVERIFY(q.exec(QStringLiteral("UPDATE cancellations SET message=message")));
        flow->submitResponse(answerFor(*flow)); // waits out the busy timeout, then refuses
        QCOMPARE(flow->state(), State::Failed);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(flow->journalFault());
    QCOMPARE(journalFailed.size(), 1);
    QVERIFY2(flow->message().contains(u"nothing was sent"_qs), qPrintable(flow->message()));
    // Nothing reached the relay: the refusal came before any request was made.
    QCOMPARE(m_sim->nonceOf(kCustomer), nonce);
    QCOMPARE(
        m_sim->call("GET", u"/v2/payment/item?paymentId=" + id)[u"data"][u"paymentStatus"].toInt(),
        51);
}

void TestWorkflow::requestCarriesThePairedWallet()
{
    // After `pair`, the touchscreen's and run's requests name the wallet's key as `request` does.
    auto flow = makeFlow();
    flow->setRequestDecorator([](qr::SigningRequest &request) {
        request.derivationPath = QStringLiteral("m/44'/60'/0'/0/0");
        request.sourceFingerprint = 0x12345678;
    });
    startReady(*flow, QStringLiteral("WF-PAIRED"));
    flow->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::AwaitingResponse, 10000);
    QCOMPARE(flow->request().derivationPath, QStringLiteral("m/44'/60'/0'/0/0"));
    QCOMPARE(flow->request().sourceFingerprint, quint32(0x12345678));
    flow->abandon();
}

void TestWorkflow::windowThatRanOutIsReopened()
{
    // The customer's first try: the window opens, then runs out (the kiosk's clock moves on).
    FakeClock clock;
    auto first = makeFlow(&clock);
    const QString id = startReady(*first, QStringLiteral("WF-AGAIN"));
    const qint64 firstOpen = first->context().payment.openCancelTimestamp;
    first->abandon();
    clock.setMs((firstOpen + 60) * 1000);
    // "Try again": the stale window is closed (59) and a fresh one opened (the v2 relay allows it).
    auto again = makeFlow(&clock);
    again->start(id, true);
    QTRY_COMPARE_WITH_TIMEOUT(again->state(), State::Ready, 15000);
    QVERIFY2(again->context().payment.openCancelTimestamp > firstOpen,
             qPrintable(QString::number(again->context().payment.openCancelTimestamp)));
    QCOMPARE(again->context().payment.paymentStatus, relay::status::CancelOpened);
}

void TestWorkflow::refusedReopenIsSaidPlainly()
{
    // A v1-only relay opens a cancellation only from 18: 2022 otherwise.
    const QString id = m_sim->createPayment(kCustomer, QStringLiteral("WF-V1"));
    fault(QStringLiteral("/v2/payment/cancel/open"), QStringLiteral("code"), 3,
          {{QStringLiteral("code"), 2022},
           {QStringLiteral("message"), QStringLiteral("status does not allow")}});
    auto flow = makeFlow();
    flow->start(id, true);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Failed, 10000);
    QCOMPARE(flow->relayCode(), relay::codes::OpenNotAllowed);
    QVERIFY(!flow->canRetry());
    QCOMPARE(flow->message(),
             QCoreApplication::translate(
                 "kiosk::workflow",
                 "This purchase can no longer be cancelled here; please ask the staff"));
}

void TestWorkflow::customerIdentityMatchesOnlyTheirOwn()
{
    relay::PaymentItem kim;
    kim.paymentId = QStringLiteral("0x01");
    kim.purchaseId = QStringLiteral("P00000000000203");
    kim.account = eth::Address::parse(kCustomer).value();
    relay::PaymentItem lee;
    lee.paymentId = QStringLiteral("0x02");
    lee.purchaseId = QStringLiteral("B-2026-0042");
    lee.account =
        eth::Address::parse(QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).value();
    // Typed on the keypad: the digits, leading zeros or not.
    QVERIFY(CustomerIdentity::fromTypedNumber(QStringLiteral("203")).matches(kim));
    QVERIFY(!CustomerIdentity::fromTypedNumber(QStringLiteral("203")).matches(lee));
    QVERIFY(CustomerIdentity::fromTypedNumber(QStringLiteral("20260042")).matches(lee));
    QVERIFY(!CustomerIdentity::fromTypedNumber(QStringLiteral("20")).matches(kim));
    QVERIFY(!CustomerIdentity::fromTypedNumber(QString()).isValid());
    QVERIFY(!CustomerIdentity::fromTypedNumber(QStringLiteral("000")).isValid());
    // The receipt's barcode, as printed.
    QVERIFY(CustomerIdentity::fromScan(QStringLiteral("P00000000000203\n")).matches(kim));
    QVERIFY(CustomerIdentity::fromScan(QStringLiteral("B-2026-0042")).matches(lee));
    // The wallet's address code: bare, or a wallet's receive code (EIP-681), any case.
    const auto address = CustomerIdentity::fromScan(kCustomer.toLower());
    QCOMPARE(address.kind(), CustomerIdentity::Kind::Account);
    QVERIFY(address.matches(kim) && !address.matches(lee));
    QVERIFY(CustomerIdentity::fromScan(u"ethereum:" + kCustomer + u"@1").matches(kim));
    // Anything else identifies nobody.
    QVERIFY(!CustomerIdentity::fromScan(QStringLiteral("hello")).isValid());
    QVERIFY(!CustomerIdentity().matches(kim));
}

void TestWorkflow::customerListLeavesOutClosedAndExpired()
{
    namespace status = relay::status;
    const qint64 now = 1'800'000'000;
    PendingItem item;
    item.payment.openCancelTimestamp = now - 10;
    const auto shown = [&](int paymentStatus, PendingItem::Source source) {
        item.payment.paymentStatus = paymentStatus;
        item.source = source;
        return PendingList::isForCustomer(item, now, 45);
    };
    QVERIFY(shown(status::CancelOpened, PendingItem::Source::Relay));
    QVERIFY(shown(status::CancelApprovalSent, PendingItem::Source::Journal)); // on its way
    QVERIFY(shown(status::NewClosed, PendingItem::Source::Staged));
    QVERIFY(shown(status::CancelFailed, PendingItem::Source::Staged));
    // Rejected, closed, or a failed one nobody staged again: not for the next person.
    QVERIFY(!shown(status::CancelRejected, PendingItem::Source::Relay));
    QVERIFY(!shown(status::CancelCompleted, PendingItem::Source::Journal));
    QVERIFY(!shown(status::CancelFailed, PendingItem::Source::Lookup));
    QVERIFY(!shown(status::NewClosed, PendingItem::Source::Relay));
    // Expired: its approval window is over.
    item.payment.openCancelTimestamp = now - 60;
    QVERIFY(!shown(status::CancelOpened, PendingItem::Source::Relay));
}

// What `journalctl PAYMENT_ID=0x…` finds: every record of that cancellation carries its id,
// its step and the terminal; a relay refusal carries RELAY_CODE; another payment's records
// never carry this one's id.
void TestWorkflow::journalFieldsFindOneCancellation()
{
    installLogHandler();
    QList<LogFields> records;
    setJournalSinkForTesting([&records](const LogFields &record) { records << record; });
    const auto cleanup = qScopeGuard([] { setJournalSinkForTesting(nullptr); });
    const auto field = [](const LogFields &record, const QByteArray &name) {
        for (const auto &[key, value] : record) {
            if (key == name)
                return value;
        }
        return QString();
    };

    auto approved = makeFlow();
    const QString approvedId = startReady(*approved, QStringLiteral("WF-LOG-1"));
    approved->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(approved->state(), State::AwaitingResponse, 10000);
    approved->submitResponse(answerFor(*approved));
    QTRY_COMPARE_WITH_TIMEOUT(approved->state(), State::Finished, 20000);

    auto refused = makeFlow();
    const QString refusedId = startReady(*refused, QStringLiteral("WF-LOG-2"));
    refused->choose(true);
    QTRY_COMPARE_WITH_TIMEOUT(refused->state(), State::AwaitingResponse, 10000);
    fault(
        QStringLiteral("/v2/payment/cancel/approval"), QStringLiteral("code"), 1,
        {{QStringLiteral("code"), 2020}, {QStringLiteral("message"), QStringLiteral("injected")}});
    refused->submitResponse(answerFor(*refused));
    QTRY_COMPARE_WITH_TIMEOUT(refused->state(), State::Failed, 10000);

    QStringList approvedSteps;
    bool refusalNamed = false;
    bool relayWarningCoded = false;
    for (const LogFields &record : std::as_const(records)) {
        QCOMPARE(field(record, "KIOSK_TERMINAL_ID"), QStringLiteral("KIOSK0001"));
        QVERIFY(!field(record, "PRIORITY").isEmpty());
        const QString message = field(record, "MESSAGE");
        if (field(record, "PAYMENT_ID") == approvedId) {
            QVERIFY2(!message.contains(refusedId.left(10)), qPrintable(message));
            QVERIFY(field(record, "RELAY_CODE").isEmpty());
            approvedSteps << field(record, "STEP");
        }
        if (field(record, "PAYMENT_ID") == refusedId && message.contains(u"stops:"))
            refusalNamed = field(record, "RELAY_CODE") == u"2020" &&
                           field(record, "PRIORITY") == u"4" && field(record, "STEP") == u"posting";
        if (field(record, "KIOSK_CATEGORY") == u"kiosk.relay" && message.contains(u"approval"))
            relayWarningCoded = relayWarningCoded || field(record, "RELAY_CODE") == u"2020";
    }
    for (const char *step :
         {"opening", "ready", "awaiting-response", "posting", "following", "closing", "finished"})
        QVERIFY2(approvedSteps.contains(QLatin1String(step)), step);
    QVERIFY(refusalNamed);
    QVERIFY(relayWarningCoded);
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
