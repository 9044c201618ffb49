// SPDX-License-Identifier: MIT
#include "screens/pendingscreen.h"

#include "cardbutton.h"
#include "eth/amount.h"
#include "keypadnavigator.h"
#include "relay/relaytexts.h"
#include "theme.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

PendingScreen::PendingScreen(QWidget *parent)
    : Screen(parent), m_title(addLabel("pendingTitle", "title")),
      m_hint(addLabel("pendingHint", "muted")), m_cards(new QWidget(this)),
      m_back(makeButton("pendingBack"))
{
    m_cards->setObjectName(QStringLiteral("pendingCards"));
    auto *cardsLayout = new QVBoxLayout(m_cards);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->setSpacing(20);
    m_layout->addWidget(m_cards);
    m_buttons->addWidget(m_back);
    connect(m_back, &QPushButton::clicked, this, &PendingScreen::backRequested);
    retranslate();
}

QString PendingScreen::amountText(const relay::PaymentItem &payment)
{
    return eth::formatMoney(payment.amount, payment.currency, QLocale());
}

QString PendingScreen::dateTimeText(qint64 secondsSinceEpoch)
{
    // The locale's short form, with the year in four digits ("2026. 12. 4.", not "26. 12. 4.").
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return locale.toString(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch), format);
}

QString PendingScreen::openedText(const relay::PaymentItem &payment)
{
    if (payment.openCancelTimestamp > 0)
        return tr("Cancellation opened %1").arg(dateTimeText(payment.openCancelTimestamp));
    const qint64 paid =
        payment.closeNewTimestamp ? payment.closeNewTimestamp : payment.openNewTimestamp;
    return tr("Paid %1").arg(dateTimeText(paid));
}

void PendingScreen::setItems(const QList<workflow::PendingItem> &items, bool stillLooking)
{
    const auto sameCards = [&] {
        if (items.size() != m_items.size())
            return false;
        for (qsizetype i = 0; i < items.size(); ++i)
            if (items[i].payment.paymentId != m_items[i].payment.paymentId ||
                items[i].payment.paymentStatus != m_items[i].payment.paymentStatus ||
                items[i].shopName != m_items[i].shopName)
                return false;
        return true;
    };
    // Refreshes arrive every few seconds: rebuilding identical cards could swallow a tap.
    if (sameCards() && stillLooking == m_stillLooking)
        return;
    m_items = items;
    m_stillLooking = stillLooking;
    retranslate();
}

void PendingScreen::clear()
{
    setItems({}, true);
}

QString PendingScreen::guidance() const
{
    return m_title->text() + u' ' + m_hint->text();
}

QString PendingScreen::amountGuidance() const
{
    QStringList amounts;
    for (const workflow::PendingItem &item : m_items)
        amounts << tr("%1: %2", "shop: amount")
                       .arg(item.shopName.isEmpty() ? tr("Shop") : item.shopName,
                            amountText(item.payment));
    return amounts.join(QStringLiteral(". "));
}

void PendingScreen::rebuildCards()
{
    auto *layout = static_cast<QVBoxLayout *>(m_cards->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const workflow::PendingItem &item : std::as_const(m_items)) {
        const relay::PaymentItem &payment = item.payment;
        auto *card = new CardButton(m_cards);
        card->setObjectName(u"pendingCard_" + payment.paymentId);
        setRole(card, "card");
        const QString shop = item.shopName.isEmpty() ? tr("Shop") : item.shopName;
        const QStringList texts{shop, amountText(payment),
                                tr("Purchase %1").arg(payment.purchaseId),
                                openedText(payment) + QStringLiteral(" · ") +
                                    relay::paymentStatusText(payment.paymentStatus)};
        for (int i = 0; i < texts.size(); ++i)
            card->addLine(texts.at(i), i == 1 ? "title" : (i >= 2 ? "muted" : nullptr));
        // Read aloud without the amount; "Read the amount" says it (KeypadNavigator).
        card->setAccessibleName(QStringList{texts.at(0), texts.at(2), texts.at(3)}.join(u", "));
        KeypadNavigator::setSpokenAmount(card, texts.at(1));
        card->setAccessibleDescription(tr("Shows this purchase and asks whether to cancel it"));
        const QString id = payment.paymentId;
        connect(card, &QPushButton::clicked, this, [this, id] { Q_EMIT chosen(id); });
        layout->addWidget(card);
        card->show(); // at once, not at the next turn of the event loop
    }
}

void PendingScreen::retranslate()
{
    m_title->setText(tr("Choose your purchase"));
    if (m_items.isEmpty())
        m_hint->setText(m_stillLooking
                            ? tr("Looking for your purchases…")
                            : tr("No cancellation is waiting for this purchase. Please check the "
                                 "number on your receipt, or ask the shop staff."));
    else
        m_hint->setText(
            tr("%n cancellation(s) waiting. Touch yours.", nullptr, int(m_items.size())));
    rebuildCards();
    m_back->setText(tr("Back"));
    describe(m_back, tr("Back"), tr("Returns to finding your purchase"));
}

} // namespace kiosk::ui
