// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relayclient.h"
#include "workflow/customeridentity.h"
#include "workflow/journal.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace kiosk::workflow {

struct PendingItem
{
    relay::PaymentItem payment;
    QString shopName;
    enum class Source
    {
        Journal,
        Relay,
        Lookup,
        Staged, // prepared here for a customer; opened on the relay when they choose
    } source = Source::Journal;
};

// The cancellations waiting at this terminal: the ones opened here (journal), the ones the
// relay's task feed or v1 callbacks report for this terminal id, and the ones staff look up by
// payment id or purchase id. Each is shown with the relay's current status; only open
// cancellations (51-57) are listed.
class PendingList : public QObject
{
    Q_OBJECT

public:
    PendingList(relay::RelayClient *client, Journal *journal, QObject *parent = nullptr);

    // Everything listed, for staff.
    QList<PendingItem> items() const;
    // What the customer who identified as `who` may see and choose: their own cancellations
    // that wait for them or are on their way; never a rejected (56), closed (58, 59, unless
    // staged for them) or expired one (its approval window is over).
    QList<PendingItem> itemsFor(const CustomerIdentity &who, qint64 nowSeconds,
                                int paymentTimeoutSeconds) const;
    static bool isForCustomer(const PendingItem &item, qint64 nowSeconds,
                              int paymentTimeoutSeconds);
    // Re-reads every known payment from the relay.
    void refresh();
    // A relay event: a pay_cancel about this terminal adds (or refreshes) its payment.
    void handleRelayEvent(const kiosk::relay::TaskEvent &event);
    // A payment id (0x + 64 hex) asks the relay; anything else is a purchase id, found in the
    // journal or among payments the relay has reported. The callback gets the payment or why not.
    void lookup(const QString &paymentOrPurchaseId, QObject *context,
                std::function<void(const relay::RelayResult<relay::PaymentItem> &)> done);

    // Lists a payment that may be cancelled here (paid, or a cancellation that failed) before
    // it is opened: the relay's approval window starts at the open, so the kiosk opens it only
    // when the customer chooses, giving them the whole window.
    void stage(const QString &paymentId);

    // A customer's attempt on a staged payment is over (it ended, or they left after trying):
    // it is no longer offered to the next customer. Staff can stage it again.
    void retire(const QString &paymentId);

    bool isBusy() const { return m_inFlight > 0; }

Q_SIGNALS:
    void changed();
    // Every payment asked for has been answered.
    void settled();

private:
    void track(const QString &paymentId, PendingItem::Source source);
    void fetch(const QString &paymentId);
    void finishOne();
    static bool isOpenCancellation(int status);
    bool isListed(const QString &paymentId, int status) const;

    relay::RelayClient *m_client;
    Journal *m_journal;
    QHash<QString, PendingItem> m_items;         // by payment id, only open cancellations
    QHash<QString, PendingItem::Source> m_known; // every payment id worth re-reading
    QHash<QString, QString> m_purchaseToPayment;
    QHash<QString, QString> m_shopNames; // shop id -> name
    int m_inFlight = 0;
};

} // namespace kiosk::workflow
