// SPDX-License-Identifier: MIT
#include "common/httprequesthead.h"

namespace kiosk {

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

} // namespace kiosk
