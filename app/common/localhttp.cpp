// SPDX-License-Identifier: MIT
#include "common/localhttp.h"

#include <QTcpSocket>
#include <QTimer>

namespace kiosk {

namespace {
const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}
} // namespace

QList<QByteArray> HttpRequestHead::values(const QByteArray &name) const
{
    QList<QByteArray> found;
    for (const auto &[header, value] : headers)
        if (header == name)
            found << value;
    return found;
}

std::optional<HttpRequestHead> parseHttpRequestHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return std::nullopt;
    HttpRequestHead parsed{requestLine.at(0), requestLine.at(1), {}};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            parsed.headers.append(
                {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return parsed;
}

void answerAndClose(QTcpSocket *socket, int status, const QByteArray &contentType,
                    const QByteArray &body, const QByteArray &extraHeaders, bool withBody)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                  "\r\nContent-Type: " + contentType +
                  "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
                  "Connection: close\r\n\r\n" + (withBody ? body : QByteArray()));
    socket->disconnectFromHost();
    QTimer::singleShot(2000, socket, [socket] { socket->abort(); });
}

} // namespace kiosk
