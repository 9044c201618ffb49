// SPDX-License-Identifier: MIT
// The relay simulator's data: options and configuration, shops, payments, task events, the
// demo seed, and RelayState, which holds what the relay's database and the chain would.
// Plain values without I/O, so the endpoints and the simulated chain stay readable.
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "eth/uint256.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace kiosk::sim {

// Requests, connections and the simulator as a whole; each area has its own category too.
Q_DECLARE_LOGGING_CATEGORY(lcSim)

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

// Who must sign a cancel approval: the payment's customer (this product's design card) or
// the shop's owner (what the published relay and its contract accept).
enum class Approver
{
    Customer,
    Shop,
};
QString approverName(Approver approver);
std::optional<Approver> approverFromName(QStringView name);

// Every duration in milliseconds: tests run with fractions of a second.
struct SimConfig
{
    qint64 paymentTimeoutMs = 45000;
    qint64 forcedCloseMs = 300000;
    qint64 chainDelayMs = 2000;
    qint64 closeWindowMs = 40000;
    Approver approver = Approver::Customer;

    QJsonObject toJson() const;
};

// "0.2", "45", "1e1": seconds, finite, 0 to 10^6; returns milliseconds.
Result<qint64> parseSeconds(QStringView text);
Result<qint64> secondsToMs(double seconds);

// paymentStatus codes the simulator produces.
namespace status {
inline constexpr int ClosedNew = 18;
inline constexpr int OpenedCancel = 51;
inline constexpr int ApprovedCancelFailedTx = 52;
inline constexpr int ApprovedCancelRevertedTx = 53;
inline constexpr int ApprovedCancelSentTx = 54;
inline constexpr int ApprovedCancelConfirmedTx = 55;
inline constexpr int DeniedCancel = 56;
inline constexpr int ReplyCompletedCancel = 57;
inline constexpr int ClosedCancel = 58;
inline constexpr int FailedCancel = 59;
} // namespace status

// The payment as the chain contract sees it; the relay's answers depend on it as much as on
// its own paymentStatus.
enum class ChainState
{
    ClosedPayment, // the purchase is paid; no cancellation reached the chain
    OpenedCancel,  // an approval was mined
    ClosedCancel,  // closed with confirm: points returned
    FailedCancel,  // closed without confirm: stuck for good
};
QString chainStateName(ChainState state);

struct Shop
{
    QString shopId; // lower-case 0x + 64 hex
    QString name;
    QString currency;
    int status = 1; // 1 active
    eth::Address owner;
    QString ownerKey; // demo key text (public test keys, or derived from the shop id)
    bool generated = false;
};

struct Person
{
    QString name;
    QString key; // demo key text, printed at start
    eth::Address address;
};

struct Payment
{
    QString paymentId;
    QString purchaseId;
    eth::UInt256 amount;
    QString currency;
    QString shopId;
    QString account; // as the shop sent it
    eth::Address accountAddress;
    QString terminalId;
    eth::UInt256 paidPoint;
    eth::UInt256 paidValue;
    eth::UInt256 feePoint;
    eth::UInt256 feeValue;
    eth::UInt256 totalPoint;
    eth::UInt256 totalValue;
    int paymentStatus = status::ClosedNew;
    ChainState chain = ChainState::ClosedPayment;
    qint64 openNewTimestamp = 0; // unix seconds, as the relay shows them
    qint64 closeNewTimestamp = 0;
    qint64 openCancelTimestamp = 0;
    qint64 closeCancelTimestamp = 0;
    qint64 openCancelMs = 0; // the same instant in ms, for sub-second timeouts
    QString txHash;          // of the last approval sent to the chain
    bool txWillFail = false; // the chain rejects that approval (high s, v 0/1)

    QJsonObject toItem() const;
    QJsonObject toShortItem() const; // the approval answer
    QJsonObject toEventData() const; // events and callbacks: no amounts in points, no times
};

// Amounts: 1 point = 1 unit of the currency; a 5 % fee; points and fees are multiples of 10^9.
Result<Payment> makePayment(const QString &purchaseId, const eth::UInt256 &amount,
                            const QString &currency, const QString &shopId, const QString &account,
                            const QString &terminalId, qint64 nowSeconds);

// keccak256(utf8(shopId + ":" + purchaseId)) as 0x-hex: the same demo data, the same ids.
QString paymentIdFor(const QString &shopId, const QString &purchaseId);

// A shop registered on the fly gets an owner whose key is keccak256("loyalty-relay-sim:shop:"
// + shopId): random-looking, yet reproducible by anyone who reads this.
Result<Shop> generatedShop(const QString &shopId, const QString &currency);

std::optional<eth::UInt256> addAmounts(const eth::UInt256 &a, const eth::UInt256 &b);

struct SeedPayment
{
    QString purchaseId;
    eth::UInt256 amount;
    QString currency;
    int shop = 0;
    int customer = 0;
    QString terminalId;
};

// resources/demo/relay-seed.json
struct Seed
{
    quint64 chainId = 0;
    QString terminalId;
    Person terminal;
    QList<Shop> shops;
    QList<Person> customers;
    QList<SeedPayment> payments;

    static Result<Seed> load(const QString &path);
    static Result<Seed> fromJson(const QByteArray &json);
};

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

// A payment's item (answers, events) as this flavour sends it: the v1-only relay has no
// terminalId.
QJsonObject shapedItem(Flavor flavor, QJsonObject item);

// One event of the task feed (a `pay_cancel` task), also sent as a v1 callback.
struct TaskEvent
{
    qint64 sequence = 0;
    int code = 0;
    QString message;
    QJsonObject data;
    qint64 timeMs = 0;
    QJsonObject toJson() const;
};

// What the relay's database and the chain hold: payments in creation order, shops, and the
// signers' nonces. The endpoints, the admin API and the simulated chain share one.
class RelayState
{
public:
    explicit RelayState(bool delegators) : m_delegators(delegators) {}

    // Back to the seed's shops and payments; `idSeed` makes the new payment ids reproducible.
    void reset(const Seed &seed, std::optional<quint64> idSeed);
    // Bumped by reset() so that a transaction "mined" afterwards is ignored.
    quint64 generation() const { return m_generation; }

    void addPayment(const Payment &payment);
    Payment *findPayment(const QString &paymentId);
    // In creation order, as the admin API lists them.
    QList<const Payment *> payments() const;
    // In no particular order, for a sweep that changes them.
    QHash<QString, Payment> &paymentsById() { return m_payments; }
    qsizetype paymentCount() const { return m_payments.size(); }

    const QList<Shop> &shops() const { return m_shops; }
    const Shop *findShop(const QString &shopId) const;
    void addShop(const Shop &shop) { m_shops.append(shop); }
    // The shop's delegator (a key derived from the shop id), or nullopt without --delegator.
    std::optional<eth::Address> delegatorOf(const Shop &shop) const;

    quint64 nonceOf(const eth::Address &address) const;
    // The contract consumes the signer's nonce when it accepts an approval.
    void consumeNonce(const eth::Address &address);

    // keccak256(abi.encode(account, nonce, 32 random bytes)), as the relays make them.
    QString newPaymentId(const eth::Address &account);

private:
    bool m_delegators = false;
    QHash<QString, Payment> m_payments;
    QStringList m_paymentOrder;
    QList<Shop> m_shops;
    QHash<QByteArray, quint64> m_nonces; // by address bytes
    QRandomGenerator m_random;
    quint64 m_paymentsCreated = 0;
    quint64 m_generation = 0;
};

// The relay's clock, and the random hex it makes keys and transaction hashes of.
qint64 nowMs();
qint64 nowSeconds();
QString randomHex(int bytes);

} // namespace kiosk::sim
