// SPDX-License-Identifier: MIT
#include "metrics/metricsserver.h"

#include "common/localhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace kiosk::metrics {

namespace {
// The request line's method and path, and whether the scraper takes OpenMetrics; a request
// with a body is refused (nothing here reads one).
struct Request
{
    QByteArray method;
    QByteArray path;
    bool openMetrics = false;
    bool hasBody = false;
};

std::optional<Request> parseRequest(const QByteArray &head)
{
    const auto parsed = parseHttpRequestHead(head);
    if (!parsed)
        return std::nullopt;
    Request request{parsed->method, parsed->target.split('?').value(0)};
    for (const QByteArray &accept : parsed->values("accept"))
        request.openMetrics =
            request.openMetrics || accept.contains("application/openmetrics-text");
    const QList<QByteArray> lengths = parsed->values("content-length");
    request.hasBody = !parsed->values("transfer-encoding").isEmpty() ||
                      std::any_of(lengths.cbegin(), lengths.cend(),
                                  [](const QByteArray &length) { return length != "0"; });
    return request;
}
} // namespace

MetricsServer::MetricsServer(MetricsRegistry *registry, HealthCheck health, QObject *parent)
    : QObject(parent), m_registry(registry), m_health(std::move(health)),
      m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(kMaxConnections);
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::accept);
}

MetricsServer::~MetricsServer() = default;

quint16 MetricsServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port)) {
        qCWarning(lcMetrics) << "cannot serve metrics on" << address << port << ":"
                             << m_server->errorString();
        return 0;
    }
    qCInfo(lcMetrics) << "serving /metrics and /healthz on" << address << m_server->serverPort();
    return m_server->serverPort();
}

quint16 MetricsServer::port() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

void MetricsServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const auto busy = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly).size();
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (busy >= kMaxConnections) {
            qCWarning(lcMetrics) << "too many metrics connections; dropping one from"
                                 << socket->peerAddress();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setReadBufferSize(kMaxHeaderBytes + 1);
        // A peer that never finishes its request is cut off.
        QTimer::singleShot(kRequestTimeoutMs, socket, [this, socket] {
            if (!socket->property("answered").toBool())
                answer(socket, 408, "text/plain", "request too slow\n");
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        serve(socket);
    }
}

void MetricsServer::serve(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 || end > kMaxHeaderBytes) {
        if (head.size() > kMaxHeaderBytes)
            return answer(socket, 431, "text/plain", "headers too large\n");
        socket->setProperty("head", head);
        return;
    }
    const auto request = parseRequest(head.left(end));
    if (!request)
        return answer(socket, 400, "text/plain", "malformed request\n");
    const bool headOnly = request->method == "HEAD";
    if (request->method != "GET" && !headOnly)
        return answer(socket, 405, "text/plain", "only GET\n");
    if (request->hasBody)
        return answer(socket, 413, "text/plain", "no body expected\n");
    if (request->path == "/metrics") {
        const Format format = request->openMetrics ? Format::OpenMetrics : Format::PrometheusText;
        return answer(socket, 200, MetricsRegistry::contentType(format), m_registry->scrape(format),
                      !headOnly);
    }
    if (request->path == "/healthz") {
        const QList<HealthProblem> problems = m_health ? m_health() : QList<HealthProblem>();
        return answer(socket, problems.isEmpty() ? 200 : 503, "application/json",
                      healthJson(problems), !headOnly);
    }
    answer(socket, 404, "text/plain", "only /metrics and /healthz\n");
}

void MetricsServer::answer(QTcpSocket *socket, int status, const QByteArray &contentType,
                           const QByteArray &body, bool withBody)
{
    socket->setProperty("answered", true);
    socket->setProperty("head", QVariant());
    answerAndClose(socket, status, contentType, body, "Cache-Control: no-store\r\n", withBody);
}

QByteArray MetricsServer::healthJson(const QList<HealthProblem> &problems)
{
    if (problems.isEmpty())
        return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("ready")}})
                   .toJson(QJsonDocument::Compact) +
               '\n';
    QJsonArray reasons;
    for (const HealthProblem &problem : problems)
        reasons.append(QJsonObject{{QStringLiteral("code"), problem.code},
                                   {QStringLiteral("message"), problem.message}});
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("out-of-service")},
                                     {QStringLiteral("reasons"), reasons}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace kiosk::metrics
