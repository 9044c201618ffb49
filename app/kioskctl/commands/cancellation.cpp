// SPDX-License-Identifier: MIT
// show, open and close: one relay call each about one payment.
#include "commands.h"
#include "context.h"
#include "kioskctl.h"
#include "payments.h"
#include "steprecorder.h"

namespace kiosk::cli::commands {

using relay::PaymentItem;

namespace {

// A journaled one-step change: recorded first, then posted; its answer printed.
template<typename Call>
int changeStep(Context &context, const QString &step, Call call, const QJsonObject &detail = {})
{
    context.expectArguments(2);
    const QString id = context.paymentIdArgument();
    context.lockStateDir();
    workflow::Journal journal;
    context.openJournal(journal);
    StepRecorder record(journal, id, context.settings().terminalId);
    record.intent(step, detail);
    const auto payment = Context::await<PaymentItem>([&](auto done) { call(id, done); });
    if (!payment) {
        record.refused(step, payment.failure());
        return context.fail(payment.failure());
    }
    record.answered(step, payment.value());
    printPayment(context, payment.value());
    return ExitOk;
}

} // namespace

int show(Context &context)
{
    context.expectArguments(2);
    const QString id = context.paymentIdArgument();
    relay::RelayClient *client = context.client();
    const auto payment = Context::await<PaymentItem>(
        [&](auto done) { client->fetchPayment(id, context.scope(), done); });
    if (!payment)
        return context.fail(payment.failure());
    const auto shop = Context::await<relay::ShopInfo>(
        [&](auto done) { client->fetchShop(payment->shopId, context.scope(), done); });
    printPayment(context, payment.value(), shop ? shop->name : QString(),
                 shop ? QJsonObject{{QStringLiteral("shopName"), shop->name}} : QJsonObject{});
    return ExitOk;
}

int open(Context &context)
{
    return changeStep(context, QStringLiteral("open"), [&](const QString &id, auto done) {
        context.client()->openCancel(id, context.scope(), done);
    });
}

int close(Context &context)
{
    const bool confirm = !context.isSet(QStringLiteral("abandon"));
    return changeStep(context, QStringLiteral("close"),
                      [&](const QString &id, auto done) {
                          context.client()->closeCancel(id, confirm, context.scope(), done);
                      },
                      {{QStringLiteral("confirm"), confirm}});
}

} // namespace kiosk::cli::commands
