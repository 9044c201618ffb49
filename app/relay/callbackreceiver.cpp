// SPDX-License-Identifier: MIT
#include "relay/callbackreceiver.h"

#include "common/localhttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <openssl/crypto.h>

namespace kiosk::relay {

Q_LOGGING_CATEGORY(lcCallback, "kiosk.callback", QtInfoMsg)

namespace {
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

// What is known of a request once its header block is in.
struct RequestHead
{
    QByteArray method;
    QByteArray target;
    qint64 contentLength = -1; // -1: none given
    bool chunked = false;
};

std::optional<RequestHead> parseHead(const QByteArray &head)
{
    const auto request = parseHttpRequestHead(head);
    if (!request)
        return std::nullopt;
    RequestHead parsed{request->method, request->target};
    for (const QByteArray &value : request->values("content-length")) {
        bool ok = false;
        const qint64 length = value.toLongLong(&ok);
        if (!ok || length < 0 || (parsed.contentLength >= 0 && parsed.contentLength != length))
            return std::nullopt; // unreadable or conflicting lengths: refuse, never guess
        parsed.contentLength = length;
    }
    parsed.chunked = !request->values("transfer-encoding").isEmpty();
    return parsed;
}
} // namespace

CallbackReceiver::CallbackReceiver(QString callbackKey, QObject *parent)
    : QObject(parent), m_callbackKey(std::move(callbackKey)), m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(kMaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &CallbackReceiver::accept);
}

CallbackReceiver::~CallbackReceiver() = default;

void CallbackReceiver::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const auto open = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly).size();
        socket->setParent(this);
        if (open >= kMaxConnections) {
            qCWarning(lcCallback) << "too many callback connections; closing one from"
                                  << socket->peerAddress();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // Never buffer more than one request's worth; the rest stays in the kernel.
        socket->setReadBufferSize(kMaxHeaderBytes + kMaxBodyBytes);
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket,
                [this, socket] { respond(socket, 408, 2001, QStringLiteral("request too slow")); });
        deadline->start(kRequestTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        readFrom(socket);
    }
}

void CallbackReceiver::readFrom(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    QByteArray buffer = socket->property("buffer").toByteArray();
    const qint64 room = kMaxHeaderBytes + kMaxBodyBytes - buffer.size();
    buffer += socket->read(qMax<qint64>(0, room));
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffer.size() > kMaxHeaderBytes)
            return respond(socket, 431, 2001, QStringLiteral("headers too large"));
        socket->setProperty("buffer", buffer);
        return;
    }
    if (headEnd > kMaxHeaderBytes)
        return respond(socket, 431, 2001, QStringLiteral("headers too large"));
    const auto head = parseHead(buffer.left(headEnd));
    if (!head)
        return respond(socket, 400, 2001, QStringLiteral("malformed request"));
    if (head->method != "POST")
        return respond(socket, 405, 2001, QStringLiteral("only POST"));
    if (head->target != "/" && !head->target.startsWith("/?"))
        return respond(socket, 404, 2001, QStringLiteral("not found"));
    // Decided from the headers alone: an oversized or unbounded body is never read.
    if (head->chunked || head->contentLength < 0)
        return respond(socket, 411, 2001, QStringLiteral("a Content-Length is required"));
    if (head->contentLength > kMaxBodyBytes) {
        qCWarning(lcCallback) << "callback body of" << head->contentLength << "bytes refused from"
                              << socket->peerAddress();
        return respond(socket, 413, 2001, QStringLiteral("body too large"));
    }
    const QByteArray body = buffer.mid(headEnd + 4);
    if (body.size() < head->contentLength) {
        socket->setProperty("buffer", buffer);
        return; // more to come, within the limit and the deadline
    }
    handle(socket, body.left(head->contentLength));
}

void CallbackReceiver::handle(QTcpSocket *socket, const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return respond(socket, 400, 2001, QStringLiteral("body is not a JSON object"));
    const QJsonObject object = document.object();
    if (m_callbackKey.isEmpty() ||
        !sameSecret(object.value(QLatin1String("accessKey")).toString().toUtf8(),
                    m_callbackKey.toUtf8())) {
        qCWarning(lcCallback) << "callback with a wrong key from" << socket->peerAddress();
        Q_EMIT rejected(QStringLiteral("wrong callback key"));
        return respond(socket, 401, 2002, QStringLiteral("wrong callback key"));
    }
    QJsonObject asEvent = object;
    asEvent.remove(QStringLiteral("accessKey"));
    asEvent.insert(QStringLiteral("sequence"), QStringLiteral("0")); // callbacks carry none
    auto event = TaskEvent::fromJson(asEvent);
    if (!event)
        return respond(socket, 400, 2001, event.error());
    respond(socket, 200, 0, {});
    Q_EMIT eventReceived(event.value());
}

void CallbackReceiver::respond(QTcpSocket *socket, int httpStatus, int code, const QString &message)
{
    socket->setProperty("answered", true);
    socket->setProperty("buffer", QVariant());
    QJsonObject envelope{{QStringLiteral("code"), code}};
    if (code != 0)
        envelope.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}});
    // A peer that keeps sending (a huge body) is cut off once the answer is out.
    answerAndClose(socket, httpStatus, "application/json",
                   QJsonDocument(envelope).toJson(QJsonDocument::Compact));
}

quint16 CallbackReceiver::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        qCWarning(lcCallback) << "cannot listen for relay callbacks on" << address << port << ":"
                              << m_server->errorString();
        return 0;
    }
    qCInfo(lcCallback) << "listening for relay callbacks on" << address << m_server->serverPort();
    return m_server->serverPort();
}

quint16 CallbackReceiver::listen(const QString &addressAndPort)
{
    const auto where = parseListenAddress(addressAndPort);
    if (!where) {
        qCWarning(lcCallback) << "callback_listen must be ADDRESS:PORT, not" << addressAndPort;
        return 0;
    }
    return listen(where->address, where->port);
}

std::optional<ListenAddress> parseListenAddress(const QString &addressAndPort)
{
    const qsizetype colon = addressAndPort.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool portOk = false;
    const int port = addressAndPort.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(addressAndPort.left(colon));
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return std::nullopt;
    return ListenAddress{address, quint16(port)};
}

} // namespace kiosk::relay
