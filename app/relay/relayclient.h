// SPDX-License-Identifier: MIT
#pragma once

#include "eth/messages.h"
#include "eth/signing.h"
#include "relay/relaysettings.h"
#include "relay/relaytypes.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kiosk::relay {

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

// The relay's HTTP API, asynchronous on QNetworkAccessManager. Every call has a timeout, answers
// exactly once through its callback (never synchronously), and turns every fault into a typed
// RelayError. GETs are retried with backoff on transport faults; POSTs never are.
//
// `context` ties a callback's lifetime to an object: if it is destroyed first, the callback is
// dropped, as with QObject::connect.
class RelayClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const RelayResult<T> &)>;

    explicit RelayClient(RelaySettings settings, QObject *parent = nullptr);
    ~RelayClient() override;

    const RelaySettings &settings() const { return m_settings; }
    // This machine's clock minus the relay's (from the last answer's Date header), if known.
    // The approval window is measured from the relay's timestamps, so skew matters.
    std::optional<qint64> lastClockSkewSeconds() const { return m_lastClockSkew; }

    void fetchChainId(QObject *context, Callback<eth::UInt256> done);
    void fetchNonce(const eth::Address &account, QObject *context, Callback<eth::UInt256> done);
    void fetchPayment(const QString &paymentId, QObject *context, Callback<PaymentItem> done);
    void fetchShop(const QString &shopId, QObject *context, Callback<ShopInfo> done);
    // v1: access key; v2: signed with the terminal's key.
    void openCancel(const QString &paymentId, QObject *context, Callback<PaymentItem> done);
    // Answers the short item (54 with txHash, or 56).
    void approveCancel(const QString &paymentId, bool approval, const eth::Signature &signature,
                       QObject *context, Callback<PaymentItem> done);
    void closeCancel(const QString &paymentId, bool confirm, QObject *context,
                     Callback<PaymentItem> done);
    void fetchLatestTaskSequence(QObject *context, Callback<eth::UInt256> done);
    // Which published relay answers: the v2 relay has the task feed, the older v1-only relay
    // answers every feed and /v2 path with HTTP 404 (an HTML page).
    void detectFlavor(QObject *context, Callback<RelayFlavor> done);
    // Events with a sequence above `after` (at most 32 a page, in no particular order).
    void fetchTasks(const eth::UInt256 &after, QObject *context, Callback<QList<TaskEvent>> done);

Q_SIGNALS:
    // Every finished call, for diagnostics: method, path (no query), milliseconds, and the
    // error kind name ("" on success).
    void callFinished(const QString &method, const QString &path, qint64 elapsedMs,
                      const QString &error);

private:
    struct Request
    {
        QByteArray method; // GET or POST
        QString path;      // e.g. /v1/payment/item
        QList<QPair<QString, QString>> query;
        QJsonObject body;
        bool authorize = false; // v1 access key header
    };
    using DataCallback = std::function<void(const RelayResult<QJsonValue> &)>;

    void send(const Request &request, QObject *context, DataCallback done, int attempt = 0);
    RelayResult<QJsonValue> interpret(QNetworkReply *reply) const;
    QString apiPrefix() const;
    static Result<QString> checkedPaymentId(const QString &paymentId, const char *what);
    // The item in `data`, only if it is about `paymentId` (else a BadResponse fault).
    static RelayResult<PaymentItem> itemFor(const QString &paymentId, const QJsonValue &data,
                                            bool approvalAnswer);
    // v1: checks an access key is configured (it goes in the header); v2: signs `message`
    // with the terminal's key into the body.
    Result<void> authorizeTerminal(QJsonObject &body,
                                   const Result<eth::EncodedMessage> &message) const;
    // Delivers a local refusal asynchronously, like every other answer.
    void refuse(QObject *context, DataCallback done, const QString &message);

    // A POST that changes the payment (open, approval, close). When its answer is lost or not
    // understood, the payment is re-read: if its status shows the step happened, that is the
    // answer; the request itself is never sent twice. `notice` is a relay code that comes with a
    // step that did happen (2005 on open), 0 for none.
    void sendStep(const Request &request, const QString &paymentId,
                  std::function<bool(int)> happened, int notice, QObject *context,
                  Callback<PaymentItem> done);

    template<typename T, typename Parse> DataCallback adapt(Callback<T> done, Parse parse)
    {
        return [done = std::move(done), parse](const RelayResult<QJsonValue> &data) {
            if (!data)
                return done(data.failure());
            auto parsed = parse(data.value());
            if (!parsed)
                qCInfo(lcRelay).noquote() << "answer not understood:" << parsed.error();
            done(parsed);
        };
    }

    RelaySettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QSslConfiguration m_ssl;
    std::optional<qint64> m_lastClockSkew;
};

} // namespace kiosk::relay
