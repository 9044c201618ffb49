// SPDX-License-Identifier: MIT
#include "relay/relaytypes.h"

#include "eth/hex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <optional>

namespace kiosk::relay {

bool RelayError::isTransport() const
{
    switch (kind) {
    case Kind::Relay:
    case Kind::NotFound:
    case Kind::InvalidInput:
        return false;
    default:
        return true;
    }
}

QString relayFlavorName(RelayFlavor flavor)
{
    switch (flavor) {
    case RelayFlavor::V2Relay:
        return QStringLiteral("v2 relay");
    case RelayFlavor::V1OnlyRelay:
        return QStringLiteral("v1-only relay");
    }
    return {};
}

bool RelayError::outcomeUnknown() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::Network:
    case Kind::NotJson:
    case Kind::BadResponse:
    case Kind::TooLarge:
        return true;
    case Kind::HttpStatus:
        return httpStatus >= 500; // a 4xx (e.g. a body the relay could not read) did nothing
    case Kind::Relay:
    case Kind::NotFound:
    case Kind::InvalidInput:
    case Kind::ConnectionRefused: // nothing was sent
    case Kind::Tls:
        return false;
    }
    return true;
}

QString RelayError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Relay:
        return QStringLiteral("relay");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::HttpStatus:
        return QStringLiteral("http-status");
    case Kind::NotJson:
        return QStringLiteral("not-json");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Network:
        return QStringLiteral("network");
    }
    return QStringLiteral("unknown");
}

namespace {

// Reads typed fields from one JSON object and remembers the first problem, naming the field,
// so a parser reads like a list of fields.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object) : m_object(object) {}

    QString string(const char *field)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (!value.isString())
            return mistyped(field, value, "a string"), QString();
        return value.toString();
    }

    QString optionalString(const char *field)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isUndefined() || value.isNull())
            return {};
        return string(field);
    }

    // Amounts and nonces: decimal strings only (a JSON number would already have lost digits).
    eth::UInt256 decimal(const char *field)
    {
        const QString text = string(field);
        return decimalFrom(field, text);
    }

    // Fields the kiosk can work without: absent (or null) reads as zero/empty; present, they
    // must still have the recorded type.
    eth::UInt256 optionalDecimal(const char *field)
    {
        if (absent(field))
            return {};
        return decimal(field);
    }
    qint64 optionalInteger(const char *field)
    {
        if (absent(field))
            return 0;
        return integer(field);
    }

    eth::UInt256 decimalFrom(const char *field, const QString &text)
    {
        if (!ok())
            return {};
        auto number = eth::UInt256::fromDecimal(text);
        if (!number)
            return problem(field, number.error()), eth::UInt256();
        return number.value();
    }

    // Small integers (status, timestamps): a JSON number or a decimal string.
    qint64 integer(const char *field)
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (std::floor(d) == d && d >= 0 && d < 9007199254740992.0)
                return qint64(d);
        } else if (value.isString()) {
            auto number = eth::UInt256::fromDecimal(value.toString());
            if (number && number->fitsUInt64() && number->toUInt64() < (1ull << 53))
                return qint64(number->toUInt64());
        }
        return mistyped(field, value, "a non-negative integer"), 0;
    }

    // An integer with a known real range: a value outside it is a lie or a fault, never wrapped
    // into a real one (4294967351 is not 55).
    qint64 integerIn(const char *field, qint64 lowest, qint64 highest)
    {
        const qint64 value = integer(field);
        if (ok() && (value < lowest || value > highest))
            problem(field, QCoreApplication::translate("kiosk::relay", "is %1, outside %2..%3")
                               .arg(value)
                               .arg(lowest)
                               .arg(highest));
        return value;
    }
    qint64 optionalIntegerIn(const char *field, qint64 lowest, qint64 highest)
    {
        if (absent(field))
            return 0;
        return integerIn(field, lowest, highest);
    }

    eth::Address address(const char *field)
    {
        const QString text = string(field);
        if (!ok())
            return {};
        auto parsed = eth::Address::parse(text);
        if (!parsed)
            return problem(field, parsed.error()), eth::Address();
        return parsed.value();
    }

    QString bytes32Hex(const char *field)
    {
        const QString text = string(field);
        if (!ok())
            return {};
        auto bytes = eth::parseHex(text, 32);
        if (!bytes)
            return problem(field, bytes.error()), QString();
        return eth::toHex(bytes.value());
    }

    bool absent(const char *field) const
    {
        const QJsonValue value = m_object.value(QLatin1String(field));
        return value.isUndefined() || value.isNull();
    }

    bool ok() const { return !m_error.has_value(); }
    RelayError error() const { return m_error.value_or(RelayError{}); }

private:
    void mistyped(const char *field, const QJsonValue &value, const char *expected)
    {
        problem(field, value.isUndefined()
                           ? QCoreApplication::translate("kiosk::relay", "is missing")
                           : QCoreApplication::translate("kiosk::relay", "is not %1")
                                 .arg(QLatin1String(expected)));
    }
    void problem(const char *field, const QString &what)
    {
        if (m_error)
            return;
        m_error = RelayError{
            RelayError::Kind::BadResponse,
            QCoreApplication::translate("kiosk::relay", "the relay's answer field '%1' %2")
                .arg(QLatin1String(field), what)};
    }

    const QJsonObject &m_object;
    std::optional<RelayError> m_error;
};

// Real ranges: statuses are two digits, relay codes four, timestamps unix seconds (2^40 is in
// the year 36812), chain ids below 2^53 (what a JSON number holds exactly).
constexpr qint64 kMaxPaymentStatus = 99;
constexpr qint64 kMaxRelayCode = 99999;
constexpr qint64 kMaxTimestamp = qint64(1) << 40;
constexpr qint64 kMaxChainId = (qint64(1) << 53) - 1;

// What the kiosk cannot work without; everything else is optional. The v1-only relay sends no
// terminalId at all, and an approval answer has neither points nor timestamps.
void readRequiredFields(FieldReader &r, PaymentItem &item)
{
    item.paymentId = r.bytes32Hex("paymentId");
    item.purchaseId = r.string("purchaseId");
    item.amount = r.decimal("amount");
    item.currency = r.string("currency");
    item.shopId = r.bytes32Hex("shopId");
    item.account = r.address("account");
    item.paymentStatus = int(r.integerIn("paymentStatus", 0, kMaxPaymentStatus));
}

void readOptionalFields(FieldReader &r, PaymentItem &item)
{
    item.terminalId = r.optionalString("terminalId");
    item.paidPoint = r.optionalDecimal("paidPoint");
    item.paidValue = r.optionalDecimal("paidValue");
    item.feePoint = r.optionalDecimal("feePoint");
    item.feeValue = r.optionalDecimal("feeValue");
    item.totalPoint = r.optionalDecimal("totalPoint");
    item.totalValue = r.optionalDecimal("totalValue");
    item.openNewTimestamp = r.optionalIntegerIn("openNewTimestamp", 0, kMaxTimestamp);
    item.closeNewTimestamp = r.optionalIntegerIn("closeNewTimestamp", 0, kMaxTimestamp);
    item.openCancelTimestamp = r.optionalIntegerIn("openCancelTimestamp", 0, kMaxTimestamp);
    item.closeCancelTimestamp = r.optionalIntegerIn("closeCancelTimestamp", 0, kMaxTimestamp);
    item.txHash = r.optionalString("txHash");
}

} // namespace

RelayResult<PaymentItem> PaymentItem::fromJson(const QJsonObject &object)
{
    FieldReader r(object);
    PaymentItem item;
    readRequiredFields(r, item);
    readOptionalFields(r, item);
    if (!r.ok())
        return r.error();
    return item;
}

RelayResult<PaymentItem> PaymentItem::fromApprovalJson(const QJsonObject &object)
{
    return fromJson(object); // the same fields, fewer of them present
}

QJsonObject PaymentItem::toJson() const
{
    QJsonObject o{
        {QStringLiteral("paymentId"), paymentId},
        {QStringLiteral("purchaseId"), purchaseId},
        {QStringLiteral("amount"), amount.toDecimal()},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("shopId"), shopId},
        {QStringLiteral("account"), account.toChecksummed()},
        {QStringLiteral("terminalId"), terminalId},
        {QStringLiteral("paidPoint"), paidPoint.toDecimal()},
        {QStringLiteral("paidValue"), paidValue.toDecimal()},
        {QStringLiteral("feePoint"), feePoint.toDecimal()},
        {QStringLiteral("feeValue"), feeValue.toDecimal()},
        {QStringLiteral("totalPoint"), totalPoint.toDecimal()},
        {QStringLiteral("totalValue"), totalValue.toDecimal()},
        {QStringLiteral("paymentStatus"), paymentStatus},
        {QStringLiteral("openNewTimestamp"), openNewTimestamp},
        {QStringLiteral("closeNewTimestamp"), closeNewTimestamp},
        {QStringLiteral("openCancelTimestamp"), openCancelTimestamp},
        {QStringLiteral("closeCancelTimestamp"), closeCancelTimestamp},
    };
    if (!txHash.isEmpty())
        o.insert(QStringLiteral("txHash"), txHash);
    return o;
}

RelayResult<ShopInfo> ShopInfo::fromJson(const QJsonObject &object)
{
    FieldReader r(object);
    ShopInfo shop;
    shop.shopId = r.bytes32Hex("shopId");
    shop.name = r.string("name");
    shop.currency = r.string("currency");
    shop.status = int(r.integerIn("status", 0, 2));
    shop.account = r.address("account");
    shop.delegator = r.address("delegator");
    shop.providedAmount = r.decimal("providedAmount");
    shop.usedAmount = r.decimal("usedAmount");
    shop.refundedAmount = r.decimal("refundedAmount");
    if (!r.ok())
        return r.error();
    if (shop.account.isZero())
        return RelayError{
            RelayError::Kind::NotFound,
            QCoreApplication::translate("kiosk::relay", "the relay knows no such shop")};
    return shop;
}

RelayResult<TaskEvent> TaskEvent::fromJson(const QJsonObject &object)
{
    FieldReader r(object);
    TaskEvent event;
    event.sequence = object.value(QLatin1String("sequence")).isDouble()
                         ? eth::UInt256(std::uint64_t(r.integer("sequence")))
                         : r.decimal("sequence");
    event.type = r.string("type");
    event.code = int(r.integerIn("code", 0, kMaxRelayCode));
    event.message = r.optionalString("message");
    event.data = object.value(QLatin1String("data")).toObject();
    if (!r.ok())
        return r.error();
    return event;
}

RelayResult<eth::UInt256> parseChainId(const QJsonObject &data)
{
    FieldReader r(data);
    const eth::UInt256 chainId(std::uint64_t(r.integerIn("chainId", 1, kMaxChainId)));
    if (!r.ok())
        return r.error();
    return chainId;
}

RelayResult<eth::UInt256> parseNonce(const QJsonObject &data)
{
    FieldReader r(data);
    const eth::UInt256 nonce = r.decimal("nonce");
    if (!r.ok())
        return r.error();
    return nonce;
}

RelayResult<eth::UInt256> parseSequence(const QJsonObject &data)
{
    FieldReader r(data);
    const eth::UInt256 sequence = data.value(QLatin1String("sequence")).isDouble()
                                      ? eth::UInt256(std::uint64_t(r.integer("sequence")))
                                      : r.decimal("sequence");
    if (!r.ok())
        return r.error();
    return sequence;
}

RelayResult<QList<TaskEvent>> parseTaskList(const QJsonValue &data)
{
    if (!data.isArray())
        return RelayError{
            RelayError::Kind::BadResponse,
            QCoreApplication::translate("kiosk::relay", "the relay's task list is not an array")};
    QList<TaskEvent> events;
    for (const QJsonValue &entry : data.toArray()) {
        auto event = TaskEvent::fromJson(entry.toObject());
        if (!event)
            return event.failure();
        events.append(event.value());
    }
    return events;
}

} // namespace kiosk::relay
