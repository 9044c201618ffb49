// SPDX-License-Identifier: MIT
#include "relayendpoints.h"

#include "eth/abi.h"
#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/messages.h"
#include "eth/signing.h"
#include "requestfields.h"
#include "simchain.h"
#include "simhttpserver.h"
#include "taskfeed.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace kiosk::sim {

namespace {
Q_LOGGING_CATEGORY(lcRelay, "kiosk.sim.relay")

constexpr int kPageSize = 32; // events per task-list page
constexpr qint64 kDaySeconds = 86400;
constexpr qint64 kNoonSeconds = 43200;

// The v2 terminal messages sign the exact body strings; the core's builders take the usual
// lower-case id, anything else is encoded here the same way the relay does.
QByteArray openCancelHash(const QString &paymentId, const QString &terminalId)
{
    if (paymentId == paymentId.toLower()) {
        if (auto message = eth::openCancelMessage(paymentId, terminalId))
            return message->hash;
    }
    return eth::keccak256(
        eth::abiEncode({QStringLiteral("OpenCancelPayment"), paymentId, terminalId}));
}

QByteArray closeCancelHash(const QString &paymentId, bool confirm)
{
    if (paymentId == paymentId.toLower()) {
        if (auto message = eth::closeCancelMessage(paymentId, confirm))
            return message->hash;
    }
    return eth::keccak256(eth::abiEncode(
        {QStringLiteral("CloseCancelPayment"), paymentId, eth::UInt256(confirm ? 1u : 0u)}));
}

QString zeroHash()
{
    return eth::toHex(QByteArray(32, '\0'));
}

QString zeroAddress()
{
    return eth::toHex(QByteArray(20, '\0'));
}

// The path's last segment after `prefix`, as an Express `:param` matches it.
std::optional<QString> pathParameter(const QString &path, QStringView prefix)
{
    if (!path.startsWith(prefix))
        return std::nullopt;
    const QString value = path.mid(prefix.size());
    if (value.isEmpty() || value.contains(u'/'))
        return std::nullopt;
    return value;
}
} // namespace

RelayEndpoints::RelayEndpoints(const SimOptions &options, const SimConfig &config, quint64 chainId,
                               RelayState &state, SimChain &chain, TaskFeed &feed)
    : m_options(options), m_config(config), m_chainId(chainId), m_state(state), m_chain(chain),
      m_feed(feed)
{}

Answer RelayEndpoints::answer(const HttpRequest &request, const QJsonObject &body)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    // The v1-only relay has neither the task feed nor any /v2 path.
    if (m_options.flavor == Flavor::V1Only &&
        (path.startsWith(u"/v2/") || path.startsWith(u"/v1/task/")))
        return notFound(request);

    if (get && path == u"/v1/chain/side/id")
        return chainIdAnswer();
    if (get && path == u"/v1/task/sequence/latest")
        return taskSequenceLatest();
    if (get) {
        if (const auto account = pathParameter(path, u"/v1/ledger/nonce/"))
            return nonceAnswer(*account);
        if (const auto sequence = pathParameter(path, u"/v1/task/list/"))
            return taskList(*sequence);
    }

    // The payment paths: /v1 and /v2 share a handler; open and close tell them apart.
    const bool v2 = path.startsWith(u"/v2/");
    if (!v2 && !path.startsWith(u"/v1/"))
        return notFound(request);
    const QStringView route = QStringView(path).sliced(3);
    if (get && route == u"/payment/item")
        return paymentItem(request);
    if (get && route == u"/payment/shop/info")
        return shopInfo(request);
    if (post && route == u"/payment/cancel/open")
        return cancelOpen(request, body, v2);
    if (post && route == u"/payment/cancel/approval")
        return cancelApproval(body);
    if (post && route == u"/payment/cancel/close")
        return cancelClose(request, body, v2);
    return notFound(request);
}

Answer RelayEndpoints::okItem(const QJsonObject &item) const
{
    return ok(shapedItem(m_options.flavor, item));
}

Answer RelayEndpoints::chainIdAnswer() const
{
    return ok(QJsonObject{{QStringLiteral("chainId"), double(m_chainId)}});
}

Answer RelayEndpoints::nonceAnswer(const QString &account) const
{
    auto address = eth::Address::parse(account);
    if (!address) {
        // The real endpoint does not validate: a bad address hangs or fails inside the node.
        return plain(500, QByteArrayLiteral("Internal Server Error"));
    }
    return ok(
        QJsonObject{{QStringLiteral("account"), account},
                    {QStringLiteral("nonce"), QString::number(m_state.nonceOf(address.value()))}});
}

Answer RelayEndpoints::paymentItem(const HttpRequest &request)
{
    FieldCheck check;
    const QString paymentId = check.paymentId(
        queryValue(request.query, QStringLiteral("paymentId")), FieldLocation::Query);
    if (check.failed())
        return check.failure();
    const Payment *payment = m_state.findPayment(paymentId);
    if (!payment)
        return relayError(2003);
    return okItem(payment->toItem());
}

Answer RelayEndpoints::shopInfo(const HttpRequest &request) const
{
    const QJsonValue value = queryValue(request.query, QStringLiteral("shopId"));
    const QString shopId = jsString(value).trimmed();
    if (value.isUndefined() || !isHex64(shopId))
        return validationFailed(
            {validationEntry(QStringLiteral("shopId"), FieldLocation::Query, value)});

    // On chain the id is a bytes32, so its case does not matter here.
    const Shop *shop = m_state.findShop(shopId.toLower());
    if (!shop) {
        // The contract answers an empty record for an unknown shop.
        return ok(QJsonObject{{QStringLiteral("shopId"), zeroHash()},
                              {QStringLiteral("name"), QString()},
                              {QStringLiteral("currency"), QString()},
                              {QStringLiteral("status"), 0},
                              {QStringLiteral("account"), zeroAddress()},
                              {QStringLiteral("delegator"), zeroAddress()},
                              {QStringLiteral("providedAmount"), QStringLiteral("0")},
                              {QStringLiteral("usedAmount"), QStringLiteral("0")},
                              {QStringLiteral("refundedAmount"), QStringLiteral("0")}});
    }
    // Points used at the shop and returned by completed cancellations.
    eth::UInt256 used;
    eth::UInt256 refunded;
    for (const Payment *payment : m_state.payments()) {
        if (payment->shopId != shop->shopId)
            continue;
        eth::UInt256 &sum = payment->paymentStatus == status::ClosedCancel ? refunded : used;
        sum = addAmounts(sum, payment->paidPoint).value_or(sum);
    }
    const auto delegator = m_state.delegatorOf(*shop);
    return ok(QJsonObject{
        {QStringLiteral("shopId"), shop->shopId},
        {QStringLiteral("name"), shop->name},
        {QStringLiteral("currency"), shop->currency},
        {QStringLiteral("status"), shop->status},
        {QStringLiteral("account"), shop->owner.toChecksummed()},
        {QStringLiteral("delegator"), delegator ? delegator->toChecksummed() : zeroAddress()},
        {QStringLiteral("providedAmount"), QStringLiteral("0")},
        {QStringLiteral("usedAmount"), used.toDecimal()},
        {QStringLiteral("refundedAmount"), refunded.toDecimal()}});
}

bool RelayEndpoints::accessKeyAccepted(const HttpRequest &request, const QJsonObject &body) const
{
    // The raw header wins; the body's accessKey is read only when the header is absent.
    if (const auto header = request.header("authorization"))
        return QString::fromUtf8(*header) == m_options.accessKey;
    return jsString(body.value(u"accessKey")).trimmed() == m_options.accessKey;
}

std::optional<RelayEndpoints::Verified> RelayEndpoints::verify(const QByteArray &hash,
                                                               const QString &signature)
{
    // The relay's own check takes v 0/1 and a high s; normalise first, then recover. Whether
    // the normalised form differs says whether the chain will refuse the original.
    auto parsed = eth::Signature::parse(signature);
    if (!parsed)
        return std::nullopt;
    auto normalized = eth::normalizeSignature(parsed.value());
    if (!normalized)
        return std::nullopt;
    auto signer = eth::recoverPersonal(hash, normalized->signature);
    if (!signer)
        return std::nullopt;
    return Verified{signer.value(), normalized->changed};
}

bool RelayEndpoints::isPaymentSigner(const QByteArray &hash, const QString &signature) const
{
    const auto verified = verify(hash, signature);
    return verified && m_options.paymentSigners.contains(verified->signer);
}

std::variant<Payment *, Answer>
RelayEndpoints::terminalsPayment(const HttpRequest &request, const QJsonObject &body, bool v2,
                                 FieldCheck &check, const QString &paymentId,
                                 const std::function<QByteArray()> &signedHash)
{
    const QString signature = v2 ? check.signature(body.value(u"signature")) : QString();
    if (check.failed())
        return check.failure();
    const bool accepted =
        v2 ? isPaymentSigner(signedHash(), signature) : accessKeyAccepted(request, body);
    if (!accepted)
        return relayError(v2 ? 1501 : 2002);
    Payment *payment = m_state.findPayment(paymentId);
    if (!payment)
        return relayError(2003);
    return payment;
}

Answer RelayEndpoints::cancelOpen(const HttpRequest &request, const QJsonObject &body, bool v2)
{
    FieldCheck check;
    const QString paymentId = check.paymentId(body.value(u"paymentId"), FieldLocation::Body);
    const QString terminalId = check.terminalId(body.value(u"terminalId"), v2);
    const auto found = terminalsPayment(request, body, v2, check, paymentId,
                                        [&] { return openCancelHash(paymentId, terminalId); });
    if (const Answer *refusal = std::get_if<Answer>(&found))
        return *refusal;
    Payment *payment = std::get<Payment *>(found);
    const int from = payment->paymentStatus;
    // The v2 relay reopens a rejected or failed cancellation; the v1-only relay does not.
    const bool reopenable = m_options.flavor == Flavor::V2 &&
                            (from == status::DeniedCancel || from == status::FailedCancel);
    if (from != status::ClosedNew && !reopenable)
        return m_options.flavor == Flavor::V1Only
                   ? relayError(2022, {{QStringLiteral("message"),
                                        QStringLiteral("The status code for this payment cannot "
                                                       "be cancel")}})
                   : relayError(2022);

    payment->terminalId = terminalId;
    payment->paymentStatus = status::OpenedCancel;
    payment->openCancelMs = nowMs();
    payment->openCancelTimestamp = payment->openCancelMs / 1000;
    payment->txWillFail = false;
    qCInfo(lcRelay) << "cancellation opened:" << paymentId << "from" << from << "by"
                    << (v2 ? "v2 terminal" : "v1 access key") << terminalId;
    if (const Shop *shop = m_state.findShop(payment->shopId); shop && m_state.delegatorOf(*shop))
        m_chain.approveAsDelegatorLater(*payment);
    else if (m_options.noShopApp) // opened all the same; nobody is notified (force-closed later)
        return relayError(2005);
    return okItem(payment->toItem());
}

Answer RelayEndpoints::cancelApproval(const QJsonObject &body)
{
    // The relay's order: 2001, 2003, 2020, 1501, then 7000.
    FieldCheck check;
    const QString paymentId = check.paymentId(body.value(u"paymentId"), FieldLocation::Body);
    const bool approval = check.boolean(body.value(u"approval"), QStringLiteral("approval"));
    const QString signature = check.signature(body.value(u"signature"));
    if (check.failed())
        return check.failure();

    Payment *payment = m_state.findPayment(paymentId);
    if (!payment)
        return relayError(2003);
    const int current = payment->paymentStatus;
    if (current != status::OpenedCancel && current != status::ApprovedCancelFailedTx &&
        current != status::ApprovedCancelRevertedTx)
        return relayError(2020);

    eth::Address expected = payment->accountAddress;
    if (m_config.approver == Approver::Shop) {
        const Shop *shop = m_state.findShop(payment->shopId);
        if (!shop)
            return relayError(1501);
        expected = m_state.delegatorOf(*shop).value_or(shop->owner);
    }
    const quint64 nonce = m_state.nonceOf(expected);
    auto message = eth::cancelApprovalMessage(payment->paymentId, payment->purchaseId, expected,
                                              eth::UInt256(m_chainId), eth::UInt256(nonce));
    if (!message)
        return relayError(1501);
    const auto verified = verify(message->hash, signature);
    if (!verified || verified->signer != expected) {
        qCInfo(lcRelay) << "approval refused for" << paymentId << ": expected"
                        << expected.toChecksummed() << "nonce" << nonce << "got"
                        << (verified ? verified->signer.toChecksummed()
                                     : QStringLiteral("nothing"));
        return relayError(1501);
    }

    if (nowMs() - payment->openCancelMs > m_config.paymentTimeoutMs) {
        qCInfo(lcRelay) << "approval too late for" << paymentId;
        m_feed.post(7000, *payment, false);
        return relayError(7000);
    }

    if (!approval) {
        if (payment->chain != ChainState::ClosedPayment)
            return relayError(2028);
        payment->paymentStatus = status::DeniedCancel;
        qCInfo(lcRelay) << "cancellation rejected:" << paymentId;
        m_feed.post(4000, *payment, false);
        return okItem(payment->toShortItem());
    }

    switch (payment->chain) {
    case ChainState::ClosedPayment:
        break;
    case ChainState::OpenedCancel:
        payment->paymentStatus = status::ReplyCompletedCancel;
        return relayError(2025);
    case ChainState::ClosedCancel:
        payment->paymentStatus = status::ClosedCancel;
        return relayError(2026);
    case ChainState::FailedCancel:
        payment->paymentStatus = status::FailedCancel;
        return relayError(2027);
    }

    m_chain.sendApproval(*payment, expected, verified->chainRejects);
    qCInfo(lcRelay) << "approval sent to the chain:" << paymentId << payment->txHash
                    << (payment->txWillFail ? "(the chain will refuse its signature)" : "");
    return okItem(payment->toShortItem());
}

Answer RelayEndpoints::cancelClose(const HttpRequest &request, const QJsonObject &body, bool v2)
{
    FieldCheck check;
    const QString paymentId = check.paymentId(body.value(u"paymentId"), FieldLocation::Body);
    const bool confirm = check.boolean(body.value(u"confirm"), QStringLiteral("confirm"));
    const auto found = terminalsPayment(request, body, v2, check, paymentId,
                                        [&] { return closeCancelHash(paymentId, confirm); });
    if (const Answer *refusal = std::get_if<Answer>(&found))
        return *refusal;
    Payment *payment = std::get<Payment *>(found);
    const auto closeAs = [payment](int paymentStatus) {
        payment->paymentStatus = paymentStatus;
        payment->closeCancelTimestamp = nowSeconds();
    };

    const int current = payment->paymentStatus;
    switch (payment->chain) {
    case ChainState::ClosedPayment:
        if (current == status::DeniedCancel) {
            closeAs(status::FailedCancel);
            break;
        }
        if (current >= status::OpenedCancel && current <= status::ApprovedCancelConfirmedTx) {
            if (nowMs() - payment->openCancelMs <
                m_config.closeWindowMs) // a 0 s window never refuses
                return relayError(2030);
            closeAs(status::FailedCancel);
            break;
        }
        if (current == status::ClosedCancel || current == status::FailedCancel) {
            closeAs(status::FailedCancel);
            return relayError(2029);
        }
        return relayError(2024);
    case ChainState::OpenedCancel:
        closeAs(confirm ? status::ClosedCancel : status::FailedCancel);
        payment->chain = confirm ? ChainState::ClosedCancel : ChainState::FailedCancel;
        break;
    case ChainState::ClosedCancel:
        closeAs(status::ClosedCancel);
        return relayError(2026);
    case ChainState::FailedCancel:
        return relayError(2024);
    }
    qCInfo(lcRelay) << "cancellation closed:" << paymentId << current << "->"
                    << payment->paymentStatus;
    return okItem(payment->toItem());
}

Answer RelayEndpoints::taskSequenceLatest() const
{
    const QList<TaskEvent> &events = m_feed.events();
    const QString sequence =
        events.isEmpty() ? QStringLiteral("0") : QString::number(events.last().sequence);
    return ok(QJsonObject{{QStringLiteral("sequence"), sequence}});
}

Answer RelayEndpoints::taskList(const QString &sequence) const
{
    const QList<TaskEvent> &events = m_feed.events();
    QList<TaskEvent> page;
    if (sequence == u"latest") {
        if (!events.isEmpty())
            page.append(events.last());
    } else if (sequence == u"0") {
        // "Today": the events since the last 12:00 UTC.
        const qint64 now = nowSeconds();
        const qint64 windowStart = (now - kNoonSeconds) / kDaySeconds * kDaySeconds + kNoonSeconds;
        for (const TaskEvent &event : events) {
            if (event.timeMs / 1000 >= windowStart && page.size() < kPageSize)
                page.append(event);
        }
    } else {
        static const QRegularExpression number(QStringLiteral("^-?[0-9]+$"));
        if (!number.match(sequence).hasMatch()) {
            // The relay's BigInt(value) throws; its message is cut to 64 characters.
            return relayError(
                5000, {{QStringLiteral("message"),
                        QStringLiteral("Cannot convert %1 to a BigInt").arg(sequence).left(64)}});
        }
        // Beyond 64 bits: everything (a huge negative number) or nothing (a huge positive one).
        bool fits = false;
        qint64 after = sequence.toLongLong(&fits);
        if (!fits)
            after = sequence.startsWith(u'-') ? std::numeric_limits<qint64>::min()
                                              : std::numeric_limits<qint64>::max();
        for (const TaskEvent &event : events) {
            if (event.sequence > after && page.size() < kPageSize)
                page.append(event);
        }
    }
    // The relay's query has no ORDER BY: clients must not rely on the order.
    std::shuffle(page.begin(), page.end(), *QRandomGenerator::global());
    QJsonArray list;
    for (const TaskEvent &event : std::as_const(page))
        list.append(event.toJson());
    return ok(list);
}

} // namespace kiosk::sim
