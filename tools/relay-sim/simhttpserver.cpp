// SPDX-License-Identifier: MIT
#include "simhttpserver.h"

#include "simmodel.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace kiosk::sim {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    static constexpr std::pair<Method, const char *> names[] = {
        {Method::Get, "GET"},     {Method::Put, "PUT"},         {Method::Delete, "DELETE"},
        {Method::Post, "POST"},   {Method::Head, "HEAD"},       {Method::Options, "OPTIONS"},
        {Method::Patch, "PATCH"}, {Method::Connect, "CONNECT"}, {Method::Trace, "TRACE"},
    };
    for (const auto &[known, name] : names) {
        if (known == method)
            return name;
    }
    return "UNKNOWN";
}
} // namespace

std::optional<QByteArray> HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

HttpReply::HttpReply(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder)), m_socket(socket)
{}

HttpReply::~HttpReply()
{
    // Every handler answers; this only keeps a client from waiting forever on a bug.
    if (!m_done && m_socket) {
        qCWarning(lcSim) << "a request was left without an answer";
        send(500, QByteArrayLiteral("unanswered"), QByteArrayLiteral("text/plain"));
    }
}

void HttpReply::send(int httpStatus, const QByteArray &body, const QByteArray &contentType)
{
    if (m_done)
        return;
    if (m_dropOnSend) {
        drop();
        return;
    }
    m_done = true;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left (its own timeout): nobody to answer
    m_responder.write(body, contentType, QHttpServerResponder::StatusCode(httpStatus));
}

void HttpReply::drop()
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket)
        m_socket->abort();
}

void IdleClosingTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_idleMs > 0) {
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(int(m_idleMs));
        // Idle from the last byte of an answer (or the connection) until the next request.
        connect(socket, &QTcpSocket::readyRead, idle, &QTimer::stop);
        connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
        connect(idle, &QTimer::timeout, socket, [socket, ms = m_idleMs] {
            qCDebug(lcSim) << "closing a connection idle for" << ms << "ms";
            socket->disconnectFromHost();
        });
        idle->start();
    }
    addPendingConnection(socket);
}

SimHttpServer::SimHttpServer(HttpHandler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // QHttpServerRequest cannot be copied and dies with its socket: keep what is needed.
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    copy.headers = request.headers();
    copy.body = request.body();
    auto reply = std::make_shared<HttpReply>(makeResponder(request, socket), socket);
    m_handler(copy, reply);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached (handleRequest takes everything), but the base class requires it.
    HttpReply reply(makeResponder(request, socket), socket);
    reply.send(404, QByteArrayLiteral("Not Found"), QByteArrayLiteral("text/plain"));
}

} // namespace kiosk::sim
