// SPDX-License-Identifier: MIT
// What the simulator answers: the relay's envelope ({ code, data } or { code, error }, always
// HTTP 200), its messages for each code, and the plain pages Express sends around it.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace kiosk::sim {

struct HttpRequest;

struct Answer
{
    int httpStatus = 200;
    QByteArray body;
    QByteArray contentType;
};

// { code: 0, data }.
Answer ok(const QJsonValue &data);
// { code, error: { message, ... } }; the message is the relay's own unless `extra` has one.
Answer relayError(int code, const QJsonObject &extra = {});
// 2001 with the failed fields in error.validation.
Answer validationFailed(const QJsonArray &entries);
Answer plain(int httpStatus, const QByteArray &text,
             const QByteArray &contentType = QByteArrayLiteral("text/plain"));
// Express's HTML page for a route it does not know, as both relays answer it.
Answer notFound(const HttpRequest &request);

// The relay's messages for the codes the simulator answers.
QString relayMessage(int code);

} // namespace kiosk::sim
