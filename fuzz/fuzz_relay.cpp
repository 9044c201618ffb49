// SPDX-License-Identifier: MIT
// A relay's answers (relay/relaytypes): the JSON body, its envelope's "data", read as every item
// the kiosk asks for (payment item, approval answer, shop, task events, chain id, nonce,
// sequence). Whatever reads as a payment item must read the same from its own JSON.

#include "fuzzcommon.h"
#include "relay/relaytypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace kiosk;
using namespace kiosk::relay;

namespace {

void readAll(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (const auto item = PaymentItem::fromJson(object)) {
        const auto again = PaymentItem::fromJson(item->toJson());
        KIOSK_FUZZ_CHECK(again.ok());
        KIOSK_FUZZ_CHECK(again->paymentId == item->paymentId);
        KIOSK_FUZZ_CHECK(again->paymentStatus == item->paymentStatus);
        KIOSK_FUZZ_CHECK(again->amount == item->amount);
        (void)item->isCancelClosed();
    }
    (void)PaymentItem::fromApprovalJson(object);
    if (const auto shop = ShopInfo::fromJson(object))
        (void)shop->hasDelegator();
    if (const auto event = TaskEvent::fromJson(object)) {
        (void)event->paymentId();
        (void)event->paymentStatus();
    }
    (void)parseChainId(object);
    (void)parseNonce(object);
    (void)parseSequence(object);
    (void)parseTaskList(value);
}

} // namespace

KIOSK_FUZZ_TARGET(QCoreApplication)
{
    const QByteArray body = input.toByteArray();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    if (document.isArray()) {
        readAll(document.array());
        for (const QJsonValue &entry : document.array())
            readAll(entry);
        return;
    }
    const QJsonObject envelope = document.object();
    readAll(envelope);
    // {"code": 0, "data": {...}} and the callbacks' {"type", "code", "message", "data"}.
    readAll(envelope.value(QLatin1String("data")));
    const QJsonObject payload = envelope.value(QLatin1String("data")).toObject();
    readAll(payload.value(QLatin1String("item")));
    readAll(payload.value(QLatin1String("items")));
}
