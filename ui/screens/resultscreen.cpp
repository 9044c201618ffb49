// SPDX-License-Identifier: MIT
#include "screens/resultscreen.h"

#include "relay/relaytexts.h"
#include "screens/pendingscreen.h"
#include "theme.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace kiosk::ui {

ResultScreen::ResultScreen(QWidget *parent)
    : Screen(parent), m_icon(addLabel("resultIcon", "title")),
      m_title(addLabel("resultTitle", "title")), m_status(addLabel("resultStatus")),
      m_next(addLabel("resultNext")), m_receipt(addLabel("resultReceipt", "muted")),
      m_done(makeButton("resultDone", "primary"))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setAccessibleName(QStringLiteral(" "));
    m_buttons->addWidget(m_done);
    connect(m_done, &QPushButton::clicked, this, &ResultScreen::doneRequested);
    retranslate();
}

void ResultScreen::setResult(const relay::PaymentItem &payment, const QString &shopName,
                             bool approval, qint64 reference)
{
    m_payment = payment;
    m_shopName = shopName;
    m_approval = approval;
    m_reference = reference;
    m_finishedAt = QDateTime::currentSecsSinceEpoch();
    retranslate();
}

void ResultScreen::clear()
{
    m_payment = {};
    m_shopName.clear();
    m_reference = 0;
    retranslate();
}

QString ResultScreen::guidance() const
{
    return QStringList{m_title->text(), m_status->text(), m_next->text()}.join(u' ');
}

QString ResultScreen::amountGuidance() const
{
    if (m_payment.paymentId.isEmpty())
        return {};
    return tr("Amount: %1").arg(PendingScreen::amountText(m_payment));
}

void ResultScreen::retranslate()
{
    const int status = m_payment.paymentStatus;
    const bool refunded = status == relay::status::CancelCompleted;
    const bool rejectedAsAsked = !m_approval && status == relay::status::CancelFailed;
    // ✓ refunded, ✕ rejected as asked, ! anything else: never colour alone (WCAG 1.4.1).
    m_icon->setText(refunded ? QStringLiteral("✓")
                             : (rejectedAsAsked ? QStringLiteral("✕") : QStringLiteral("!")));
    setRole(m_icon, refunded ? "success" : (rejectedAsAsked ? "title" : "danger"));
    QFont iconFont = m_icon->font();
    iconFont.setPixelSize(Theme::current().titlePx() * 3);
    m_icon->setFont(iconFont);
    if (refunded) {
        m_title->setText(tr("Done: the purchase is cancelled"));
        m_next->setText(tr("Your points are back in your wallet. You can check them in your "
                           "wallet app now."));
    } else if (rejectedAsAsked) {
        m_title->setText(tr("Done: you rejected the cancellation"));
        m_next->setText(tr("Your purchase stays as it is and no points move. If this was a "
                           "mistake, ask the shop staff to start the cancellation again."));
    } else {
        m_title->setText(tr("The cancellation did not go through"));
        m_next->setText(tr("No points were returned. Please show this screen to the shop "
                           "staff."));
    }
    m_status->setText(tr("Result: %1").arg(relay::paymentStatusText(status)));
    // The purchase number is the reference: staff find it in History (no status codes or
    // kiosk-local counters for the customer to make sense of).
    m_receipt->setText(
        tr("Receipt\nShop: %1\nPurchase: %2\nAmount: %3\nResult: %4\nTime: "
           "%5\nStaff can look this up by the purchase number.")
            .arg(m_shopName, m_payment.purchaseId, PendingScreen::amountText(m_payment),
                 relay::paymentStatusText(status), PendingScreen::dateTimeText(m_finishedAt)));
    m_icon->setAccessibleName(m_title->text());
    m_done->setText(tr("Done"));
    describe(m_done, tr("Done"), tr("Returns to the start screen"));
}

} // namespace kiosk::ui
