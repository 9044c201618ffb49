// SPDX-License-Identifier: MIT
#include "relay/relayclient.h"

#include "common/logging.h"
#include "eth/messages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

namespace kiosk::relay {

Q_LOGGING_CATEGORY(lcRelay, "kiosk.relay", QtInfoMsg)

namespace {
const char kFaultProperty[] = "kioskFault";
// Well inside the relays' 5 s keep-alive timeout.
constexpr int kIdleConnectionSeconds = 2;

bool openHappened(int s)
{
    return status::awaitsApproval(s) ||
           (s >= status::CancelApprovalSent && s <= status::CancelDelivered);
}

RelayError transportError(RelayError::Kind kind, QString message, int httpStatus = 0)
{
    return RelayError{kind, std::move(message), 0, httpStatus};
}

bool retryable(const RelayError &error)
{
    using Kind = RelayError::Kind;
    return error.kind == Kind::Timeout || error.kind == Kind::ConnectionRefused ||
           error.kind == Kind::Network ||
           (error.kind == Kind::HttpStatus && error.httpStatus >= 500);
}
} // namespace

RelayClient::RelayClient(RelaySettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_network(new QNetworkAccessManager(this)),
      m_ssl(QSslConfiguration::defaultConfiguration())
{
    // Every later journal record of this process names the terminal (one relay client a kiosk).
    setProcessLogField("KIOSK_TERMINAL_ID", m_settings.terminalId);
    if (!m_settings.caFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (certificates.isEmpty())
            qCWarning(lcRelay) << "no CA certificate could be read from" << m_settings.caFile;
        m_ssl.addCaCertificates(certificates);
    }
    // Redirects could move a request to plain HTTP or another host: the relay never redirects.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RelayClient::~RelayClient() = default;

QString RelayClient::apiPrefix() const
{
    return m_settings.api == ApiVersion::V1 ? QStringLiteral("/v1") : QStringLiteral("/v2");
}

void RelayClient::refuse(QObject *context, DataCallback done, const QString &message)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QTimer::singleShot(0, this, [=, done = std::move(done)] {
        if (hadContext && !guard)
            return;
        done(RelayError{RelayError::Kind::InvalidInput, message});
    });
}

void RelayClient::send(const Request &request, QObject *context, DataCallback done, int attempt)
{
    if (auto valid = m_settings.validate(); !valid)
        return refuse(context, std::move(done), valid.error());

    QUrl url = m_settings.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + request.path);
    if (!request.query.isEmpty()) {
        QUrlQuery query;
        query.setQueryItems(request.query);
        url.setQuery(query);
    }
    QNetworkRequest networkRequest(url);
    networkRequest.setSslConfiguration(m_ssl);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setMaximumRedirectsAllowed(0);
    // Both relays close a keep-alive connection after 5 s idle. A request written on such a
    // connection just as the relay closes it is lost, and Qt may resend it: never reuse a
    // connection that has been idle for longer than kIdleConnectionSeconds.
    networkRequest.setAttribute(QNetworkRequest::ConnectionCacheExpiryTimeoutSecondsAttribute,
                                kIdleConnectionSeconds);
    if (request.authorize)
        networkRequest.setRawHeader("Authorization", m_settings.accessKey.toUtf8());

    QNetworkReply *reply = nullptr;
    if (request.method == "POST") {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QStringLiteral("application/json"));
        reply = m_network->post(networkRequest,
                                QJsonDocument(request.body).toJson(QJsonDocument::Compact));
    } else {
        reply = m_network->get(networkRequest);
    }

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kFaultProperty, QStringLiteral("timeout"));
        reply->abort();
    });
    timer->start(m_settings.timeout);
    // A pinned relay key is checked once the handshake is done, before anything is sent.
    if (!m_settings.pinnedKeys.isEmpty())
        connect(reply, &QNetworkReply::encrypted, reply, [this, reply] {
            if (!m_settings.chainMatchesPins(reply->sslConfiguration().peerCertificateChain())) {
                reply->setProperty(kFaultProperty, QStringLiteral("pin-mismatch"));
                reply->abort();
            }
        });
    // Refuse oversized answers while they arrive, not after buffering them.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > RelaySettings::kMaxBodyBytes || total > RelaySettings::kMaxBodyBytes) {
            reply->setProperty(kFaultProperty, QStringLiteral("too-large"));
            reply->abort();
        }
    });

    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, guard, hadContext, done = std::move(done), attempt,
             elapsed]() mutable {
                reply->deleteLater();
                const QDateTime serverDate = QDateTime::fromString(
                    QString::fromLatin1(reply->rawHeader("Date")), Qt::RFC2822Date);
                if (serverDate.isValid())
                    m_lastClockSkew = serverDate.secsTo(QDateTime::currentDateTimeUtc());
                RelayResult<QJsonValue> result = interpret(reply);
                const QString errorKind =
                    result ? QString() : RelayError::kindName(result.failure().kind);
                // Journald keeps what staff need: every step that changes something, every
                // failure. A successful read (the lists and feeds are polled every few
                // seconds, ~43,000 lines a day) only with kiosk.relay.debug=true.
                if (!result) {
                    LogFields fields;
                    if (result.failure().relayCode != 0)
                        fields.append({"RELAY_CODE", QString::number(result.failure().relayCode)});
                    KIOSK_LOG_WITH(fields)
                    qCWarning(lcRelay).noquote()
                        << request.method << request.path << "->"
                        << errorKind + u": " + result.error() << elapsed->elapsed() << "ms";
                }
                else if (request.method != "GET")
                    qCInfo(lcRelay).noquote()
                        << request.method << request.path << "-> ok" << elapsed->elapsed() << "ms";
                else
                    qCDebug(lcRelay).noquote()
                        << request.method << request.path << "-> ok" << elapsed->elapsed() << "ms";
                Q_EMIT callFinished(QString::fromLatin1(request.method), request.path,
                                    elapsed->elapsed(), errorKind);
                if (!result && request.method == "GET" && attempt < m_settings.getRetries &&
                    retryable(result.failure())) {
                    const auto backoff = m_settings.retryBackoff * (1 << attempt);
                    QTimer::singleShot(backoff, this, [=, this, done = std::move(done)]() mutable {
                        if (hadContext && !guard)
                            return;
                        send(request, guard.data(), std::move(done), attempt + 1);
                    });
                    return;
                }
                if (hadContext && !guard)
                    return;
                done(result);
            });
}

RelayResult<QJsonValue> RelayClient::interpret(QNetworkReply *reply) const
{
    using Kind = RelayError::Kind;
    const QString fault = reply->property(kFaultProperty).toString();
    if (fault == u"timeout")
        return transportError(
            Kind::Timeout,
            QCoreApplication::translate("kiosk::relay", "the relay did not answer within %1 s")
                .arg(double(m_settings.timeout.count()) / 1000.0));
    // Also for an answer on a connection made earlier: no answer from an unpinned key is used.
    if (fault == u"pin-mismatch" ||
        (reply->url().scheme() == u"https" &&
         !m_settings.chainMatchesPins(reply->sslConfiguration().peerCertificateChain())))
        return transportError(
            Kind::Tls, QCoreApplication::translate("kiosk::relay",
                                                   "TLS failure: the relay's certificate does not "
                                                   "hold a pinned key (pin_sha256)"));
    if (fault == u"too-large")
        return transportError(Kind::TooLarge,
                              QCoreApplication::translate(
                                  "kiosk::relay", "the relay's answer is larger than %1 bytes")
                                  .arg(RelaySettings::kMaxBodyBytes));

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    switch (error) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        return transportError(
            Kind::ConnectionRefused,
            QCoreApplication::translate("kiosk::relay", "the relay refused the connection (%1)")
                .arg(reply->url().authority()));
    case QNetworkReply::SslHandshakeFailedError:
        return transportError(Kind::Tls,
                              QCoreApplication::translate("kiosk::relay", "TLS failure: %1")
                                  .arg(reply->errorString()));
    case QNetworkReply::TimeoutError:
        return transportError(Kind::Timeout, reply->errorString());
    default:
        if (!statusAttribute.isValid())
            return transportError(
                Kind::Network,
                error == QNetworkReply::RemoteHostClosedError
                    ? QCoreApplication::translate(
                          "kiosk::relay", "the relay closed the connection without an answer")
                    : reply->errorString());
        // A fault after a 200 status line: the body is incomplete, whatever it looks like.
        if (statusAttribute.toInt() == 200)
            return transportError(
                Kind::Network,
                QCoreApplication::translate("kiosk::relay", "the relay's answer was cut off: %1")
                    .arg(reply->errorString()));
        break; // an HTTP error status: reported below
    }

    const int httpStatus = statusAttribute.toInt();
    if (httpStatus != 200)
        return transportError(
            Kind::HttpStatus,
            QCoreApplication::translate("kiosk::relay", "the relay answered HTTP %1 instead of 200")
                .arg(httpStatus),
            httpStatus);

    const QByteArray body = reply->read(RelaySettings::kMaxBodyBytes + 1);
    if (body.size() > RelaySettings::kMaxBodyBytes)
        return transportError(Kind::TooLarge,
                              QCoreApplication::translate(
                                  "kiosk::relay", "the relay's answer is larger than %1 bytes")
                                  .arg(RelaySettings::kMaxBodyBytes));
    // A body shorter (or longer) than announced is not the relay's answer. Compressed bodies
    // arrive decompressed, so only an identity-encoded length can be compared.
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && reply->rawHeader("Content-Encoding").isEmpty() &&
        announced.toLongLong() != body.size())
        return transportError(Kind::Network,
                              QCoreApplication::translate(
                                  "kiosk::relay", "the relay's answer was cut off (%1 of %2 bytes)")
                                  .arg(body.size())
                                  .arg(announced.toLongLong()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return transportError(
            Kind::NotJson,
            QCoreApplication::translate("kiosk::relay", "the relay's answer is not a JSON object"));
    const QJsonObject envelope = document.object();
    const QJsonValue code = envelope.value(QLatin1String("code"));
    if (!code.isDouble() || code.toDouble() != double(code.toInt()))
        return transportError(Kind::BadResponse,
                              QCoreApplication::translate(
                                  "kiosk::relay", "the relay's answer has no numeric 'code'"));
    if (code.toInt() != 0) {
        const QJsonObject errorObject = envelope.value(QLatin1String("error")).toObject();
        QString message = errorObject.value(QLatin1String("message")).toString();
        const QJsonArray validation = errorObject.value(QLatin1String("validation")).toArray();
        QStringList details;
        for (const QJsonValue &entry : validation) {
            const QJsonObject item = entry.toObject();
            const QString text = item.value(QLatin1String("msg"))
                                     .toString(item.value(QLatin1String("message")).toString());
            const QString where = item.value(QLatin1String("param"))
                                      .toString(item.value(QLatin1String("path")).toString());
            if (!text.isEmpty() || !where.isEmpty())
                details << (where.isEmpty() ? text : where + u": " + text);
        }
        if (!details.isEmpty())
            message += u" (" + details.join(QStringLiteral("; ")) + u')';
        if (message.isEmpty())
            message = QCoreApplication::translate("kiosk::relay", "no message");
        return RelayError{Kind::Relay, message, code.toInt(), httpStatus};
    }
    const QJsonValue data = envelope.value(QLatin1String("data"));
    if (data.isUndefined() || data.isNull())
        return transportError(
            Kind::BadResponse,
            QCoreApplication::translate("kiosk::relay", "the relay's answer has no 'data'"));
    return data;
}

void RelayClient::fetchChainId(QObject *context, Callback<eth::UInt256> done)
{
    send({"GET", QStringLiteral("/v1/chain/side/id"), {}, {}, false}, context,
         adapt<eth::UInt256>(std::move(done),
                             [](const QJsonValue &d) { return parseChainId(d.toObject()); }));
}

void RelayClient::fetchNonce(const eth::Address &account, QObject *context,
                             Callback<eth::UInt256> done)
{
    // The relay does not validate this address (it may hang or answer 500): the Address type
    // guarantees a well-formed one.
    auto callback = adapt<eth::UInt256>(std::move(done), [account](const QJsonValue &d) {
        // Another account's nonce would make a signature the relay refuses (or worse, accepts
        // for someone else): the answer must be about the account asked.
        const QString answered = d.toObject().value(QLatin1String("account")).toString();
        if (!answered.isEmpty() && answered.compare(account.toChecksummed(), Qt::CaseInsensitive))
            return RelayResult<eth::UInt256>(
                RelayError{RelayError::Kind::BadResponse,
                           QCoreApplication::translate(
                               "kiosk::relay", "the relay answered the nonce of another account")});
        return parseNonce(d.toObject());
    });
    if (account.isNull())
        return refuse(
            context, std::move(callback),
            QCoreApplication::translate("kiosk::relay", "no account to look up the nonce for"));
    send({"GET", u"/v1/ledger/nonce/" + account.toChecksummed(), {}, {}, false}, context,
         std::move(callback));
}

Result<QString> RelayClient::checkedPaymentId(const QString &paymentId, const char *what)
{
    auto id = eth::normalizePaymentId(paymentId);
    if (!id)
        return fail(QCoreApplication::translate("kiosk::relay", "%1 %2")
                        .arg(QLatin1String(what), id.error()));
    return id;
}

Result<void> RelayClient::authorizeTerminal(QJsonObject &body,
                                            const Result<eth::EncodedMessage> &message) const
{
    if (m_settings.api == ApiVersion::V1) {
        if (m_settings.accessKey.isEmpty())
            return fail(QCoreApplication::translate(
                "kiosk::relay", "the v1 API needs the relay's access key, and none is configured"));
        return {};
    }
    if (!m_settings.terminalKey || !m_settings.terminalKey->isValid())
        return fail(QCoreApplication::translate(
            "kiosk::relay", "the v2 API needs the terminal's key, and none is configured"));
    if (!message)
        return fail(message.error());
    body.insert(QStringLiteral("signature"),
                eth::signPersonal(message->hash, *m_settings.terminalKey).toHex());
    return {};
}

RelayResult<PaymentItem> RelayClient::itemFor(const QString &paymentId, const QJsonValue &data,
                                              bool approvalAnswer)
{
    RelayResult<PaymentItem> item = approvalAnswer ? PaymentItem::fromApprovalJson(data.toObject())
                                                   : PaymentItem::fromJson(data.toObject());
    // An answer about another payment is never acted on, whatever else it says.
    if (item && item->paymentId.compare(paymentId, Qt::CaseInsensitive) != 0)
        return RelayError{
            RelayError::Kind::BadResponse,
            QCoreApplication::translate("kiosk::relay",
                                        "the relay answered about another payment (%1, not %2)")
                .arg(item->paymentId.left(80), paymentId)};
    return item;
}

void RelayClient::fetchPayment(const QString &paymentId, QObject *context,
                               Callback<PaymentItem> done)
{
    const auto id = checkedPaymentId(paymentId, "payment id");
    const QString asked = id ? id.value() : QString();
    auto callback = adapt<PaymentItem>(
        std::move(done), [asked](const QJsonValue &d) { return itemFor(asked, d, false); });
    if (!id)
        return refuse(context, std::move(callback), id.error());
    send({"GET",
          apiPrefix() + u"/payment/item",
          {{QStringLiteral("paymentId"), id.value()}},
          {},
          false},
         context, std::move(callback));
}

void RelayClient::fetchShop(const QString &shopId, QObject *context, Callback<ShopInfo> done)
{
    const auto id = checkedPaymentId(shopId, "shop id"); // the same 0x + 64 hex form
    const QString asked = id ? id.value() : QString();
    auto callback = adapt<ShopInfo>(std::move(done), [asked](const QJsonValue &d) {
        auto shop = ShopInfo::fromJson(d.toObject());
        if (shop && shop->shopId.compare(asked, Qt::CaseInsensitive) != 0)
            return RelayResult<ShopInfo>(
                RelayError{RelayError::Kind::BadResponse,
                           QCoreApplication::translate("kiosk::relay",
                                                       "the relay answered about another shop")});
        return shop;
    });
    if (!id)
        return refuse(context, std::move(callback), id.error());
    send({"GET",
          apiPrefix() + u"/payment/shop/info",
          {{QStringLiteral("shopId"), id.value()}},
          {},
          false},
         context, std::move(callback));
}

void RelayClient::openCancel(const QString &paymentId, QObject *context, Callback<PaymentItem> done)
{
    auto callback = adapt<PaymentItem>(
        done, [](const QJsonValue &d) { return PaymentItem::fromJson(d.toObject()); });
    const auto id = checkedPaymentId(paymentId, "payment id");
    if (!id)
        return refuse(context, std::move(callback), id.error());
    if (m_settings.terminalId.isEmpty())
        return refuse(context, std::move(callback),
                      QCoreApplication::translate("kiosk::relay", "no terminal id is configured"));
    if (m_settings.terminalId.size() > eth::kMaxRelayTextLength) // the relay's VARCHAR(66)
        return refuse(context, std::move(callback),
                      QCoreApplication::translate("kiosk::relay",
                                                  "the terminal id is longer than %1 characters")
                          .arg(eth::kMaxRelayTextLength));
    // terminalId always goes with the request: omitted, the relay would overwrite it with "".
    QJsonObject body{{QStringLiteral("paymentId"), id.value()},
                     {QStringLiteral("terminalId"), m_settings.terminalId}};
    if (auto authorized =
            authorizeTerminal(body, eth::openCancelMessage(id.value(), m_settings.terminalId));
        !authorized)
        return refuse(context, std::move(callback), authorized.error());
    sendStep(
        {"POST", apiPrefix() + u"/payment/cancel/open", {}, body, m_settings.api == ApiVersion::V1},
        id.value(), openHappened, codes::NoShopApp, context, std::move(done));
}

void RelayClient::approveCancel(const QString &paymentId, bool approval,
                                const eth::Signature &signature, QObject *context,
                                Callback<PaymentItem> done)
{
    auto callback = adapt<PaymentItem>(
        done, [](const QJsonValue &d) { return PaymentItem::fromApprovalJson(d.toObject()); });
    const auto id = checkedPaymentId(paymentId, "payment id");
    if (!id)
        return refuse(context, std::move(callback), id.error());
    if (signature.bytes.size() != 65)
        return refuse(context, std::move(callback),
                      QCoreApplication::translate("kiosk::relay", "a signature must be 65 bytes"));
    const QJsonObject body{{QStringLiteral("paymentId"), id.value()},
                           {QStringLiteral("approval"), approval},
                           {QStringLiteral("signature"), signature.toHex()}};
    const auto happened = [approval](int s) {
        if (!approval)
            return s == status::CancelRejected;
        return s == status::CancelApprovalSent || s == status::CancelApprovalConfirmed ||
               s == status::CancelDelivered || s == status::CancelCompleted;
    };
    sendStep({"POST", apiPrefix() + u"/payment/cancel/approval", {}, body, false}, id.value(),
             happened, 0, context, std::move(done));
}

void RelayClient::closeCancel(const QString &paymentId, bool confirm, QObject *context,
                              Callback<PaymentItem> done)
{
    auto callback = adapt<PaymentItem>(
        done, [](const QJsonValue &d) { return PaymentItem::fromJson(d.toObject()); });
    const auto id = checkedPaymentId(paymentId, "payment id");
    if (!id)
        return refuse(context, std::move(callback), id.error());
    QJsonObject body{{QStringLiteral("paymentId"), id.value()},
                     {QStringLiteral("confirm"), confirm}};
    if (auto authorized = authorizeTerminal(body, eth::closeCancelMessage(id.value(), confirm));
        !authorized)
        return refuse(context, std::move(callback), authorized.error());
    sendStep(
        {"POST",
         apiPrefix() + u"/payment/cancel/close",
         {},
         body,
         m_settings.api == ApiVersion::V1},
        id.value(), [](int s) { return s == status::CancelCompleted || s == status::CancelFailed; },
        0, context, std::move(done));
}

void RelayClient::fetchLatestTaskSequence(QObject *context, Callback<eth::UInt256> done)
{
    send({"GET", QStringLiteral("/v1/task/sequence/latest"), {}, {}, false}, context,
         adapt<eth::UInt256>(std::move(done),
                             [](const QJsonValue &d) { return parseSequence(d.toObject()); }));
}

void RelayClient::detectFlavor(QObject *context, Callback<RelayFlavor> done)
{
    send({"GET", QStringLiteral("/v1/task/sequence/latest"), {}, {}, false}, context,
         [done = std::move(done)](const RelayResult<QJsonValue> &answer) {
             if (answer)
                 return done(RelayFlavor::V2Relay);
             const RelayError &error = answer.failure();
             if (error.kind == RelayError::Kind::HttpStatus && error.httpStatus == 404)
                 return done(RelayFlavor::V1OnlyRelay);
             done(error);
         });
}

void RelayClient::sendStep(const Request &request, const QString &paymentId,
                           std::function<bool(int)> happened, int notice, QObject *context,
                           Callback<PaymentItem> done)
{
    const bool approvalAnswer = request.path.endsWith(u"/approval");
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    send(request, context,
         [this, request, paymentId, happened = std::move(happened), notice, guard, hadContext,
          approvalAnswer, done = std::move(done)](const RelayResult<QJsonValue> &data) {
             RelayResult<PaymentItem> answer =
                 data ? itemFor(paymentId, data.value(), approvalAnswer)
                      : RelayResult<PaymentItem>(data.failure());
             if (answer)
                 return done(answer);
             const RelayError error = answer.failure();
             const bool withNotice =
                 notice != 0 && error.kind == RelayError::Kind::Relay && error.relayCode == notice;
             if (!withNotice && !error.outcomeUnknown())
                 return done(answer);
             qCWarning(lcRelay).noquote()
                 << request.method << request.path << "answer not usable (" << error.message
                 << "): re-reading the payment to learn whether it took effect";
             if (hadContext && !guard)
                 return;
             fetchPayment(paymentId, guard.data(),
                          [error, happened, withNotice, notice,
                           done](const RelayResult<PaymentItem> &payment) {
                              if (!payment || !happened(payment->paymentStatus))
                                  return done(error);
                              PaymentItem item = payment.value();
                              if (withNotice)
                                  item.relayNotice = notice;
                              qCInfo(lcRelay).noquote()
                                  << "the step took effect: status" << item.paymentStatus;
                              done(item);
                          });
         });
}

void RelayClient::fetchTasks(const eth::UInt256 &after, QObject *context,
                             Callback<QList<TaskEvent>> done)
{
    send({"GET", u"/v1/task/list/" + after.toDecimal(), {}, {}, false}, context,
         adapt<QList<TaskEvent>>(std::move(done),
                                 [](const QJsonValue &d) { return parseTaskList(d); }));
}

} // namespace kiosk::relay
