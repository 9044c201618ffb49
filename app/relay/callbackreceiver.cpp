// SPDX-License-Identifier: MIT
#include "relay/callbackreceiver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <openssl/crypto.h>

namespace kiosk::relay {

Q_LOGGING_CATEGORY(lcCallback, "kiosk.callback")

namespace {
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() &&
           CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QHttpServerResponse envelope(int code, const QString &message,
                             QHttpServerResponse::StatusCode status)
{
    QJsonObject body{{QStringLiteral("code"), code}};
    if (code != 0)
        body.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}});
    return QHttpServerResponse(body, status);
}
} // namespace

CallbackReceiver::CallbackReceiver(QString callbackKey, QObject *parent)
    : QObject(parent), m_callbackKey(std::move(callbackKey)),
      m_server(std::make_unique<QHttpServer>())
{
    m_server->route(
        QStringLiteral("/"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) {
            if (request.body().size() > 64 * 1024)
                return envelope(2001, QStringLiteral("body too large"),
                                QHttpServerResponse::StatusCode::PayloadTooLarge);
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return envelope(2001, QStringLiteral("body is not a JSON object"),
                                QHttpServerResponse::StatusCode::BadRequest);
            const QJsonObject object = document.object();
            if (m_callbackKey.isEmpty() ||
                !sameSecret(object.value(QLatin1String("accessKey")).toString().toUtf8(),
                            m_callbackKey.toUtf8())) {
                qCWarning(lcCallback)
                    << "callback with a wrong key from" << request.remoteAddress();
                Q_EMIT rejected(QStringLiteral("wrong callback key"));
                return envelope(2002, QStringLiteral("wrong callback key"),
                                QHttpServerResponse::StatusCode::Unauthorized);
            }
            QJsonObject asEvent = object;
            asEvent.remove(QStringLiteral("accessKey"));
            asEvent.insert(QStringLiteral("sequence"), QStringLiteral("0")); // callbacks carry none
            auto event = TaskEvent::fromJson(asEvent);
            if (!event)
                return envelope(2001, event.error(), QHttpServerResponse::StatusCode::BadRequest);
            Q_EMIT eventReceived(event.value());
            return envelope(0, {}, QHttpServerResponse::StatusCode::Ok);
        });
}

CallbackReceiver::~CallbackReceiver() = default;

quint16 CallbackReceiver::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        qCWarning(lcCallback) << "cannot listen for relay callbacks on" << address << port;
    else
        qCInfo(lcCallback) << "listening for relay callbacks on" << address << bound;
    return bound;
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
