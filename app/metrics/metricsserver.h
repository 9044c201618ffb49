// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metricsregistry.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace kiosk::metrics {

// Why the kiosk cannot serve customers: a stable code for machines ("relay-unreachable") and
// a translated sentence for staff.
struct HealthProblem
{
    QString code;
    QString message;
};

// Serves GET /metrics (OpenMetrics when the scraper asks for it, else the Prometheus text
// format) and GET /healthz (200 {"status":"ready"}, or 503 {"status":"out-of-service",
// "reasons":[{"code","message"}]}) on one local address.
//
// The address may face the shop's LAN (a fleet scraper), so a peer gets little: GET and HEAD
// only, no body, headers at most 8 KiB, the whole request within 5 s, 8 connections at a time.
// Everything runs on the owner's thread and answers from memory: no request waits on I/O.
class MetricsServer : public QObject
{
    Q_OBJECT

public:
    using HealthCheck = std::function<QList<HealthProblem>()>;

    MetricsServer(MetricsRegistry *registry, HealthCheck health, QObject *parent = nullptr);
    ~MetricsServer() override;

    // 0 picks a free port. Returns the port, or 0 on failure (logged).
    quint16 listen(const QHostAddress &address, quint16 port);
    quint16 port() const;

    static constexpr int kMaxHeaderBytes = 8 * 1024;
    static constexpr int kMaxConnections = 8;
    static constexpr int kRequestTimeoutMs = 5000;

    // /healthz's body for these problems (none: ready).
    static QByteArray healthJson(const QList<HealthProblem> &problems);

private:
    void accept();
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &contentType,
                const QByteArray &body, bool withBody = true);

    MetricsRegistry *m_registry;
    HealthCheck m_health;
    QTcpServer *m_server;
};

} // namespace kiosk::metrics
