// SPDX-License-Identifier: MIT
// pending and history: what this kiosk has to finish, and what it did (its journal).
#include "commands.h"
#include "context.h"
#include "eth/amount.h"
#include "kioskctl.h"
#include "payments.h"
#include "relay/relaytexts.h"
#include "workflow/pendinglist.h"

#include <QJsonArray>
#include <QLocale>

namespace kiosk::cli::commands {

using relay::PaymentItem;

int pending(Context &context)
{
    context.expectArguments(1);
    workflow::Journal journal;
    context.openJournal(journal, workflow::Journal::Mode::Reader);
    // Opened here (journal), and reported by the relay for this terminal (today's task feed).
    relay::RelayClient *client = context.client();
    workflow::PendingList pending(client, &journal);
    const auto today = Context::await<QList<relay::TaskEvent>>(
        [&](auto done) { client->fetchTasks(eth::UInt256(), context.scope(), done); });
    if (today)
        for (const relay::TaskEvent &event : today.value())
            pending.handleRelayEvent(event);
    pending.refresh();
    Context::waitFor(&pending, &workflow::PendingList::settled, pending.isBusy());
    QJsonArray list;
    QStringList lines;
    for (const workflow::PendingItem &item : pending.items()) {
        const PaymentItem &p = item.payment;
        QJsonObject json = paymentJson(p);
        json.insert(QStringLiteral("shopName"), item.shopName);
        json.insert(QStringLiteral("source"), item.source == workflow::PendingItem::Source::Journal
                                                  ? QStringLiteral("journal")
                                                  : QStringLiteral("relay"));
        list.append(json);
        lines << QStringLiteral("%1  %2  %3  %4  %5 %6")
                     .arg(p.paymentId, p.purchaseId,
                          eth::formatMoney(p.amount, p.currency, QLocale()),
                          item.shopName.isEmpty() ? QStringLiteral("-") : item.shopName)
                     .arg(p.paymentStatus)
                     .arg(relay::paymentStatusText(p.paymentStatus));
    }
    context.print({{QStringLiteral("ok"), true}, {QStringLiteral("pending"), list}},
                  lines.isEmpty() ? QStringLiteral("no pending cancellations") : lines.join(u'\n'));
    return ExitOk;
}

int history(Context &context)
{
    context.expectArguments(1);
    workflow::Journal journal;
    context.openJournal(journal, workflow::Journal::Mode::Reader);
    const QString search = context.option(QStringLiteral("search"));
    if (context.isSet(QStringLiteral("csv"))) {
        const auto csv = journal.exportCsv(search);
        if (!csv)
            throw BadInput{csv.error()};
        std::fputs(csv->toUtf8().constData(), stdout);
        return ExitOk;
    }
    const auto entries = journal.history(search);
    if (!entries)
        throw BadInput{entries.error()};
    QJsonArray list;
    QStringList lines;
    for (const workflow::JournalEntry &entry : entries.value()) {
        list.append(entryJson(entry));
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(formatTime(entry.createdAt), entry.paymentId, entry.purchaseId,
                          entry.approval < 0 ? QStringLiteral("-")
                                             : (entry.approval ? QStringLiteral("approve")
                                                               : QStringLiteral("reject")))
                     .arg(entry.paymentStatus)
                     .arg(entry.message);
    }
    context.print({{QStringLiteral("ok"), true}, {QStringLiteral("history"), list}},
                  lines.isEmpty() ? QStringLiteral("no history") : lines.join(u'\n'));
    return ExitOk;
}

} // namespace kiosk::cli::commands
