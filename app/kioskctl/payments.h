// SPDX-License-Identifier: MIT
// How payments and journal entries are printed, human and --json alike.
#pragma once

#include "relay/relaytypes.h"
#include "workflow/journal.h"

#include <QJsonObject>
#include <QString>

namespace kiosk::cli {

class Context;

QJsonObject paymentJson(const relay::PaymentItem &payment);
QString describePayment(const relay::PaymentItem &payment, const QString &shopName);
QJsonObject entryJson(const workflow::JournalEntry &entry);
// `{"ok":true,"payment":...}`, or the payment described for people; `shopName` may be empty.
void printPayment(const Context &context, const relay::PaymentItem &payment,
                  const QString &shopName = {}, const QJsonObject &extra = {});

} // namespace kiosk::cli
