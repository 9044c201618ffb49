// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

// A loopback HTTP server that answers every request with one canned response, for transport
// faults a real relay (or the simulator) cannot be made to produce on demand.
class RawHttpServer : public QTcpServer
{
public:
    enum class Mode
    {
        Respond,
        Silent,
        CloseAtOnce
    };

    RawHttpServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_lastRequest += socket->readAll();
                    // A TLS ClientHello (first byte 0x16) gets the plain answer too, as a plain
                    // HTTP server would: the client's handshake then fails.
                    const bool tlsHello = m_lastRequest.startsWith('\x16');
                    if (!m_lastRequest.contains("\r\n\r\n") && !tlsHello)
                        return;
                    ++m_requests;
                    if (m_mode == Mode::Silent)
                        return;
                    if (m_mode == Mode::Respond)
                        socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }

    void respond(int status, const QByteArray &body,
                 const QByteArray &contentType = "application/json")
    {
        m_mode = Mode::Respond;
        m_response = "HTTP/1.1 " + QByteArray::number(status) +
                     " X\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\nConnection: close\r\n\r\n" + body;
    }
    // Exactly these bytes, headers included (a lying or broken server), then the connection closes.
    void respondRaw(const QByteArray &bytes)
    {
        m_mode = Mode::Respond;
        m_response = bytes;
    }
    void setMode(Mode mode) { m_mode = mode; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    int requests() const { return m_requests; }
    const QByteArray &lastRequest() const { return m_lastRequest; }
    void clearRequest() { m_lastRequest.clear(); }

private:
    Mode m_mode = Mode::Respond;
    QByteArray m_response;
    QByteArray m_lastRequest;
    int m_requests = 0;
};
