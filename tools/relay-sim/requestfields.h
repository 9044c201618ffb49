// SPDX-License-Identifier: MIT
// Request validation as the relay does it: its body parser (a malformed JSON body is a 400
// before any routing), its express-validator field checks, and the 2001 answer that lists
// every failed field.
#pragma once

#include "relayanswers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrlQuery>

#include <variant>

namespace kiosk::sim {

struct HttpRequest;

// Where a field was read from, as express-validator names it in an error entry.
enum class FieldLocation
{
    Body,
    Query,
};

// express-validator's error entry: { type, value, msg, path, location }.
QJsonObject validationEntry(const QString &path, FieldLocation location, const QJsonValue &value);

// JavaScript's String(value): what the relay compares after `String(req.body.x).trim()`.
QString jsString(const QJsonValue &value);

// 0x + 64 hex digits in any case: ids pass validation in any case, but lookups are exact.
bool isHex64(const QString &text);

// Express hands a repeated query parameter over as an array; String() joins it with commas.
QJsonValue queryValue(const QUrlQuery &query, const QString &name);

// The body's named fields (JSON or form), or the 400 answer to a body that is not JSON at all.
// An empty body, another content type or a JSON array carry no fields.
std::variant<QJsonObject, Answer> readBody(const HttpRequest &request);

// The checks of one request's fields, in the order the relay runs them; every failed field is
// kept for one 2001 answer.
class FieldCheck
{
public:
    // A required paymentId: String(value).trim() matching 0x + 64 hex.
    QString paymentId(const QJsonValue &value, FieldLocation location);
    // approval / confirm: a JSON boolean, or "true"/"false" in any case and with spaces.
    bool boolean(const QJsonValue &value, const QString &name);
    // 0x + 130 hex digits.
    QString signature(const QJsonValue &value);
    // Free text the relay stores; longer than 66 characters is refused.
    QString terminalId(const QJsonValue &value, bool required);

    // A failed field the caller checked itself.
    void reject(const QString &name, FieldLocation location, const QJsonValue &value);
    bool failed() const { return !m_errors.isEmpty(); }
    Answer failure() const { return validationFailed(m_errors); }

private:
    QJsonArray m_errors;
};

} // namespace kiosk::sim
