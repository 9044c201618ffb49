// SPDX-License-Identifier: MIT
#include "adminapi.h"

#include "eth/messages.h"
#include "requestfields.h"
#include "simfaults.h"
#include "simhttpserver.h"
#include "taskfeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>

namespace kiosk::sim {

namespace {
Q_LOGGING_CATEGORY(lcAdmin, "kiosk.sim.admin")

constexpr int kMaxFaultDelayMs = 600000;

// A whole number from `low` to `high` (a field that is not a number reads as -1).
bool isWholeNumberIn(double value, double low, double high)
{
    return value >= low && value <= high && value == std::floor(value);
}
} // namespace

AdminApi::AdminApi(const Seed &seed, SimConfig &config, RelayState &state, FaultTable &faults,
                   const TaskFeed &feed, std::function<void()> resetAll)
    : m_seed(seed), m_config(config), m_state(state), m_faults(faults), m_feed(feed),
      m_reset(std::move(resetAll))
{}

Answer AdminApi::answer(const HttpRequest &request, const QJsonObject &body)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == u"/sim/payments" && post)
        return createPayment(body);
    if (path == u"/sim/payments" && get)
        return payments();
    if (path == u"/sim/faults" && post)
        return setFault(body);
    if (path == u"/sim/faults" && get)
        return faultList();
    if (path == u"/sim/config" && post)
        return setConfig(body);
    if (path == u"/sim/config" && get)
        return ok(m_config.toJson());
    if (path == u"/sim/callbacks" && get)
        return callbacks();
    if (path == u"/sim/shops" && get)
        return shops();
    if (path == u"/sim/reset" && post)
        return resetToSeed();
    // Unlike the relay's paths: the bare text, no HTML page around it.
    return plain(
        404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(request.method), path).toUtf8(),
        QByteArrayLiteral("text/html; charset=utf-8"));
}

Answer AdminApi::createPayment(const QJsonObject &body)
{
    FieldCheck check;
    const auto text = [&](const QString &name, bool required) -> QString {
        const QJsonValue value = body.value(name);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || value.toString().size() > eth::kMaxRelayTextLength ||
            (required && value.toString().isEmpty()))
            check.reject(name, FieldLocation::Body, value);
        return value.toString();
    };
    const QString purchaseId = text(QStringLiteral("purchaseId"), true);
    const QString amountText = text(QStringLiteral("amount"), true);
    const QString currency = text(QStringLiteral("currency"), true);
    const QString account = text(QStringLiteral("account"), true);
    const QString terminalId = body.contains(u"terminalId")
                                   ? text(QStringLiteral("terminalId"), false)
                                   : m_seed.terminalId;
    QString shopId = text(QStringLiteral("shopId"), false);
    const auto amount = eth::UInt256::fromDecimal(amountText);
    if (amountText.isEmpty() || !amount || amount->isZero())
        check.reject(QStringLiteral("amount"), FieldLocation::Body, body.value(u"amount"));
    if (!account.isEmpty() && !eth::Address::parse(account))
        check.reject(QStringLiteral("account"), FieldLocation::Body, body.value(u"account"));
    if (body.contains(u"shopId") && !isHex64(shopId))
        check.reject(QStringLiteral("shopId"), FieldLocation::Body, body.value(u"shopId"));
    if (check.failed())
        return check.failure();

    shopId = shopId.isEmpty() ? m_state.shops().first().shopId : shopId.toLower();
    if (!m_state.findShop(shopId)) {
        auto shop = generatedShop(shopId, currency);
        if (!shop)
            return relayError(9000, {{QStringLiteral("message"), shop.error()}});
        m_state.addShop(shop.value());
        qCInfo(lcAdmin) << "shop registered:" << shopId << "owner" << shop->owner.toChecksummed();
    }
    auto payment = makePayment(purchaseId, amount.value(), currency, shopId, account, terminalId,
                               nowSeconds());
    if (!payment)
        return relayError(9000, {{QStringLiteral("message"), payment.error()}});
    // The relays make each payment id random: the same purchase can be paid again.
    Payment created = payment.value();
    created.paymentId = m_state.newPaymentId(created.accountAddress);
    if (m_state.findPayment(created.paymentId))
        return relayError(1530); // a 256-bit collision: not in this universe
    m_state.addPayment(created);
    qCInfo(lcAdmin) << "payment created:" << created.paymentId << purchaseId;
    return ok(created.toItem());
}

Answer AdminApi::setFault(const QJsonObject &body)
{
    static const QStringList kinds{QStringLiteral("delay"),      QStringLiteral("drop"),
                                   QStringLiteral("drop-after"), QStringLiteral("http500"),
                                   QStringLiteral("malformed"),  QStringLiteral("code")};
    FieldCheck check;
    const QString path = body.value(u"path").toString();
    if (!path.startsWith(u'/') || path.contains(u'?') || path.startsWith(u"/sim/"))
        check.reject(QStringLiteral("path"), FieldLocation::Body, body.value(u"path"));
    const double count = body.value(u"count").toDouble(-1);
    if (!isWholeNumberIn(count, 0, 1000000))
        check.reject(QStringLiteral("count"), FieldLocation::Body, body.value(u"count"));
    const QString kind = body.value(u"kind").toString();
    if (count > 0 && !kinds.contains(kind))
        check.reject(QStringLiteral("kind"), FieldLocation::Body, body.value(u"kind"));
    Fault fault;
    fault.kind = kind;
    fault.remaining = int(count);
    if (kind == u"delay") {
        const double delay = body.value(u"delayMs").toDouble(-1);
        if (!isWholeNumberIn(delay, 0, kMaxFaultDelayMs))
            check.reject(QStringLiteral("delayMs"), FieldLocation::Body, body.value(u"delayMs"));
        fault.delayMs = int(delay);
    }
    if (kind == u"code") {
        const double code = body.value(u"code").toDouble(-1);
        if (!isWholeNumberIn(code, 1, 99999))
            check.reject(QStringLiteral("code"), FieldLocation::Body, body.value(u"code"));
        fault.code = int(code);
        const QJsonValue message = body.value(u"message");
        if (!message.isUndefined() && !message.isString())
            check.reject(QStringLiteral("message"), FieldLocation::Body, message);
        fault.message = message.isString() ? message.toString() : relayMessage(fault.code);
    }
    if (check.failed())
        return check.failure();
    m_faults.set(path, fault); // count 0 clears the path's fault
    qCInfo(lcAdmin) << "fault set:" << path << kind << fault.remaining;
    return faultList();
}

Answer AdminApi::faultList() const
{
    return ok(m_faults.toJson());
}

Answer AdminApi::setConfig(const QJsonObject &body)
{
    FieldCheck check;
    SimConfig next = m_config;
    const auto seconds = [&](const QString &name, qint64 &target) {
        const QJsonValue value = body.value(name);
        if (value.isUndefined())
            return;
        auto ms = value.isDouble() ? secondsToMs(value.toDouble()) : fail(QString());
        if (!ms)
            check.reject(name, FieldLocation::Body, value);
        else
            target = ms.value();
    };
    seconds(QStringLiteral("paymentTimeoutSeconds"), next.paymentTimeoutMs);
    seconds(QStringLiteral("forcedCloseSeconds"), next.forcedCloseMs);
    seconds(QStringLiteral("chainDelaySeconds"), next.chainDelayMs);
    seconds(QStringLiteral("closeWindowSeconds"), next.closeWindowMs);
    const QJsonValue approver = body.value(u"approver");
    if (!approver.isUndefined()) {
        const auto parsed = approverFromName(approver.toString());
        if (!parsed)
            check.reject(QStringLiteral("approver"), FieldLocation::Body, approver);
        else
            next.approver = *parsed;
    }
    if (check.failed())
        return check.failure();
    m_config = next;
    qCInfo(lcAdmin).noquote() << "config"
                              << QJsonDocument(m_config.toJson()).toJson(QJsonDocument::Compact);
    return ok(m_config.toJson());
}

Answer AdminApi::payments() const
{
    QJsonArray items;
    for (const Payment *payment : m_state.payments()) {
        QJsonObject item = payment->toItem();
        // Beyond the relay's item: what the simulated chain holds.
        item.insert(QStringLiteral("txHash"), payment->txHash);
        item.insert(QStringLiteral("chainState"), chainStateName(payment->chain));
        items.append(item);
    }
    return ok(items);
}

Answer AdminApi::shops() const
{
    QJsonArray list;
    for (const Shop &shop : m_state.shops()) {
        list.append(
            QJsonObject{{QStringLiteral("shopId"), shop.shopId},
                        {QStringLiteral("name"), shop.name},
                        {QStringLiteral("currency"), shop.currency},
                        {QStringLiteral("account"), shop.owner.toChecksummed()},
                        {QStringLiteral("ownerKey"), shop.ownerKey},
                        {QStringLiteral("nonce"), QString::number(m_state.nonceOf(shop.owner))},
                        {QStringLiteral("generated"), shop.generated}});
    }
    return ok(list);
}

Answer AdminApi::callbacks() const
{
    return ok(m_feed.callbackRecords());
}

Answer AdminApi::resetToSeed()
{
    m_reset();
    qCInfo(lcAdmin) << "state reset to the seed";
    return ok(QJsonObject{{QStringLiteral("payments"), qint64(m_state.paymentCount())}});
}

} // namespace kiosk::sim
