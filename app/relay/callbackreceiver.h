// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace kiosk::relay {

// Receives the v1 relay's event callbacks: POST {accessKey, type, code, message, data} on a
// local port. Only requests carrying the relay's callback key are taken; others get 401.
class CallbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit CallbackReceiver(QString callbackKey, QObject *parent = nullptr);
    ~CallbackReceiver() override;

    // 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

Q_SIGNALS:
    void eventReceived(const kiosk::relay::TaskEvent &event);
    void rejected(const QString &reason);

private:
    QString m_callbackKey;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace kiosk::relay
