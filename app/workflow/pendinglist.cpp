// SPDX-License-Identifier: MIT
#include "workflow/pendinglist.h"

#include "eth/messages.h"
#include "workflow/approvalcontext.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <algorithm>

namespace kiosk::workflow {

using relay::PaymentItem;
using relay::RelayError;
using relay::RelayResult;

PendingList::PendingList(relay::RelayClient *client, Journal *journal, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal)
{}

bool PendingList::isOpenCancellation(int status)
{
    // 51-57: opened and not closed yet (56, rejected, still has to be closed).
    return status >= relay::status::CancelOpened && status <= relay::status::CancelDelivered;
}

bool PendingList::isListed(const QString &paymentId, int status) const
{
    if (isOpenCancellation(status))
        return true;
    // A staged payment stays listed while it can still be opened.
    return m_known.value(paymentId) == PendingItem::Source::Staged &&
           (status == relay::status::NewClosed || status == relay::status::CancelFailed);
}

QList<PendingItem> PendingList::items() const
{
    QList<PendingItem> list = m_items.values();
    // Newest cancellation first: the customer at the kiosk most likely wants that one.
    std::sort(list.begin(), list.end(), [](const PendingItem &a, const PendingItem &b) {
        return a.payment.openCancelTimestamp > b.payment.openCancelTimestamp;
    });
    return list;
}

bool PendingList::isForCustomer(const PendingItem &item, qint64 nowSeconds,
                                int paymentTimeoutSeconds)
{
    namespace status = relay::status;
    const relay::PaymentItem &payment = item.payment;
    const int s = payment.paymentStatus;
    if (s == status::CancelRejected || s == status::CancelCompleted)
        return false;
    if (s == status::NewClosed || s == status::CancelFailed)
        return item.source == PendingItem::Source::Staged; // opened when the customer is ready
    if (status::awaitsApproval(s))
        return responseDeadline(payment, paymentTimeoutSeconds) > nowSeconds;
    return isOpenCancellation(s); // approved and on its way: the customer may follow it
}

QList<PendingItem> PendingList::itemsFor(const CustomerIdentity &who, qint64 nowSeconds,
                                         int paymentTimeoutSeconds) const
{
    QList<PendingItem> list;
    for (const PendingItem &item : items())
        if (who.matches(item.payment) && isForCustomer(item, nowSeconds, paymentTimeoutSeconds))
            list << item;
    return list;
}

void PendingList::retire(const QString &paymentId)
{
    auto known = m_known.find(paymentId);
    if (known == m_known.end() || known.value() != PendingItem::Source::Staged)
        return;
    known.value() = PendingItem::Source::Lookup; // still followed, no longer offered
    auto item = m_items.find(paymentId);
    if (item == m_items.end())
        return;
    item->source = PendingItem::Source::Lookup;
    if (!isListed(paymentId, item->payment.paymentStatus))
        m_items.erase(item);
    Q_EMIT changed();
}

void PendingList::track(const QString &paymentId, PendingItem::Source source)
{
    if (!m_known.contains(paymentId))
        m_known.insert(paymentId, source);
}

void PendingList::refresh()
{
    if (m_journal) {
        if (auto unfinished = m_journal->unfinished(); unfinished)
            for (const JournalEntry &entry : unfinished.value()) {
                track(entry.paymentId, PendingItem::Source::Journal);
                m_purchaseToPayment.insert(entry.purchaseId, entry.paymentId);
            }
    }
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it)
        fetch(it.key());
}

void PendingList::fetch(const QString &paymentId)
{
    ++m_inFlight;
    m_client->fetchPayment(
        paymentId, this, [this, paymentId](const RelayResult<PaymentItem> &payment) {
            // Runs last, on every path below: tells when the whole refresh is answered.
            const auto done = qScopeGuard([this] { finishOne(); });
            if (!payment) {
                if (payment.failure().isRelayAnswer()) { // e.g. 2003: forget it
                    m_known.remove(paymentId);
                    if (m_items.remove(paymentId))
                        Q_EMIT changed();
                }
                return;
            }
            m_purchaseToPayment.insert(payment->purchaseId, paymentId);
            const bool open = isListed(paymentId, payment->paymentStatus);
            const bool wasListed = m_items.contains(paymentId);
            if (!open) {
                if (wasListed) {
                    m_items.remove(paymentId);
                    Q_EMIT changed();
                }
                return;
            }
            PendingItem item{payment.value(), m_shopNames.value(payment->shopId),
                             m_known.value(paymentId)};
            m_items.insert(paymentId, item);
            Q_EMIT changed();
            if (!m_shopNames.contains(payment->shopId)) {
                const QString shopId = payment->shopId;
                // Asked once: the shop's other payments wait for this answer, not ask again.
                m_shopNames.insert(shopId, QString());
                ++m_inFlight;
                m_client->fetchShop(shopId, this,
                                    [this, shopId](const RelayResult<relay::ShopInfo> &shop) {
                                        const auto shopDone = qScopeGuard([this] { finishOne(); });
                                        if (!shop) {
                                            m_shopNames.remove(shopId); // ask again next time
                                            return;
                                        }
                                        m_shopNames.insert(shopId, shop->name);
                                        for (PendingItem &listed : m_items)
                                            if (listed.payment.shopId == shopId)
                                                listed.shopName = shop->name;
                                        Q_EMIT changed();
                                    });
            }
        });
}

void PendingList::stage(const QString &paymentId)
{
    m_known.insert(paymentId, PendingItem::Source::Staged);
    fetch(paymentId);
}

void PendingList::finishOne()
{
    if (--m_inFlight == 0)
        Q_EMIT settled();
}

void PendingList::handleRelayEvent(const relay::TaskEvent &event)
{
    if (event.type != u"pay_cancel")
        return;
    const auto id = eth::normalizePaymentId(event.paymentId());
    if (!id)
        return;
    // The v1-only relay sends no terminalId: such an event can only refresh a payment this
    // kiosk already knows, never add another terminal's payment to the list.
    const bool noTerminal = !event.data.contains(QLatin1String("terminalId"));
    if (noTerminal ? !m_known.contains(id.value())
                   : event.terminalId() != m_client->settings().terminalId)
        return;
    track(id.value(), PendingItem::Source::Relay);
    fetch(id.value());
}

void PendingList::lookup(const QString &paymentOrPurchaseId, QObject *context,
                         std::function<void(const RelayResult<PaymentItem> &)> done)
{
    const QString text = paymentOrPurchaseId.trimmed();
    QString paymentId;
    if (auto id = eth::normalizePaymentId(text); id) {
        paymentId = id.value();
    } else {
        paymentId = m_purchaseToPayment.value(text);
        if (paymentId.isEmpty() && m_journal)
            if (auto found = m_journal->history(text, 50); found)
                for (const JournalEntry &entry : found.value())
                    if (entry.purchaseId == text) {
                        paymentId = entry.paymentId;
                        break;
                    }
    }
    if (paymentId.isEmpty()) {
        // The relay cannot search by purchase id: say what to do instead.
        QMetaObject::invokeMethod(
            context ? context : this,
            [done, text] {
                done(RelayError{RelayError::Kind::NotFound,
                                QCoreApplication::translate(
                                    "kiosk::workflow",
                                    "No cancellation with purchase id %1 is known at this "
                                    "terminal; enter the payment id from the receipt")
                                    .arg(text)});
            },
            Qt::QueuedConnection);
        return;
    }
    track(paymentId, PendingItem::Source::Lookup);
    m_client->fetchPayment(paymentId, context,
                           [this, done, paymentId](const RelayResult<PaymentItem> &payment) {
                               if (payment)
                                   fetch(paymentId);
                               done(payment);
                           });
}

} // namespace kiosk::workflow
