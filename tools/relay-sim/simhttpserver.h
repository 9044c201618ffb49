// SPDX-License-Identifier: MIT
// A thin HTTP front on QAbstractHttpServer (Qt 6.4): every request goes to one handler as a
// plain copyable value, with a reply handle that may answer later (injected delays) or close
// the connection without answering (injected drops).
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerResponder>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;

namespace kiosk::sim {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // decoded, without the query string
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Header names compare case-insensitively; nullopt when the header is absent.
    std::optional<QByteArray> header(QByteArrayView name) const;
};

class HttpReply
{
public:
    HttpReply(QHttpServerResponder &&responder, QTcpSocket *socket);
    ~HttpReply();
    HttpReply(const HttpReply &) = delete;
    HttpReply &operator=(const HttpReply &) = delete;

    void send(int httpStatus, const QByteArray &body, const QByteArray &contentType);
    // Closes the connection without a byte of answer.
    void drop();
    // The next send() drops instead: the work is done but the answer is lost.
    void dropInsteadOfAnswer() { m_dropOnSend = true; }
    bool isDone() const { return m_done; }

private:
    QHttpServerResponder m_responder;
    // The server deletes a socket (and the request the responder refers to) once the client
    // leaves, so a late answer first checks that the socket is still there.
    QPointer<QTcpSocket> m_socket;
    bool m_done = false;
    bool m_dropOnSend = false;
};

using HttpHandler = std::function<void(const HttpRequest &, const std::shared_ptr<HttpReply> &)>;

// A TCP server whose connections are closed after `idleMs` without a request in progress, as
// both relays close keep-alive connections after 5 s (0: never).
class IdleClosingTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    IdleClosingTcpServer(qint64 idleMs, QObject *parent = nullptr)
        : QTcpServer(parent), m_idleMs(idleMs)
    {}

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_idleMs;
};

class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SimHttpServer(HttpHandler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpHandler m_handler;
};

} // namespace kiosk::sim
