// SPDX-License-Identifier: MIT
// health: asks the running kiosk's /healthz ([metrics] listen) whether it can serve customers.
#include "commands.h"
#include "context.h"
#include "kioskctl.h"

#include "relay/callbackreceiver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace kiosk::cli::commands {

namespace {
constexpr int kTimeoutMs = 5000;

int unreachable(const Context &context, const QString &message)
{
    if (context.json())
        printJsonError({{QStringLiteral("kind"), QStringLiteral("unreachable")},
                        {QStringLiteral("message"), message}});
    writeLine(stderr, kProgram + u": " + message);
    return ExitTransport;
}
} // namespace

int health(Context &context)
{
    context.expectArguments(1);
    const QString listen = context.config().metricsListen;
    if (listen.isEmpty())
        throw BadInput{QStringLiteral("metrics are not configured: set [metrics] listen in %1 "
                                      "(the kiosk serves /healthz there)")
                           .arg(context.configPath())};
    const auto where = relay::parseListenAddress(listen);
    if (!where)
        throw BadInput{u"[metrics] listen must be ADDRESS:PORT, not "_qs + listen};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(where->address.toString());
    url.setPort(where->port);
    url.setPath(QStringLiteral("/healthz"));

    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const QString state = answer.value(u"status").toString();
    if (status == 0)
        return unreachable(context, QStringLiteral("the kiosk does not answer at %1: %2")
                                        .arg(url.toString(), reply->errorString()));
    if ((status != 200 || state != u"ready") && (status != 503 || state != u"out-of-service"))
        return unreachable(context, QStringLiteral("%1 answered HTTP %2, not a health report")
                                        .arg(url.toString())
                                        .arg(status));

    const QJsonArray reasons = answer.value(u"reasons").toArray();
    QStringList said;
    for (const QJsonValue &reason : reasons)
        said << reason[u"message"].toString() + u" (" + reason[u"code"].toString() + u')';
    const bool ready = state == u"ready";
    context.print({{QStringLiteral("ok"), true},
                   {QStringLiteral("ready"), ready},
                   {QStringLiteral("reasons"), reasons}},
                  ready ? QStringLiteral("ready") : u"out of service: "_qs + said.join(u"; "));
    return ready ? ExitOk : ExitRelayRefused;
}

} // namespace kiosk::cli::commands
