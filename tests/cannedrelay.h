// SPDX-License-Identifier: MIT
#pragma once

// A loopback HTTP server (127.0.0.1 only) that answers with the relays' recorded answers
// (tests/data/relay-corpus), so the kiosk's client, workflow and kioskctl meet the published
// relays exactly as they answered.

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>
#include <optional>

// One recorded exchange of a relay.
struct Exchange
{
    int index = -1;
    QString name;
    QString method;
    QString path; // with the query
    QJsonValue requestBody;
    std::optional<int> status; // nullopt: no HTTP answer (the connection closed)
    QJsonValue response;       // the parsed JSON body, or the raw text

    QJsonObject envelope() const { return response.toObject(); }
    QJsonObject data() const { return envelope().value(QLatin1String("data")).toObject(); }
    QByteArray body() const
    {
        if (response.isString())
            return response.toString().toUtf8();
        return QJsonDocument(response.toObject()).toJson(QJsonDocument::Compact);
    }
    bool isJson() const { return response.isObject(); }
};

inline QList<Exchange> loadCorpus(const QString &name)
{
    QFile file(QStringLiteral(KIOSK_TEST_DATA_DIR "/relay-corpus/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    QList<Exchange> exchanges;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QJsonObject request = o.value(QLatin1String("request")).toObject();
        Exchange e;
        e.index = int(i);
        e.name = o.value(QLatin1String("name")).toString();
        e.method = request.value(QLatin1String("method")).toString();
        e.path = request.value(QLatin1String("path")).toString();
        e.requestBody = request.value(QLatin1String("body"));
        if (o.value(QLatin1String("status")).isDouble())
            e.status = o.value(QLatin1String("status")).toInt();
        e.response = o.value(QLatin1String("response"));
        exchanges.append(e);
    }
    return exchanges;
}

// What the canned relay answers: recorded exchanges, picked per path. The payment item follows
// the cancellation's phase: each POST marked as moving it on advances to the next recorded item.
struct CannedScenario
{
    bool v1Only = false;      // the v1-only relay: /v2 paths and the task feed answer 404 (HTML)
    QList<QJsonObject> items; // GET payment item, per phase (whole envelopes)
    QJsonObject shop, chainId, nonce;
    struct Post
    {
        QJsonObject envelope;
        bool advances = false;
    };
    QHash<QString, QList<Post>> posts; // "open", "approval", "close": answers in order
    qint64 shiftSeconds = 0;           // added to every timestamp of an item (recorded in the past)
};

class CannedRelay : public QTcpServer
{
public:
    CannedRelay()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
            }
        });
    }

    void setScenario(CannedScenario scenario)
    {
        m_scenario = std::move(scenario);
        m_phase = 0;
    }
    // Every request gets this answer (nullopt status: the connection is closed unanswered).
    void answerAlways(std::optional<int> status, QByteArray body,
                      QByteArray contentType = "application/json; charset=utf-8")
    {
        m_fixed = true;
        m_fixedStatus = status;
        m_fixedBody = std::move(body);
        m_fixedType = std::move(contentType);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    const QStringList &requests() const { return m_requests; } // "METHOD path?query"
    const QList<QByteArray> &bodies() const { return m_bodies; }
    int phase() const { return m_phase; }
    int count(const QString &prefix) const
    {
        int n = 0;
        for (const QString &r : m_requests)
            n += r.startsWith(prefix) ? 1 : 0;
        return n;
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        buffer.clear();
        const QString method = QString::fromLatin1(requestLine.value(0));
        const QString target = QString::fromUtf8(requestLine.value(1));
        m_requests << method + u' ' + target;
        m_bodies << body;

        std::optional<int> status;
        QByteArray answer, type = "application/json; charset=utf-8";
        if (m_fixed) {
            status = m_fixedStatus;
            answer = m_fixedBody;
            type = m_fixedType;
        } else {
            const auto [s, b, t] = route(method, target);
            status = s;
            answer = b;
            type = t;
        }
        if (!status) {
            socket->abort();
            return;
        }
        socket->write("HTTP/1.1 " + QByteArray::number(*status) + " X\r\nContent-Type: " + type +
                      "\r\nContent-Length: " + QByteArray::number(answer.size()) +
                      "\r\nConnection: close\r\n\r\n" + answer);
        socket->disconnectFromHost();
    }

    static QByteArray json(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    static std::tuple<std::optional<int>, QByteArray, QByteArray> notFound(const QString &method,
                                                                           const QString &path)
    {
        return {404,
                "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<title>Error</title>\n</head>\n<body>\n<pre>Cannot " +
                    method.toUtf8() + ' ' + path.toUtf8() + "</pre>\n</body>\n</html>\n",
                "text/html; charset=utf-8"};
    }

    QJsonObject shifted(QJsonObject envelope) const
    {
        if (m_scenario.shiftSeconds == 0)
            return envelope;
        QJsonObject data = envelope.value(QLatin1String("data")).toObject();
        for (const char *field : {"openNewTimestamp", "closeNewTimestamp", "openCancelTimestamp",
                                  "closeCancelTimestamp"}) {
            const qint64 t = data.value(QLatin1String(field)).toInteger();
            if (t > 0)
                data.insert(QLatin1String(field), t + m_scenario.shiftSeconds);
        }
        if (!data.isEmpty())
            envelope.insert(QStringLiteral("data"), data);
        return envelope;
    }

    std::tuple<std::optional<int>, QByteArray, QByteArray> route(const QString &method,
                                                                 const QString &target)
    {
        const QString path = target.section(u'?', 0, 0);
        const bool feed = path.startsWith(u"/v1/task/");
        if (m_scenario.v1Only && (path.startsWith(u"/v2/") || feed))
            return notFound(method, path);
        const QByteArray type = "application/json; charset=utf-8";
        if (feed) // the v2 relay's feed, with nothing new: the workflow polls the item anyway
            return {200,
                    path.endsWith(u"/sequence/latest")
                        ? QByteArray(R"({"code":0,"data":{"sequence":"0"}})")
                        : QByteArray(R"({"code":0,"data":[]})"),
                    type};
        if (method == u"GET" && path.endsWith(u"/payment/item")) {
            const auto &items = m_scenario.items;
            return {200, json(shifted(items.at(qMin<qsizetype>(m_phase, items.size() - 1)))), type};
        }
        if (method == u"GET" && path.endsWith(u"/payment/shop/info"))
            return {200, json(m_scenario.shop), type};
        if (method == u"GET" && path == u"/v1/chain/side/id")
            return {200, json(m_scenario.chainId), type};
        if (method == u"GET" && path.startsWith(u"/v1/ledger/nonce/")) {
            // As the relay does: the recorded nonce, for the account asked.
            QJsonObject envelope = m_scenario.nonce;
            QJsonObject data = envelope.value(QLatin1String("data")).toObject();
            if (data.contains(QLatin1String("account")))
                data.insert(QStringLiteral("account"), path.section(u'/', -1));
            envelope.insert(QStringLiteral("data"), data);
            return {200, json(envelope), type};
        }
        if (method == u"POST" && path.contains(u"/payment/cancel/")) {
            auto &queue = m_scenario.posts[path.section(u'/', -1)];
            if (queue.isEmpty())
                return notFound(method, path);
            const CannedScenario::Post post = queue.size() > 1 ? queue.takeFirst() : queue.first();
            if (post.advances)
                ++m_phase;
            return {200, json(shifted(post.envelope)), type};
        }
        return notFound(method, path);
    }

    CannedScenario m_scenario;
    int m_phase = 0;
    bool m_fixed = false;
    std::optional<int> m_fixedStatus;
    QByteArray m_fixedBody, m_fixedType;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QStringList m_requests;
    QList<QByteArray> m_bodies;
};
