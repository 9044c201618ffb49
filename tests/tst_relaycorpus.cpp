// SPDX-License-Identifier: MIT
// The published relays as they really answer (tests/data/relay-corpus): every recorded answer
// through the relay client and the callback receiver, and each relay's recorded exchanges
// replayed by a canned loopback server through CancellationWorkflow and loyalty-kioskctl.
#include "cannedrelay.h"
#include "demokeys.h"
#include "eth/messages.h"
#include "eth/secretkey.h"
#include "relay/callbackreceiver.h"
#include "relay/relayclient.h"
#include "secretfile.h"
#include "workflow/cancellationworkflow.h"
#include "workflow/journal.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <tuple>

using namespace kiosk;
using relay::RelayError;
using State = workflow::CancellationWorkflow::State;

namespace {

using demo::kTerminalKey; // tests/demokeys.h
const QString kAnyPaymentId = QStringLiteral("0x") + QString(64, u'a');
const QString kAnyAccount = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

const QString kV2 = QStringLiteral("v2-kioscoin.json");
const QString kV1 = QStringLiteral("v1-dms-osx.json");

relay::RelaySettings settingsFor(const QString &url, relay::ApiVersion api)
{
    relay::RelaySettings settings;
    settings.baseUrl = QUrl(url);
    settings.api = api;
    settings.terminalId = QStringLiteral("TM-CORPUS-01");
    settings.accessKey = QStringLiteral("test-access-key");
    settings.terminalKey =
        std::make_shared<eth::SecretKey>(eth::SecretKey::fromHex(kTerminalKey).value());
    settings.timeout = std::chrono::milliseconds(3000);
    settings.getRetries = 0;
    return settings;
}

template<typename T, typename Start> relay::RelayResult<T> await(Start start)
{
    std::optional<relay::RelayResult<T>> result;
    start([&](const relay::RelayResult<T> &answer) { result = answer; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    if (!result)
        return RelayError{RelayError::Kind::Timeout, QStringLiteral("no answer in the test")};
    return *result;
}

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// A scenario of one relay: which recorded exchanges the canned relay answers with.
struct Recorded
{
    QString file;
    QList<int> items;                              // GET item per phase
    QList<QPair<int, bool>> open, approval, close; // exchange, moves the phase on
    int shop = 2, chainId = 0, nonce = -1;
    int signatureFrom = -1;      // the approval request whose signature is the answer
    bool firstItemAsNew = false; // the item before the open was not recorded: status 18
};

CannedScenario scenarioOf(const Recorded &r, const QList<Exchange> &corpus)
{
    CannedScenario s;
    s.v1Only = r.file == kV1;
    for (int i : r.items) {
        QJsonObject envelope = corpus.at(i).envelope();
        if (!corpus.at(i).path.contains(u"/payment/item")) // an open answer: the same item
            envelope = QJsonObject{{QStringLiteral("code"), 0},
                                   {QStringLiteral("data"), corpus.at(i).data()}};
        s.items << envelope;
    }
    if (r.firstItemAsNew) {
        QJsonObject data = s.items.first().value(QLatin1String("data")).toObject();
        data.insert(QStringLiteral("paymentStatus"), 18);
        data.insert(QStringLiteral("openCancelTimestamp"), 0);
        s.items.prepend(QJsonObject{{QStringLiteral("code"), 0}, {QStringLiteral("data"), data}});
    }
    s.shop = corpus.at(r.shop).envelope();
    s.chainId = corpus.at(r.chainId).envelope();
    if (r.nonce >= 0)
        s.nonce = corpus.at(r.nonce).envelope();
    const auto add = [&](const QString &name, const QList<QPair<int, bool>> &list) {
        for (const auto &[i, advances] : list)
            s.posts[name].append({corpus.at(i).envelope(), advances});
    };
    add(QStringLiteral("open"), r.open);
    add(QStringLiteral("approval"), r.approval);
    add(QStringLiteral("close"), r.close);
    return s;
}

// The recorded scenarios. Indices are exchanges of the corpus files (their README lists them).
QHash<QString, Recorded> recordedScenarios()
{
    QHash<QString, Recorded> all;
    // v2 relay (bosagora/payment-contract-boa), v2 paths.
    all[QStringLiteral("v2 approve")] = {
        kV2, {14, 22, 31, 35}, {{21, true}}, {{27, true}}, {{34, true}}, 2, 0, 26, 27, false};
    all[QStringLiteral("v2 reject")] = {kV2, {42, 51, 55}, {}, {{50, true}}, {{54, true}}, 2,
                                        0,   49,           50, false};
    all[QStringLiteral("v2 late")] = {kV2, {58, 86}, {}, {{83, false}}, {{85, true}}, 2,
                                      0,   82,       83, false};
    all[QStringLiteral("v2 wrong signer")] = {kV2, {42}, {}, {{44, false}}, {}, 2,
                                              0,   43,   44, false};
    all[QStringLiteral("v2 no shop app")] = {kV2, {80}, {{79, true}}, {}, {}, 7, 0, 17, -1, true};
    all[QStringLiteral("v2 close closed 58")] = {kV2, {31, 39}, {}, {}, {{38, true}},
                                                 2,   0,        32, -1, false};
    all[QStringLiteral("v2 close closed 59")] = {
        kV2, {42, 51, 55}, {}, {{50, true}}, {{56, true}}, 2, 0, 49, 50, false};
    // v1-only relay (bosagora/dms-osx).
    all[QStringLiteral("v1 approve")] = {
        kV1, {13, 20, 29, 33}, {{19, true}}, {{25, true}}, {{32, true}}, 2, 0, 24, 25, false};
    all[QStringLiteral("v1 reject")] = {kV1, {39, 48, 53}, {}, {{47, true}}, {{52, true}}, 2,
                                        0,   46,           47, false};
    all[QStringLiteral("v1 late")] = {kV1, {56, 69}, {}, {{66, false}}, {{68, true}}, 2,
                                      0,   65,       66, false};
    all[QStringLiteral("v1 wrong signer")] = {kV1, {39}, {}, {{41, false}}, {}, 2,
                                              0,   40,   41, false};
    all[QStringLiteral("v1 no shop app")] = {kV1, {63}, {{62, true}}, {}, {}, 6, 0, 15, -1, true};
    all[QStringLiteral("v1 close closed 58")] = {kV1, {29, 36}, {}, {}, {{35, true}},
                                                 2,   0,        30, -1, false};
    all[QStringLiteral("v1 close closed 59")] = {
        kV1, {39, 48, 53}, {}, {{47, true}}, {{54, true}}, 2, 0, 46, 47, false};
    return all;
}

QString paymentIdOf(const CannedScenario &s)
{
    return s.items.first()
        .value(QLatin1String("data"))
        .toObject()
        .value(QLatin1String("paymentId"))
        .toString();
}

qint64 openedAt(const CannedScenario &s)
{
    for (const QJsonObject &item : s.items) {
        const qint64 t = item.value(QLatin1String("data"))
                             .toObject()
                             .value(QLatin1String("openCancelTimestamp"))
                             .toInteger();
        if (t > 0)
            return t;
    }
    return 0;
}

} // namespace

class TestRelayCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecordedAnswer_data();
    void everyRecordedAnswer();
    void everyRecordedCallback_data();
    void everyRecordedCallback();
    void nothingMalformedIsSent();
    void unreadableAnswerAfterOpenRereads();
    void workflowReplays_data();
    void workflowReplays();
    void delegatorApprovesWithoutAWallet();
    void kioskctlReplays_data();
    void kioskctlReplays();
    void checkTellsWhichRelay();

private:
    CtlRun kioskctl(const QString &url, const QString &api, const QStringList &args);
};

void TestRelayCorpus::everyRecordedAnswer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    for (const QString &file : {kV2, kV1}) {
        const auto corpus = loadCorpus(file);
        for (const Exchange &e : corpus)
            QTest::addRow("%s #%d %s", qPrintable(file.section(u'-', 0, 0)), e.index,
                          qPrintable(e.name))
                << file << e.index;
    }
}

void TestRelayCorpus::everyRecordedAnswer()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const Exchange e = loadCorpus(file).at(index);
    CannedRelay server;
    server.answerAlways(e.status, e.body(),
                        e.isJson() ? "application/json; charset=utf-8"
                                   : "text/html; charset=utf-8");
    const QString path = e.path.section(u'?', 0, 0);
    const auto api = path.startsWith(u"/v2/") ? relay::ApiVersion::V2 : relay::ApiVersion::V1;
    relay::RelayClient client(settingsFor(server.url(), api));
    const QJsonObject data = e.data();
    // The kiosk asked about the payment (or shop) the recorded answer describes; an answer
    // about another one is refused (tst_hostilerelay).
    const auto asked = [&](const char *field) {
        const QString recorded = data.value(QLatin1String(field)).toString();
        return recorded.size() == 66 && !recorded.startsWith(u"0x0000000000") ? recorded
                                                                              : kAnyPaymentId;
    };

    // What the recording says the kiosk must make of this answer.
    const auto expectFault = [&](const std::optional<RelayError> &error) {
        QVERIFY2(error.has_value(), "an answer that is not a success was read as one");
        if (!e.status) {
            QVERIFY2(error->isTransport(), qPrintable(error->message));
        } else if (*e.status != 200) {
            QCOMPARE(error->kind, RelayError::Kind::HttpStatus);
            QCOMPARE(error->httpStatus, *e.status);
        } else {
            QCOMPARE(error->kind, RelayError::Kind::Relay);
            QCOMPARE(error->relayCode, e.envelope().value(QLatin1String("code")).toInt());
        }
    };
    const bool success = e.status == 200 && e.envelope().value(QLatin1String("code")).toInt() == 0;
    const auto checkItem = [&](const relay::RelayResult<relay::PaymentItem> &item) {
        if (!success)
            return expectFault(item ? std::nullopt : std::optional(item.failure()));
        QVERIFY2(item.ok(), item ? "" : qPrintable(item.error()));
        QCOMPARE(item->paymentId, data.value(u"paymentId").toString());
        QCOMPARE(item->purchaseId, data.value(u"purchaseId").toString());
        QCOMPARE(item->amount.toDecimal(), data.value(u"amount").toString());
        QCOMPARE(item->paymentStatus, data.value(u"paymentStatus").toInt());
        QCOMPARE(item->terminalId, data.value(u"terminalId").toString()); // "" on the v1 relay
        QCOMPARE(item->txHash, data.value(u"txHash").toString());
        QCOMPARE(item->openCancelTimestamp, data.value(u"openCancelTimestamp").toInteger());
        // A reopened cancellation keeps its old closeCancelTimestamp: status decides.
        QCOMPARE(item->isCancelClosed(), item->paymentStatus == 58 || item->paymentStatus == 59);
    };

    if (path == u"/v1/chain/side/id") {
        const auto chainId =
            await<eth::UInt256>([&](auto done) { client.fetchChainId(this, done); });
        if (!success)
            return expectFault(chainId ? std::nullopt : std::optional(chainId.failure()));
        QCOMPARE(chainId->toDecimal(), QString::number(data.value(u"chainId").toInt()));
    } else if (path.startsWith(u"/v1/ledger/nonce/")) {
        auto account = eth::Address::parse(path.section(u'/', -1));
        const eth::Address address =
            account ? account.value() : eth::Address::parse(kAnyAccount).value();
        const auto nonce =
            await<eth::UInt256>([&](auto done) { client.fetchNonce(address, this, done); });
        if (!success)
            return expectFault(nonce ? std::nullopt : std::optional(nonce.failure()));
        QCOMPARE(nonce->toDecimal(), data.value(u"nonce").toString());
    } else if (path.endsWith(u"/payment/item")) {
        checkItem(await<relay::PaymentItem>(
            [&](auto done) { client.fetchPayment(asked("paymentId"), this, done); }));
    } else if (path.endsWith(u"/payment/shop/info")) {
        const auto shop = await<relay::ShopInfo>(
            [&](auto done) { client.fetchShop(asked("shopId"), this, done); });
        if (!success)
            return expectFault(shop ? std::nullopt : std::optional(shop.failure()));
        if (data.value(u"account").toString() == u"0x0000000000000000000000000000000000000000") {
            QVERIFY(!shop);
            QCOMPARE(shop.failure().kind, RelayError::Kind::NotFound); // unknown shop: zeroed
            return;
        }
        QVERIFY2(shop.ok(), shop ? "" : qPrintable(shop.error()));
        QCOMPARE(shop->shopId, data.value(u"shopId").toString());
        QCOMPARE(shop->account.toChecksummed(), data.value(u"account").toString());
        QCOMPARE(shop->hasDelegator(), false);
    } else if (path.endsWith(u"/cancel/open")) {
        checkItem(await<relay::PaymentItem>(
            [&](auto done) { client.openCancel(asked("paymentId"), this, done); }));
    } else if (path.endsWith(u"/cancel/approval")) {
        const auto signature = eth::Signature::parse(
            QString(QStringLiteral("0x") + QString(128, u'1') + QStringLiteral("1b")));
        QVERIFY(signature.ok());
        checkItem(await<relay::PaymentItem>([&](auto done) {
            client.approveCancel(asked("paymentId"), true, signature.value(), this, done);
        }));
    } else if (path.endsWith(u"/cancel/close")) {
        checkItem(await<relay::PaymentItem>(
            [&](auto done) { client.closeCancel(asked("paymentId"), true, this, done); }));
    } else if (path == u"/v1/task/sequence/latest") {
        const auto sequence =
            await<eth::UInt256>([&](auto done) { client.fetchLatestTaskSequence(this, done); });
        if (!success)
            return expectFault(sequence ? std::nullopt : std::optional(sequence.failure()));
        QCOMPARE(sequence->toDecimal(), data.value(u"sequence").toString());
        QCOMPARE(
            await<relay::RelayFlavor>([&](auto done) { client.detectFlavor(this, done); }).value(),
            relay::RelayFlavor::V2Relay);
    } else if (path.startsWith(u"/v1/task/list/")) {
        const auto events = await<QList<relay::TaskEvent>>(
            [&](auto done) { client.fetchTasks(eth::UInt256(), this, done); });
        if (!success) {
            expectFault(events ? std::nullopt : std::optional(events.failure()));
            if (e.status == 404) // the v1-only relay: no feed at all
                QCOMPARE(await<relay::RelayFlavor>([&](auto done) {
                             client.detectFlavor(this, done);
                         }).value(),
                         relay::RelayFlavor::V1OnlyRelay);
            return;
        }
        const QJsonArray recorded = e.envelope().value(u"data").toArray();
        QCOMPARE(events->size(), recorded.size());
        for (qsizetype i = 0; i < recorded.size(); ++i) {
            const QJsonObject event = recorded.at(i).toObject();
            QCOMPARE(events->at(i).sequence.toDecimal(), event.value(u"sequence").toString());
            QCOMPARE(events->at(i).code, event.value(u"code").toInt());
            QCOMPARE(events->at(i).paymentId(),
                     event.value(u"data").toObject().value(u"paymentId").toString());
        }
    } else {
        QFAIL(qPrintable(u"no client call for " + path));
    }
}

void TestRelayCorpus::everyRecordedCallback_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    for (const QString &file : {QStringLiteral("v2-kioscoin.callbacks.json"),
                                QStringLiteral("v1-dms-osx.callbacks.json")}) {
        const auto callbacks = loadCorpus(file);
        for (const Exchange &e : callbacks)
            QTest::addRow("%s #%d", qPrintable(file.section(u'-', 0, 0)), e.index)
                << file << e.index;
    }
}

void TestRelayCorpus::everyRecordedCallback()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const Exchange e = loadCorpus(file).at(index);
    const QJsonObject body = e.requestBody.toObject();
    relay::CallbackReceiver receiver(QStringLiteral("<callback access key>"));
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QSignalSpy received(&receiver, &relay::CallbackReceiver::eventReceived);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(received.size(), 1);
    const auto event = received.first().first().value<relay::TaskEvent>();
    const QJsonObject data = body.value(u"data").toObject();
    QCOMPARE(event.type, body.value(u"type").toString());
    QCOMPARE(event.code, body.value(u"code").toInt());
    QCOMPARE(event.paymentId(), data.value(u"paymentId").toString());
    QCOMPARE(event.paymentStatus(), data.value(u"paymentStatus").toInt());
    QCOMPARE(event.terminalId(), data.value(u"terminalId").toString()); // none on the v1 relay
}

void TestRelayCorpus::nothingMalformedIsSent()
{
    // A malformed address sent to the nonce lookup killed both relays (the corpus's last
    // exchanges): nothing malformed may leave the kiosk.
    CannedRelay server;
    server.answerAlways(200, R"({"code":0,"data":{}})");
    for (const auto api : {relay::ApiVersion::V1, relay::ApiVersion::V2}) {
        auto settings = settingsFor(server.url(), api);
        relay::RelayClient client(settings);
        const auto signature = eth::Signature::parse(
            QString(QStringLiteral("0x") + QString(128, u'1') + QStringLiteral("1b")));
        for (const QString &bad : QStringList{
                 QStringLiteral("0x1234"), QStringLiteral("not-a-payment-id"), QString(),
                 QStringLiteral("0x") + QString(63, u'a'), QStringLiteral("0x") + QString(65, u'a'),
                 QStringLiteral("0x") + QString(62, u'a') + QStringLiteral("zz"),
                 QStringLiteral("0x") + QString(64, u'a') + QStringLiteral("/../x")}) {
            QCOMPARE(
                await<relay::PaymentItem>([&](auto done) { client.fetchPayment(bad, this, done); })
                    .failure()
                    .kind,
                RelayError::Kind::InvalidInput);
            QCOMPARE(await<relay::ShopInfo>([&](auto done) { client.fetchShop(bad, this, done); })
                         .failure()
                         .kind,
                     RelayError::Kind::InvalidInput);
            QCOMPARE(
                await<relay::PaymentItem>([&](auto done) { client.openCancel(bad, this, done); })
                    .failure()
                    .kind,
                RelayError::Kind::InvalidInput);
            QCOMPARE(await<relay::PaymentItem>([&](auto done) {
                         client.approveCancel(bad, true, signature.value(), this, done);
                     })
                         .failure()
                         .kind,
                     RelayError::Kind::InvalidInput);
            QCOMPARE(await<relay::PaymentItem>(
                         [&](auto done) { client.closeCancel(bad, true, this, done); })
                         .failure()
                         .kind,
                     RelayError::Kind::InvalidInput);
        }
        // No address: nothing to look up.
        QCOMPARE(
            await<eth::UInt256>([&](auto done) { client.fetchNonce(eth::Address(), this, done); })
                .failure()
                .kind,
            RelayError::Kind::InvalidInput);
        // A terminal id longer than the relay's column.
        settings.terminalId = QString(67, u'T');
        relay::RelayClient longTerminal(settings);
        QCOMPARE(await<relay::PaymentItem>(
                     [&](auto done) { longTerminal.openCancel(kAnyPaymentId, this, done); })
                     .failure()
                     .kind,
                 RelayError::Kind::InvalidInput);
    }
    QVERIFY2(server.requests().isEmpty(), qPrintable(server.requests().join(u", ")));

    // An upper-case id (the relays answer 2003 to it) goes out lower case; an address goes out
    // as 0x + 40 hex digits.
    relay::RelayClient client(settingsFor(server.url(), relay::ApiVersion::V2));
    // Only the requests' paths matter here.
    std::ignore = await<relay::PaymentItem>([&](auto done) {
        client.fetchPayment(QStringLiteral("0x") + QString(64, u'A'), this, done);
    });
    std::ignore = await<eth::UInt256>([&](auto done) {
        client.fetchNonce(eth::Address::parse(kAnyAccount).value(), this, done);
    });
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(server.requests().at(0).endsWith(QString(64, u'a')));
    QVERIFY(server.requests().at(1).endsWith(kAnyAccount));
}

void TestRelayCorpus::unreadableAnswerAfterOpenRereads()
{
    // The open reached the relay, but its answer could not be read: the payment is re-read and
    // the open is reported as what happened, never as a failure; it is not sent again.
    const auto corpus = loadCorpus(kV1);
    CannedScenario s;
    s.v1Only = true;
    s.items = {corpus.at(13).envelope(), corpus.at(20).envelope()};
    QJsonObject garbled = corpus.at(19).envelope();
    QJsonObject data = garbled.value(u"data").toObject();
    data.insert(QStringLiteral("paymentStatus"), QStringLiteral("fifty-one"));
    garbled.insert(QStringLiteral("data"), data);
    s.posts[QStringLiteral("open")] = {{garbled, true}};
    CannedRelay server;
    server.setScenario(s);
    relay::RelayClient client(settingsFor(server.url(), relay::ApiVersion::V1));
    const QString id = corpus.at(13).data().value(u"paymentId").toString();
    const auto opened =
        await<relay::PaymentItem>([&](auto done) { client.openCancel(id, this, done); });
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error()));
    QCOMPARE(opened->paymentStatus, 51);
    QCOMPARE(server.count(QStringLiteral("POST")), 1);
    QCOMPARE(server.count(QStringLiteral("GET /v1/payment/item")), 1);
}

void TestRelayCorpus::workflowReplays_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("approver"); // relay::Approver
    QTest::addColumn<bool>("approval");
    QTest::addColumn<int>("finalState");
    QTest::addColumn<int>("finalStatus");
    QTest::addColumn<int>("relayCode");
    const int shop = int(relay::Approver::Shop);
    const int customer = int(relay::Approver::Customer);
    for (const QString &relayName : {QStringLiteral("v2"), QStringLiteral("v1")}) {
        const auto name = [&](const char *what) -> QString {
            return relayName + u' ' + QLatin1String(what);
        };
        QTest::addRow("%s approval -> 58", qPrintable(relayName))
            << name("approve") << shop << true << int(State::Finished) << 58 << 0;
        QTest::addRow("%s rejection -> 59", qPrintable(relayName))
            << name("reject") << shop << false << int(State::Finished) << 59 << 0;
        QTest::addRow("%s late approval 7000", qPrintable(relayName))
            << name("late") << shop << true << int(State::Finished) << 59 << 7000;
        QTest::addRow("%s wrong signer 1501", qPrintable(relayName))
            << name("wrong signer") << customer << true << int(State::Failed) << 51 << 1501;
        QTest::addRow("%s shop without app 2005", qPrintable(relayName))
            << name("no shop app") << shop << true << int(State::Ready) << 51 << 0;
        QTest::addRow("%s double close 2026", qPrintable(relayName))
            << name("close closed 58") << shop << true << int(State::Finished) << 58 << 0;
        QTest::addRow("%s double close 2029", qPrintable(relayName))
            << name("close closed 59") << shop << false << int(State::Finished) << 59 << 0;
    }
}

void TestRelayCorpus::workflowReplays()
{
    QFETCH(QString, scenario);
    QFETCH(int, approver);
    QFETCH(bool, approval);
    QFETCH(int, finalState);
    QFETCH(int, finalStatus);
    QFETCH(int, relayCode);
    const Recorded recorded = recordedScenarios().value(scenario);
    const auto corpus = loadCorpus(recorded.file);
    const CannedScenario s = scenarioOf(recorded, corpus);
    CannedRelay server;
    server.setScenario(s);
    relay::RelayClient client(
        settingsFor(server.url(), s.v1Only ? relay::ApiVersion::V1 : relay::ApiVersion::V2));
    QTemporaryDir dir;
    workflow::Journal journal;
    QVERIFY(journal.open(dir.path()).ok());
    // The recorded moment: two seconds after the cancellation was opened.
    FakeClock clock(openedAt(s) * 1000 + 2000);
    workflow::WorkflowSettings settings;
    settings.approver = relay::Approver(approver);
    settings.pollInterval = std::chrono::milliseconds(10);
    settings.closeRetryInterval = std::chrono::milliseconds(10);
    workflow::CancellationWorkflow flow(&client, &journal, &clock, settings);
    const QString signature = recorded.signatureFrom >= 0 ? corpus.at(recorded.signatureFrom)
                                                                .requestBody.toObject()
                                                                .value(u"signature")
                                                                .toString()
                                                          : QString();
    bool stopAtReady = State(finalState) == State::Ready;
    connect(&flow, &workflow::CancellationWorkflow::stateChanged, this, [&](State state) {
        if (state == State::Ready && !stopAtReady)
            QTimer::singleShot(0, &flow, [&] { flow.choose(approval); });
    });
    connect(&flow, &workflow::CancellationWorkflow::requestReady, this,
            [&] { QTimer::singleShot(0, &flow, [&] { flow.submitResponse(signature); }); });
    QStringList rejections;
    connect(&flow, &workflow::CancellationWorkflow::responseRejected, this,
            [&](const QString &reason) { rejections << reason; });
    flow.start(paymentIdOf(s), true);
    QTRY_COMPARE_WITH_TIMEOUT(int(flow.state()), finalState, 10000);
    QVERIFY2(rejections.isEmpty(), qPrintable(rejections.join(u"; ")));
    QCOMPARE(flow.paymentStatus(), finalStatus);
    QCOMPARE(flow.relayCode(), relayCode);
    if (relayCode != 0 && State(finalState) == State::Failed) {
        QCOMPARE(flow.errorKind(), RelayError::Kind::Relay);
        QVERIFY(flow.message().contains(QString::number(relayCode)));
    }
    // Every POST was sent once: no answer of the relays makes the kiosk repeat one.
    QVERIFY(server.count(QStringLiteral("POST")) <=
            recorded.open.size() + recorded.approval.size() + recorded.close.size());
}

void TestRelayCorpus::delegatorApprovesWithoutAWallet()
{
    // A shop with a delegator whose key the relay holds: the relay approves by itself (checking
    // the delegator's own nonce); the kiosk asks no wallet and follows the payment to 58.
    const auto corpus = loadCorpus(kV2);
    CannedScenario s = scenarioOf(recordedScenarios().value(QStringLiteral("v2 approve")), corpus);
    QJsonObject shopData = s.shop.value(u"data").toObject();
    const QString delegator = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    shopData.insert(QStringLiteral("delegator"), delegator);
    s.shop.insert(QStringLiteral("data"), shopData);
    s.posts.remove(QStringLiteral("approval"));
    s.items = {s.items.at(1), s.items.at(2), s.items.at(3)}; // 51, then 57 once approved, 58
    s.posts[QStringLiteral("close")] = {{corpus.at(34).envelope(), true}};
    CannedRelay server;
    server.setScenario(s);
    relay::RelayClient client(settingsFor(server.url(), relay::ApiVersion::V2));
    FakeClock clock(openedAt(s) * 1000 + 2000);
    workflow::WorkflowSettings settings;
    settings.approver = relay::Approver::Shop;
    settings.pollInterval = std::chrono::milliseconds(10);
    workflow::CancellationWorkflow flow(&client, nullptr, &clock, settings);
    QSignalSpy relayApproves(&flow, &workflow::CancellationWorkflow::relayApproves);
    QSignalSpy requests(&flow, &workflow::CancellationWorkflow::requestReady);
    connect(&flow, &workflow::CancellationWorkflow::stateChanged, this, [&](State state) {
        if (state == State::Following && server.phase() == 0)
            QTimer::singleShot(50, &server, [&] {
                // the relay's own approval, mined: the item moves to 57
                CannedScenario next = s;
                next.items = {s.items.at(1), s.items.at(2)};
                server.setScenario(next);
            });
    });
    flow.start(paymentIdOf(s), true);
    QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Finished, 10000);
    QCOMPARE(relayApproves.size(), 1);
    QCOMPARE(relayApproves.first().first().value<eth::Address>().toChecksummed(), delegator);
    QCOMPARE(requests.size(), 0);
    QCOMPARE(flow.paymentStatus(), 58);
    QCOMPARE(flow.context().expectedSigner.toChecksummed(), delegator);
    QCOMPARE(flow.context().nonceAccount.toChecksummed(), delegator);
    QVERIFY(server.count(QStringLiteral("GET /v1/ledger/nonce/") + delegator) >= 1);
    QCOMPARE(server.count(QStringLiteral("POST /v2/payment/cancel/approval")), 0);
}

CtlRun TestRelayCorpus::kioskctl(const QString &url, const QString &api, const QStringList &args)
{
    // Run asynchronously: the canned relay answers from this process's event loop.
    QProcess process;
    QTemporaryDir state;
    QStringList all{QStringLiteral("--config"),      QStringLiteral("/dev/null"),
                    QStringLiteral("--relay"),       url,
                    QStringLiteral("--api"),         api,
                    QStringLiteral("--terminal-id"), QStringLiteral("TM-CORPUS-01"),
                    QStringLiteral("--timeout-ms"),  QStringLiteral("5000"),
                    QStringLiteral("--state-dir"),   state.path()};
    if (api == u"v2")
        all << QStringLiteral("--terminal-key") << secretArg(kTerminalKey);
    else
        all << QStringLiteral("--access-key") << secretArg(QStringLiteral("test-access-key"));
    process.start(QStringLiteral(KIOSK_KIOSKCTL_BIN), all + args);
    process.closeWriteChannel();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000); }();
    return {process.exitStatus() == QProcess::CrashExit ? -2 : process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestRelayCorpus::kioskctlReplays_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("command"); // SIG stands for the recorded signature
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("status"); // the payment's final status, or the relay's code (exit 1)
    const QStringList shop{QStringLiteral("--approver"), QStringLiteral("shop")};
    for (const QString &relayName : {QStringLiteral("v2"), QStringLiteral("v1")}) {
        const auto name = [&](const char *what) -> QString {
            return relayName + u' ' + QLatin1String(what);
        };
        QTest::addRow("%s run approve -> 58", qPrintable(relayName))
            << name("approve")
            << QStringList{QStringLiteral("run"), QStringLiteral("ID"),
                           QStringLiteral("--response"), QStringLiteral("SIG")} +
                   shop
            << 0 << 58;
        QTest::addRow("%s run reject -> 59", qPrintable(relayName))
            << name("reject")
            << QStringList{QStringLiteral("run"), QStringLiteral("ID"), QStringLiteral("--reject"),
                           QStringLiteral("--response"), QStringLiteral("SIG")} +
                   shop
            << 0 << 59;
        QTest::addRow("%s late approval 7000", qPrintable(relayName))
            << name("late")
            << QStringList{QStringLiteral("approve"), QStringLiteral("ID"),
                           QStringLiteral("--signature"), QStringLiteral("SIG")} +
                   shop
            << 1 << 7000;
        QTest::addRow("%s wrong signer 1501", qPrintable(relayName))
            << name("wrong signer")
            << QStringList{QStringLiteral("approve"),     QStringLiteral("ID"),
                           QStringLiteral("--signature"), QStringLiteral("SIG"),
                           QStringLiteral("--approver"),  QStringLiteral("customer")}
            << 1 << 1501;
        QTest::addRow("%s open at a shop without app 2005", qPrintable(relayName))
            << name("no shop app") << QStringList{QStringLiteral("open"), QStringLiteral("ID")} << 0
            << 51;
        QTest::addRow("%s close closed 2026", qPrintable(relayName))
            << name("close closed 58") << QStringList{QStringLiteral("close"), QStringLiteral("ID")}
            << 1 << 2026;
        QTest::addRow("%s close closed 2029", qPrintable(relayName))
            << name("close closed 59") << QStringList{QStringLiteral("close"), QStringLiteral("ID")}
            << 1 << 2029;
    }
}

void TestRelayCorpus::kioskctlReplays()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, command);
    QFETCH(int, exitCode);
    QFETCH(int, status);
    const Recorded recorded = recordedScenarios().value(scenario);
    const auto corpus = loadCorpus(recorded.file);
    CannedScenario s = scenarioOf(recorded, corpus);
    // Recorded in the past: the times move so that the cancellation was opened 2 s ago.
    if (openedAt(s) > 0)
        s.shiftSeconds = QDateTime::currentSecsSinceEpoch() - 2 - openedAt(s);
    CannedRelay server;
    server.setScenario(s);
    const QString signature = recorded.signatureFrom >= 0 ? corpus.at(recorded.signatureFrom)
                                                                .requestBody.toObject()
                                                                .value(u"signature")
                                                                .toString()
                                                          : QString();
    for (QString &arg : command) {
        if (arg == u"ID")
            arg = paymentIdOf(s);
        else if (arg == u"SIG")
            arg = signature;
    }
    const CtlRun run =
        kioskctl(server.url(), s.v1Only ? QStringLiteral("v1") : QStringLiteral("v2"),
                 command + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
    const QJsonObject json = run.json();
    if (exitCode == 0) {
        QCOMPARE(json.value(u"ok").toBool(), true);
        const int final = json.contains(u"payment")
                              ? json.value(u"payment").toObject().value(u"paymentStatus").toInt()
                              : json.value(u"paymentStatus").toInt();
        QCOMPARE(final, status);
    } else {
        const QJsonObject error = json.value(u"error").toObject();
        QCOMPARE(error.value(u"kind").toString(), QStringLiteral("relay"));
        QCOMPARE(error.value(u"code").toInt(), status);
    }
    QVERIFY(!run.err.contains(u"cannot be reached"));
}

void TestRelayCorpus::checkTellsWhichRelay()
{
    for (const QString &file : {kV2, kV1}) {
        const auto corpus = loadCorpus(file);
        CannedScenario s =
            scenarioOf(recordedScenarios().value(file == kV2 ? QStringLiteral("v2 approve")
                                                             : QStringLiteral("v1 approve")),
                       corpus);
        CannedRelay server;
        server.setScenario(s);
        const CtlRun run = kioskctl(server.url(), QStringLiteral("v1"), {QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(
            run.out.contains(file == kV2 ? u"relay kind: v2 relay" : u"relay kind: v1-only relay"),
            qPrintable(run.out));
    }
}

QTEST_GUILESS_MAIN(TestRelayCorpus)
#include "tst_relaycorpus.moc"
