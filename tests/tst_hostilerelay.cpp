// SPDX-License-Identifier: MIT
// A relay (or whoever answers at its address) that lies or breaks: answers about another
// payment, shop or account, bodies cut short, impossible numbers. Each must end in a clear
// refusal with nothing acted on.
#include "clienttest.h"
#include "rawhttpserver.h"
#include "secretfile.h"

#include "relay/callbackreceiver.h"
#include "relay/relayclient.h"
#include "relay/taskfeed.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

using namespace kiosk;
using namespace kiosk::relay;

namespace {
const QString kAsked =
    QStringLiteral("0x2d9100c28be32e1a29e55b2ead66d472a6271627235778379657d08c9dc1d901");
const QString kOther =
    QStringLiteral("0x88fac78e6ab881a66076f1d1105fc26c78adfa663bed2be5deb253bbef7948fc");
const QString kShop =
    QStringLiteral("0x00011936a68f7c26797fa2ab64d444ea82c2fb1af36cdea6d4ff845da635f287");

QByteArray item(const QString &paymentId, const QByteArray &status = "51")
{
    return QStringLiteral(R"({"code":0,"data":{"paymentId":"%1","purchaseId":"P1",
        "amount":"100000000000000000000","currency":"krw","shopId":"%2",
        "account":"0x5A3Fc8990417b3e6ddCdAE0E8039E798A609Ef84","terminalId":"KIOSK0001",
        "paymentStatus":%3,"openCancelTimestamp":3,"closeCancelTimestamp":0}})")
        .arg(paymentId, kShop, QString::fromLatin1(status))
        .toUtf8();
}

RelaySettings settingsFor(const QString &url)
{
    return clienttest::settingsFor(url, std::chrono::milliseconds(2000));
}

using clienttest::wait;

const QByteArray kRelayPin = "WPQQh7DIZ6XbKlyN0MTBWlJ8GkucJtzekPxhCdgd5B4=";
const QByteArray kOtherPin = "/d8mtRG5qZMQybZckjmbjDsR7/i9jX+6ayjoSAG4KPw=";
const QString kTlsDir = QStringLiteral(KIOSK_TEST_DATA_DIR "/tls/");

// The relay's chain id over TLS on loopback, with the certificate in tests/data/tls.
class TlsRelay : public QSslServer
{
public:
    TlsRelay()
    {
        QFile certificate(kTlsDir + QStringLiteral("relay.crt"));
        QFile key(kTlsDir + QStringLiteral("relay.key"));
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            qFatal("tests/data/tls is missing");
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificate.readAll()));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        setSslConfiguration(tls);
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    const QByteArray body = "{\"code\":0,\"data\":{\"chainId\":215115}}";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) +
                                  "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(serverPort()); }
    int requests() const { return m_requests; }

private:
    QByteArray m_received;
    int m_requests = 0;
};
} // namespace

class TestHostileRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutOffBodyIsNotAnAnswer();
    void longerBodyThanAnnouncedIsNotAnAnswer();
    void impossibleNumbersAreRefused_data();
    void impossibleNumbersAreRefused();
    void itemForAnotherPaymentIsRefused();
    void openAnsweredForAnotherPaymentIsNotActedOn();
    void nonceOfAnotherAccountIsRefused();
    void shopAnswerForAnotherShopIsRefused();
    void kioskctlShowRefusesTheOtherPayment();
    void callbackHugeBodyRefusedUnread();
    void callbackWithoutLengthRefused();
    void callbackSlowSenderCutOff();
    void callbackRightKeyStillAccepted();
    void feedDoesNotSpinOnOldEvents();
    void unreadableCaFileIsRefused();
    void pinnedRelayKey();
    void malformedPinIsRefused();
};

namespace {
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

// Sends `head` then keeps writing zeros (up to `bodyBytes`) until the receiver answers or
// closes; answers what came back.
QByteArray pushTo(quint16 port, const QByteArray &head, qint64 bodyBytes, int *sentKiB = nullptr)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(head);
    QByteArray answer;
    const QByteArray chunk(64 * 1024, '\0');
    qint64 sent = 0;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 20000) {
        if (sent < bodyBytes && socket.bytesToWrite() < 1024 * 1024) {
            socket.write(chunk);
            sent += chunk.size();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        socket.waitForReadyRead(1);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n") && sent >= bodyBytes)
            break;
    }
    answer += socket.readAll();
    if (sentKiB)
        *sentKiB = int(sent / 1024);
    return answer;
}
} // namespace

void TestHostileRelay::cutOffBodyIsNotAnAnswer()
{
    // The announced length is 200 bytes; the connection ends after a complete-looking JSON.
    RawHttpServer server;
    server.respondRaw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "200\r\nConnection: close\r\n\r\n{\"code\":0,\"data\":{\"chainId\":1}}");
    RelayClient client(settingsFor(server.url()));
    const auto chainId = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QVERIFY2(!chainId.ok(), "a cut-off answer was read as chain id 1");
    QVERIFY(chainId.failure().isTransport());
}

void TestHostileRelay::longerBodyThanAnnouncedIsNotAnAnswer()
{
    // What follows the announced length is not part of the answer; the answer itself is cut.
    RawHttpServer server;
    server.respondRaw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      "10\r\nConnection: close\r\n\r\n{\"code\":0,\"data\":{\"chainId\":1}}");
    RelayClient client(settingsFor(server.url()));
    const auto chainId = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QVERIFY(!chainId.ok());
    QVERIFY(chainId.failure().isTransport());
}

void TestHostileRelay::impossibleNumbersAreRefused_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("2^32 + 55 (wraps to 55)") << QByteArray("4294967351");
    QTest::newRow("negative") << QByteArray("-5");
    QTest::newRow("three digits") << QByteArray("155");
    QTest::newRow("fraction") << QByteArray("55.5");
    QTest::newRow("huge string") << QByteArray("\"18446744073709551671\"");
}

void TestHostileRelay::impossibleNumbersAreRefused()
{
    QFETCH(QByteArray, status);
    RawHttpServer server;
    server.respond(200, item(kAsked, status));
    RelayClient client(settingsFor(server.url()));
    const auto payment =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kAsked, nullptr, done); });
    QVERIFY2(!payment.ok(), qPrintable(QString::number(payment ? payment->paymentStatus : 0)));
    QCOMPARE(payment.failure().kind, RelayError::Kind::BadResponse);
    QVERIFY(payment.error().contains(u"paymentStatus"_qs));
}

void TestHostileRelay::itemForAnotherPaymentIsRefused()
{
    RawHttpServer server;
    server.respond(200, item(kOther));
    RelayClient client(settingsFor(server.url()));
    const auto payment =
        wait<PaymentItem>([&](auto done) { client.fetchPayment(kAsked, nullptr, done); });
    QVERIFY(!payment.ok());
    QCOMPARE(payment.failure().kind, RelayError::Kind::BadResponse);
    QVERIFY2(payment.error().contains(u"another payment"_qs), qPrintable(payment.error()));
}

void TestHostileRelay::openAnsweredForAnotherPaymentIsNotActedOn()
{
    // The open answer and the re-read both describe another payment: the kiosk reports a
    // fault instead of going on with the other payment's customer.
    RawHttpServer server;
    server.respond(200, item(kOther));
    RelayClient client(settingsFor(server.url()));
    const auto opened =
        wait<PaymentItem>([&](auto done) { client.openCancel(kAsked, nullptr, done); });
    QVERIFY(!opened.ok());
    QVERIFY(opened.failure().isTransport());
    QVERIFY(server.requests() >= 1);
}

void TestHostileRelay::nonceOfAnotherAccountIsRefused()
{
    RawHttpServer server;
    server.respond(200, R"({"code":0,"data":{"account":"0x5A3Fc8990417b3e6ddCdAE0E8039E798A609Ef84",
        "nonce":"7"}})");
    RelayClient client(settingsFor(server.url()));
    const auto asked =
        eth::Address::parse(QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    QVERIFY(asked.ok());
    const auto nonce =
        wait<eth::UInt256>([&](auto done) { client.fetchNonce(asked.value(), nullptr, done); });
    QVERIFY(!nonce.ok());
    QCOMPARE(nonce.failure().kind, RelayError::Kind::BadResponse);
}

void TestHostileRelay::shopAnswerForAnotherShopIsRefused()
{
    RawHttpServer server;
    server.respond(
        200,
        R"({"code":0,"data":{"shopId":"0x00000000000000000000000000000000000000000000000000000000000000aa",
        "name":"Other","currency":"krw","status":1,"account":"0x5A3Fc8990417b3e6ddCdAE0E8039E798A609Ef84",
        "delegator":"0x0000000000000000000000000000000000000000","providedAmount":"0","usedAmount":"0",
        "refundedAmount":"0"}})");
    RelayClient client(settingsFor(server.url()));
    const auto shop = wait<ShopInfo>([&](auto done) { client.fetchShop(kShop, nullptr, done); });
    QVERIFY(!shop.ok());
    QCOMPARE(shop.failure().kind, RelayError::Kind::BadResponse);
}

void TestHostileRelay::kioskctlShowRefusesTheOtherPayment()
{
    RawHttpServer server;
    server.respond(200, item(kOther));
    QProcess show;
    show.start(QStringLiteral(KIOSK_KIOSKCTL_BIN),
               {QStringLiteral("--config"), QStringLiteral("/dev/null"), QStringLiteral("--relay"),
                server.url(), QStringLiteral("--api"), QStringLiteral("v1"),
                QStringLiteral("--access-key"), secretArg(QStringLiteral("k")),
                QStringLiteral("--terminal-id"), QStringLiteral("KIOSK0001"),
                QStringLiteral("show"), kAsked});
    // The server runs in this thread's event loop: wait without blocking it.
    QTRY_VERIFY_WITH_TIMEOUT(show.state() == QProcess::NotRunning, 20000);
    QCOMPARE(show.exitCode(), 3);
    const QByteArray out = show.readAllStandardOutput();
    QVERIFY2(!out.contains(kOther.toLatin1()), out.constData());
    // One clear line, not the same fault twice.
    const QByteArray err = show.readAllStandardError().trimmed();
    QVERIFY2(err.count('\n') == 0 && err.contains("another payment"), err.constData());
}

void TestHostileRelay::callbackHugeBodyRefusedUnread()
{
    // Anyone who reaches the port announces 400 MB: refused from the headers, memory unmoved.
    CallbackReceiver receiver(QStringLiteral("the-key"));
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QSignalSpy events(&receiver, &CallbackReceiver::eventReceived);
    const qint64 before = residentKiB();
    int sentKiB = 0;
    const QByteArray answer = pushTo(port,
                                     "POST / HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                     "application/json\r\nContent-Length: 419430400\r\n\r\n",
                                     419430400, &sentKiB);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
    QVERIFY2(sentKiB < 200 * 1024, qPrintable(QString::number(sentKiB))); // cut off early
    QCOMPARE(events.size(), 0);
    QVERIFY2(residentKiB() - before < 32 * 1024,
             qPrintable(QStringLiteral("grew by %1 KiB").arg(residentKiB() - before)));
}

void TestHostileRelay::callbackWithoutLengthRefused()
{
    CallbackReceiver receiver(QStringLiteral("the-key"));
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    const QByteArray chunked =
        pushTo(port, "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", 0);
    QVERIFY2(chunked.startsWith("HTTP/1.1 411"), chunked.constData());
    const QByteArray headers = pushTo(port, "POST / HTTP/1.1\r\nX: " + QByteArray(20000, 'a'), 0);
    QVERIFY2(headers.startsWith("HTTP/1.1 431"), headers.left(100).constData());
}

void TestHostileRelay::callbackSlowSenderCutOff()
{
    // A connection that never finishes its request is closed; it does not hold a slot forever.
    CallbackReceiver receiver(QStringLiteral("the-key"));
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n{");
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState ||
                                 socket.bytesAvailable() > 0,
                             CallbackReceiver::kRequestTimeoutMs + 5000);
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 408"));
}

void TestHostileRelay::callbackRightKeyStillAccepted()
{
    CallbackReceiver receiver(QStringLiteral("the-key"));
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    QSignalSpy events(&receiver, &CallbackReceiver::eventReceived);
    const QByteArray body = R"({"accessKey":"the-key","type":"pay_cancel","code":0,"message":"ok",
        "data":{"paymentId":"0x2d9100c28be32e1a29e55b2ead66d472a6271627235778379657d08c9dc1d901"}})";
    const QByteArray wrongKey = QByteArray(body).replace("the-key", "not-it!");
    const QByteArray refused =
        pushTo(port,
               "POST / HTTP/1.1\r\nContent-Length: " + QByteArray::number(wrongKey.size()) +
                   "\r\n\r\n" + wrongKey,
               0);
    QVERIFY2(refused.startsWith("HTTP/1.1 401"), refused.constData());
    const QByteArray accepted = pushTo(
        port,
        "POST / HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body,
        0);
    QVERIFY2(accepted.startsWith("HTTP/1.1 200"), accepted.constData());
    QCOMPARE(events.size(), 1);
}

void TestHostileRelay::feedDoesNotSpinOnOldEvents()
{
    // A relay that answers every page with the same 32 old events: the feed waits its normal
    // pause instead of asking again at once (600 requests in 30 s before).
    QByteArray page = R"({"code":0,"data":[)";
    for (int i = 1; i <= 32; ++i)
        page +=
            (i > 1 ? "," : "") +
            QStringLiteral(R"({"sequence":"%1","type":"pay_new","code":0,"message":"","data":{}})")
                .arg(i)
                .toUtf8();
    page += "]}";
    RawHttpServer server;
    server.respond(200, page);
    RelayClient client(settingsFor(server.url()));
    TaskFeed feed(&client);
    QSignalSpy events(&feed, &TaskFeed::eventReceived);
    feed.startAfter(eth::UInt256(std::uint64_t(100)));
    // The first page answered, the feed pauses: one request, not a second one at once.
    auto *pause = feed.findChild<QTimer *>();
    QVERIFY(pause);
    QTRY_VERIFY(pause->isActive());
    QCOMPARE(pause->interval(), 2000);
    QCOMPARE(server.requests(), 1);
    QCOMPARE(events.size(), 0);
}

void TestHostileRelay::unreadableCaFileIsRefused()
{
    // A CA file that cannot be read would leave only the system store in use, silently: check
    // (and every other command) refuses it and names it.
    QTemporaryFile config;
    QVERIFY(config.open());
    config.write("[relay]\nurl = https://127.0.0.1:9/\nca_file = /nonexistent.pem\n"
                 "[terminal]\nid = KIOSK0001\n");
    config.flush();
    QProcess check;
    check.start(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                {QStringLiteral("--config"), config.fileName(), QStringLiteral("--access-key"),
                 secretArg(QStringLiteral("k")), QStringLiteral("--api"), QStringLiteral("v1"),
                 QStringLiteral("check")});
    QVERIFY(check.waitForFinished(20000));
    const QByteArray err = check.readAllStandardError();
    QCOMPARE(check.exitCode(), 2);
    QVERIFY2(err.contains("/nonexistent.pem"), err.constData());
    QVERIFY(!check.readAllStandardOutput().contains("[ok]  transport"));
}

void TestHostileRelay::pinnedRelayKey()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    TlsRelay relay;
    RelaySettings settings = settingsFor(relay.url());
    settings.caFile = kTlsDir + QStringLiteral("relay.crt"); // the relay's own CA

    // Trusted and pinned: answered.
    auto pins = RelaySettings::parsePins(QString::fromLatin1(kOtherPin + ", sha256/" + kRelayPin));
    QVERIFY2(pins.ok(), qPrintable(pins.error()));
    settings.pinnedKeys = pins.value();
    {
        RelayClient client(settings);
        const auto chainId =
            wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
        QVERIFY2(chainId.ok(), qPrintable(chainId.error()));
        QCOMPARE(chainId->toDecimal(), u"215115"_qs);
        QCOMPARE(relay.requests(), 1);
    }

    // Trusted by the CA file but not the pinned key (a CA that issued a certificate it should
    // not have): refused after the handshake, before the request is sent.
    settings.pinnedKeys = RelaySettings::parsePins(QString::fromLatin1(kOtherPin)).value();
    RelayClient client(settings);
    const auto refused = wait<eth::UInt256>([&](auto done) { client.fetchChainId(nullptr, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.failure().kind, RelayError::Kind::Tls);
    QVERIFY2(refused.error().contains(u"pin_sha256"_qs), qPrintable(refused.error()));
    QCOMPARE(relay.requests(), 1); // nothing reached the server
}

void TestHostileRelay::malformedPinIsRefused()
{
    for (const QString &bad :
         {u"not base64!"_qs, u"c2hvcnQ="_qs, QString(QString::fromLatin1(kRelayPin) + u"AA"_qs)}) {
        const auto pins = RelaySettings::parsePins(bad);
        QVERIFY2(!pins.ok(), qPrintable(bad));
        QVERIFY(pins.error().contains(u"openssl"_qs)); // says how to make a right one
    }
    QVERIFY(RelaySettings::parsePins(QString()).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestHostileRelay)
#include "tst_hostilerelay.moc"
