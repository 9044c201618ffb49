// SPDX-License-Identifier: MIT
// A relay simulator: the loyalty relay's kiosk-facing HTTP API (v1 and v2), its payment
// cancellation state machine, a simulated chain, the task feed and v1 callbacks, plus an admin
// API under /sim/ for tests and demos. docs/relay-simulator.md describes it for people.
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "simmodel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace kiosk::sim {

class HttpReply;
class SimHttpServer;
struct HttpRequest;

// Which published relay to play: the v2 relay (bosagora/payment-contract-boa, v1 and v2 paths,
// task feed) or the older v1-only relay (bosagora/dms-osx: no terminalId anywhere, no task feed
// and no /v2 paths (HTTP 404 with an HTML page), a cancellation reopens only from 18).
enum class Flavor
{
    V2,
    V1Only,
};
QString flavorName(Flavor flavor);
std::optional<Flavor> flavorFromName(QStringView name);

struct SimOptions
{
    Flavor flavor = Flavor::V2;
    qint64 idleCloseMs = 0; // close keep-alive connections idle this long; 0: never
    bool noShopApp = false; // cancel open answers 2005: no shop app to notify (still 51)
    // Every shop has a delegator whose key the relay holds: the relay approves an opened
    // cancellation by itself (with the delegator's address and nonce), nobody signs.
    bool delegators = false;
    std::optional<quint64> idSeed;      // payment ids reproducible from this seed; else random
    QString accessKey;                  // empty: a random one is generated
    QString callbackKey;                // empty: a random one is generated
    QUrl callbackUrl;                   // empty: no v1 callbacks; must be loopback
    QList<eth::Address> paymentSigners; // v2 terminals; empty: the seed's terminal
    std::optional<quint64> chainId;     // overrides the seed's
    SimConfig config;
};

class RelaySimulator : public QObject
{
    Q_OBJECT

public:
    RelaySimulator(Seed seed, SimOptions options, QObject *parent = nullptr);
    ~RelaySimulator() override;

    // Listens on 127.0.0.1 only (port 0 picks a free one); returns the port.
    Result<quint16> listen(quint16 port);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    // What the executable prints at start, the URL line first.
    QStringList banner() const;

    QString accessKey() const { return m_options.accessKey; }
    QString callbackKey() const { return m_options.callbackKey; }
    quint64 chainId() const { return m_chainId; }
    const SimConfig &config() const { return m_config; }

    // Back to the seed: payments, shops, nonces, events, callbacks and faults.
    void reset();

Q_SIGNALS:
    void eventPosted(const QJsonObject &event);

private:
    struct Answer
    {
        int httpStatus = 200;
        QByteArray body;
        QByteArray contentType;
    };
    struct Event
    {
        qint64 sequence = 0;
        int code = 0;
        QString message;
        QJsonObject data;
        qint64 timeMs = 0;
        QJsonObject toJson() const;
    };
    struct Fault
    {
        QString kind; // delay, drop, drop-after, http500, malformed, code
        int remaining = 0;
        int delayMs = 0;
        int code = 0;
        QString message;
        QJsonObject toJson(const QString &path) const;
    };
    struct Verified
    {
        eth::Address signer;
        bool chainRejects = false; // high s or v 0/1: the relay accepts, the contract does not
    };

    void onRequest(const HttpRequest &request, const std::shared_ptr<HttpReply> &reply);
    void serve(const HttpRequest &request, const std::shared_ptr<HttpReply> &reply);
    Answer route(const HttpRequest &request);
    Answer routeAdmin(const HttpRequest &request, const QJsonObject &body);

    // The relay's endpoints.
    Answer chainIdAnswer() const;
    Answer nonceAnswer(const QString &account);
    Answer paymentItem(const HttpRequest &request);
    Answer shopInfo(const HttpRequest &request) const;
    Answer cancelOpen(const HttpRequest &request, const QJsonObject &body, bool v2);
    Answer cancelApproval(const QJsonObject &body);
    Answer cancelClose(const HttpRequest &request, const QJsonObject &body, bool v2);
    Answer taskSequenceLatest() const;
    Answer taskList(const QString &sequence) const;

    // The admin API.
    Answer adminCreatePayment(const QJsonObject &body);
    Answer adminFaults(const QJsonObject &body);
    Answer adminFaultList() const;
    Answer adminConfig(const QJsonObject &body);
    Answer adminPayments() const;
    Answer adminShops() const;
    Answer adminCallbacks() const;

    bool accessKeyAccepted(const HttpRequest &request, const QJsonObject &body) const;
    bool isPaymentSigner(const QByteArray &hash, const QString &signature) const;
    // How the relay authenticates a terminal on open/close: v2 its signature over `hash`, v1 the
    // access key. 0 when accepted, else the relay's code (1501 or 2002).
    int terminalRefusal(const HttpRequest &request, const QJsonObject &body, bool v2,
                        const QByteArray &hash, const QString &signature) const;
    std::optional<Verified> verify(const QByteArray &hash, const QString &signature) const;

    void mine(const QString &paymentId, const QString &txHash, quint64 generation);
    void checkForcedClose();
    void postEvent(int code, const Payment &payment, bool fromWatcher);
    void sendCallback(const QJsonObject &event, bool withAuthorization);

    Payment *findPayment(const QString &paymentId);
    const Shop *findShop(const QString &shopId) const;
    quint64 nonceOf(const eth::Address &address) const;
    // keccak256(abi.encode(account, nonce, 32 random bytes)), as the relays make them.
    QString newPaymentId(const eth::Address &account);
    // The shop's delegator (a key derived from the shop id), or nullopt without --delegator.
    std::optional<eth::Address> delegatorOf(const Shop &shop) const;
    // The relay's own approval for a delegating shop, some time after the open.
    void approveAsDelegator(const QString &paymentId, quint64 generation);
    // The answer's item as this flavour sends it (the v1-only relay has no terminalId).
    Answer okItem(QJsonObject item) const;
    QJsonObject shaped(QJsonObject item) const;
    void addPayment(const Payment &payment);

    static Answer ok(const QJsonValue &data);
    static Answer notFound(const HttpRequest &request);
    static Answer relayError(int code, const QJsonObject &extra = {});
    static Answer validationFailed(const QJsonArray &entries);
    static Answer plain(int httpStatus, const QByteArray &text,
                        const QByteArray &contentType = QByteArrayLiteral("text/plain"));

    Seed m_seed;
    SimOptions m_options;
    SimConfig m_config;
    quint64 m_chainId = 0;
    quint16 m_port = 0;
    SimHttpServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_ticker; // forced close

    QHash<QString, Payment> m_payments;
    QStringList m_paymentOrder;
    QList<Shop> m_shops;
    QHash<QByteArray, quint64> m_nonces; // by address bytes
    QList<Event> m_events;
    qint64 m_nextSequence = 1;
    QHash<QString, Fault> m_faults; // by path
    QList<QJsonObject> m_callbacks;
    qint64 m_nextCallbackId = 1;
    QRandomGenerator m_random;
    quint64 m_paymentsCreated = 0;
    // Bumped by reset() so that a transaction "mined" afterwards is ignored.
    quint64 m_generation = 0;
};

} // namespace kiosk::sim
