// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metricsregistry.h"
#include "metrics/metricsserver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace kiosk::relay {
class RelayClient;
}
namespace kiosk::workflow {
class CancellationWorkflow;
}

namespace kiosk::session {

class KioskSession;

// The session's metrics and health, served on [metrics] listen: the registry filled from the
// session's signals (workflows, relay calls) and, at each scrape, from what the session knows
// (scanners, relay reachability, journal size). Created by the session only when configured.
class SessionMetrics : public QObject
{
    Q_OBJECT

public:
    explicit SessionMetrics(KioskSession *session);

    // "ADDRESS:PORT" (checked by the configuration). Returns the port, or 0 on failure.
    quint16 listen(const QString &addressAndPort);
    quint16 port() const { return m_server->port(); }
    metrics::MetricsRegistry *registry() const { return m_registry; }

    // Why the kiosk cannot serve a customer now; empty when it is ready.
    QList<metrics::HealthProblem> health() const;

    // Counts the workflow's outcome and times its steps.
    void watch(workflow::CancellationWorkflow *flow);
    void watchRelay(relay::RelayClient *client);

    // How often the UI thread is asked to run the stall probe.
    static constexpr int kStallProbeMs = 100;

private:
    void collect();
    bool hasConfiguredCamera() const;

    KioskSession *m_session;
    metrics::MetricsRegistry *m_registry;
    metrics::MetricsServer *m_server;
    QTimer m_stallProbe;
    QElapsedTimer m_sinceProbe;
    qint64 m_longestStallMs = 0;
};

} // namespace kiosk::session
