// SPDX-License-Identifier: MIT
#pragma once

#include "toolrun.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QTimer>

// A call to a running simulator's HTTP API (one a test started, or the kiosk's demo relay) at
// `baseUrl`; returns the whole envelope, empty when no answer came within 10 s.
inline QJsonObject callSimulator(QNetworkAccessManager &network, const QString &baseUrl,
                                 const QByteArray &method, const QString &path,
                                 const QJsonObject &body = {})
{
    QNetworkRequest request(QUrl(baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = method == "GET" ? network.get(request)
                                           : network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

// The built loyalty-relay-sim, started on a free loopback port for one test case.
class SimProcess
{
public:
    explicit SimProcess(const QStringList &extraArgs = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(KIOSK_RELAYSIM_BIN),
                        QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--chain-delay"), QStringLiteral("0.2"),
                                    QStringLiteral("--access-key"), accessKey()} +
                            extraArgs);
        if (!m_process.waitForStarted(10000))
            return;
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            m_process.waitForReadyRead(100);
            line += m_process.readLine();
        }
        const QByteArray prefix = "listening on ";
        if (line.startsWith(prefix))
            m_url = QString::fromLatin1(line.mid(prefix.size()).trimmed());
    }
    ~SimProcess()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    bool isRunning() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    static QString accessKey() { return QStringLiteral("test-access-key"); }

    // A call to the simulator's HTTP API; returns the whole envelope.
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return callSimulator(m_network, m_url, method, path, body);
    }

    // Creates a completed (18) payment for `account`; returns its payment id.
    QString createPayment(const QString &account, const QString &purchaseId,
                          const QString &amount = QStringLiteral("15000000000000000000000"))
    {
        const QJsonObject answer =
            call("POST", QStringLiteral("/sim/payments"),
                 {{QStringLiteral("purchaseId"), purchaseId},
                  {QStringLiteral("amount"), amount},
                  {QStringLiteral("currency"), QStringLiteral("krw")},
                  {QStringLiteral("account"), account},
                  {QStringLiteral("terminalId"), QStringLiteral("KIOSK0001")}});
        return answer.value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("paymentId"))
            .toString();
    }

    QString nonceOf(const QString &account)
    {
        return call("GET", u"/v1/ledger/nonce/" + account)
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("nonce"))
            .toString();
    }

    QString chainId()
    {
        const QJsonValue id = call("GET", QStringLiteral("/v1/chain/side/id"))
                                  .value(QLatin1String("data"))
                                  .toObject()
                                  .value(QLatin1String("chainId"));
        return id.isString() ? id.toString() : QString::number(id.toInteger());
    }

private:
    QProcess m_process;
    QString m_url;
    QNetworkAccessManager m_network;
};
