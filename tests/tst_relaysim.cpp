// SPDX-License-Identifier: MIT
// Runs the built loyalty-relay-sim as a process and talks to it over HTTP the way the kiosk
// does: envelope, auth, the cancellation state machine, the chain, events, callbacks, faults.
#include "demokeys.h"
#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/messages.h"
#include "eth/secretkey.h"
#include "eth/signing.h"
#include "eth/uint256.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace kiosk;

namespace {
// Demo data from resources/demo/relay-seed.json (well-known public test keys).
using demo::kTerminalKey;                           // tests/demokeys.h
const QString &kKimKey = demo::kCustomerKey;        // tests/demokeys.h
const QString &kLeeKey = demo::kOtherCustomerKey;   // tests/demokeys.h
const QString &kCafeOwnerKey = demo::kShopOwnerKey; // tests/demokeys.h
const QString kCafe =
    QStringLiteral("0x00011936a68f7c26797fa2ab64d444ea82c2fb1af36cdea6d4ff845da635f287");
const QString kKimPurchase = QStringLiteral("P00000000000203"); // Demo Cafe, Kim
const QString kLeePurchase = QStringLiteral("P00000000000204"); // Demo Cafe, Lee
const QString kAccessKey = QStringLiteral("test-access-key");
const QString kCallbackKey = QStringLiteral("test-callback-key");
constexpr quint64 kChainId = 215115;

eth::SecretKey key(const QString &hex)
{
    return eth::SecretKey::fromHex(hex).value();
}

QString address(const QString &keyHex)
{
    return eth::addressOf(key(keyHex)).toChecksummed();
}

QString paymentIdOf(const QString &shopId, const QString &purchaseId)
{
    return eth::toHex(eth::keccak256(QString(shopId + u':' + purchaseId).toUtf8()));
}

QString signApproval(const QString &signerKey, const QString &paymentId, const QString &purchaseId,
                     quint64 nonce)
{
    const eth::SecretKey k = key(signerKey);
    const auto message = eth::cancelApprovalMessage(paymentId, purchaseId, eth::addressOf(k),
                                                    eth::UInt256(kChainId), eth::UInt256(nonce));
    return eth::signPersonal(message->hash, k).toHex();
}

QString signOpen(const QString &signerKey, const QString &paymentId, const QString &terminalId)
{
    return eth::signPersonal(eth::openCancelMessage(paymentId, terminalId)->hash, key(signerKey))
        .toHex();
}

QString signClose(const QString &signerKey, const QString &paymentId, bool confirm)
{
    return eth::signPersonal(eth::closeCancelMessage(paymentId, confirm)->hash, key(signerKey))
        .toHex();
}

// The malleable twin of a low-s signature: s -> n - s, v flipped. Same signer, but the chain
// contract refuses it.
QString highSTwin(const QString &signatureHex)
{
    static const QByteArray n =
        QByteArray::fromHex("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141");
    QByteArray bytes = eth::parseHex(signatureHex, 65).value();
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        int d = int(static_cast<unsigned char>(n[i])) -
                int(static_cast<unsigned char>(bytes[32 + i])) - borrow;
        borrow = d < 0 ? 1 : 0;
        bytes[32 + i] = char(d < 0 ? d + 256 : d);
    }
    bytes[64] = char(bytes[64] == 27 ? 28 : 27);
    return eth::toHex(bytes);
}

struct Response
{
    int http = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    qint64 elapsedMs = 0;

    int code() const { return json.value(u"code").toInt(-1); }
    QJsonObject data() const { return json.value(u"data").toObject(); }
    QJsonArray list() const { return json.value(u"data").toArray(); }
    int status() const { return data().value(u"paymentStatus").toInt(-1); }
};
} // namespace

class TestRelaySim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void commandLine();
    void envelopeAndHttpErrors();
    void validation();
    void v1OpenNeedsAccessKey();
    void approveConfirmAndClose();
    void rejectThenClose();
    void v2TerminalSignatures();
    void wrongSignerAndNonce();
    void lateApprovalPostsEvent();
    void highSFailsOnChain();
    void taskFeedPages();
    void shopInfo();
    void closeWindowAndForcedClose();
    void shopApproverOnGeneratedShop();
    void callbacks();
    void faults();
    void hostileInput();

private:
    Response request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Response get(const QString &path) { return request("GET", path); }
    Response post(const QString &path, const QJsonObject &body,
                  const QByteArray &authorization = {});
    int statusOf(const QString &paymentId);
    quint64 nonceOf(const QString &account);
    QString latestSequence();
    void acceptCallbacks();

    QProcess m_sim;
    QUrl m_base;
    QNetworkAccessManager m_network;
    QTcpServer m_callbackServer;
    QList<QJsonObject> m_callbacksReceived;
    QString m_kim;
    QString m_kimPayment;
    QString m_leePayment;
};

void TestRelaySim::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_callbackServer.listen(QHostAddress::LocalHost));
    connect(&m_callbackServer, &QTcpServer::newConnection, this, &TestRelaySim::acceptCallbacks);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kiosk.sim.debug=false"));
    m_sim.setProcessEnvironment(environment);
    m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sim.start(QStringLiteral(KIOSK_RELAYSIM_BIN),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                 QStringLiteral(KIOSK_RELAYSIM_SEED), QStringLiteral("--access-key"), kAccessKey,
                 QStringLiteral("--callback-key"), kCallbackKey, QStringLiteral("--callback-url"),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(m_callbackServer.serverPort()),
                 QStringLiteral("--chain-delay"), QStringLiteral("0.2"),
                 QStringLiteral("--payment-timeout"), QStringLiteral("2"),
                 QStringLiteral("--close-window"), QStringLiteral("1"),
                 QStringLiteral("--forced-close"), QStringLiteral("60")});
    QVERIFY2(m_sim.waitForStarted(10000), qPrintable(m_sim.errorString()));
    while (!m_sim.canReadLine())
        QVERIFY2(m_sim.waitForReadyRead(10000), "the simulator printed no URL line");
    const QString first = QString::fromUtf8(m_sim.readLine()).trimmed();
    QVERIFY2(first.startsWith(u"listening on http://127.0.0.1:"), qPrintable(first));
    m_base = QUrl(first.mid(qsizetype(sizeof("listening on ") - 1)));
    QVERIFY(m_base.port() > 0);

    m_kim = address(kKimKey);
    m_kimPayment = paymentIdOf(kCafe, kKimPurchase);
    m_leePayment = paymentIdOf(kCafe, kLeePurchase);
}

void TestRelaySim::init()
{
    QCOMPARE(post(QStringLiteral("/sim/reset"), {}).code(), 0);
    const Response config = post(QStringLiteral("/sim/config"),
                                 {{QStringLiteral("paymentTimeoutSeconds"), 2},
                                  {QStringLiteral("forcedCloseSeconds"), 60},
                                  {QStringLiteral("chainDelaySeconds"), 0.2},
                                  {QStringLiteral("closeWindowSeconds"), 1},
                                  {QStringLiteral("approver"), QStringLiteral("customer")}});
    QCOMPARE(config.code(), 0);
}

void TestRelaySim::cleanupTestCase()
{
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.terminate();
        if (!m_sim.waitForFinished(5000)) {
            m_sim.kill();
            m_sim.waitForFinished();
        }
    }
}

Response TestRelaySim::request(const QByteArray &method, const QString &path,
                               const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setTransferTimeout(10000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Response response;
    response.elapsedMs = timer.elapsed();
    response.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    reply->deleteLater();
    return response;
}

Response TestRelaySim::post(const QString &path, const QJsonObject &body,
                            const QByteArray &authorization)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!authorization.isNull())
        headers.append({"Authorization", authorization});
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

int TestRelaySim::statusOf(const QString &paymentId)
{
    return get(QStringLiteral("/v1/payment/item?paymentId=") + paymentId).status();
}

quint64 TestRelaySim::nonceOf(const QString &account)
{
    const Response response = get(QStringLiteral("/v1/ledger/nonce/") + account);
    return response.data().value(u"nonce").toString().toULongLong();
}

QString TestRelaySim::latestSequence()
{
    return get(QStringLiteral("/v1/task/sequence/latest")).data().value(u"sequence").toString();
}

// A minimal HTTP endpoint for the simulator's v1 callbacks: read one request, answer 200.
void TestRelaySim::acceptCallbacks()
{
    while (QTcpSocket *socket = m_callbackServer.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            socket->setProperty("buffer", buffer);
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            QJsonObject received =
                QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
            received.insert(QStringLiteral("authorizationHeader"),
                            QString::fromUtf8(buffer.left(headerEnd))
                                .contains(QString(u"\nAuthorization: " + kCallbackKey)));
            m_callbacksReceived.append(received);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
    }
}

void TestRelaySim::commandLine()
{
    const auto run = [](const QStringList &args) {
        QProcess process;
        process.start(QStringLiteral(KIOSK_RELAYSIM_BIN), args);
        process.waitForFinished(10000);
        return std::make_tuple(process.exitCode(),
                               QString::fromUtf8(process.readAllStandardOutput()),
                               QString::fromUtf8(process.readAllStandardError()));
    };
    [[maybe_unused]] const auto [helpCode, helpOut, helpErr] = run({QStringLiteral("--help")});
    QCOMPARE(helpCode, 0);
    for (const char *flag : {"--port", "--seed", "--access-key", "--callback-url", "--callback-key",
                             "--payment-signer", "--approver", "--payment-timeout",
                             "--forced-close", "--chain-delay", "--close-window"})
        QVERIFY2(helpOut.contains(QLatin1String(flag)), flag);

    const QList<QStringList> bad{
        {QStringLiteral("--port"), QStringLiteral("70000")},
        {QStringLiteral("--approver"), QStringLiteral("nobody")},
        {QStringLiteral("--chain-delay"), QStringLiteral("soon")},
        {QStringLiteral("--payment-timeout"), QStringLiteral("-1")},
        {QStringLiteral("--callback-url"), QStringLiteral("http://example.com/hook")},
        {QStringLiteral("--payment-signer"), QStringLiteral("0x1234")},
        {QStringLiteral("--seed"), QStringLiteral("/nonexistent/seed.json")},
        {QStringLiteral("--no-such-flag")},
    };
    for (const QStringList &args : bad) {
        const auto [code, out, err] = run(args);
        QVERIFY2(code == 2, qPrintable(args.join(u' ')));
        QVERIFY2(out.isEmpty(), qPrintable(out));
        QCOMPARE(err.trimmed().count(u'\n'), 0); // one clear line
        QVERIFY(!err.trimmed().isEmpty());
    }
}

void TestRelaySim::envelopeAndHttpErrors()
{
    const Response chain = get(QStringLiteral("/v1/chain/side/id"));
    QCOMPARE(chain.http, 200);
    QCOMPARE(chain.code(), 0);
    QCOMPARE(chain.data().value(u"chainId").toInteger(), qint64(kChainId));

    const Response item = get(QStringLiteral("/v2/payment/item?paymentId=") + m_kimPayment);
    QCOMPARE(item.code(), 0);
    QCOMPARE(item.status(), 18);
    QCOMPARE(item.data().value(u"purchaseId").toString(), kKimPurchase);
    QCOMPARE(item.data().value(u"account").toString(), m_kim);
    QCOMPARE(item.data().value(u"amount").toString(), QStringLiteral("15000000000000000000000"));
    for (const char *field : {"paidPoint", "feePoint", "feeValue"}) {
        const QString value = item.data().value(QLatin1String(field)).toString();
        QVERIFY2(value.endsWith(QStringLiteral("000000000")), field); // multiples of 10^9
    }

    const Response malformed = request("POST", QStringLiteral("/v1/payment/cancel/open"), "{oops",
                                       {{"Content-Type", "application/json"}});
    QCOMPARE(malformed.http, 400);
    QVERIFY(!malformed.json.contains(u"code"));

    const Response unknown = get(QStringLiteral("/v1/no/such/route"));
    QCOMPARE(unknown.http, 404);

    const Response missing =
        get(QStringLiteral("/v1/payment/item?paymentId=0x") + QString(64, u'0'));
    QCOMPARE(missing.code(), 2003);
    QCOMPARE(missing.json.value(u"error").toObject().value(u"message").toString(),
             QStringLiteral("The payment ID is not exist"));
    QVERIFY(!missing.json.contains(u"data"));

    // Ids pass validation in any case, but lookups are exact.
    QCOMPARE(
        get(QStringLiteral("/v1/payment/item?paymentId=0x") + m_kimPayment.mid(2).toUpper()).code(),
        2003);
}

void TestRelaySim::validation()
{
    const Response noId = get(QStringLiteral("/v1/payment/item"));
    QCOMPARE(noId.code(), 2001);
    QVERIFY(noId.json.value(u"error").toObject().value(u"validation").isArray());

    const Response badApproval = post(QStringLiteral("/v1/payment/cancel/approval"),
                                      {{QStringLiteral("paymentId"), QStringLiteral("0x12")},
                                       {QStringLiteral("approval"), QStringLiteral("maybe")},
                                       {QStringLiteral("signature"), QStringLiteral("0xzz")}});
    QCOMPARE(badApproval.code(), 2001);
    const QJsonArray entries =
        badApproval.json.value(u"error").toObject().value(u"validation").toArray();
    QSet<QString> paths;
    for (const QJsonValue &entry : entries)
        paths.insert(entry.toObject().value(u"path").toString());
    QCOMPARE(paths, (QSet<QString>{QStringLiteral("paymentId"), QStringLiteral("approval"),
                                   QStringLiteral("signature")}));

    // "true"/"false" strings are booleans too; a malformed signature fails before any lookup.
    const Response stringBool =
        post(QStringLiteral("/v2/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("approval"), QStringLiteral("TRUE")},
              {QStringLiteral("signature"), QString(QStringLiteral("0x") + QString(130, u'a'))}});
    QCOMPARE(stringBool.code(), 2020); // validation passed; the payment is not open
    const Response shortSig =
        post(QStringLiteral("/v1/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("approval"), true},
              {QStringLiteral("signature"), QString(QStringLiteral("0x") + QString(128, u'a'))}});
    QCOMPARE(shortSig.code(), 2001);
}

void TestRelaySim::v1OpenNeedsAccessKey()
{
    const QJsonObject body{{QStringLiteral("paymentId"), m_kimPayment},
                           {QStringLiteral("terminalId"), QStringLiteral("KIOSK0001")}};
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"), body).code(), 2002);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"), body, "wrong").code(), 2002);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"), body, "Bearer " + kAccessKey.toUtf8())
                 .code(),
             2002);
    // The header wins over the body.
    QJsonObject withBodyKey = body;
    withBodyKey.insert(QStringLiteral("accessKey"), kAccessKey);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"), withBodyKey, "wrong").code(), 2002);
    QCOMPARE(statusOf(m_kimPayment), 18);

    const Response opened = post(QStringLiteral("/v1/payment/cancel/open"), withBodyKey);
    QCOMPARE(opened.code(), 0);
    QCOMPARE(opened.status(), 51);
    QVERIFY(opened.data().value(u"openCancelTimestamp").toInteger() > 0);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"), body, kAccessKey.toUtf8()).code(),
             2022);

    const Response header =
        post(QStringLiteral("/v1/payment/cancel/open"),
             {{QStringLiteral("paymentId"), m_leePayment}}, kAccessKey.toUtf8());
    QCOMPARE(header.code(), 0);
    QCOMPARE(header.data().value(u"terminalId").toString(), QString()); // omitted: overwritten
}

void TestRelaySim::approveConfirmAndClose()
{
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment},
                   {QStringLiteral("terminalId"), QStringLiteral("KIOSK0001")}},
                  kAccessKey.toUtf8())
                 .code(),
             0);
    const QString since = latestSequence();
    QCOMPARE(nonceOf(m_kim), quint64(0));

    const Response approved =
        post(QStringLiteral("/v1/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("approval"), true},
              {QStringLiteral("signature"), signApproval(kKimKey, m_kimPayment, kKimPurchase, 0)}});
    QCOMPARE(approved.code(), 0);
    QCOMPARE(approved.status(), 54);
    QVERIFY(eth::parseHex(approved.data().value(u"txHash").toString(), 32).ok());
    QVERIFY(!approved.data().contains(u"paidPoint")); // the short item
    QCOMPARE(nonceOf(m_kim), quint64(1));
    QCOMPARE(nonceOf(m_kim.toLower()), quint64(1));

    // Closing before the chain confirms, inside the window: 2030.
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/close"),
                  {{QStringLiteral("paymentId"), m_kimPayment}, {QStringLiteral("confirm"), true}},
                  kAccessKey.toUtf8())
                 .code(),
             2030);

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_kimPayment), 57, 5000);
    const QJsonArray events = get(QStringLiteral("/v1/task/list/") + since).list();
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.first().toObject();
    QCOMPARE(event.value(u"type").toString(), QStringLiteral("pay_cancel"));
    QCOMPARE(event.value(u"code").toInt(), 0);
    QVERIFY(event.value(u"sequence").isString());
    QCOMPARE(event.value(u"data").toObject().value(u"paymentStatus").toInt(), 55);
    QCOMPARE(event.value(u"data").toObject().value(u"paymentId").toString(), m_kimPayment);

    // Approval is over; a second one gets 2020.
    QCOMPARE(
        post(QStringLiteral("/v1/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("approval"), true},
              {QStringLiteral("signature"), signApproval(kKimKey, m_kimPayment, kKimPurchase, 1)}})
            .code(),
        2020);

    const Response closed = post(QStringLiteral("/v1/payment/cancel/close"),
                                 {{QStringLiteral("paymentId"), m_kimPayment},
                                  {QStringLiteral("confirm"), QStringLiteral("true")}},
                                 kAccessKey.toUtf8());
    QCOMPARE(closed.code(), 0);
    QCOMPARE(closed.status(), 58);
    QVERIFY(closed.data().value(u"closeCancelTimestamp").toInteger() > 0);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/close"),
                  {{QStringLiteral("paymentId"), m_kimPayment}, {QStringLiteral("confirm"), true}},
                  kAccessKey.toUtf8())
                 .code(),
             2026);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8())
                 .code(),
             2022);
    QCOMPARE(nonceOf(m_kim), quint64(1));
}

void TestRelaySim::rejectThenClose()
{
    const QString terminal = QStringLiteral("KIOSK0001");
    QCOMPARE(post(QStringLiteral("/v2/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment},
                   {QStringLiteral("terminalId"), terminal},
                   {QStringLiteral("signature"), signOpen(kTerminalKey, m_kimPayment, terminal)}})
                 .code(),
             0);
    const QString since = latestSequence();
    const Response rejected =
        post(QStringLiteral("/v2/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("approval"), false},
              {QStringLiteral("signature"), signApproval(kKimKey, m_kimPayment, kKimPurchase, 0)}});
    QCOMPARE(rejected.code(), 0);
    QCOMPARE(rejected.status(), 56);
    QVERIFY(!rejected.data().contains(u"txHash"));
    QCOMPARE(nonceOf(m_kim), quint64(0)); // a rejection never reaches the chain

    const QJsonArray events = get(QStringLiteral("/v1/task/list/") + since).list();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"code").toInt(), 4000);
    QCOMPARE(events.first().toObject().value(u"data").toObject().value(u"paymentStatus").toInt(),
             56);

    // 56 closes to 59 at once, whatever confirm says.
    const Response closed =
        post(QStringLiteral("/v2/payment/cancel/close"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("confirm"), true},
              {QStringLiteral("signature"), signClose(kTerminalKey, m_kimPayment, true)}});
    QCOMPARE(closed.code(), 0);
    QCOMPARE(closed.status(), 59);
    // A failed cancellation may be opened again.
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment},
                   {QStringLiteral("terminalId"), terminal}},
                  kAccessKey.toUtf8())
                 .status(),
             51);
}

void TestRelaySim::v2TerminalSignatures()
{
    const QString terminal = QStringLiteral("KIOSK0001");
    // Any key but a configured payment signer: 1501.
    QCOMPARE(post(QStringLiteral("/v2/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment},
                   {QStringLiteral("terminalId"), terminal},
                   {QStringLiteral("signature"), signOpen(kKimKey, m_kimPayment, terminal)}})
                 .code(),
             1501);
    // Signed for another terminal id: 1501.
    QCOMPARE(post(QStringLiteral("/v2/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment},
                   {QStringLiteral("terminalId"), terminal},
                   {QStringLiteral("signature"),
                    signOpen(kTerminalKey, m_kimPayment, QStringLiteral("OTHER"))}})
                 .code(),
             1501);
    // terminalId is required on v2.
    QCOMPARE(post(QStringLiteral("/v2/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment},
                   {QStringLiteral("signature"), signOpen(kTerminalKey, m_kimPayment, terminal)}})
                 .code(),
             2001);
    QCOMPARE(statusOf(m_kimPayment), 18);
    const Response opened =
        post(QStringLiteral("/v2/payment/cancel/open"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("terminalId"), terminal},
              {QStringLiteral("signature"), signOpen(kTerminalKey, m_kimPayment, terminal)}});
    QCOMPARE(opened.status(), 51);
    QCOMPARE(opened.data().value(u"terminalId").toString(), terminal);
    // A close signature for confirm=true does not close with confirm=false.
    QCOMPARE(post(QStringLiteral("/v2/payment/cancel/close"),
                  {{QStringLiteral("paymentId"), m_kimPayment},
                   {QStringLiteral("confirm"), false},
                   {QStringLiteral("signature"), signClose(kTerminalKey, m_kimPayment, true)}})
                 .code(),
             1501);
    QCOMPARE(post(QStringLiteral("/v2/payment/cancel/close"),
                  {{QStringLiteral("paymentId"), m_kimPayment},
                   {QStringLiteral("confirm"), false},
                   {QStringLiteral("signature"), signClose(kTerminalKey, m_kimPayment, false)}})
                 .code(),
             2030);
}

void TestRelaySim::wrongSignerAndNonce()
{
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8())
                 .code(),
             0);
    const auto approve = [&](const QString &signature) {
        return post(QStringLiteral("/v1/payment/cancel/approval"),
                    {{QStringLiteral("paymentId"), m_kimPayment},
                     {QStringLiteral("approval"), true},
                     {QStringLiteral("signature"), signature}})
            .code();
    };
    QCOMPARE(approve(signApproval(kLeeKey, m_kimPayment, kKimPurchase, 0)), 1501); // another wallet
    QCOMPARE(approve(signApproval(kKimKey, m_kimPayment, kKimPurchase, 1)), 1501); // wrong nonce
    QCOMPARE(approve(signApproval(kKimKey, m_leePayment, kLeePurchase, 0)),
             1501); // another payment
    QCOMPARE(approve(signApproval(kCafeOwnerKey, m_kimPayment, kKimPurchase, 0)),
             1501); // shop mode is off
    QCOMPARE(statusOf(m_kimPayment), 51);
    QCOMPARE(nonceOf(m_kim), quint64(0));
    // A payment that was never opened: 2020 comes before 1501.
    QCOMPARE(
        post(QStringLiteral("/v1/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_leePayment},
              {QStringLiteral("approval"), true},
              {QStringLiteral("signature"), signApproval(kKimKey, m_kimPayment, kKimPurchase, 0)}})
            .code(),
        2020);
}

void TestRelaySim::lateApprovalPostsEvent()
{
    QCOMPARE(
        post(QStringLiteral("/sim/config"), {{QStringLiteral("paymentTimeoutSeconds"), 0}}).code(),
        0);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8())
                 .code(),
             0);
    const QString since = latestSequence();
    QTest::qWait(5); // a millisecond of the relay's time: past a window of 0 s

    // A bad signature is still 1501 when late.
    QCOMPARE(
        post(QStringLiteral("/v1/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("approval"), true},
              {QStringLiteral("signature"), signApproval(kLeeKey, m_kimPayment, kKimPurchase, 0)}})
            .code(),
        1501);
    const Response late =
        post(QStringLiteral("/v1/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("approval"), true},
              {QStringLiteral("signature"), signApproval(kKimKey, m_kimPayment, kKimPurchase, 0)}});
    QCOMPARE(late.code(), 7000);
    QCOMPARE(statusOf(m_kimPayment), 51);
    QCOMPARE(nonceOf(m_kim), quint64(0));
    const QJsonArray events = get(QStringLiteral("/v1/task/list/") + since).list();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(u"code").toInt(), 7000);
    QCOMPARE(events.first().toObject().value(u"data").toObject().value(u"paymentStatus").toInt(),
             51);
}

void TestRelaySim::highSFailsOnChain()
{
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8())
                 .code(),
             0);
    const QString since = latestSequence();
    const QString good = signApproval(kKimKey, m_kimPayment, kKimPurchase, 0);
    const QString high = highSTwin(good);
    QCOMPARE(eth::normalizeSignature(eth::Signature::parse(high).value())->signature.toHex(), good);

    // The relay's own check accepts it...
    const Response sent = post(QStringLiteral("/v1/payment/cancel/approval"),
                               {{QStringLiteral("paymentId"), m_kimPayment},
                                {QStringLiteral("approval"), true},
                                {QStringLiteral("signature"), high}});
    QCOMPARE(sent.code(), 0);
    QCOMPARE(sent.status(), 54);
    // ...the chain does not: 52, no event, no nonce used.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_kimPayment), 52, 5000);
    QCOMPARE(get(QStringLiteral("/v1/task/list/") + since).list().size(), 0);
    QCOMPARE(nonceOf(m_kim), quint64(0));

    // 52 allows a retry, with the low-s form.
    const Response retry = post(QStringLiteral("/v1/payment/cancel/approval"),
                                {{QStringLiteral("paymentId"), m_kimPayment},
                                 {QStringLiteral("approval"), true},
                                 {QStringLiteral("signature"), good}});
    QCOMPARE(retry.status(), 54);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_kimPayment), 57, 5000);
    QCOMPARE(nonceOf(m_kim), quint64(1));
}

void TestRelaySim::taskFeedPages()
{
    QCOMPARE(latestSequence(), QStringLiteral("0"));
    QCOMPARE(get(QStringLiteral("/v1/task/list/latest")).list().size(), 0);
    QCOMPARE(
        post(QStringLiteral("/sim/config"), {{QStringLiteral("paymentTimeoutSeconds"), 0}}).code(),
        0);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8())
                 .code(),
             0);
    QTest::qWait(5); // a millisecond of the relay's time: past a window of 0 s
    const QJsonObject late{
        {QStringLiteral("paymentId"), m_kimPayment},
        {QStringLiteral("approval"), true},
        {QStringLiteral("signature"), signApproval(kKimKey, m_kimPayment, kKimPurchase, 0)}};
    // Every late attempt posts its own 7000 event.
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/approval"), late).code(), 7000);
    const QString start = latestSequence();
    QCOMPARE(start, QStringLiteral("1"));
    for (int i = 0; i < 40; ++i)
        QCOMPARE(post(QStringLiteral("/v1/payment/cancel/approval"), late).code(), 7000);
    QCOMPARE(latestSequence(), QStringLiteral("41"));

    QSet<qint64> seen;
    QString from = start;
    QList<qsizetype> pageSizes;
    for (int page = 0; page < 5; ++page) {
        const QJsonArray events = get(QStringLiteral("/v1/task/list/") + from).list();
        pageSizes.append(events.size());
        if (events.isEmpty())
            break;
        qint64 highest = from.toLongLong();
        for (const QJsonValue &value : events) {
            const qint64 sequence = value.toObject().value(u"sequence").toString().toLongLong();
            QVERIFY(sequence > from.toLongLong());
            QVERIFY(!seen.contains(sequence));
            seen.insert(sequence);
            highest = std::max(highest, sequence);
        }
        from = QString::number(highest);
    }
    QCOMPARE(pageSizes, (QList<qsizetype>{32, 8, 0}));
    QCOMPARE(seen.size(), 40);

    const QJsonArray latest = get(QStringLiteral("/v1/task/list/latest")).list();
    QCOMPARE(latest.size(), 1);
    QCOMPARE(latest.first().toObject().value(u"sequence").toString(), QStringLiteral("41"));
    QCOMPARE(get(QStringLiteral("/v1/task/list/0")).list().size(), 32); // "today", one page
    // As the recorded v2 relay answers (relay-corpus/v2-kioscoin.json, "non-numeric sequence").
    const Response notANumber = get(QStringLiteral("/v1/task/list/abc"));
    QCOMPARE(notANumber.http, 200);
    QCOMPARE(notANumber.code(), 5000);
    QCOMPARE(notANumber.json.value(u"error").toObject().value(u"message").toString(),
             QStringLiteral("Cannot convert abc to a BigInt"));
    QCOMPARE(get(QStringLiteral("/v1/task/list/99999999999999999999999")).list().size(), 0);
}

void TestRelaySim::shopInfo()
{
    const Response cafe = get(QStringLiteral("/v1/payment/shop/info?shopId=") + kCafe);
    QCOMPARE(cafe.code(), 0);
    QCOMPARE(cafe.data().value(u"name").toString(), QStringLiteral("Demo Cafe"));
    QCOMPARE(cafe.data().value(u"status").toInt(), 1);
    QCOMPARE(cafe.data().value(u"account").toString(), address(kCafeOwnerKey));

    const Response unknown =
        get(QStringLiteral("/v2/payment/shop/info?shopId=0x") + QString(64, u'7'));
    QCOMPARE(unknown.code(), 0);
    QCOMPARE(unknown.data().value(u"status").toInt(), 0);
    QCOMPARE(unknown.data().value(u"name").toString(), QString());
    QCOMPARE(unknown.data().value(u"account").toString(), QStringLiteral("0x") + QString(40, u'0'));
    QCOMPARE(unknown.data().value(u"shopId").toString(), QStringLiteral("0x") + QString(64, u'0'));
    QCOMPARE(unknown.data().value(u"usedAmount").toString(), QStringLiteral("0"));

    QCOMPARE(get(QStringLiteral("/v1/payment/shop/info?shopId=cafe")).code(), 2001);
}

void TestRelaySim::closeWindowAndForcedClose()
{
    QCOMPARE(
        post(QStringLiteral("/sim/config"), {{QStringLiteral("closeWindowSeconds"), 0.3}}).code(),
        0);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8())
                 .code(),
             0);
    const QJsonObject close{{QStringLiteral("paymentId"), m_kimPayment},
                            {QStringLiteral("confirm"), true}};
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/close"), close, kAccessKey.toUtf8()).code(),
             2030);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/close"), close).code(), 2002);
    // Past the window (shortened to none, rather than waited for) an unapproved cancellation
    // closes as failed.
    QCOMPARE(
        post(QStringLiteral("/sim/config"), {{QStringLiteral("closeWindowSeconds"), 0}}).code(), 0);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/close"), close, kAccessKey.toUtf8()).code(),
             0);
    QCOMPARE(statusOf(m_kimPayment), 59);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/close"), close, kAccessKey.toUtf8()).code(),
             2029);

    // Forced close: anything left in 51-57 goes to 59, with no event.
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_leePayment}}, kAccessKey.toUtf8())
                 .code(),
             0);
    const QString since = latestSequence();
    QCOMPARE(
        post(QStringLiteral("/sim/config"), {{QStringLiteral("forcedCloseSeconds"), 0.2}}).code(),
        0);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_leePayment), 59, 3000);
    QCOMPARE(latestSequence(), since);
}

void TestRelaySim::shopApproverOnGeneratedShop()
{
    const QString shopId = QStringLiteral("0x") + QString(60, u'a') + QStringLiteral("beef");
    const QString purchase = QStringLiteral("SIM-0001");
    const Response created =
        post(QStringLiteral("/sim/payments"),
             {{QStringLiteral("purchaseId"), purchase},
              {QStringLiteral("amount"), QStringLiteral("1234500000000000000000")},
              {QStringLiteral("currency"), QStringLiteral("KRW")},
              {QStringLiteral("account"), m_kim},
              {QStringLiteral("terminalId"), QStringLiteral("KIOSK0001")},
              {QStringLiteral("shopId"), shopId}});
    QCOMPARE(created.code(), 0);
    QCOMPARE(created.status(), 18);
    const QString paymentId = created.data().value(u"paymentId").toString();
    QVERIFY(eth::normalizePaymentId(paymentId).ok());
    // Payment ids are random, as the relays make them: the same purchase can be paid again.
    const Response again =
        post(QStringLiteral("/sim/payments"), {{QStringLiteral("purchaseId"), purchase},
                                               {QStringLiteral("amount"), QStringLiteral("1")},
                                               {QStringLiteral("currency"), QStringLiteral("KRW")},
                                               {QStringLiteral("account"), m_kim},
                                               {QStringLiteral("shopId"), shopId}});
    QCOMPARE(again.code(), 0);
    QVERIFY(again.data().value(u"paymentId").toString() != paymentId);
    QCOMPARE(
        post(QStringLiteral("/sim/payments"), {{QStringLiteral("purchaseId"), purchase}}).code(),
        2001);

    QString ownerKey;
    QString owner;
    for (const QJsonValue &shop : get(QStringLiteral("/sim/shops")).list()) {
        if (shop.toObject().value(u"shopId").toString() == shopId) {
            ownerKey = shop.toObject().value(u"ownerKey").toString();
            owner = shop.toObject().value(u"account").toString();
        }
    }
    QVERIFY(!ownerKey.isEmpty());
    QCOMPARE(address(ownerKey), owner);
    QCOMPARE(get(QStringLiteral("/v1/payment/shop/info?shopId=") + shopId)
                 .data()
                 .value(u"account")
                 .toString(),
             owner);

    QCOMPARE(
        post(QStringLiteral("/sim/config"), {{QStringLiteral("approver"), QStringLiteral("shop")}})
            .code(),
        0);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), paymentId}}, kAccessKey.toUtf8())
                 .code(),
             0);
    const auto approve = [&](const QString &signature) {
        return post(QStringLiteral("/v1/payment/cancel/approval"),
                    {{QStringLiteral("paymentId"), paymentId},
                     {QStringLiteral("approval"), true},
                     {QStringLiteral("signature"), signature}});
    };
    QCOMPARE(approve(signApproval(kKimKey, paymentId, purchase, 0)).code(), 1501); // the customer
    QCOMPARE(approve(signApproval(ownerKey, paymentId, purchase, 0)).status(), 54);
    QCOMPARE(nonceOf(owner), quint64(1));
    QCOMPARE(nonceOf(m_kim), quint64(0));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(paymentId), 57, 5000);
}

void TestRelaySim::callbacks()
{
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8())
                 .code(),
             0);
    QCOMPARE(
        post(QStringLiteral("/v1/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("approval"), false},
              {QStringLiteral("signature"), signApproval(kKimKey, m_kimPayment, kKimPurchase, 0)}})
            .status(),
        56);
    const auto received = [this](int code) {
        for (const QJsonObject &callback : std::as_const(m_callbacksReceived)) {
            if (callback.value(u"code").toInt() == code &&
                callback.value(u"data").toObject().value(u"paymentId").toString() == m_kimPayment)
                return callback;
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!received(4000).isEmpty(), 5000);
    const QJsonObject denied = received(4000);
    QCOMPARE(denied.value(u"accessKey").toString(), kCallbackKey);
    QCOMPARE(denied.value(u"type").toString(), QStringLiteral("pay_cancel"));
    QCOMPARE(denied.value(u"message").toString(), QStringLiteral("Denied by user"));
    QCOMPARE(denied.value(u"data").toObject().value(u"paymentStatus").toInt(), 56);
    QVERIFY(!denied.value(u"data").toObject().contains(u"openCancelTimestamp"));

    const auto delivered = [this] {
        const QJsonArray records = get(QStringLiteral("/sim/callbacks")).list();
        return records.size() == 1 &&
               records.first().toObject().value(u"state").toString() == u"delivered" &&
               records.first().toObject().value(u"httpStatus").toInt() == 200;
    };
    QTRY_VERIFY_WITH_TIMEOUT(delivered(), 5000);

    // A success event comes from the chain watcher, which also sends the key as a header.
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/close"),
                  {{QStringLiteral("paymentId"), m_kimPayment}, {QStringLiteral("confirm"), false}},
                  kAccessKey.toUtf8())
                 .status(),
             59);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8())
                 .code(),
             0);
    QCOMPARE(
        post(QStringLiteral("/v1/payment/cancel/approval"),
             {{QStringLiteral("paymentId"), m_kimPayment},
              {QStringLiteral("approval"), true},
              {QStringLiteral("signature"), signApproval(kKimKey, m_kimPayment, kKimPurchase, 0)}})
            .status(),
        54);
    QTRY_VERIFY_WITH_TIMEOUT(!received(0).isEmpty(), 5000);
    QCOMPARE(received(0).value(u"data").toObject().value(u"paymentStatus").toInt(), 55);
    QVERIFY(received(0).value(u"authorizationHeader").toBool());
}

void TestRelaySim::faults()
{
    const auto fault = [this](const QJsonObject &spec) {
        return post(QStringLiteral("/sim/faults"), spec).code();
    };

    // delay: the normal answer, late.
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/v1/chain/side/id")},
                    {QStringLiteral("count"), 1},
                    {QStringLiteral("kind"), QStringLiteral("delay")},
                    {QStringLiteral("delayMs"), 300}}),
             0);
    const Response slow = get(QStringLiteral("/v1/chain/side/id"));
    QCOMPARE(slow.code(), 0);
    QVERIFY2(slow.elapsedMs >= 280, qPrintable(QString::number(slow.elapsedMs)));
    QVERIFY(get(QStringLiteral("/v1/chain/side/id")).elapsedMs < 280);

    // malformed: HTTP 200 with a body that is not JSON, for `count` calls.
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/v1/payment/item")},
                    {QStringLiteral("count"), 2},
                    {QStringLiteral("kind"), QStringLiteral("malformed")}}),
             0);
    for (int i = 0; i < 2; ++i) {
        const Response bad = get(QStringLiteral("/v1/payment/item?paymentId=") + m_kimPayment);
        QCOMPARE(bad.http, 200);
        QVERIFY(QJsonDocument::fromJson(bad.body).isNull());
    }
    QCOMPARE(get(QStringLiteral("/v1/payment/item?paymentId=") + m_kimPayment).code(), 0);

    // http500
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/v1/task/sequence/latest")},
                    {QStringLiteral("count"), 1},
                    {QStringLiteral("kind"), QStringLiteral("http500")}}),
             0);
    QCOMPARE(get(QStringLiteral("/v1/task/sequence/latest")).http, 500);
    QCOMPARE(get(QStringLiteral("/v1/task/sequence/latest")).http, 200);

    // code: a relay error instead of the work.
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/v1/payment/cancel/open")},
                    {QStringLiteral("count"), 1},
                    {QStringLiteral("kind"), QStringLiteral("code")},
                    {QStringLiteral("code"), 1534},
                    {QStringLiteral("message"), QStringLiteral("too old")}}),
             0);
    const Response coded = post(QStringLiteral("/v1/payment/cancel/open"),
                                {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8());
    QCOMPARE(coded.http, 200);
    QCOMPARE(coded.code(), 1534);
    QCOMPARE(coded.json.value(u"error").toObject().value(u"message").toString(),
             QStringLiteral("too old"));
    QCOMPARE(statusOf(m_kimPayment), 18);

    // drop: the connection closes without an answer. Qt's network access resends a request
    // whose connection closed before any answer, so a client needs more than one drop to see it.
    const auto remainingFaults = [this] {
        const QJsonArray faults = get(QStringLiteral("/sim/faults")).list();
        return faults.isEmpty() ? 0 : faults.first().toObject().value(u"count").toInt();
    };
    const QJsonObject clearOpen{{QStringLiteral("path"), QStringLiteral("/v1/payment/cancel/open")},
                                {QStringLiteral("count"), 0}};
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/v1/payment/cancel/open")},
                    {QStringLiteral("count"), 10},
                    {QStringLiteral("kind"), QStringLiteral("drop")}}),
             0);
    const Response dropped =
        post(QStringLiteral("/v1/payment/cancel/open"),
             {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8());
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(dropped.http, 0);
    QVERIFY(remainingFaults() < 10);
    QCOMPARE(fault(clearOpen), 0);
    QCOMPARE(statusOf(m_kimPayment), 18);

    // drop-after: the work is done, the answer is lost (and Qt's resend then gets 2022).
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/v1/payment/cancel/open")},
                    {QStringLiteral("count"), 10},
                    {QStringLiteral("kind"), QStringLiteral("drop-after")}}),
             0);
    QCOMPARE(post(QStringLiteral("/v1/payment/cancel/open"),
                  {{QStringLiteral("paymentId"), m_kimPayment}}, kAccessKey.toUtf8())
                 .error,
             QNetworkReply::RemoteHostClosedError);
    QCOMPARE(fault(clearOpen), 0);
    QCOMPARE(statusOf(m_kimPayment), 51);

    // count 0 clears; a bad spec is refused; /sim/ paths cannot be broken.
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/v1/chain/side/id")},
                    {QStringLiteral("count"), 5},
                    {QStringLiteral("kind"), QStringLiteral("http500")}}),
             0);
    QCOMPARE(get(QStringLiteral("/sim/faults")).list().size(), 1);
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/v1/chain/side/id")},
                    {QStringLiteral("count"), 0}}),
             0);
    QCOMPARE(get(QStringLiteral("/v1/chain/side/id")).http, 200);
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/v1/chain/side/id")},
                    {QStringLiteral("count"), 1},
                    {QStringLiteral("kind"), QStringLiteral("explode")}}),
             2001);
    QCOMPARE(fault({{QStringLiteral("path"), QStringLiteral("/sim/reset")},
                    {QStringLiteral("count"), 1},
                    {QStringLiteral("kind"), QStringLiteral("drop")}}),
             2001);
}

void TestRelaySim::hostileInput()
{
    const QStringList posts{QStringLiteral("/v1/payment/cancel/open"),
                            QStringLiteral("/v2/payment/cancel/open"),
                            QStringLiteral("/v1/payment/cancel/approval"),
                            QStringLiteral("/v2/payment/cancel/approval"),
                            QStringLiteral("/v1/payment/cancel/close"),
                            QStringLiteral("/v2/payment/cancel/close"),
                            QStringLiteral("/sim/payments"),
                            QStringLiteral("/sim/faults"),
                            QStringLiteral("/sim/config")};
    const QList<QByteArray> bodies{
        "[]",
        "[1,2,3]",
        "42",
        "\"text\"",
        "null",
        "{}",
        "{\"paymentId\":null}",
        "{\"paymentId\":{\"a\":1},\"approval\":[true],\"signature\":12345,\"confirm\":{}}",
        "{\"paymentId\":\"" + m_kimPayment.toUtf8() + "\",\"terminalId\":\"" +
            QByteArray(100000, 'x') + "\"}",
        "{\"path\":\"/v1/chain/side/id\",\"count\":1e300,\"kind\":\"delay\",\"delayMs\":-5}",
        "{\"paymentTimeoutSeconds\":\"soon\",\"approver\":7}",
        "{\"purchaseId\":\"x\",\"amount\":"
        "\"999999999999999999999999999999999999999999999999999999999999999999999999999999\","
        "\"currency\":\"krw\",\"account\":\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\"}",
        "\xff\xfe{garbage",
        "{\"a\":\"\\ud800\"}"};
    for (const QString &path : posts) {
        for (const QByteArray &body : bodies) {
            const Response response =
                request("POST", path, body, {{"Content-Type", "application/json"}});
            QVERIFY2(response.http == 200 || response.http == 400,
                     qPrintable(path + u' ' + QString::fromUtf8(body.left(40))));
        }
    }
    for (const QString &path :
         {QStringLiteral("/v1/ledger/nonce/not-an-address"), QStringLiteral("/v1/ledger/nonce/%00"),
          QStringLiteral("/v1/task/list/-1"), QStringLiteral("/v1/task/list/%20"),
          QStringLiteral("/v1/payment/item?paymentId=&paymentId=x"),
          QStringLiteral("/v1/payment/shop/info?shopId=%ff%fe")}) {
        const Response response = get(path);
        QVERIFY2(response.http == 200 || response.http == 404 || response.http == 500,
                 qPrintable(path));
    }
    // Not HTTP at all.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, quint16(m_base.port()));
    QVERIFY(raw.waitForConnected(5000));
    raw.write(QByteArray(4096, '\x01') + "\r\n\r\n");
    raw.waitForBytesWritten(5000);
    raw.abort();

    QCOMPARE(m_sim.state(), QProcess::Running);
    QCOMPARE(get(QStringLiteral("/v1/chain/side/id")).code(), 0);
}

QTEST_GUILESS_MAIN(TestRelaySim)
#include "tst_relaysim.moc"
