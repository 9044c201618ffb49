// SPDX-License-Identifier: MIT
// A relay simulator: the loyalty relay's kiosk-facing HTTP API (v1 and v2), its payment
// cancellation state machine, a simulated chain, the task feed and v1 callbacks, plus an admin
// API under /sim/ for tests and demos. docs/relay-simulator.md describes it for people.
//
// RelaySimulator puts the parts together and dispatches each request; where each concern is:
//   relayendpoints.h  the relay's /v1 and /v2 endpoints
//   requestfields.h   request validation: body parsing, field checks, 2001 answers
//   relayanswers.h    the relay's answer envelope and messages
//   simchain.h        the simulated chain: mining, delegator approvals, forced close
//   taskfeed.h        task feed events and v1 callbacks
//   adminapi.h        the /sim/ admin API;  simfaults.h  the faults it injects
//   simmodel.h        options, config, payments, shops, seed and the relay's state
//   simhttpserver.h   the HTTP front: requests in, answers (or injected drops) out
#pragma once

#include "adminapi.h"
#include "common/result.h"
#include "relayendpoints.h"
#include "simchain.h"
#include "simfaults.h"
#include "simmodel.h"
#include "taskfeed.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace kiosk::sim {

class HttpReply;
class SimHttpServer;
struct HttpRequest;

class RelaySimulator : public QObject
{
    Q_OBJECT

public:
    RelaySimulator(Seed seed, SimOptions options, QObject *parent = nullptr);
    ~RelaySimulator() override;

    // Listens on 127.0.0.1 only (port 0 picks a free one); returns the port.
    Result<quint16> listen(quint16 port);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    // What the executable prints at start, the URL line first.
    QStringList banner() const;

    QString accessKey() const { return m_options.accessKey; }
    QString callbackKey() const { return m_options.callbackKey; }
    quint64 chainId() const { return m_chainId; }
    const SimConfig &config() const { return m_config; }

    // Back to the seed: payments, shops, nonces, events, callbacks and faults.
    void reset();

Q_SIGNALS:
    void eventPosted(const QJsonObject &event);

private:
    void onRequest(const HttpRequest &request, const std::shared_ptr<HttpReply> &reply);
    void serve(const HttpRequest &request, const std::shared_ptr<HttpReply> &reply);
    Answer route(const HttpRequest &request);

    Seed m_seed;
    SimOptions m_options;
    SimConfig m_config;
    quint64 m_chainId = 0;
    quint16 m_port = 0;
    SimHttpServer *m_server = nullptr;

    RelayState m_state;
    FaultTable m_faults;
    TaskFeed m_feed;
    SimChain m_chain;
    RelayEndpoints m_endpoints;
    AdminApi m_admin;
};

} // namespace kiosk::sim
