// SPDX-License-Identifier: MIT
// How cancellation results reach terminals: the task feed's events (GET /v1/task/...) and the
// v1 callback the relay POSTs to its one callback URL for each of them.
#pragma once

#include "simmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace kiosk::sim {

class TaskFeed : public QObject
{
    Q_OBJECT

public:
    TaskFeed(const SimOptions &options, QObject *parent = nullptr);

    // No events and no callback records; a callback still under way is no longer recorded.
    void reset();

    // Posts a `pay_cancel` event about the payment. Only the relay's watcher (success events)
    // sends the callback key as a header too.
    void post(int code, const Payment &payment, bool fromWatcher);

    const QList<TaskEvent> &events() const { return m_events; }
    // The callbacks sent, the newest last, with how each went.
    QJsonArray callbackRecords() const;

Q_SIGNALS:
    void eventPosted(const QJsonObject &event);

private:
    void sendCallback(const QJsonObject &event, bool withAuthorization);

    const SimOptions &m_options;
    QNetworkAccessManager *m_network = nullptr;
    QList<TaskEvent> m_events;
    qint64 m_nextSequence = 1;
    QList<QJsonObject> m_callbacks;
    qint64 m_nextCallbackId = 1;
    quint64 m_generation = 0; // bumped by reset(): a late callback answer is not recorded
};

} // namespace kiosk::sim
