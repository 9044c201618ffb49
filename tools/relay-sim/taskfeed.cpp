// SPDX-License-Identifier: MIT
#include "taskfeed.h"

#include "relayanswers.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace kiosk::sim {

namespace {
Q_LOGGING_CATEGORY(lcFeed, "kiosk.sim.feed")

constexpr int kMaxCallbackRecords = 1000;
constexpr int kCallbackTimeoutMs = 5000;
} // namespace

TaskFeed::TaskFeed(const SimOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_network(new QNetworkAccessManager(this))
{
    // Callbacks go to loopback only; a system proxy must not see them.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TaskFeed::reset()
{
    ++m_generation;
    m_events.clear();
    m_nextSequence = 1;
    m_callbacks.clear();
}

void TaskFeed::post(int code, const Payment &payment, bool fromWatcher)
{
    TaskEvent event;
    event.sequence = m_nextSequence++;
    event.code = code;
    event.message = relayMessage(code);
    event.data = shapedItem(m_options.flavor, payment.toEventData());
    event.timeMs = nowMs();
    m_events.append(event);
    const QJsonObject json = event.toJson();
    qCInfo(lcFeed).noquote() << "event" << QJsonDocument(json).toJson(QJsonDocument::Compact);
    Q_EMIT eventPosted(json);
    if (!m_options.callbackUrl.isEmpty())
        sendCallback(json, fromWatcher);
}

QJsonArray TaskFeed::callbackRecords() const
{
    QJsonArray records;
    for (const QJsonObject &record : m_callbacks)
        records.append(record);
    return records;
}

void TaskFeed::sendCallback(const QJsonObject &event, bool withAuthorization)
{
    const QJsonObject body{{QStringLiteral("accessKey"), m_options.callbackKey},
                           {QStringLiteral("type"), event.value(u"type")},
                           {QStringLiteral("code"), event.value(u"code")},
                           {QStringLiteral("message"), event.value(u"message")},
                           {QStringLiteral("data"), event.value(u"data")}};
    const qint64 id = m_nextCallbackId++;
    m_callbacks.append({{QStringLiteral("id"), id},
                        {QStringLiteral("sequence"), event.value(u"sequence")},
                        {QStringLiteral("url"), m_options.callbackUrl.toString()},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("state"), QStringLiteral("pending")}});
    while (m_callbacks.size() > kMaxCallbackRecords)
        m_callbacks.removeFirst();

    QNetworkRequest request(m_options.callbackUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The relay's watcher (success events) also sends the key as a header; its router does not.
    if (withAuthorization)
        request.setRawHeader("Authorization", m_options.callbackKey.toUtf8());
    request.setTransferTimeout(kCallbackTimeoutMs);
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        for (QJsonObject &record : m_callbacks) {
            if (record.value(u"id").toInteger() != id)
                continue;
            const QVariant httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (httpStatus.isValid())
                record.insert(QStringLiteral("httpStatus"), httpStatus.toInt());
            if (reply->error() == QNetworkReply::NoError) {
                record.insert(QStringLiteral("state"), QStringLiteral("delivered"));
            } else {
                record.insert(QStringLiteral("state"), QStringLiteral("failed"));
                record.insert(QStringLiteral("error"), reply->errorString());
            }
            qCInfo(lcFeed) << "callback" << id << record.value(u"state").toString();
            break;
        }
    });
}

} // namespace kiosk::sim
