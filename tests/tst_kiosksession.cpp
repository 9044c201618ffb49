// SPDX-License-Identifier: MIT
// KioskSession in demo mode: the bundled simulator, the staged demo payments, the demo wallet,
// and a customer walking away in the middle of a cancellation.
#include "qr/requestcodec.h"
#include "relay/demorelay.h"
#include "relay/relayclient.h"
#include "relay/taskfeed.h"
#include "session/kiosksession.h"
#include "session/sessionmetrics.h"
#include "simprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using kiosk::session::KioskSession;
using kiosk::workflow::CancellationWorkflow;
using State = kiosk::workflow::CancellationWorkflow::State;

namespace {
// P00000000000203 of the demo data, paid by the demo customer Kim.
const QString kPayment =
    QStringLiteral("0x88fac78e6ab881a66076f1d1105fc26c78adfa663bed2be5deb253bbef7948fc");
} // namespace

class TestKioskSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("LOYALTY_RELAY_SIM", KIOSK_RELAYSIM_BIN); }
    void init();
    void cleanup();
    void demoListsTheSeededPayments();
    void shopIsAskedOncePerShop();
    void demoWalletAnswersOnlyForItsWallets();
    void walkingAwayClosesSoItCanBeOpenedAgain();
    void unconfiguredProductionIsOutOfService();
    void badRelayUrlSaysWhy();
    void secondKioskOnOneStateDirWaits();
    void journalThatCannotRecordIsOutOfService();
    void idleKioskAsksTheRelaySeldom();
    void metricsCountAnApprovalAndHealthSaysReady();
    void unconfiguredKioskSaysWhyOnHealthz();

private:
    int statusOf(const QString &paymentId) const;
    void simConfig(const QJsonObject &body);
    CancellationWorkflow *awaitRequest(bool approval);
    // The demo wallet's answer to the request on screen, scanned.
    void scanDemoAnswer(const CancellationWorkflow *flow);
    // GET http://127.0.0.1:port/path: the HTTP status (0: no answer) and the body.
    // Asks for OpenMetrics unless `openMetrics` is false (then the Prometheus text format).
    static std::pair<int, QByteArray> fetch(quint16 port, const QString &path,
                                            bool openMetrics = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KioskSession> m_session;
};

void TestKioskSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    kiosk::config::KioskConfig config; // demo mode
    config.demo = true;
    config.stateDir = m_dir->path();
    config.metricsListen = QStringLiteral("127.0.0.1:0"); // a free port
    m_session = std::make_unique<KioskSession>(config);
    m_session->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), KioskSession::Connection::Ready, 15000);
    QVERIFY(m_session->isDemo());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->pendingList()->items().size() == 3 &&
                                 !m_session->pendingList()->isBusy(),
                             10000);
}

void TestKioskSession::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

int TestKioskSession::statusOf(const QString &paymentId) const
{
    for (const auto &item : m_session->pendingList()->items())
        if (item.payment.paymentId == paymentId)
            return item.payment.paymentStatus;
    return -1;
}

void TestKioskSession::simConfig(const QJsonObject &body)
{
    QNetworkAccessManager network;
    const QJsonObject answer = callSimulator(
        network, m_session->client()->settings().baseUrl.toString(QUrl::StripTrailingSlash), "POST",
        QStringLiteral("/sim/config"), body);
    QCOMPARE(answer.value(u"code").toInt(-1), 0);
}

CancellationWorkflow *TestKioskSession::awaitRequest(bool approval)
{
    CancellationWorkflow *flow = m_session->beginCancellation(kPayment);
    connect(flow, &CancellationWorkflow::stateChanged, flow, [flow, approval](State state) {
        if (state == State::Ready)
            flow->choose(approval);
    });
    // QTRY_* cannot be used in a function that returns a value: callers check for null.
    const bool shown =
        QTest::qWaitFor([flow] { return flow->state() == State::AwaitingResponse; }, 10000);
    return shown ? flow : nullptr;
}

void TestKioskSession::scanDemoAnswer(const CancellationWorkflow *flow)
{
    const auto answer = m_session->demoWallet()->answer(
        kiosk::qr::requestFrames(flow->request(), kiosk::qr::RequestFormat::Ur));
    QVERIFY2(answer.ok(), qPrintable(answer.error()));
    m_session->submitScan(answer.value());
}

void TestKioskSession::demoListsTheSeededPayments()
{
    QCOMPARE(statusOf(kPayment), 18); // paid, not yet opened: staged for a customer
    QCOMPARE(m_session->demoWallet()->seed().terminalId, QStringLiteral("KIOSK0001"));
    QCOMPARE(m_session->client()->settings().terminalId, QStringLiteral("KIOSK0001"));
    QVERIFY(m_session->stateDir().endsWith(u"/demo")); // demo history kept apart
}

void TestKioskSession::shopIsAskedOncePerShop()
{
    // A fresh list over the same relay: three payments of two shops, fetched at once.
    kiosk::workflow::PendingList list(m_session->client(), nullptr);
    QStringList shopCalls;
    connect(m_session->client(), &kiosk::relay::RelayClient::callFinished, &list,
            [&](const QString &, const QString &path) {
                if (path.contains(u"shop/info"))
                    shopCalls << path;
            });
    for (const QString &id : m_session->demoWallet()->seed().paymentIds)
        list.stage(id);
    QTRY_VERIFY(list.items().size() == 3 && !list.isBusy());
    QCOMPARE(shopCalls.size(), 2);
    QStringList shops;
    for (const auto &item : list.items())
        shops << item.shopName;
    shops.sort();
    QCOMPARE(shops, QStringList({QStringLiteral("Demo Bookshop"), QStringLiteral("Demo Cafe"),
                                 QStringLiteral("Demo Cafe")}));
}

void TestKioskSession::demoWalletAnswersOnlyForItsWallets()
{
    const kiosk::session::DemoWallet *wallet = m_session->demoWallet();
    QVERIFY(!wallet->answer({QStringLiteral("hello")}).ok());

    CancellationWorkflow *flow = awaitRequest(true);
    QVERIFY(flow);
    // Both formats the kiosk can show: a UR and native JSON.
    for (auto format : {kiosk::qr::RequestFormat::Ur, kiosk::qr::RequestFormat::Json}) {
        const auto answer = wallet->answer(kiosk::qr::requestFrames(flow->request(), format));
        QVERIFY2(answer.ok(), qPrintable(answer.error()));
    }
    kiosk::qr::SigningRequest foreign = flow->request();
    foreign.signer =
        kiosk::eth::Address::parse(QStringLiteral("0x000000000000000000000000000000000000dEaD"))
            .value();
    const auto refused =
        wallet->answer(kiosk::qr::requestFrames(foreign, kiosk::qr::RequestFormat::Ur));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"0x000000000000000000000000000000000000dEaD"),
             qPrintable(refused.error()));
}

void TestKioskSession::walkingAwayClosesSoItCanBeOpenedAgain()
{
    simConfig({{QStringLiteral("closeWindowSeconds"), 1}}); // early closes refused for 1 s only
    QVERIFY(awaitRequest(true));
    m_session->pendingList()->refresh();
    QTRY_COMPARE(statusOf(kPayment), 51); // opened when the customer chose
    QVERIFY(m_session->isScanning());
    m_session->endCancellation(); // the customer walked away
    QVERIFY(!m_session->isScanning());
    QVERIFY(!m_session->currentWorkflow());
    // Closed (59) in the background, and still offered: it can be opened again.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(kPayment), 59, 15000);

    CancellationWorkflow *again = awaitRequest(true);
    QVERIFY(again);
    scanDemoAnswer(again);
    QTRY_COMPARE_WITH_TIMEOUT(again->state(), State::Finished, 20000);
    QCOMPARE(again->paymentStatus(), 58);
    QTRY_COMPARE(statusOf(kPayment), -1); // refunded: no longer pending
}

void TestKioskSession::unconfiguredProductionIsOutOfService()
{
    // The shipped default (no [relay] url) must not become a live demo with a demo wallet.
    kiosk::config::KioskConfig config;
    config.stateDir = m_dir->path();
    KioskSession session(config);
    session.start();
    QCOMPARE(session.connection(), KioskSession::Connection::Failed);
    QVERIFY(!session.isDemo());
    QVERIFY(!session.demoWallet());
    QVERIFY2(session.startError().contains(u"No relay is configured"_qs),
             qPrintable(session.startError()));
    QVERIFY(!session.findChild<kiosk::relay::DemoRelay *>()); // no simulator started
}

void TestKioskSession::badRelayUrlSaysWhy()
{
    kiosk::config::KioskConfig config;
    config.stateDir = m_dir->path();
    config.relayUrl = QStringLiteral("http://relay.example.com"); // plain HTTP off this machine
    KioskSession session(config);
    QSignalSpy changed(&session, &KioskSession::connectionChanged);
    session.start();
    QCOMPARE(session.connection(), KioskSession::Connection::Failed);
    QCOMPARE(session.startError(), QStringLiteral("plain http:// is allowed only to this machine; "
                                                  "use https:// or set allow_insecure_http"));
    QCOMPARE(changed.size(), 1);
}

void TestKioskSession::secondKioskOnOneStateDirWaits()
{
    // Two kiosk processes on one state directory would run cancellations twice: the second
    // says who holds it and waits its turn.
    kiosk::config::KioskConfig config;
    config.demo = true; // as the first one
    config.stateDir = m_dir->path();
    KioskSession second(config);
    second.start();
    QCOMPARE(second.connection(), KioskSession::Connection::Failed);
    QVERIFY2(second.startError().contains(u"another kiosk process"_qs) &&
                 second.startError().contains(u"loyalty-kiosk"_qs),
             qPrintable(second.startError()));
    m_session.reset(); // the first one ends
    QTRY_COMPARE_WITH_TIMEOUT(second.connection(), KioskSession::Connection::Ready, 20000);
}

void TestKioskSession::journalThatCannotRecordIsOutOfService()
{
    QSignalSpy connection(m_session.get(), &KioskSession::connectionChanged);
    {
        // Another writer holds the journal's write lock: nothing can be recorded.
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_session->journal()->path());
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cancellations SET message=message")));
        auto *flow = m_session->beginCancellation(kPayment);
        QVERIFY(flow);
        QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Failed, 20000);
        QVERIFY(flow->journalFault());
        QVERIFY(m_session->isOutOfService());
        QCOMPARE(m_session->connection(), KioskSession::Connection::Failed);
        QVERIFY2(m_session->outOfServiceReason().contains(u"locked by another process"_qs),
                 qPrintable(m_session->outOfServiceReason()));
        QVERIFY(m_session->startError().contains(u"cannot record"_qs));
        QVERIFY(!m_session->beginCancellation(kPayment)); // no new customer meanwhile
        // A scraper and `loyalty-kioskctl health` learn it, and why.
        const auto [status, body] = fetch(m_session->metrics()->port(), QStringLiteral("/healthz"));
        QCOMPARE(status, 503);
        const QJsonObject health = QJsonDocument::fromJson(body).object();
        QCOMPARE(health.value(u"status").toString(), QStringLiteral("out-of-service"));
        QCOMPARE(health.value(u"reasons")[0][u"code"].toString(),
                 QStringLiteral("journal-unwritable"));
        QVERIFY2(health.value(u"reasons")[0][u"message"].toString().contains(
                     u"locked by another process"_qs),
                 body.constData());
        q.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    // The lock is gone: the next write check puts the kiosk back in service.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), KioskSession::Connection::Ready, 15000);
    QVERIFY(!m_session->isOutOfService());
    QCOMPARE(statusOf(kPayment), 18); // nothing was opened
}

// Issue 17: an idle kiosk asks the relay at most once every 30 s by default (its feed, with up
// to a fifth more at random; no probe while the feed answers). While a cancellation of this
// kiosk is open the feed asks every 2 s, at once when it opens; idle again once it is closed.
void TestKioskSession::idleKioskAsksTheRelaySeldom()
{
    using namespace std::chrono_literals;
    auto *feed = m_session->findChild<kiosk::relay::TaskFeed *>();
    QVERIFY(feed);
    auto *feedPause = feed->findChild<QTimer *>();
    auto *probe = m_session->findChild<QTimer *>(QStringLiteral("relayProbe"));
    QVERIFY(feedPause && probe);
    QVERIFY(!feed->isBusy());
    QTRY_VERIFY(feedPause->isActive() && probe->isActive());
    QVERIFY2(feedPause->interval() >= 30000 && feedPause->interval() <= 36000,
             qPrintable(QString::number(feedPause->interval())));
    for (int i = 0; i < 100; ++i) {
        const auto pause = feed->nextPause();
        QVERIFY2(pause >= 30s && pause <= 36s, qPrintable(QString::number(pause.count())));
    }
    QCOMPARE(probe->interval(), 37500); // later than the feed: never due while the feed answers
    QVERIFY(probe->remainingTime() > feedPause->remainingTime());

    QStringList feedCalls;
    connect(m_session->client(), &kiosk::relay::RelayClient::callFinished, this,
            [&feedCalls](const QString &, const QString &path) {
                if (path.startsWith(u"/v1/task/list/"))
                    feedCalls << path;
            });
    CancellationWorkflow *flow = m_session->beginCancellation(kPayment);
    QVERIFY(flow);
    QTRY_VERIFY(feed->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!feedCalls.isEmpty(), 5000); // at once, not after the idle pause
    QTRY_COMPARE(feedPause->interval(), 2000);

    m_session->endCancellation(); // walked away: closed in the background, then idle again
    QTRY_VERIFY_WITH_TIMEOUT(!feed->isBusy(), 20000);
}

std::pair<int, QByteArray> TestKioskSession::fetch(quint16 port, const QString &path,
                                                   bool openMetrics)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setTransferTimeout(5000);
    if (openMetrics)
        request.setRawHeader("Accept", "application/openmetrics-text; version=1.0.0");
    QNetworkReply *reply = network.get(request);
    // The reply's own transfer timeout ends it; this is a safety net.
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        reply->abort();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

// Issue 17: a scraper sees the approval counted, its steps timed, and the kiosk ready.
void TestKioskSession::metricsCountAnApprovalAndHealthSaysReady()
{
    kiosk::session::SessionMetrics *metrics = m_session->metrics();
    QVERIFY(metrics);
    QVERIFY(metrics->port() != 0);
    auto [status, body] = fetch(metrics->port(), QStringLiteral("/healthz"));
    QCOMPARE(status, 200);
    QCOMPARE(body, QByteArray("{\"status\":\"ready\"}\n"));

    CancellationWorkflow *flow = awaitRequest(true);
    QVERIFY(flow);
    scanDemoAnswer(flow);
    QTRY_COMPARE_WITH_TIMEOUT(flow->state(), State::Finished, 20000);
    QCOMPARE(flow->paymentStatus(), 58);

    std::tie(status, body) = fetch(metrics->port(), QStringLiteral("/metrics"));
    QCOMPARE(status, 200);
    QVERIFY(body.endsWith("# EOF\n"));
    QVERIFY2(body.contains(
                 "\nloyalty_kiosk_cancellations_total{outcome=\"approved\",relay_code=\"0\"} 1\n"),
             body.constData());
    for (const char *step : {"open", "answer", "post"}) {
        const QByteArray sample =
            QByteArray("\nloyalty_kiosk_step_duration_seconds_count{step=\"") + step + "\"} 1\n";
        QVERIFY2(body.contains(sample), step);
    }
    QVERIFY(body.contains("\nloyalty_kiosk_relay_up 1\n"));
    QVERIFY(body.contains("\nloyalty_kiosk_ready 1\n"));
    QVERIFY(body.contains("\nloyalty_kiosk_unfinished_cancellations 0\n"));
    QVERIFY(body.contains("\nloyalty_kiosk_build_info{version=\"" PROJECT_VERSION_STRING "\","));
    QVERIFY(body.contains("\nloyalty_kiosk_journal_size_bytes "));
    QVERIFY(!body.contains("\nloyalty_kiosk_journal_size_bytes 0\n"));
    QVERIFY(body.contains("\nloyalty_kiosk_relay_request_duration_seconds_count{method=\"POST\"}"));

    // The real thing passes promtool's lint (it reads the Prometheus text format).
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        QSKIP("promtool is not installed (Debian: prometheus)");
    std::tie(status, body) = fetch(metrics->port(), QStringLiteral("/metrics"), false);
    QCOMPARE(status, 200);
    QVERIFY(body.contains("\nloyalty_kiosk_cancellations_total{outcome=\"approved\""));
    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(check.waitForStarted());
    check.write(body);
    check.closeWriteChannel();
    QVERIFY(check.waitForFinished(30000));
    QVERIFY2(check.exitCode() == 0,
             QByteArray(check.readAllStandardOutput() + check.readAllStandardError() + body)
                 .constData());
}

void TestKioskSession::unconfiguredKioskSaysWhyOnHealthz()
{
    kiosk::config::KioskConfig config;
    config.stateDir = m_dir->path() + QStringLiteral("/other");
    config.metricsListen = QStringLiteral("127.0.0.1:0");
    KioskSession session(config);
    session.start();
    QCOMPARE(session.connection(), KioskSession::Connection::Failed);
    QVERIFY(session.metrics());
    const auto [status, body] = fetch(session.metrics()->port(), QStringLiteral("/healthz"));
    QCOMPARE(status, 503);
    const QJsonObject health = QJsonDocument::fromJson(body).object();
    QCOMPARE(health.value(u"reasons")[0][u"code"].toString(), QStringLiteral("not-configured"));
    QVERIFY(!health.value(u"reasons")[0][u"message"].toString().isEmpty());
}

QTEST_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
