// SPDX-License-Identifier: MIT
// The relay simulator's data: configuration, shops, payments, events and the demo seed.
// Plain values without I/O, so the state machine in RelaySimulator stays readable.
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "eth/uint256.h"

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <optional>

namespace kiosk::sim {

Q_DECLARE_LOGGING_CATEGORY(lcSim)

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

// express-validator's error entry: { type, value, msg, path, location }.
QJsonObject validationEntry(const QString &path, const QString &location, const QJsonValue &value);

// JavaScript's String(value): what the relay compares after `String(req.body.x).trim()`.
QString jsString(const QJsonValue &value);

// The relay's messages for the codes the simulator answers.
QString relayMessage(int code);

} // namespace kiosk::sim
