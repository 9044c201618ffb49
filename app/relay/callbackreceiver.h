// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

class QHttpServer;

namespace kiosk::relay {

// Receives the v1 relay's event callbacks: POST {accessKey, type, code, message, data} on a
// local port. Only requests carrying the relay's callback key are taken; others get 401.
// "ADDRESS:PORT" (e.g. 0.0.0.0:8099; port 0 picks a free one), or nothing when it is not that.
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

Q_SIGNALS:
    void eventReceived(const kiosk::relay::TaskEvent &event);
    void rejected(const QString &reason);

private:
    QString m_callbackKey;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace kiosk::relay
