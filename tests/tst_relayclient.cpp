// SPDX-License-Identifier: MIT
// The relay client's envelope handling and every transport fault, against a canned loopback
// server, with short timeouts and no sleeps.
#include "clienttest.h"
#include "demokeys.h"
#include "rawhttpserver.h"

#include "relay/callbackreceiver.h"
#include "relay/connectioncheck.h"
#include "relay/relayclient.h"
#include "relay/relaytexts.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <tuple>

using namespace kiosk;
using namespace kiosk::relay;

namespace {
const QString kPaymentId =
    QStringLiteral("0x2d9100c28be32e1a29e55b2ead66d472a6271627235778379657d08c9dc1d901");

QByteArray itemJson(const QString &amount = QStringLiteral("\"100000000000000000000\""))
{
    return QStringLiteral(R"({"code":0,"data":{"paymentId":"%1","purchaseId":"P1","amount":%2,
        "currency":"krw","shopId":"0x00011936a68f7c26797fa2ab64d444ea82c2fb1af36cdea6d4ff845da635f287",
        "account":"0x5A3Fc8990417b3e6ddCdAE0E8039E798A609Ef84","terminalId":"KIOSK0001",
        "paidPoint":"1000000000","paidValue":"0","feePoint":"0","feeValue":"0","totalPoint":"0","totalValue":"0",
        "paymentStatus":51,"openNewTimestamp":1,"closeNewTimestamp":2,"openCancelTimestamp":3,"closeCancelTimestamp":0}})")
        .arg(kPaymentId, amount)
        .toUtf8();
}

RelaySettings settingsFor(const QString &url)
{
    return clienttest::settingsFor(url, std::chrono::milliseconds(300));
}

using clienttest::wait;
} // namespace

class TestRelayClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionReportJudges();
    void listenAddressParsing();
    void parsesPaymentItem();
    void keepsHugeAmountsExact();
    void relayErrorCarriesCodeAndMessage();
    void validationDetailsAreShown();
    void unknownContractCodeKeepsRelayMessage();
    void faults_data();
    void faults();
    void timeout();
    void connectionRefused();
    void pollsAreQuietInTheJournal();
    void tlsFailure();
    void dropped();
    void bodyTooLarge();
    void getsAreRetriedPostsAreNot();
    void idsGoOutLowerCase();
    void v1SendsAccessKeyHeader();
    void v2SignsOpen();
    void refusesInsecureHttp();
    void refusesBadIdLocally();
    void zeroedShopIsNotFound();
    void callbackAlwaysAsynchronous();
    void droppedContextDropsCallback();
};

void TestRelayClient::parsesPaymentItem()
{
    RawHttpServer server;
    server.respond(200, itemJson());
    RelayClient client(settingsFor(server.url()));
    const auto item =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kPaymentId, nullptr, done); });
    QVERIFY2(item.ok(), qPrintable(item.error()));
    QCOMPARE(item->paymentStatus, 51);
    QCOMPARE(item->amount.toDecimal(), QStringLiteral("100000000000000000000"));
    QCOMPARE(item->account.toChecksummed(),
             QStringLiteral("0x5A3Fc8990417b3e6ddCdAE0E8039E798A609Ef84"));
    QCOMPARE(item->openCancelTimestamp, 3);
}

void TestRelayClient::keepsHugeAmountsExact()
{
    RawHttpServer server;
    server.respond(200, itemJson(QStringLiteral("\"123456789012345678901234567890123456789\"")));
    RelayClient client(settingsFor(server.url()));
    const auto item =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kPaymentId, nullptr, done); });
    QVERIFY(item.ok());
    QCOMPARE(item->amount.toDecimal(), QStringLiteral("123456789012345678901234567890123456789"));
    // An amount sent as a JSON number has already lost digits: refused, never guessed.
    server.respond(200, itemJson(QStringLiteral("100000000000000000000")));
    const auto numeric =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kPaymentId, nullptr, done); });
    QVERIFY(!numeric.ok());
    QCOMPARE(numeric.failure().kind, RelayError::Kind::BadResponse);
    QVERIFY2(numeric.error().contains(u"amount"_qs), qPrintable(numeric.error()));
}

void TestRelayClient::relayErrorCarriesCodeAndMessage()
{
    RawHttpServer server;
    server.respond(200, R"({"code":1501,"error":{"message":"Invalid signature"}})");
    RelayClient client(settingsFor(server.url()));
    const auto result = wait<PaymentItem>([&](auto done) {
        client.approveCancel(kPaymentId, true, eth::Signature{QByteArray(65, '\1')}, nullptr, done);
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.failure().kind, RelayError::Kind::Relay);
    QCOMPARE(result.failure().relayCode, 1501);
    QCOMPARE(result.failure().message, QStringLiteral("Invalid signature"));
    QVERIFY(!result.failure().isTransport());
    QVERIFY(describeError(result.failure()).contains(u"1501"_qs));
}

void TestRelayClient::validationDetailsAreShown()
{
    RawHttpServer server;
    server.respond(200,
                   R"({"code":2001,"error":{"message":"Failed to check the validity of parameters",
        "validation":[{"param":"signature","msg":"Invalid value"}]}})");
    RelayClient client(settingsFor(server.url()));
    const auto result =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kPaymentId, nullptr, done); });
    QCOMPARE(result.failure().relayCode, 2001);
    QVERIFY2(result.error().contains(u"signature: Invalid value"_qs), qPrintable(result.error()));
}

void TestRelayClient::unknownContractCodeKeepsRelayMessage()
{
    RawHttpServer server;
    server.respond(200, R"({"code":1099,"error":{"message":"E001: the shop is not active"}})");
    RelayClient client(settingsFor(server.url()));
    const auto result =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kPaymentId, nullptr, done); });
    QCOMPARE(result.failure().relayCode, 1099);
    const QString text = describeError(result.failure());
    QVERIFY2(text.contains(u"E001: the shop is not active"_qs), qPrintable(text));
    QVERIFY(text.contains(u"contract"_qs));
}

void TestRelayClient::faults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message"); // for the log and staff
    QTest::newRow("http 500") << 500 << QByteArray(R"({"code":0,"data":{}})")
                              << int(RelayError::Kind::HttpStatus)
                              << QStringLiteral("the relay answered HTTP 500 instead of 200");
    QTest::newRow("http 404") << 404 << QByteArray("not found") << int(RelayError::Kind::HttpStatus)
                              << QStringLiteral("the relay answered HTTP 404 instead of 200");
    QTest::newRow("http 400") << 400 << QByteArray(R"({"code":2001})")
                              << int(RelayError::Kind::HttpStatus)
                              << QStringLiteral("the relay answered HTTP 400 instead of 200");
    QTest::newRow("html") << 200 << QByteArray("<html>gateway</html>")
                          << int(RelayError::Kind::NotJson)
                          << QStringLiteral("the relay's answer is not a JSON object");
    QTest::newRow("json array") << 200 << QByteArray("[1,2]") << int(RelayError::Kind::NotJson)
                                << QStringLiteral("the relay's answer is not a JSON object");
    QTest::newRow("empty") << 200 << QByteArray() << int(RelayError::Kind::NotJson)
                           << QStringLiteral("the relay's answer is not a JSON object");
    QTest::newRow("truncated json")
        << 200 << QByteArray(R"({"code":0,"data":{"paym)") << int(RelayError::Kind::NotJson)
        << QStringLiteral("the relay's answer is not a JSON object");
    QTest::newRow("no code") << 200 << QByteArray(R"({"data":{}})")
                             << int(RelayError::Kind::BadResponse)
                             << QStringLiteral("the relay's answer has no numeric 'code'");
    QTest::newRow("code as string")
        << 200 << QByteArray(R"({"code":"0","data":{}})") << int(RelayError::Kind::BadResponse)
        << QStringLiteral("the relay's answer has no numeric 'code'");
    QTest::newRow("code fraction")
        << 200 << QByteArray(R"({"code":0.5,"data":{}})") << int(RelayError::Kind::BadResponse)
        << QStringLiteral("the relay's answer has no numeric 'code'");
    QTest::newRow("no data") << 200 << QByteArray(R"({"code":0})")
                             << int(RelayError::Kind::BadResponse)
                             << QStringLiteral("the relay's answer has no 'data'");
    QTest::newRow("missing field")
        << 200 << QByteArray(R"({"code":0,"data":{"paymentId":"0x00"}})")
        << int(RelayError::Kind::BadResponse)
        << QStringLiteral(
               "the relay's answer field 'paymentId' must be 32 bytes (64 hex digits), not 1");
    QTest::newRow("binary") << 200 << QByteArray("\x00\xff\xfe garbage", 12)
                            << int(RelayError::Kind::NotJson)
                            << QStringLiteral("the relay's answer is not a JSON object");
}

void TestRelayClient::faults()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    RawHttpServer server;
    server.respond(status, body);
    RelayClient client(settingsFor(server.url()));
    const auto result =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kPaymentId, nullptr, done); });
    QVERIFY(!result.ok());
    QCOMPARE(int(result.failure().kind), kind);
    QVERIFY(result.failure().isTransport());
    QCOMPARE(result.error(), message);
}

void TestRelayClient::timeout()
{
    RawHttpServer server;
    server.setMode(RawHttpServer::Mode::Silent);
    RelayClient client(settingsFor(server.url()));
    const auto result = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QCOMPARE(result.failure().kind, RelayError::Kind::Timeout);
}

void TestRelayClient::connectionRefused()
{
    quint16 port = 0;
    {
        RawHttpServer closed;
        port = closed.serverPort();
    }
    RelayClient client(settingsFor(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto result = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QCOMPARE(result.failure().kind, RelayError::Kind::ConnectionRefused);
}

namespace {
// What reached the log from `category` at info or above while it was installed.
QStringList g_logged;
QtMessageHandler g_previous = nullptr;
void recordRelayLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "kiosk.relay") == 0 && type != QtDebugMsg)
        g_logged << message;
    g_previous(type, context, message);
}
} // namespace

void TestRelayClient::pollsAreQuietInTheJournal()
{
    // The kiosk polls the relay every few seconds: a successful read is not worth a journald
    // line (it was ~43,000 a day); a failure is, as a warning.
    RawHttpServer server;
    server.respond(200, itemJson());
    RelayClient client(settingsFor(server.url()));
    g_logged.clear();
    g_previous = qInstallMessageHandler(recordRelayLog);
    const auto item =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kPaymentId, nullptr, done); });
    const QStringList afterSuccess = g_logged;
    quint16 port = 0;
    {
        RawHttpServer closed;
        port = closed.serverPort();
    }
    RelayClient refused(settingsFor(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto failed = wait<eth::UInt256>([&](auto done) { refused.fetchChainId(nullptr, done); });
    qInstallMessageHandler(g_previous);
    QVERIFY(item.ok());
    QVERIFY2(afterSuccess.isEmpty(), qPrintable(afterSuccess.join(u'\n')));
    QVERIFY(!failed.ok());
    QVERIFY(!g_logged.isEmpty());
    QVERIFY2(g_logged.last().contains(u"/v1/chain/side/id"_qs), qPrintable(g_logged.join(u'\n')));
}

void TestRelayClient::tlsFailure()
{
    // https:// to a server that speaks plain HTTP: the handshake fails.
    RawHttpServer server;
    server.respond(200, R"({"code":0,"data":{"chainId":1}})");
    RelayClient client(
        settingsFor(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())));
    const auto result = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QVERIFY(!result.ok());
    QVERIFY2(result.failure().kind == RelayError::Kind::Tls,
             qPrintable(RelayError::kindName(result.failure().kind) + u": " + result.error()));
    QVERIFY(result.failure().isTransport());
}

void TestRelayClient::dropped()
{
    RawHttpServer server;
    server.setMode(RawHttpServer::Mode::CloseAtOnce);
    RelayClient client(settingsFor(server.url()));
    const auto result = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QCOMPARE(result.failure().kind, RelayError::Kind::Network);
}

void TestRelayClient::bodyTooLarge()
{
    RawHttpServer server;
    server.respond(200, R"({"code":0,"data":{"x":")" + QByteArray(2 * 1024 * 1024, 'a') + R"("}})");
    RelaySettings settings = settingsFor(server.url());
    settings.timeout = std::chrono::milliseconds(5000);
    RelayClient client(settings);
    const auto result = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QCOMPARE(result.failure().kind, RelayError::Kind::TooLarge);
}

void TestRelayClient::getsAreRetriedPostsAreNot()
{
    RawHttpServer server;
    server.respond(503, "busy");
    RelaySettings settings = settingsFor(server.url());
    settings.getRetries = 2;
    RelayClient client(settings);
    const auto get = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QCOMPARE(get.failure().httpStatus, 503);
    QCOMPARE(server.requests(), 3);
    server.clearRequest();
    const auto post =
        wait<PaymentItem>([&](auto done) { client.closeCancel(kPaymentId, true, nullptr, done); });
    QCOMPARE(post.failure().httpStatus, 503);
    // The POST went out once; whether it took effect is learnt by re-reading the payment (a GET,
    // retried like any other), never by sending it again.
    QCOMPARE(server.lastRequest().count("POST /"), 1);
    QCOMPARE(server.lastRequest().count("GET /v1/payment/item"), 3);
    QCOMPARE(server.requests(), 7);
    // Relay answers are never retried.
    server.respond(200, R"({"code":2003,"error":{"message":"no payment"}})");
    const auto answer =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kPaymentId, nullptr, done); });
    QCOMPARE(answer.failure().relayCode, 2003);
    QCOMPARE(server.requests(), 8);
}

void TestRelayClient::idsGoOutLowerCase()
{
    RawHttpServer server;
    server.respond(200, itemJson());
    RelayClient client(settingsFor(server.url()));
    QString upper = kPaymentId.toUpper();
    upper[1] = u'x';
    // The answer does not matter here (a fixed test server), only what was asked.
    std::ignore = wait<PaymentItem>([&](auto done) { client.fetchPayment(upper, nullptr, done); });
    QVERIFY2(server.lastRequest().contains(kPaymentId.toLatin1()),
             server.lastRequest().constData());
}

void TestRelayClient::v1SendsAccessKeyHeader()
{
    RawHttpServer server;
    server.respond(200, itemJson());
    RelayClient client(settingsFor(server.url()));
    const auto item =
        wait<PaymentItem>([&](auto done) { client.openCancel(kPaymentId, nullptr, done); });
    QVERIFY(item.ok());
    const QByteArray request = server.lastRequest();
    QVERIFY(request.startsWith("POST /v1/payment/cancel/open "));
    QVERIFY(request.contains("\r\nAuthorization: secret-access-key\r\n"));
    QVERIFY(request.contains("\"terminalId\":\"KIOSK0001\""));
    // Not on calls that need no authentication.
    server.clearRequest();
    std::ignore =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kPaymentId, nullptr, done); });
    QVERIFY(!server.lastRequest().contains("Authorization"));
}

void TestRelayClient::v2SignsOpen()
{
    RawHttpServer server;
    server.respond(200, itemJson());
    RelaySettings settings = settingsFor(server.url());
    settings.api = ApiVersion::V2;
    settings.terminalKey =
        std::make_shared<eth::SecretKey>(eth::SecretKey::fromHex(demo::kTerminalKey).value());
    RelayClient client(settings);
    QVERIFY(
        wait<PaymentItem>([&](auto done) { client.openCancel(kPaymentId, nullptr, done); }).ok());
    const QByteArray request = server.lastRequest();
    QVERIFY(request.startsWith("POST /v2/payment/cancel/open "));
    QVERIFY(!request.contains("Authorization"));
    // The reference vector's signature for (this payment, KIOSK0001) by this key.
    QVERIFY2(request.contains("0xde6fd0c4303a25a2758858c08610f9cc387b6ddf6c69c119ef860c6fb7aefd9b74"
                              "5cce493f62ee1d0cdf25aa1ef1272bed359c36fe3ac41894c50f5c8eaf03791b"),
             request.constData());
    // Without a key, nothing is sent.
    settings.terminalKey.reset();
    RelayClient keyless(settings);
    const int before = server.requests();
    const auto refused =
        wait<PaymentItem>([&](auto done) { keyless.openCancel(kPaymentId, nullptr, done); });
    QCOMPARE(refused.failure().kind, RelayError::Kind::InvalidInput);
    QCOMPARE(server.requests(), before);
}

void TestRelayClient::refusesInsecureHttp()
{
    RelaySettings settings = settingsFor(QStringLiteral("http://relay.example.com"));
    QVERIFY(!settings.validate().ok());
    settings.allowInsecureHttp = true;
    QVERIFY(settings.validate().ok());
    settings = settingsFor(QStringLiteral("ftp://127.0.0.1"));
    QVERIFY(!settings.validate().ok());
    RelayClient client(settingsFor(QStringLiteral("http://relay.example.com")));
    const auto result = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QCOMPARE(result.failure().kind, RelayError::Kind::InvalidInput);
    QVERIFY(settingsFor(QStringLiteral("http://localhost:1")).validate().ok());
    QVERIFY(settingsFor(QStringLiteral("https://relay.example.com")).validate().ok());
}

void TestRelayClient::refusesBadIdLocally()
{
    RawHttpServer server;
    RelayClient client(settingsFor(server.url()));
    const auto result = wait<PaymentItem>(
        [&](auto done) { client.fetchPayment(QStringLiteral("0x1234"), nullptr, done); });
    QCOMPARE(result.failure().kind, RelayError::Kind::InvalidInput);
    QCOMPARE(server.requests(), 0);
}

void TestRelayClient::zeroedShopIsNotFound()
{
    RawHttpServer server;
    server.respond(
        200,
        R"({"code":0,"data":{"shopId":"0x0000000000000000000000000000000000000000000000000000000000000000",
        "name":"","currency":"","status":0,"account":"0x0000000000000000000000000000000000000000",
        "delegator":"0x0000000000000000000000000000000000000000","providedAmount":"0","usedAmount":"0","refundedAmount":"0"}})");
    RelayClient client(settingsFor(server.url()));
    const auto shop = wait<ShopInfo>([&](auto done) {
        client.fetchShop(
            QStringLiteral("0x00011936a68f7c26797fa2ab64d444ea82c2fb1af36cdea6d4ff845da635f287"),
            nullptr, done);
    });
    QCOMPARE(shop.failure().kind, RelayError::Kind::NotFound);
    QVERIFY(!shop.failure().isTransport());
}

void TestRelayClient::callbackAlwaysAsynchronous()
{
    RelayClient client(settingsFor(QStringLiteral("http://relay.example.com")));
    bool called = false;
    client.fetchChainId(nullptr, [&](const RelayResult<eth::UInt256> &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestRelayClient::droppedContextDropsCallback()
{
    RawHttpServer server;
    server.respond(200, R"({"code":0,"data":{"chainId":1}})");
    RelayClient client(settingsFor(server.url()));
    QSignalSpy finished(&client, &RelayClient::callFinished);
    bool called = false;
    auto *context = new QObject;
    client.fetchChainId(context, [&](const RelayResult<eth::UInt256> &) { called = true; });
    delete context;
    QVERIFY(finished.wait()); // the answer is in: the callback would have run by now
    QCOMPARE(server.requests(), 1);
    QVERIFY(!called);
}

void TestRelayClient::connectionReportJudges()
{
    // The one judgement kioskctl check and the staff Connection tab both show.
    using kiosk::relay::ConnectionCheck;
    auto settings = settingsFor(QStringLiteral("http://127.0.0.1:9/"));
    auto report = ConnectionCheck::fromSettings(settings);
    QVERIFY(report.loopback);
    QVERIFY(report.transportOk()); // plain HTTP that never leaves the machine
    QVERIFY(report.terminalIdOk());
    QVERIFY(report.credentialsOk()); // v1 with its access key
    QVERIFY(!report.reachable());    // not asked yet
    QVERIFY(!report.allOk());

    settings.baseUrl = QUrl(QStringLiteral("http://relay.example/"));
    QVERIFY(!ConnectionCheck::fromSettings(settings).transportOk());
    settings.baseUrl = QUrl(QStringLiteral("https://relay.example/"));
    settings.caFile = QStringLiteral("/nonexistent/ca.pem");
    report = ConnectionCheck::fromSettings(settings);
    QVERIFY(report.https);
    QVERIFY(!report.transportOk());
    QCOMPARE(report.caCertificates.error(),
             QStringLiteral("no CA certificate can be read from /nonexistent/ca.pem (ca_file)"));

    settings.caFile.clear();
    settings.api = ApiVersion::V2; // without a terminal key
    report = ConnectionCheck::fromSettings(settings);
    QVERIFY(report.transportOk());
    QVERIFY(!report.credentialsOk());
    report.chainId = kiosk::relay::RelayResult<kiosk::eth::UInt256>(kiosk::eth::UInt256(2151));
    report.clockSkewSeconds = -30;
    QVERIFY(report.clockOk());
    report.clockSkewSeconds = 31;
    QVERIFY(!report.clockOk());
    report.flavor = kiosk::relay::RelayResult<kiosk::relay::RelayFlavor>(
        kiosk::relay::RelayFlavor::V1OnlyRelay);
    QVERIFY(!report.flavorOk()); // a v1-only relay has no v2 API
    report.api = ApiVersion::V1;
    QVERIFY(report.flavorOk());
    settings.terminalId = QString(67, u'x');
    QVERIFY(!ConnectionCheck::fromSettings(settings).terminalIdOk());
}

void TestRelayClient::listenAddressParsing()
{
    // [events] callback_listen and `watch --listen`: one reading of ADDRESS:PORT.
    const auto any = kiosk::relay::parseListenAddress(QStringLiteral("0.0.0.0:8099"));
    QVERIFY(any);
    QCOMPARE(any->address, QHostAddress(QStringLiteral("0.0.0.0")));
    QCOMPARE(any->port, quint16(8099));
    for (const char *bad : {"8099", ":8099", "127.0.0.1:", "127.0.0.1:port", "127.0.0.1:70000",
                            "127.0.0.1:-1", "kiosk.local:8099"})
        QVERIFY2(!kiosk::relay::parseListenAddress(QString::fromLatin1(bad)), bad);
    kiosk::relay::CallbackReceiver receiver(QStringLiteral("key"));
    QCOMPARE(receiver.listen(QStringLiteral("127.0.0.1:port")), quint16(0));
    QVERIFY(receiver.listen(QStringLiteral("127.0.0.1:0")) != 0);
}

QTEST_GUILESS_MAIN(TestRelayClient)
#include "tst_relayclient.moc"
