// SPDX-License-Identifier: MIT
// The simulator plays both published relays (--flavor v2|v1-only), and the kiosk works with
// either: kioskctl completes approvals and rejections in shop mode against both, and a request
// survives the relays' 5 s keep-alive close.
#include "demokeys.h"
#include "secretfile.h"
#include "simprocess.h"

#include "eth/messages.h"
#include "eth/secretkey.h"
#include "eth/signing.h"
#include "relay/relayclient.h"

#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;

namespace {
using demo::kCustomer;     // tests/demokeys.h
using demo::kShopOwnerKey; // tests/demokeys.h: the first demo shop's owner
using demo::kTerminalKey;  // tests/demokeys.h

struct Http
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    int code() const { return json().value(u"code").toInt(-1); }
    QJsonObject data() const { return json().value(u"data").toObject(); }
};

Http http(const QString &url, const QByteArray &method, const QString &path,
          const QJsonObject &body = {}, bool withKey = false)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (withKey)
        request.setRawHeader("Authorization", SimProcess::accessKey().toUtf8());
    QNetworkReply *reply = method == "GET" ? network.get(request)
                                           : network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Http answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    reply->deleteLater();
    return answer;
}

QString signature(SimProcess &sim, const QString &paymentId, const QString &purchaseId)
{
    const auto key = eth::SecretKey::fromHex(kShopOwnerKey).value();
    const eth::Address owner = eth::addressOf(key);
    auto nonce = eth::UInt256::fromDecimal(sim.nonceOf(owner.toChecksummed()));
    auto chainId = eth::UInt256::fromDecimal(sim.chainId());
    auto message =
        eth::cancelApprovalMessage(paymentId, purchaseId, owner, chainId.value(), nonce.value());
    return eth::signPersonal(message->hash, key).toHex();
}
} // namespace

class TestRelayFlavors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersAsRecorded_data();
    void answersAsRecorded();
    void shopWithoutAppAnswers2005();
    void paymentIdsRandomAndReproducible();
    void kioskctlShopModeOnBothRelays_data();
    void kioskctlShopModeOnBothRelays();
    void postAfterIdleKeepAliveClose();
    void idleConnectionsAreNotReused();
    void delegatorApprovesWithoutASignature();
};

void TestRelayFlavors::answersAsRecorded_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::newRow("v2") << QStringLiteral("v2");
    QTest::newRow("v1-only") << QStringLiteral("v1-only");
}

void TestRelayFlavors::answersAsRecorded()
{
    QFETCH(QString, flavor);
    const bool v1Only = flavor == u"v1-only";
    SimProcess sim({QStringLiteral("--flavor"), flavor, QStringLiteral("--close-window"),
                    QStringLiteral("0")});
    QVERIFY(sim.isRunning());
    const QString id = sim.createPayment(kCustomer, QStringLiteral("FLAVOR-1"));
    QVERIFY(!id.isEmpty());

    const Http item = http(sim.url(), "GET", u"/v1/payment/item?paymentId=" + id);
    QCOMPARE(item.code(), 0);
    QCOMPARE(item.data().contains(u"terminalId"), !v1Only); // the v1 relay has none anywhere
    for (const QString &path : QStringList{u"/v2/payment/item?paymentId=" + id,
                                           QStringLiteral("/v1/task/sequence/latest"),
                                           QStringLiteral("/v1/task/list/0")}) {
        const Http answer = http(sim.url(), "GET", path);
        if (v1Only) {
            QCOMPARE(answer.status, 404);
            QVERIFY(answer.body.startsWith("<!DOCTYPE html>"));
            QVERIFY(answer.body.contains(
                QByteArray(QByteArray("<pre>Cannot GET ") + path.section(u'?', 0, 0).toUtf8())));
        } else {
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.code(), 0);
        }
    }

    const QJsonObject open{{QStringLiteral("paymentId"), id},
                           {QStringLiteral("terminalId"), QStringLiteral("KIOSK0001")}};
    const Http opened =
        http(sim.url(), "POST", QStringLiteral("/v1/payment/cancel/open"), open, true);
    QCOMPARE(opened.code(), 0);
    QCOMPARE(opened.data().value(u"paymentStatus").toInt(), 51);
    QCOMPARE(opened.data().contains(u"terminalId"), !v1Only);
    const Http closed =
        http(sim.url(), "POST", QStringLiteral("/v1/payment/cancel/close"),
             {{QStringLiteral("paymentId"), id}, {QStringLiteral("confirm"), true}}, true);
    QCOMPARE(closed.data().value(u"paymentStatus").toInt(), 59);
    // Reopening a failed cancellation: the v2 relay does, the v1-only relay answers 2022.
    const Http reopened =
        http(sim.url(), "POST", QStringLiteral("/v1/payment/cancel/open"), open, true);
    QCOMPARE(reopened.code(), v1Only ? 2022 : 0);
    const Http after = http(sim.url(), "GET", u"/v1/payment/item?paymentId=" + id);
    QCOMPARE(after.data().value(u"paymentStatus").toInt(), v1Only ? 59 : 51);
    if (!v1Only) // reopened: the old close time stays, the status says it is open
        QVERIFY(after.data().value(u"closeCancelTimestamp").toInteger() > 0);
}

void TestRelayFlavors::shopWithoutAppAnswers2005()
{
    SimProcess sim({QStringLiteral("--no-shop-app")});
    QVERIFY(sim.isRunning());
    const QString id = sim.createPayment(kCustomer, QStringLiteral("NOAPP-1"));
    const Http opened = http(sim.url(), "POST", QStringLiteral("/v1/payment/cancel/open"),
                             {{QStringLiteral("paymentId"), id},
                              {QStringLiteral("terminalId"), QStringLiteral("KIOSK0001")}},
                             true);
    QCOMPARE(opened.code(), 2005);
    // Opened all the same, as the recorded relays did.
    const Http item = http(sim.url(), "GET", u"/v1/payment/item?paymentId=" + id);
    QCOMPARE(item.data().value(u"paymentStatus").toInt(), 51);
}

void TestRelayFlavors::paymentIdsRandomAndReproducible()
{
    QStringList ids;
    for (const QString &seed : {QStringLiteral("7"), QStringLiteral("7"), QStringLiteral("8")}) {
        SimProcess sim({QStringLiteral("--seed"), seed});
        QVERIFY(sim.isRunning());
        ids << sim.createPayment(kCustomer, QStringLiteral("SAME-PURCHASE"));
        // The same purchase can be paid again: a new, different id.
        const QString again = sim.createPayment(kCustomer, QStringLiteral("SAME-PURCHASE"));
        QVERIFY(eth::normalizePaymentId(again).ok());
        QVERIFY(again != ids.last());
    }
    QCOMPARE(ids.at(0), ids.at(1)); // --seed N: the same ids on every run
    QVERIFY(ids.at(0) != ids.at(2));
    // (the seeded demo payments keep their fixed ids: tst_relaysim checks them)
}

void TestRelayFlavors::kioskctlShopModeOnBothRelays_data()
{
    QTest::addColumn<QString>("flavor");
    QTest::addColumn<bool>("approve");
    QTest::newRow("v2 relay, approve -> 58") << QStringLiteral("v2") << true;
    QTest::newRow("v2 relay, reject -> 59") << QStringLiteral("v2") << false;
    QTest::newRow("v1-only relay, approve -> 58") << QStringLiteral("v1-only") << true;
    QTest::newRow("v1-only relay, reject -> 59") << QStringLiteral("v1-only") << false;
}

void TestRelayFlavors::kioskctlShopModeOnBothRelays()
{
    QFETCH(QString, flavor);
    QFETCH(bool, approve);
    SimProcess sim({QStringLiteral("--flavor"), flavor, QStringLiteral("--approver"),
                    QStringLiteral("shop"), QStringLiteral("--close-window"),
                    QStringLiteral("0.5")});
    QVERIFY(sim.isRunning());
    const QString purchase = QStringLiteral("SHOP-MODE-1");
    const QString id = sim.createPayment(kCustomer, purchase);
    QTemporaryDir state;
    const QStringList common{QStringLiteral("--config"),      QStringLiteral("/dev/null"),
                             QStringLiteral("--relay"),       sim.url(),
                             QStringLiteral("--api"),         QStringLiteral("v1"),
                             QStringLiteral("--access-key"),  secretArg(SimProcess::accessKey()),
                             QStringLiteral("--terminal-id"), QStringLiteral("KIOSK0001"),
                             QStringLiteral("--approver"),    QStringLiteral("shop"),
                             QStringLiteral("--state-dir"),   state.path()};
    const ToolRun check =
        runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN), common + QStringList{QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY2(check.out.contains(flavor == u"v2" ? u"relay kind: v2 relay"
                                                : u"relay kind: v1-only relay"),
             qPrintable(check.out));

    if (flavor == u"v1-only") { // no feed to watch: said at once, not waited on
        const ToolRun watch =
            runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                    common + QStringList{QStringLiteral("watch"), QStringLiteral("--events"),
                                         QStringLiteral("tasks"), QStringLiteral("--for"),
                                         QStringLiteral("30")});
        QCOMPARE(watch.exitCode, 2);
        QVERIFY2(watch.err.contains(u"no task feed"), qPrintable(watch.err));
    }
    const ToolRun open = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN),
                                 common + QStringList{QStringLiteral("open"), id});
    QVERIFY2(open.exitCode == 0, qPrintable(open.out + open.err));
    QStringList run{QStringLiteral("run"), id, QStringLiteral("--response"),
                    signature(sim, id, purchase), QStringLiteral("--json")};
    if (!approve)
        run << QStringLiteral("--reject");
    const ToolRun done = runTool(QStringLiteral(KIOSK_KIOSKCTL_BIN), common + run);
    QVERIFY2(done.exitCode == 0, qPrintable(done.out + done.err));
    QCOMPARE(done.json().value(u"paymentStatus").toInt(), approve ? 58 : 59);
}

void TestRelayFlavors::postAfterIdleKeepAliveClose()
{
    // Both relays close a keep-alive connection idle for 5 s. A POST right then must neither
    // fail nor be sent twice (a second open would answer 2022).
    SimProcess sim({QStringLiteral("--close-idle")});
    QVERIFY(sim.isRunning());
    const QString id = sim.createPayment(kCustomer, QStringLiteral("IDLE-1"));
    relay::RelaySettings settings;
    settings.baseUrl = QUrl(sim.url());
    settings.api = relay::ApiVersion::V2;
    settings.terminalId = QStringLiteral("KIOSK0001");
    settings.terminalKey =
        std::make_shared<eth::SecretKey>(eth::SecretKey::fromHex(kTerminalKey).value());
    settings.getRetries = 0;
    relay::RelayClient client(settings);
    std::optional<relay::RelayResult<relay::PaymentItem>> read, opened;
    client.fetchPayment(id, this, [&](const auto &answer) { read = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 5000);
    QVERIFY(read->ok());
    QTest::qWait(5000); // the relay's idle timeout, to the moment it closes the connection
    client.openCancel(id, this, [&](const auto &answer) { opened = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 5000);
    QVERIFY2(opened->ok(), opened->ok() ? "" : qPrintable(opened->error()));
    QCOMPARE((*opened)->paymentStatus, 51);
}

void TestRelayFlavors::idleConnectionsAreNotReused()
{
    // The client's side of surviving the 5 s close: a connection idle for more than 2 s is not
    // used again, so no request is ever written on one the relay is closing. A keep-alive
    // server that never closes counts the connections.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++connections;
            socket->setParent(&server);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                const QByteArray body = R"({"code":0,"data":{"chainId":1}})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Connection: keep-alive\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        }
    });
    relay::RelaySettings settings;
    settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    settings.getRetries = 0;
    relay::RelayClient client(settings);
    const auto call = [&] {
        std::optional<relay::RelayResult<eth::UInt256>> answer;
        client.fetchChainId(this, [&](const auto &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QVERIFY(answer->ok());
    };
    call();
    call();
    QCOMPARE(connections, 1); // back to back: the connection is kept
    QTest::qWait(3000);       // idle past the client's limit, inside the relay's 5 s
    call();
    QCOMPARE(connections, 2);
}

void TestRelayFlavors::delegatorApprovesWithoutASignature()
{
    // A shop whose delegator's key the relay holds: the relay approves by itself; kioskctl
    // asks for no signature (none is given) and takes the cancellation to 58.
    SimProcess sim(
        {QStringLiteral("--delegator"), QStringLiteral("--approver"), QStringLiteral("shop")});
    QVERIFY(sim.isRunning());
    const QString id = sim.createPayment(kCustomer, QStringLiteral("DELEGATED-1"));
    QTemporaryDir state;
    const ToolRun run = runTool(
        QStringLiteral(KIOSK_KIOSKCTL_BIN),
        {QStringLiteral("--config"), QStringLiteral("/dev/null"), QStringLiteral("--relay"),
         sim.url(), QStringLiteral("--api"), QStringLiteral("v2"), QStringLiteral("--terminal-key"),
         secretArg(kTerminalKey), QStringLiteral("--terminal-id"), QStringLiteral("KIOSK0001"),
         QStringLiteral("--approver"), QStringLiteral("shop"), QStringLiteral("--state-dir"),
         state.path(), QStringLiteral("run"), id, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.json().value(u"paymentStatus").toInt(), 58);
    QVERIFY2(!run.err.contains(u"must sign"), qPrintable(run.err)); // no request was shown
}

QTEST_GUILESS_MAIN(TestRelayFlavors)
#include "tst_relayflavors.moc"
