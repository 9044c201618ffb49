// SPDX-License-Identifier: MIT
#include "requestfields.h"

#include "eth/messages.h"
#include "simhttpserver.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace kiosk::sim {

namespace {
QString locationName(FieldLocation location)
{
    return location == FieldLocation::Query ? QStringLiteral("query") : QStringLiteral("body");
}

bool isSignatureText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^0x[0-9a-fA-F]{130}$"));
    return pattern.match(text).hasMatch();
}
} // namespace

QJsonObject validationEntry(const QString &path, FieldLocation location, const QJsonValue &value)
{
    QJsonObject entry{{QStringLiteral("type"), QStringLiteral("field")},
                      {QStringLiteral("msg"), QStringLiteral("Invalid value")},
                      {QStringLiteral("path"), path},
                      {QStringLiteral("location"), locationName(location)}};
    if (!value.isUndefined())
        entry.insert(QStringLiteral("value"), value);
    return entry;
}

QString jsString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QStringLiteral("undefined");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &element : value.toArray())
            parts.append(element.isNull() || element.isUndefined() ? QString() : jsString(element));
        return parts.join(u',');
    }
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    }
    return {};
}

bool isHex64(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    return pattern.match(text).hasMatch();
}

QJsonValue queryValue(const QUrlQuery &query, const QString &name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return values.join(u',');
}

std::variant<QJsonObject, Answer> readBody(const HttpRequest &request)
{
    QJsonObject body;
    const QByteArray contentType = request.header("content-type").value_or(QByteArray()).toLower();
    if (request.body.trimmed().isEmpty())
        return body;
    if (contentType.contains("json")) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError ||
            !(document.isObject() || document.isArray())) {
            const QJsonObject problem{
                {QStringLiteral("error"),
                 QJsonObject{
                     {QStringLiteral("message"),
                      QStringLiteral("malformed JSON body: %1").arg(error.errorString())}}}};
            return plain(400, QJsonDocument(problem).toJson(QJsonDocument::Compact),
                         QByteArrayLiteral("application/json; charset=utf-8"));
        }
        body = document.object(); // an array carries no named fields
    } else if (contentType.contains("x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            body.insert(key, value);
    }
    return body;
}

QString FieldCheck::paymentId(const QJsonValue &value, FieldLocation location)
{
    const QString text = jsString(value).trimmed();
    if (value.isUndefined() || !isHex64(text))
        reject(QStringLiteral("paymentId"), location, value);
    return text;
}

bool FieldCheck::boolean(const QJsonValue &value, const QString &name)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"false")
            return text == u"true";
    }
    reject(name, FieldLocation::Body, value);
    return false;
}

QString FieldCheck::signature(const QJsonValue &value)
{
    const QString text = value.isString() ? value.toString() : QString();
    if (!isSignatureText(text))
        reject(QStringLiteral("signature"), FieldLocation::Body, value);
    return text.trimmed();
}

QString FieldCheck::terminalId(const QJsonValue &value, bool required)
{
    if (value.isUndefined()) {
        if (required)
            reject(QStringLiteral("terminalId"), FieldLocation::Body, value);
        return {}; // v1: an omitted terminalId overwrites the stored one with ""
    }
    const QString text = jsString(value).trimmed();
    if (text.size() > eth::kMaxRelayTextLength)
        reject(QStringLiteral("terminalId"), FieldLocation::Body, value);
    return text;
}

void FieldCheck::reject(const QString &name, FieldLocation location, const QJsonValue &value)
{
    m_errors.append(validationEntry(name, location, value));
}

} // namespace kiosk::sim
