// SPDX-License-Identifier: MIT
#include "payments.h"

#include "context.h"
#include "eth/amount.h"
#include "relay/relaytexts.h"

#include <QLocale>
#include <QStringList>

namespace kiosk::cli {

using relay::PaymentItem;

QJsonObject paymentJson(const PaymentItem &payment)
{
    QJsonObject o = payment.toJson();
    o.insert(QStringLiteral("statusText"), relay::paymentStatusText(payment.paymentStatus));
    return o;
}

QString describePayment(const PaymentItem &payment, const QString &shopName)
{
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("Payment   %1").arg(payment.paymentId)
          << QStringLiteral("Purchase  %1").arg(payment.purchaseId)
          << QStringLiteral("Amount    %1 (%2 %3)")
                 .arg(eth::formatMoney(payment.amount, payment.currency, locale),
                      eth::formatUnits(payment.amount), payment.currency)
          << QStringLiteral("Shop      %1")
                 .arg(shopName.isEmpty() ? payment.shopId
                                         : shopName + u" (" + payment.shopId + u')')
          << QStringLiteral("Customer  %1").arg(payment.account.toChecksummed())
          << QStringLiteral("Terminal  %1")
                 .arg(payment.terminalId.isEmpty() ? QStringLiteral("-") : payment.terminalId)
          << QStringLiteral("Status    %1 %2")
                 .arg(payment.paymentStatus)
                 .arg(relay::paymentStatusText(payment.paymentStatus));
    if (payment.openCancelTimestamp > 0)
        lines << QStringLiteral("Cancel opened  %1").arg(formatTime(payment.openCancelTimestamp));
    if (payment.closeCancelTimestamp > 0 && payment.isCancelClosed()) // a reopened one keeps it
        lines << QStringLiteral("Cancel closed  %1").arg(formatTime(payment.closeCancelTimestamp));
    if (!payment.txHash.isEmpty())
        lines << QStringLiteral("Transaction    %1").arg(payment.txHash);
    if (payment.relayNotice != 0)
        lines << QStringLiteral("Relay notice   %1 %2")
                     .arg(payment.relayNotice)
                     .arg(relay::relayCodeText(payment.relayNotice));
    return lines.join(u'\n');
}

QJsonObject entryJson(const workflow::JournalEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("paymentId"), e.paymentId},
            {QStringLiteral("purchaseId"), e.purchaseId},
            {QStringLiteral("amount"), e.amount},
            {QStringLiteral("currency"), e.currency},
            {QStringLiteral("shopName"), e.shopName},
            {QStringLiteral("decision"),
             e.approval < 0 ? QString()
                            : (e.approval ? QStringLiteral("approve") : QStringLiteral("reject"))},
            {QStringLiteral("state"), e.state},
            {QStringLiteral("paymentStatus"), e.paymentStatus},
            {QStringLiteral("resultCode"), e.resultCode},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("createdAt"), e.createdAt},
            {QStringLiteral("finished"), e.finished}};
}

void printPayment(const Context &context, const PaymentItem &payment, const QString &shopName,
                  const QJsonObject &extra)
{
    QJsonObject json = extra;
    json.insert(QStringLiteral("ok"), true);
    json.insert(QStringLiteral("payment"), paymentJson(payment));
    context.print(json, describePayment(payment, shopName));
}

} // namespace kiosk::cli
