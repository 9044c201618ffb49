// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>

class QTcpSocket;

#include <optional>
#include <utility>

namespace kiosk {

// What the kiosk's small local HTTP listeners (v1 callbacks, metrics) share.

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

// Writes a whole answer (status line, Content-Type, Content-Length, `extraHeaders` as
// "Name: value\r\n" lines, Connection: close) and closes the connection. A peer that does not
// read it, or keeps sending, is cut off 2 s later. With `withBody` false (HEAD) only the head
// is sent, its Content-Length still the body's.
void answerAndClose(QTcpSocket *socket, int status, const QByteArray &contentType,
                    const QByteArray &body, const QByteArray &extraHeaders = {},
                    bool withBody = true);

} // namespace kiosk
