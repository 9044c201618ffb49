// SPDX-License-Identifier: MIT
#pragma once

#include "screens/screen.h"
#include "workflow/pendinglist.h"

namespace kiosk::ui {

// The cancellations waiting at this kiosk, newest first, as large cards a customer recognises:
// purchase, shop, amount as money, and when it was opened.
class PendingScreen : public Screen
{
    Q_OBJECT

public:
    explicit PendingScreen(QWidget *parent = nullptr);

    void setItems(const QList<workflow::PendingItem> &items, bool stillLooking);
    QList<workflow::PendingItem> items() const { return m_items; }
    QString guidance() const override;
    QString amountGuidance() const override;
    void clear() override;

    // The card's words, shared with the detail screen.
    static QString amountText(const relay::PaymentItem &payment);
    static QString openedText(const relay::PaymentItem &payment);
    // A date and time in the customer's language, the year in four digits.
    static QString dateTimeText(qint64 secondsSinceEpoch);

Q_SIGNALS:
    void chosen(const QString &paymentId);
    void backRequested();

protected:
    void retranslate() override;

private:
    void rebuildCards();

    QLabel *m_title;
    QLabel *m_hint;
    QWidget *m_cards;
    QPushButton *m_back;
    QList<workflow::PendingItem> m_items;
    bool m_stillLooking = true;
};

} // namespace kiosk::ui
