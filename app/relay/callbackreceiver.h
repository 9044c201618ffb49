// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"

#include <QHostAddress>
#include <QObject>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace kiosk::relay {

// Receives the v1 relay's event callbacks: POST {accessKey, type, code, message, data} on a
// local port. Only requests carrying the relay's callback key are taken; others get 401.
//
// Anyone who can reach the port can send anything, and the key travels inside the body, so the
// limits hold while reading, before any key check: request line and headers at most 8 KiB, a
// Content-Length is required and at most 64 KiB (413 and the connection closed at once, the
// body never read), the whole request within 10 s, at most 16 connections at a time. Qt
// HttpServer (6.4) buffers a whole body before its handler runs, which is why this is a small
// HTTP/1.1 reader of its own.
// "ADDRESS:PORT" (e.g. 127.0.0.1:8099; port 0 picks a free one), or nothing when it is not that.
struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};
std::optional<ListenAddress> parseListenAddress(const QString &addressAndPort);

class CallbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit CallbackReceiver(QString callbackKey, QObject *parent = nullptr);
    ~CallbackReceiver() override;

    // 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    // "ADDRESS:PORT" as in [events] callback_listen. Returns the port, or 0 on failure (also
    // when the text is not ADDRESS:PORT).
    quint16 listen(const QString &addressAndPort);

    static constexpr int kMaxHeaderBytes = 8 * 1024;
    static constexpr int kMaxBodyBytes = 64 * 1024;
    static constexpr int kMaxConnections = 16;
    static constexpr int kRequestTimeoutMs = 10000;

Q_SIGNALS:
    void eventReceived(const kiosk::relay::TaskEvent &event);
    void rejected(const QString &reason);

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int httpStatus, int code, const QString &message);
    // The body of a complete request: the key checked, the event emitted; answers the socket.
    void handle(QTcpSocket *socket, const QByteArray &body);

    QString m_callbackKey;
    QTcpServer *m_server = nullptr;
};

} // namespace kiosk::relay
