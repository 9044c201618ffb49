// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "eth/uint256.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace kiosk::relay {

// Why a relay call did not succeed. A relay answer (kind Relay) carries the relay's own code and
// message; everything else is a transport or local fault and is never read as an answer.
struct RelayError
{
    enum class Kind
    {
        Relay,        // the relay answered with a non-zero code
        NotFound,     // the relay answered, but the thing does not exist (e.g. zeroed shop info)
        InvalidInput, // refused locally before sending (bad id, missing key, ...)
        Timeout,
        ConnectionRefused,
        Tls,
        HttpStatus,  // not HTTP 200
        NotJson,     // body is not a JSON object
        BadResponse, // envelope or a field missing or of the wrong type
        TooLarge,    // body over the size limit
        Network,     // any other transport fault (host not found, connection dropped...)
    };

    Kind kind = Kind::Network;
    QString message; // what went wrong, for logs and staff
    int relayCode = 0;
    int httpStatus = 0;

    bool isTransport() const;
    bool isRelayAnswer() const { return kind == Kind::Relay || kind == Kind::NotFound; }
    // After a POST: the request may have reached the relay and taken effect although no
    // understandable answer came back (lost, cut off, unparseable). Re-read before deciding.
    bool outcomeUnknown() const;
    static QString kindName(Kind kind);
};

template<typename T> using RelayResult = Result<T, RelayError>;

// The two published relays: bosagora/payment-contract-boa (v2 relay, also serves /v1) and
// bosagora/dms-osx (v1 only: no terminalId, no task feed, no /v2 paths, reopens only from 18).
enum class RelayFlavor
{
    V2Relay,
    V1OnlyRelay,
};
QString relayFlavorName(RelayFlavor flavor);

// Relay error codes the kiosk reacts to (relay-api.md). Others in 1000-1999 are contract reverts.
namespace codes {
inline constexpr int InvalidSignature = 1501;
inline constexpr int InvalidSecret = 1505;
inline constexpr int ChainStateDenied = 1532;
inline constexpr int ChainStateDenied2 = 1533;
inline constexpr int TooOldToCancel = 1534;
inline constexpr int ValidationFailed = 2001;
inline constexpr int AccessKeyInvalid = 2002;
inline constexpr int PaymentNotFound = 2003;
inline constexpr int NoShopApp = 2005;
inline constexpr int ApprovalNotAllowed = 2020;
inline constexpr int OpenNotAllowed = 2022;
inline constexpr int CloseNotAllowed = 2024;
inline constexpr int AlreadyApproved = 2025;
inline constexpr int AlreadyClosed = 2026;
inline constexpr int CancelAlreadyFailed = 2027;
inline constexpr int RejectTooLate = 2028;
inline constexpr int ForciblyClosed = 2029;
inline constexpr int CloseTooEarly = 2030;
inline constexpr int V1Disabled = 3004;
inline constexpr int Denied = 4000; // events only
inline constexpr int ContractError = 5000;
inline constexpr int ApprovalTimeout = 7000;
inline constexpr int OtherError = 9000;
} // namespace codes

// paymentStatus values.
namespace status {
inline constexpr int NewOpened = 11;
inline constexpr int NewClosed = 18;
inline constexpr int CancelOpened = 51;
inline constexpr int CancelApprovalFailed = 52;
inline constexpr int CancelApprovalReverted = 53;
inline constexpr int CancelApprovalSent = 54;
inline constexpr int CancelApprovalConfirmed = 55;
inline constexpr int CancelRejected = 56;
inline constexpr int CancelDelivered = 57;
inline constexpr int CancelCompleted = 58;
inline constexpr int CancelFailed = 59;
// The relay takes an approval only in these (51, or 52/53 after a failed one).
inline constexpr bool awaitsApproval(int s)
{
    return s == CancelOpened || s == CancelApprovalFailed || s == CancelApprovalReverted;
}
} // namespace status

struct PaymentItem
{
    QString paymentId; // 0x + 64 lower-case hex
    QString purchaseId;
    eth::UInt256 amount;
    QString currency; // as the shop sent it; compare case-insensitively
    QString shopId;
    eth::Address account; // the customer's wallet
    QString terminalId;
    eth::UInt256 paidPoint, paidValue, feePoint, feeValue, totalPoint, totalValue;
    int paymentStatus = 0;
    qint64 openNewTimestamp = 0, closeNewTimestamp = 0, openCancelTimestamp = 0,
           closeCancelTimestamp = 0;
    QString txHash; // approval answers only, when the approval went to the chain
    // A relay code that came with a step that did happen: 2005 on an open (the cancellation is
    // open, but the shop has no app to be asked). 0 otherwise.
    int relayNotice = 0;

    // Closed is what paymentStatus says: a reopened cancellation keeps its previous, non-zero
    // closeCancelTimestamp while it is open again.
    bool isCancelClosed() const { return paymentStatus == 58 || paymentStatus == 59; }

    static RelayResult<PaymentItem> fromJson(const QJsonObject &object);
    // The short item of an approval answer (no points or timestamps).
    static RelayResult<PaymentItem> fromApprovalJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

struct ShopInfo
{
    QString shopId;
    QString name;
    QString currency;
    int status = 0;       // 0 invalid, 1 active, 2 inactive
    eth::Address account; // owner
    eth::Address delegator;
    eth::UInt256 providedAmount, usedAmount, refundedAmount;

    // An unknown shop answers code 0 with zeroed fields: that is NotFound.
    static RelayResult<ShopInfo> fromJson(const QJsonObject &object);
    bool hasDelegator() const { return !delegator.isNull() && !delegator.isZero(); }
};

struct TaskEvent
{
    eth::UInt256 sequence;
    QString type; // pay_new, pay_cancel, shop_add, ...
    int code = 0;
    QString message;
    QJsonObject data;

    QString paymentId() const
    {
        return data.value(QLatin1String("paymentId")).toString().toLower();
    }
    QString terminalId() const { return data.value(QLatin1String("terminalId")).toString(); }
    int paymentStatus() const { return data.value(QLatin1String("paymentStatus")).toInt(); }

    static RelayResult<TaskEvent> fromJson(const QJsonObject &object);
};

// Small answers: GET /v1/chain/side/id, /v1/ledger/nonce/{account}, /v1/task/sequence/latest,
// /v1/task/list/{sequence}.
RelayResult<eth::UInt256> parseChainId(const QJsonObject &data);
RelayResult<eth::UInt256> parseNonce(const QJsonObject &data);
RelayResult<eth::UInt256> parseSequence(const QJsonObject &data);
RelayResult<QList<TaskEvent>> parseTaskList(const QJsonValue &data);

} // namespace kiosk::relay
