// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace kiosk {

// An HTTP/1.x request's head (the part before the blank line), as the kiosk's small local
// listeners read it: they refuse what they cannot read rather than guess.
struct HttpRequestHead
{
    QByteArray method;
    QByteArray target;
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed

    // Every value of one header (`name` in lower case), in order.
    QList<QByteArray> values(const QByteArray &name) const;
};

// Nothing when the request line is not METHOD TARGET HTTP/1.x. Lines without a colon are
// skipped.
std::optional<HttpRequestHead> parseHttpRequestHead(const QByteArray &head);

} // namespace kiosk
