// SPDX-License-Identifier: MIT
#include "simmodel.h"

#include "eth/abi.h"
#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/messages.h"
#include "eth/secretkey.h"
#include "eth/signing.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <utility>

namespace kiosk::sim {

Q_LOGGING_CATEGORY(lcSim, "kiosk.sim")

namespace {
constexpr std::uint32_t kGwei = 1000000000u; // points and fees are multiples of 10^9
constexpr qint64 kMaxSeconds = 1000000;      // keeps every timer interval within an int of ms

eth::UInt256 truncateToGwei(eth::UInt256 value)
{
    value.divideBy(kGwei);
    value.multiplyAdd(kGwei, 0); // cannot overflow: it restores at most the original value
    return value;
}

// 5 % of value, or nothing on overflow.
std::optional<eth::UInt256> feeOf(eth::UInt256 value)
{
    if (!value.multiplyAdd(5, 0))
        return std::nullopt;
    value.divideBy(100);
    return truncateToGwei(value);
}

// The names the command line and the admin API use, by enum value.
constexpr QStringView kApproverNames[] = {u"customer", u"shop"};
constexpr QStringView kFlavorNames[] = {u"v2", u"v1-only"};
// The admin API's payments list.
constexpr QStringView kChainStateNames[] = {u"closed_payment", u"opened_cancel", u"closed_cancel",
                                            u"failed_cancel"};

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const QStringView (&names)[N], QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == name)
            return Enum(i);
    }
    return std::nullopt;
}

bool isLowerHex(QStringView text, qsizetype digits)
{
    if (text.size() != digits + 2 || !text.startsWith(u"0x"))
        return false;
    for (const QChar c : text.mid(2)) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}
} // namespace

QString approverName(Approver approver)
{
    return kApproverNames[int(approver)].toString();
}

std::optional<Approver> approverFromName(QStringView name)
{
    return enumFromName<Approver>(kApproverNames, name);
}

QJsonObject SimConfig::toJson() const
{
    return {{QStringLiteral("paymentTimeoutSeconds"), double(paymentTimeoutMs) / 1000.0},
            {QStringLiteral("forcedCloseSeconds"), double(forcedCloseMs) / 1000.0},
            {QStringLiteral("chainDelaySeconds"), double(chainDelayMs) / 1000.0},
            {QStringLiteral("closeWindowSeconds"), double(closeWindowMs) / 1000.0},
            {QStringLiteral("approver"), approverName(approver)}};
}

Result<qint64> secondsToMs(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0 || seconds > double(kMaxSeconds))
        return fail(QStringLiteral("must be a number of seconds from 0 to %1").arg(kMaxSeconds));
    return qint64(std::llround(seconds * 1000.0));
}

Result<qint64> parseSeconds(QStringView text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok)
        return fail(QStringLiteral("must be a number of seconds, such as 45 or 0.2"));
    return secondsToMs(seconds);
}

QString chainStateName(ChainState state)
{
    return kChainStateNames[int(state)].toString();
}

QJsonObject Payment::toItem() const
{
    // The event's fields, plus the amounts in points and the times (keys sort themselves).
    // Written apart from the kiosk's relay::PaymentItem on purpose: a simulator that shared the
    // kiosk's idea of the wire format would pass every test with a mistake in it.
    QJsonObject item = toEventData();
    const std::pair<QString, QJsonValue> more[] = {
        {QStringLiteral("paidPoint"), paidPoint.toDecimal()},
        {QStringLiteral("paidValue"), paidValue.toDecimal()},
        {QStringLiteral("feePoint"), feePoint.toDecimal()},
        {QStringLiteral("feeValue"), feeValue.toDecimal()},
        {QStringLiteral("totalPoint"), totalPoint.toDecimal()},
        {QStringLiteral("totalValue"), totalValue.toDecimal()},
        {QStringLiteral("openNewTimestamp"), openNewTimestamp},
        {QStringLiteral("closeNewTimestamp"), closeNewTimestamp},
        {QStringLiteral("openCancelTimestamp"), openCancelTimestamp},
        {QStringLiteral("closeCancelTimestamp"), closeCancelTimestamp},
    };
    for (const auto &[key, value] : more)
        item.insert(key, value);
    return item;
}

QJsonObject Payment::toShortItem() const
{
    QJsonObject item = toEventData();
    if (paymentStatus == status::ApprovedCancelSentTx)
        item.insert(QStringLiteral("txHash"), txHash);
    return item;
}

QJsonObject Payment::toEventData() const
{
    return {{QStringLiteral("paymentId"), paymentId},
            {QStringLiteral("purchaseId"), purchaseId},
            {QStringLiteral("amount"), amount.toDecimal()},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("shopId"), shopId},
            {QStringLiteral("account"), account},
            {QStringLiteral("terminalId"), terminalId},
            {QStringLiteral("paymentStatus"), paymentStatus}};
}

std::optional<eth::UInt256> addAmounts(const eth::UInt256 &a, const eth::UInt256 &b)
{
    const QByteArray x = a.toBigEndian();
    const QByteArray y = b.toBigEndian();
    QByteArray sum(32, '\0');
    unsigned carry = 0;
    for (int i = 31; i >= 0; --i) {
        const unsigned s = unsigned(static_cast<unsigned char>(x[i])) +
                           unsigned(static_cast<unsigned char>(y[i])) + carry;
        sum[i] = char(s & 0xffu);
        carry = s >> 8;
    }
    if (carry != 0)
        return std::nullopt;
    return eth::UInt256::fromBigEndian(sum);
}

Result<Payment> makePayment(const QString &purchaseId, const eth::UInt256 &amount,
                            const QString &currency, const QString &shopId, const QString &account,
                            const QString &terminalId, qint64 nowSeconds)
{
    if (purchaseId.isEmpty() || purchaseId.size() > eth::kMaxRelayTextLength)
        return fail(
            QStringLiteral("purchaseId must be 1 to %1 characters").arg(eth::kMaxRelayTextLength));
    if (terminalId.size() > eth::kMaxRelayTextLength)
        return fail(QStringLiteral("terminalId must be at most %1 characters")
                        .arg(eth::kMaxRelayTextLength));
    if (currency.trimmed().isEmpty() || currency.size() > 12)
        return fail(QStringLiteral("currency must be a short code such as krw"));
    if (!isLowerHex(shopId, 64))
        return fail(QStringLiteral("shopId must be 0x + 64 lower-case hex digits"));
    auto address = eth::Address::parse(account);
    if (!address)
        return fail(QStringLiteral("account %1").arg(address.error()));

    Payment p;
    p.paymentId = paymentIdFor(shopId, purchaseId);
    p.purchaseId = purchaseId;
    p.amount = amount;
    p.currency = currency;
    p.shopId = shopId;
    p.account = account;
    p.accountAddress = address.value();
    p.terminalId = terminalId;
    p.paidValue = amount;
    p.paidPoint = truncateToGwei(amount);
    const auto feeValue = feeOf(p.paidValue);
    const auto feePoint = feeOf(p.paidPoint);
    if (!feeValue || !feePoint)
        return fail(QStringLiteral("amount is too large"));
    p.feeValue = *feeValue;
    p.feePoint = *feePoint;
    const auto totalPoint = addAmounts(p.paidPoint, p.feePoint);
    const auto totalValue = addAmounts(p.paidValue, p.feeValue);
    if (!totalPoint || !totalValue)
        return fail(QStringLiteral("amount is too large"));
    p.totalPoint = *totalPoint;
    p.totalValue = *totalValue;
    p.paymentStatus = status::ClosedNew;
    p.openNewTimestamp = nowSeconds;
    p.closeNewTimestamp = nowSeconds;
    return p;
}

QString paymentIdFor(const QString &shopId, const QString &purchaseId)
{
    return eth::toHex(eth::keccak256(QString(shopId + u':' + purchaseId).toUtf8()));
}

Result<Shop> generatedShop(const QString &shopId, const QString &currency)
{
    QByteArray material = QString(QStringLiteral("loyalty-relay-sim:shop:") + shopId).toUtf8();
    // A hash that is not a valid scalar is astronomically unlikely; hash again if it happens.
    for (int attempt = 0; attempt < 8; ++attempt) {
        material = eth::keccak256(material);
        const QString keyText = eth::toHex(material);
        auto key = eth::SecretKey::fromHex(keyText);
        if (!key)
            continue;
        Shop shop;
        shop.shopId = shopId;
        shop.name = QStringLiteral("Shop ") + shopId.mid(2, 8);
        shop.currency = currency;
        shop.owner = eth::addressOf(key.value());
        shop.ownerKey = keyText;
        shop.generated = true;
        return shop;
    }
    return fail(QStringLiteral("no owner key could be derived for shop %1").arg(shopId));
}

namespace {
Result<Person> personFrom(const QJsonObject &object, const QString &where)
{
    Person person;
    person.name = object.value(u"name").toString(where);
    person.key = object.value(u"key").toString();
    auto key = eth::SecretKey::fromHex(person.key);
    if (!key)
        return fail(where + QStringLiteral(".key ") + key.error());
    person.address = eth::addressOf(key.value());
    return person;
}

Result<QString> textField(const QJsonObject &object, QStringView name, const QString &where,
                          bool allowEmpty = false)
{
    const QJsonValue value = object.value(name);
    if (!value.isString() || (!allowEmpty && value.toString().isEmpty()) ||
        value.toString().size() > eth::kMaxRelayTextLength)
        return fail(QStringLiteral("%1.%2 must be a string of at most %3 characters")
                        .arg(where, name.toString())
                        .arg(eth::kMaxRelayTextLength));
    return value.toString();
}
} // namespace

Result<Seed> Seed::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto seed = fromJson(file.read(4 * 1024 * 1024));
    if (!seed)
        return fail(path + QStringLiteral(": ") + seed.error());
    return seed;
}

Result<Seed> Seed::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(QStringLiteral("not a JSON object (%1)").arg(error.errorString()));
    const QJsonObject root = document.object();

    Seed seed;
    const double chainId = root.value(u"chainId").toDouble(-1);
    if (chainId < 1 || chainId > 9007199254740991.0 || chainId != std::floor(chainId))
        return fail(QStringLiteral("chainId must be a positive integer"));
    seed.chainId = quint64(chainId);

    const QJsonObject terminal = root.value(u"terminal").toObject();
    auto terminalId = textField(terminal, u"id", QStringLiteral("terminal"));
    if (!terminalId)
        return fail(terminalId.error());
    seed.terminalId = terminalId.value();
    auto terminalPerson = personFrom(terminal, QStringLiteral("terminal"));
    if (!terminalPerson)
        return fail(terminalPerson.error());
    seed.terminal = terminalPerson.value();
    seed.terminal.name = QStringLiteral("Demo terminal ") + seed.terminalId;

    const QJsonArray shops = root.value(u"shops").toArray();
    if (shops.isEmpty())
        return fail(QStringLiteral("shops must list at least one shop"));
    for (qsizetype i = 0; i < shops.size(); ++i) {
        const QJsonObject s = shops.at(i).toObject();
        const QString where = QStringLiteral("shops[%1]").arg(i);
        Shop shop;
        shop.shopId = s.value(u"shopId").toString();
        if (!isLowerHex(shop.shopId, 64))
            return fail(where + QStringLiteral(".shopId must be 0x + 64 lower-case hex digits"));
        auto name = textField(s, u"name", where);
        auto currency = textField(s, u"currency", where);
        if (!name || !currency)
            return fail(name ? currency.error() : name.error());
        shop.name = name.value();
        shop.currency = currency.value();
        shop.ownerKey = s.value(u"ownerKey").toString();
        auto key = eth::SecretKey::fromHex(shop.ownerKey);
        if (!key)
            return fail(where + QStringLiteral(".ownerKey ") + key.error());
        shop.owner = eth::addressOf(key.value());
        for (const Shop &other : std::as_const(seed.shops)) {
            if (other.shopId == shop.shopId)
                return fail(where + QStringLiteral(".shopId is listed twice"));
        }
        seed.shops.append(shop);
    }

    const QJsonArray customers = root.value(u"customers").toArray();
    for (qsizetype i = 0; i < customers.size(); ++i) {
        auto person =
            personFrom(customers.at(i).toObject(), QStringLiteral("customers[%1]").arg(i));
        if (!person)
            return fail(person.error());
        seed.customers.append(person.value());
    }

    const QJsonArray payments = root.value(u"payments").toArray();
    for (qsizetype i = 0; i < payments.size(); ++i) {
        const QJsonObject p = payments.at(i).toObject();
        const QString where = QStringLiteral("payments[%1]").arg(i);
        SeedPayment payment;
        auto purchaseId = textField(p, u"purchaseId", where);
        auto currency = textField(p, u"currency", where);
        auto terminalText = textField(p, u"terminalId", where, true);
        if (!purchaseId || !currency || !terminalText)
            return fail(!purchaseId ? purchaseId.error()
                                    : (!currency ? currency.error() : terminalText.error()));
        auto amount = eth::UInt256::fromDecimal(p.value(u"amount").toString());
        if (!amount)
            return fail(where + QStringLiteral(".amount ") + amount.error());
        payment.purchaseId = purchaseId.value();
        payment.currency = currency.value();
        payment.terminalId = terminalText.value();
        payment.amount = amount.value();
        payment.shop = p.value(u"shop").toInt(-1);
        payment.customer = p.value(u"customer").toInt(-1);
        if (payment.shop < 0 || payment.shop >= seed.shops.size())
            return fail(where + QStringLiteral(".shop must index the shops list"));
        if (payment.customer < 0 || payment.customer >= seed.customers.size())
            return fail(where + QStringLiteral(".customer must index the customers list"));
        seed.payments.append(payment);
    }
    return seed;
}

QString flavorName(Flavor flavor)
{
    return kFlavorNames[int(flavor)].toString();
}

std::optional<Flavor> flavorFromName(QStringView name)
{
    return enumFromName<Flavor>(kFlavorNames, name);
}

QJsonObject shapedItem(Flavor flavor, QJsonObject item)
{
    if (flavor == Flavor::V1Only)
        item.remove(QStringLiteral("terminalId"));
    return item;
}

QJsonObject TaskEvent::toJson() const
{
    return {{QStringLiteral("sequence"), QString::number(sequence)},
            {QStringLiteral("type"), QStringLiteral("pay_cancel")},
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("data"), data}};
}

void RelayState::reset(const Seed &seed, std::optional<quint64> idSeed)
{
    ++m_generation;
    if (idSeed) {
        const quint32 words[2] = {quint32(*idSeed), quint32(*idSeed >> 32)};
        m_random = QRandomGenerator(words, 2);
    } else {
        m_random = QRandomGenerator::securelySeeded();
    }
    m_paymentsCreated = 0;
    m_payments.clear();
    m_paymentOrder.clear();
    m_shops = seed.shops;
    m_nonces.clear();
    const qint64 now = nowSeconds();
    for (const SeedPayment &seeded : seed.payments) {
        const Shop &shop = seed.shops.at(seeded.shop);
        auto payment = makePayment(seeded.purchaseId, seeded.amount, seeded.currency, shop.shopId,
                                   seed.customers.at(seeded.customer).address.toChecksummed(),
                                   seeded.terminalId, now);
        if (!payment) {
            qCWarning(lcSim) << "seed payment" << seeded.purchaseId
                             << "skipped:" << payment.error();
            continue;
        }
        addPayment(payment.value());
    }
}

void RelayState::addPayment(const Payment &payment)
{
    if (!m_payments.contains(payment.paymentId))
        m_paymentOrder.append(payment.paymentId);
    m_payments.insert(payment.paymentId, payment);
}

Payment *RelayState::findPayment(const QString &paymentId)
{
    auto it = m_payments.find(paymentId);
    return it == m_payments.end() ? nullptr : &it.value();
}

QList<const Payment *> RelayState::payments() const
{
    QList<const Payment *> ordered;
    ordered.reserve(m_paymentOrder.size());
    for (const QString &id : m_paymentOrder)
        ordered.append(&*m_payments.constFind(id));
    return ordered;
}

const Shop *RelayState::findShop(const QString &shopId) const
{
    for (const Shop &shop : m_shops) {
        if (shop.shopId == shopId)
            return &shop;
    }
    return nullptr;
}

std::optional<eth::Address> RelayState::delegatorOf(const Shop &shop) const
{
    if (!m_delegators)
        return std::nullopt;
    QByteArray material =
        QString(QStringLiteral("loyalty-relay-sim:delegator:") + shop.shopId).toUtf8();
    for (int attempt = 0; attempt < 8; ++attempt) {
        material = eth::keccak256(material);
        if (auto key = eth::SecretKey::fromHex(eth::toHex(material)))
            return eth::addressOf(key.value());
    }
    return std::nullopt;
}

quint64 RelayState::nonceOf(const eth::Address &address) const
{
    return m_nonces.value(address.bytes(), 0);
}

void RelayState::consumeNonce(const eth::Address &address)
{
    m_nonces.insert(address.bytes(), nonceOf(address) + 1);
}

QString RelayState::newPaymentId(const eth::Address &account)
{
    QByteArray random(32, Qt::Uninitialized);
    for (char &byte : random)
        byte = char(m_random.bounded(256));
    const quint64 nonce = m_paymentsCreated++;
    return eth::toHex(eth::keccak256(
        eth::abiEncode({account, eth::UInt256(std::uint64_t(nonce)), eth::Bytes32{random}})));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, '\0');
    for (char &c : data)
        c = char(QRandomGenerator::system()->bounded(256));
    return eth::toHex(data);
}

} // namespace kiosk::sim
