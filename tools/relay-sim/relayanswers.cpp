// SPDX-License-Identifier: MIT
#include "relayanswers.h"

#include "simhttpserver.h"

#include <QJsonDocument>

namespace kiosk::sim {

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");

Answer envelope(const QJsonObject &object)
{
    return {200, QJsonDocument(object).toJson(QJsonDocument::Compact), kJson};
}
} // namespace

Answer ok(const QJsonValue &data)
{
    return envelope({{QStringLiteral("code"), 0}, {QStringLiteral("data"), data}});
}

Answer relayError(int code, const QJsonObject &extra)
{
    QJsonObject error = extra;
    if (!error.contains(u"message"))
        error.insert(QStringLiteral("message"), relayMessage(code));
    return envelope({{QStringLiteral("code"), code}, {QStringLiteral("error"), error}});
}

Answer validationFailed(const QJsonArray &entries)
{
    return relayError(2001, {{QStringLiteral("validation"), entries}});
}

Answer plain(int httpStatus, const QByteArray &text, const QByteArray &contentType)
{
    return {httpStatus, text, contentType};
}

Answer notFound(const HttpRequest &request)
{
    const QString text = QStringLiteral("Cannot %1 %2")
                             .arg(QString::fromLatin1(request.method), request.path)
                             .toHtmlEscaped();
    return plain(404,
                 QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
                                "charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n"
                                "<pre>%1</pre>\n</body>\n</html>\n")
                     .arg(text)
                     .toUtf8(),
                 QByteArrayLiteral("text/html; charset=utf-8"));
}

QString relayMessage(int code)
{
    switch (code) {
    case 0:
        return QStringLiteral("Success");
    case 1501:
        return QStringLiteral("Invalid signature");
    case 1530:
        return QStringLiteral("The payment ID already exists");
    case 2001:
        return QStringLiteral("Failed to check the validity of parameters");
    case 2002:
        return QStringLiteral("The access key entered is not valid");
    case 2003:
        return QStringLiteral("The payment ID is not exist");
    case 2020:
        return QStringLiteral("The status code for this payment cannot be approved");
    case 2022:
        return QStringLiteral("The status code for this payment cannot be cancelled");
    case 2024:
        return QStringLiteral("The status code for this payment cannot process closing");
    case 2025:
        return QStringLiteral("This payment has already been approved");
    case 2026:
        return QStringLiteral("This payment has already been closed");
    case 2027:
        return QStringLiteral("This payment has already been approved and failed");
    case 2028:
        return QStringLiteral("The status code for this payment cannot be denied");
    case 2029:
        return QStringLiteral("This payment has forced to close");
    case 2030:
        return QStringLiteral("This payment cannot be closed before it is approved");
    case 4000:
        return QStringLiteral("Denied by user");
    case 5000:
        return QStringLiteral("Smart Contract Error");
    case 7000:
        return QStringLiteral("Timeout period expired");
    default:
        return QStringLiteral("Unknown Error");
    }
}

} // namespace kiosk::sim
