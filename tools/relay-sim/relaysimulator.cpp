// SPDX-License-Identifier: MIT
#include "relaysimulator.h"

#include "eth/abi.h"
#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/messages.h"
#include "eth/secretkey.h"
#include "eth/signing.h"
#include "simhttpserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kiosk::sim {

namespace {
constexpr int kPageSize = 32; // events per task-list page
constexpr int kMaxCallbackRecords = 1000;
constexpr int kCallbackTimeoutMs = 5000;
constexpr int kMaxFaultDelayMs = 600000;
constexpr qint64 kDaySeconds = 86400;
constexpr qint64 kNoonSeconds = 43200;

const QString kBody = QStringLiteral("body");
const QString kQuery = QStringLiteral("query");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, '\0');
    for (char &c : data)
        c = char(QRandomGenerator::system()->bounded(256));
    return eth::toHex(data);
}

// 0x + 64 hex digits in any case: ids pass validation in any case, but lookups are exact.
bool isHex64(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    return pattern.match(text).hasMatch();
}

bool isSignatureText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^0x[0-9a-fA-F]{130}$"));
    return pattern.match(text).hasMatch();
}

// A required paymentId: String(value).trim() matching 0x + 64 hex.
QString paymentIdField(const QJsonValue &value, const QString &location, QJsonArray &errors)
{
    const QString text = jsString(value).trimmed();
    if (value.isUndefined() || !isHex64(text))
        errors.append(validationEntry(QStringLiteral("paymentId"), location, value));
    return text;
}

// approval / confirm: a JSON boolean, or "true"/"false" in any case and with spaces.
bool booleanField(const QJsonValue &value, const QString &name, QJsonArray &errors)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"false")
            return text == u"true";
    }
    errors.append(validationEntry(name, kBody, value));
    return false;
}

QString signatureField(const QJsonValue &value, QJsonArray &errors)
{
    const QString text = value.isString() ? value.toString() : QString();
    if (!isSignatureText(text))
        errors.append(validationEntry(QStringLiteral("signature"), kBody, value));
    return text.trimmed();
}

// terminalId is free text stored by the relay; longer than 66 characters is refused here.
QString terminalIdField(const QJsonValue &value, bool required, QJsonArray &errors)
{
    if (value.isUndefined()) {
        if (required)
            errors.append(validationEntry(QStringLiteral("terminalId"), kBody, value));
        return {}; // v1: an omitted terminalId overwrites the stored one with ""
    }
    const QString text = jsString(value).trimmed();
    if (text.size() > eth::kMaxRelayTextLength)
        errors.append(validationEntry(QStringLiteral("terminalId"), kBody, value));
    return text;
}

// Express hands a repeated query parameter over as an array; String() joins it with commas.
QJsonValue queryValue(const QUrlQuery &query, const QString &name)
{
    const QStringList values = query.allQueryItemValues(name, QUrl::FullyDecoded);
    if (values.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return values.join(u',');
}

// The v2 terminal messages sign the exact body strings; the core's builders take the usual
// lower-case id, anything else is encoded here the same way the relay does.
QByteArray openCancelHash(const QString &paymentId, const QString &terminalId)
{
    if (paymentId == paymentId.toLower()) {
        if (auto message = eth::openCancelMessage(paymentId, terminalId))
            return message->hash;
    }
    return eth::keccak256(
        eth::abiEncode({QStringLiteral("OpenCancelPayment"), paymentId, terminalId}));
}

QByteArray closeCancelHash(const QString &paymentId, bool confirm)
{
    if (paymentId == paymentId.toLower()) {
        if (auto message = eth::closeCancelMessage(paymentId, confirm))
            return message->hash;
    }
    return eth::keccak256(eth::abiEncode(
        {QStringLiteral("CloseCancelPayment"), paymentId, eth::UInt256(confirm ? 1u : 0u)}));
}

bool isCancelInProgress(int paymentStatus)
{
    return paymentStatus >= status::OpenedCancel && paymentStatus <= status::ReplyCompletedCancel;
}

QString zeroHash()
{
    return eth::toHex(QByteArray(32, '\0'));
}

QString zeroAddress()
{
    return eth::toHex(QByteArray(20, '\0'));
}
} // namespace

QJsonObject RelaySimulator::Event::toJson() const
{
    return {{QStringLiteral("sequence"), QString::number(sequence)},
            {QStringLiteral("type"), QStringLiteral("pay_cancel")},
            {QStringLiteral("code"), code},
            {QStringLiteral("message"), message},
            {QStringLiteral("data"), data}};
}

QJsonObject RelaySimulator::Fault::toJson(const QString &path) const
{
    QJsonObject object{{QStringLiteral("path"), path},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("count"), remaining}};
    if (kind == u"delay")
        object.insert(QStringLiteral("delayMs"), delayMs);
    if (kind == u"code") {
        object.insert(QStringLiteral("code"), code);
        object.insert(QStringLiteral("message"), message);
    }
    return object;
}

QString flavorName(Flavor flavor)
{
    switch (flavor) {
    case Flavor::V2:
        return QStringLiteral("v2");
    case Flavor::V1Only:
        return QStringLiteral("v1-only");
    }
    return {};
}

std::optional<Flavor> flavorFromName(QStringView name)
{
    if (name == u"v2")
        return Flavor::V2;
    if (name == u"v1-only")
        return Flavor::V1Only;
    return std::nullopt;
}

RelaySimulator::RelaySimulator(Seed seed, SimOptions options, QObject *parent)
    : QObject(parent), m_seed(std::move(seed)), m_options(std::move(options))
{
    m_config = m_options.config;
    m_chainId = m_options.chainId.value_or(m_seed.chainId);
    if (m_options.accessKey.isEmpty())
        m_options.accessKey = randomHex(16).mid(2);
    if (m_options.callbackKey.isEmpty())
        m_options.callbackKey = randomHex(16).mid(2);
    if (m_options.paymentSigners.isEmpty())
        m_options.paymentSigners.append(m_seed.terminal.address);

    m_server = new SimHttpServer(
        [this](const HttpRequest &request, const std::shared_ptr<HttpReply> &reply) {
            onRequest(request, reply);
        },
        this);
    m_network = new QNetworkAccessManager(this);
    // Callbacks go to loopback only; a system proxy must not see them.
    m_network->setProxy(QNetworkProxy::NoProxy);

    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &RelaySimulator::checkForcedClose);
    m_ticker.start();

    reset();
}

RelaySimulator::~RelaySimulator() = default;

Result<quint16> RelaySimulator::listen(quint16 port)
{
    auto *tcp = new IdleClosingTcpServer(m_options.idleCloseMs, this);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(reason));
    }
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    return m_port;
}

QUrl RelaySimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QStringList RelaySimulator::banner() const
{
    QStringList lines;
    lines << QStringLiteral("listening on http://127.0.0.1:%1").arg(m_port);
    lines << QStringLiteral("access key: %1").arg(m_options.accessKey);
    lines << QStringLiteral("callback key: %1").arg(m_options.callbackKey);
    lines << QStringLiteral("callback url: %1")
                 .arg(m_options.callbackUrl.isEmpty() ? QStringLiteral("(none)")
                                                      : m_options.callbackUrl.toString());
    lines << QStringLiteral("chain id: %1").arg(m_chainId);
    lines << QStringLiteral("flavor: %1%2%3")
                     .arg(flavorName(m_options.flavor))
                     .arg(m_options.idleCloseMs > 0
                              ? QStringLiteral(", idle connections closed after %1 s")
                                    .arg(double(m_options.idleCloseMs) / 1000.0)
                              : QString())
                     .arg(m_options.noShopApp ? QStringLiteral(", no shop app (open answers 2005)")
                                              : QString()) +
                 (m_options.delegators
                      ? QStringLiteral(", every shop has a delegator: the relay approves")
                      : QString());
    lines << QStringLiteral("approver: %1").arg(approverName(m_config.approver));
    QStringList signers;
    for (const eth::Address &signer : m_options.paymentSigners)
        signers << signer.toChecksummed();
    lines << QStringLiteral("payment signers: %1").arg(signers.join(QStringLiteral(", ")));
    lines << QStringLiteral("timing: payment timeout %1 s, chain delay %2 s, close window %3 s, "
                            "forced close %4 s")
                 .arg(double(m_config.paymentTimeoutMs) / 1000.0)
                 .arg(double(m_config.chainDelayMs) / 1000.0)
                 .arg(double(m_config.closeWindowMs) / 1000.0)
                 .arg(double(m_config.forcedCloseMs) / 1000.0);
    lines << QStringLiteral(
        "DEMO KEYS (well-known public test keys: never use them for anything real)");
    lines << QStringLiteral("terminal %1: key %2 address %3")
                 .arg(m_seed.terminalId, m_seed.terminal.key,
                      m_seed.terminal.address.toChecksummed());
    for (const Shop &shop : m_seed.shops)
        lines << QStringLiteral("shop %1 (%2): owner key %3 address %4")
                     .arg(shop.shopId, shop.name, shop.ownerKey, shop.owner.toChecksummed());
    for (const Person &customer : m_seed.customers)
        lines << QStringLiteral("customer %1: key %2 address %3")
                     .arg(customer.name, customer.key, customer.address.toChecksummed());
    for (const SeedPayment &payment : m_seed.payments) {
        const Shop &shop = m_seed.shops.at(payment.shop);
        lines << QStringLiteral("payment %1 (%2, %3, %4): %5")
                     .arg(payment.purchaseId, shop.name, m_seed.customers.at(payment.customer).name,
                          payment.terminalId, paymentIdFor(shop.shopId, payment.purchaseId));
    }
    return lines;
}

void RelaySimulator::reset()
{
    ++m_generation;
    if (m_options.idSeed) {
        const quint32 words[2] = {quint32(*m_options.idSeed), quint32(*m_options.idSeed >> 32)};
        m_random = QRandomGenerator(words, 2);
    } else {
        m_random = QRandomGenerator::securelySeeded();
    }
    m_paymentsCreated = 0;
    m_payments.clear();
    m_paymentOrder.clear();
    m_shops = m_seed.shops;
    m_nonces.clear();
    m_events.clear();
    m_nextSequence = 1;
    m_faults.clear();
    m_callbacks.clear();
    const qint64 now = nowSeconds();
    for (const SeedPayment &seeded : std::as_const(m_seed.payments)) {
        const Shop &shop = m_seed.shops.at(seeded.shop);
        auto payment = makePayment(seeded.purchaseId, seeded.amount, seeded.currency, shop.shopId,
                                   m_seed.customers.at(seeded.customer).address.toChecksummed(),
                                   seeded.terminalId, now);
        if (!payment) {
            qCWarning(lcSim) << "seed payment" << seeded.purchaseId
                             << "skipped:" << payment.error();
            continue;
        }
        addPayment(payment.value());
    }
}

void RelaySimulator::addPayment(const Payment &payment)
{
    if (!m_payments.contains(payment.paymentId))
        m_paymentOrder.append(payment.paymentId);
    m_payments.insert(payment.paymentId, payment);
}

Payment *RelaySimulator::findPayment(const QString &paymentId)
{
    auto it = m_payments.find(paymentId);
    return it == m_payments.end() ? nullptr : &it.value();
}

const Shop *RelaySimulator::findShop(const QString &shopId) const
{
    for (const Shop &shop : m_shops) {
        if (shop.shopId == shopId)
            return &shop;
    }
    return nullptr;
}

quint64 RelaySimulator::nonceOf(const eth::Address &address) const
{
    return m_nonces.value(address.bytes(), 0);
}

// ---- answers

RelaySimulator::Answer RelaySimulator::ok(const QJsonValue &data)
{
    const QJsonObject envelope{{QStringLiteral("code"), 0}, {QStringLiteral("data"), data}};
    return {200, QJsonDocument(envelope).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json; charset=utf-8")};
}

RelaySimulator::Answer RelaySimulator::relayError(int code, const QJsonObject &extra)
{
    QJsonObject error = extra;
    if (!error.contains(u"message"))
        error.insert(QStringLiteral("message"), relayMessage(code));
    const QJsonObject envelope{{QStringLiteral("code"), code}, {QStringLiteral("error"), error}};
    return {200, QJsonDocument(envelope).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json; charset=utf-8")};
}

RelaySimulator::Answer RelaySimulator::validationFailed(const QJsonArray &entries)
{
    return relayError(2001, {{QStringLiteral("validation"), entries}});
}

RelaySimulator::Answer RelaySimulator::plain(int httpStatus, const QByteArray &text,
                                             const QByteArray &contentType)
{
    return {httpStatus, text, contentType};
}

// ---- dispatch

void RelaySimulator::onRequest(const HttpRequest &request, const std::shared_ptr<HttpReply> &reply)
{
    // Faults never touch the admin API, so a test can always repair what it broke.
    if (!request.path.startsWith(u"/sim/")) {
        auto it = m_faults.find(request.path);
        if (it != m_faults.end() && it->remaining > 0) {
            const Fault fault = *it;
            if (--it->remaining <= 0)
                m_faults.erase(it);
            qCInfo(lcSim) << "fault" << fault.kind << "on" << request.method << request.path;
            if (fault.kind == u"delay") {
                // Handled after the delay, as a slow relay would; the state changes then.
                QTimer::singleShot(fault.delayMs, this,
                                   [this, request, reply] { serve(request, reply); });
            } else if (fault.kind == u"drop") {
                reply->drop();
            } else if (fault.kind == u"drop-after") {
                reply->dropInsteadOfAnswer();
                serve(request, reply);
            } else if (fault.kind == u"http500") {
                reply->send(500, QByteArrayLiteral("Internal Server Error"),
                            QByteArrayLiteral("text/plain"));
            } else if (fault.kind == u"malformed") {
                reply->send(200, QByteArrayLiteral("<html><body>Bad Gateway</body></html>"),
                            QByteArrayLiteral("text/html"));
            } else {
                const Answer answer =
                    relayError(fault.code, {{QStringLiteral("message"), fault.message}});
                reply->send(answer.httpStatus, answer.body, answer.contentType);
            }
            return;
        }
    }
    serve(request, reply);
}

void RelaySimulator::serve(const HttpRequest &request, const std::shared_ptr<HttpReply> &reply)
{
    const Answer answer = route(request);
    qCDebug(lcSim).noquote() << request.method << request.path << "->" << answer.httpStatus
                             << answer.body.left(200);
    reply->send(answer.httpStatus, answer.body, answer.contentType);
}

RelaySimulator::Answer RelaySimulator::route(const HttpRequest &request)
{
    // Like the relay's body parser: JSON (and form) bodies are read before any routing, and a
    // body that is not JSON at all is a 400 whatever the path.
    QJsonObject body;
    const QByteArray contentType = request.header("content-type").value_or(QByteArray()).toLower();
    if (!request.body.trimmed().isEmpty()) {
        if (contentType.contains("json")) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
            if (error.error != QJsonParseError::NoError ||
                !(document.isObject() || document.isArray())) {
                const QJsonObject problem{
                    {QStringLiteral("error"),
                     QJsonObject{
                         {QStringLiteral("message"),
                          QStringLiteral("malformed JSON body: %1").arg(error.errorString())}}}};
                return plain(400, QJsonDocument(problem).toJson(QJsonDocument::Compact),
                             QByteArrayLiteral("application/json; charset=utf-8"));
            }
            body = document.object(); // an array carries no named fields
        } else if (contentType.contains("x-www-form-urlencoded")) {
            const QUrlQuery form(QString::fromUtf8(request.body));
            for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
                body.insert(key, value);
        }
    }

    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";

    if (path.startsWith(u"/sim/"))
        return routeAdmin(request, body);
    // The v1-only relay has neither the task feed nor any /v2 path.
    if (m_options.flavor == Flavor::V1Only &&
        (path.startsWith(u"/v2/") || path.startsWith(u"/v1/task/")))
        return notFound(request);

    if (get && path == u"/v1/chain/side/id")
        return chainIdAnswer();
    if (get && path.startsWith(u"/v1/ledger/nonce/")) {
        const QString account = path.mid(qsizetype(sizeof("/v1/ledger/nonce/") - 1));
        if (!account.isEmpty() && !account.contains(u'/'))
            return nonceAnswer(account);
    }
    if (get && (path == u"/v1/payment/item" || path == u"/v2/payment/item"))
        return paymentItem(request);
    if (get && (path == u"/v1/payment/shop/info" || path == u"/v2/payment/shop/info"))
        return shopInfo(request);
    if (post && path == u"/v1/payment/cancel/open")
        return cancelOpen(request, body, false);
    if (post && path == u"/v2/payment/cancel/open")
        return cancelOpen(request, body, true);
    if (post && (path == u"/v1/payment/cancel/approval" || path == u"/v2/payment/cancel/approval"))
        return cancelApproval(body);
    if (post && path == u"/v1/payment/cancel/close")
        return cancelClose(request, body, false);
    if (post && path == u"/v2/payment/cancel/close")
        return cancelClose(request, body, true);
    if (get && path == u"/v1/task/sequence/latest")
        return taskSequenceLatest();
    if (get && path.startsWith(u"/v1/task/list/")) {
        const QString sequence = path.mid(qsizetype(sizeof("/v1/task/list/") - 1));
        if (!sequence.isEmpty() && !sequence.contains(u'/'))
            return taskList(sequence);
    }
    return notFound(request);
}

RelaySimulator::Answer RelaySimulator::notFound(const HttpRequest &request)
{
    // Express's page for a route it does not know, as both relays answer it.
    const QString text = QStringLiteral("Cannot %1 %2")
                             .arg(QString::fromLatin1(request.method), request.path)
                             .toHtmlEscaped();
    return plain(404,
                 QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
                                "charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n"
                                "<pre>%1</pre>\n</body>\n</html>\n")
                     .arg(text)
                     .toUtf8(),
                 QByteArrayLiteral("text/html; charset=utf-8"));
}

RelaySimulator::Answer RelaySimulator::okItem(QJsonObject item) const
{
    return ok(shaped(std::move(item)));
}

QJsonObject RelaySimulator::shaped(QJsonObject item) const
{
    if (m_options.flavor == Flavor::V1Only)
        item.remove(QStringLiteral("terminalId"));
    return item;
}

QString RelaySimulator::newPaymentId(const eth::Address &account)
{
    QByteArray random(32, Qt::Uninitialized);
    for (char &byte : random)
        byte = char(m_random.bounded(256));
    const quint64 nonce = m_paymentsCreated++;
    return eth::toHex(eth::keccak256(
        eth::abiEncode({account, eth::UInt256(std::uint64_t(nonce)), eth::Bytes32{random}})));
}

// ---- relay endpoints

RelaySimulator::Answer RelaySimulator::chainIdAnswer() const
{
    return ok(QJsonObject{{QStringLiteral("chainId"), double(m_chainId)}});
}

RelaySimulator::Answer RelaySimulator::nonceAnswer(const QString &account)
{
    auto address = eth::Address::parse(account);
    if (!address) {
        // The real endpoint does not validate: a bad address hangs or fails inside the node.
        return plain(500, QByteArrayLiteral("Internal Server Error"));
    }
    return ok(QJsonObject{{QStringLiteral("account"), account},
                          {QStringLiteral("nonce"), QString::number(nonceOf(address.value()))}});
}

RelaySimulator::Answer RelaySimulator::paymentItem(const HttpRequest &request)
{
    QJsonArray errors;
    const QString paymentId =
        paymentIdField(queryValue(request.query, QStringLiteral("paymentId")), kQuery, errors);
    if (!errors.isEmpty())
        return validationFailed(errors);
    const Payment *payment = findPayment(paymentId);
    if (!payment)
        return relayError(2003);
    return okItem(payment->toItem());
}

RelaySimulator::Answer RelaySimulator::shopInfo(const HttpRequest &request) const
{
    const QJsonValue value = queryValue(request.query, QStringLiteral("shopId"));
    const QString shopId = jsString(value).trimmed();
    if (value.isUndefined() || !isHex64(shopId))
        return validationFailed({validationEntry(QStringLiteral("shopId"), kQuery, value)});

    // On chain the id is a bytes32, so its case does not matter here.
    const Shop *shop = findShop(shopId.toLower());
    if (!shop) {
        // The contract answers an empty record for an unknown shop.
        return ok(QJsonObject{{QStringLiteral("shopId"), zeroHash()},
                              {QStringLiteral("name"), QString()},
                              {QStringLiteral("currency"), QString()},
                              {QStringLiteral("status"), 0},
                              {QStringLiteral("account"), zeroAddress()},
                              {QStringLiteral("delegator"), zeroAddress()},
                              {QStringLiteral("providedAmount"), QStringLiteral("0")},
                              {QStringLiteral("usedAmount"), QStringLiteral("0")},
                              {QStringLiteral("refundedAmount"), QStringLiteral("0")}});
    }
    // Points used at the shop and returned by completed cancellations.
    eth::UInt256 used;
    eth::UInt256 refunded;
    for (const QString &id : m_paymentOrder) {
        const Payment &payment = *m_payments.constFind(id);
        if (payment.shopId != shop->shopId)
            continue;
        eth::UInt256 &sum = payment.paymentStatus == status::ClosedCancel ? refunded : used;
        sum = addAmounts(sum, payment.paidPoint).value_or(sum);
    }
    return ok(
        QJsonObject{{QStringLiteral("shopId"), shop->shopId},
                    {QStringLiteral("name"), shop->name},
                    {QStringLiteral("currency"), shop->currency},
                    {QStringLiteral("status"), shop->status},
                    {QStringLiteral("account"), shop->owner.toChecksummed()},
                    {QStringLiteral("delegator"),
                     delegatorOf(*shop) ? delegatorOf(*shop)->toChecksummed() : zeroAddress()},
                    {QStringLiteral("providedAmount"), QStringLiteral("0")},
                    {QStringLiteral("usedAmount"), used.toDecimal()},
                    {QStringLiteral("refundedAmount"), refunded.toDecimal()}});
}

bool RelaySimulator::accessKeyAccepted(const HttpRequest &request, const QJsonObject &body) const
{
    // The raw header wins; the body's accessKey is read only when the header is absent.
    if (const auto header = request.header("authorization"))
        return QString::fromUtf8(*header) == m_options.accessKey;
    return jsString(body.value(u"accessKey")).trimmed() == m_options.accessKey;
}

std::optional<RelaySimulator::Verified> RelaySimulator::verify(const QByteArray &hash,
                                                               const QString &signature) const
{
    // The relay's own check takes v 0/1 and a high s; normalise first, then recover. Whether
    // the normalised form differs says whether the chain will refuse the original.
    auto parsed = eth::Signature::parse(signature);
    if (!parsed)
        return std::nullopt;
    auto normalized = eth::normalizeSignature(parsed.value());
    if (!normalized)
        return std::nullopt;
    auto signer = eth::recoverPersonal(hash, normalized->signature);
    if (!signer)
        return std::nullopt;
    return Verified{signer.value(), normalized->changed};
}

bool RelaySimulator::isPaymentSigner(const QByteArray &hash, const QString &signature) const
{
    const auto verified = verify(hash, signature);
    return verified && m_options.paymentSigners.contains(verified->signer);
}

int RelaySimulator::terminalRefusal(const HttpRequest &request, const QJsonObject &body, bool v2,
                                    const QByteArray &hash, const QString &signature) const
{
    if (v2)
        return isPaymentSigner(hash, signature) ? 0 : 1501;
    return accessKeyAccepted(request, body) ? 0 : 2002;
}

RelaySimulator::Answer RelaySimulator::cancelOpen(const HttpRequest &request,
                                                  const QJsonObject &body, bool v2)
{
    QJsonArray errors;
    const QString paymentId = paymentIdField(body.value(u"paymentId"), kBody, errors);
    const QString terminalId = terminalIdField(body.value(u"terminalId"), v2, errors);
    const QString signature = v2 ? signatureField(body.value(u"signature"), errors) : QString();
    if (!errors.isEmpty())
        return validationFailed(errors);

    if (const int refusal =
            terminalRefusal(request, body, v2, openCancelHash(paymentId, terminalId), signature))
        return relayError(refusal);

    Payment *payment = findPayment(paymentId);
    if (!payment)
        return relayError(2003);
    const int from = payment->paymentStatus;
    // The v2 relay reopens a rejected or failed cancellation; the v1-only relay does not.
    const bool reopenable = m_options.flavor == Flavor::V2 &&
                            (from == status::DeniedCancel || from == status::FailedCancel);
    if (from != status::ClosedNew && !reopenable)
        return m_options.flavor == Flavor::V1Only
                   ? relayError(2022, {{QStringLiteral("message"),
                                        QStringLiteral("The status code for this payment cannot "
                                                       "be cancel")}})
                   : relayError(2022);

    payment->terminalId = terminalId;
    payment->paymentStatus = status::OpenedCancel;
    payment->openCancelMs = nowMs();
    payment->openCancelTimestamp = payment->openCancelMs / 1000;
    payment->txWillFail = false;
    qCInfo(lcSim) << "cancellation opened:" << paymentId << "from" << from << "by"
                  << (v2 ? "v2 terminal" : "v1 access key") << terminalId;
    if (const Shop *shop = findShop(payment->shopId); shop && delegatorOf(*shop))
        QTimer::singleShot(m_config.chainDelayMs, this,
                           [this, id = payment->paymentId, generation = m_generation] {
                               approveAsDelegator(id, generation);
                           });
    else if (m_options.noShopApp) // opened all the same; nobody is notified (force-closed later)
        return relayError(2005);
    return okItem(payment->toItem());
}

RelaySimulator::Answer RelaySimulator::cancelApproval(const QJsonObject &body)
{
    // The relay's order: 2001, 2003, 2020, 1501, then 7000.
    QJsonArray errors;
    const QString paymentId = paymentIdField(body.value(u"paymentId"), kBody, errors);
    const bool approval = booleanField(body.value(u"approval"), QStringLiteral("approval"), errors);
    const QString signature = signatureField(body.value(u"signature"), errors);
    if (!errors.isEmpty())
        return validationFailed(errors);

    Payment *payment = findPayment(paymentId);
    if (!payment)
        return relayError(2003);
    const int current = payment->paymentStatus;
    if (current != status::OpenedCancel && current != status::ApprovedCancelFailedTx &&
        current != status::ApprovedCancelRevertedTx)
        return relayError(2020);

    eth::Address expected = payment->accountAddress;
    if (m_config.approver == Approver::Shop) {
        const Shop *shop = findShop(payment->shopId);
        if (!shop)
            return relayError(1501);
        expected = delegatorOf(*shop).value_or(shop->owner);
    }
    const quint64 nonce = nonceOf(expected);
    auto message = eth::cancelApprovalMessage(payment->paymentId, payment->purchaseId, expected,
                                              eth::UInt256(m_chainId), eth::UInt256(nonce));
    if (!message)
        return relayError(1501);
    const auto verified = verify(message->hash, signature);
    if (!verified || verified->signer != expected) {
        qCInfo(lcSim) << "approval refused for" << paymentId << ": expected"
                      << expected.toChecksummed() << "nonce" << nonce << "got"
                      << (verified ? verified->signer.toChecksummed() : QStringLiteral("nothing"));
        return relayError(1501);
    }

    if (nowMs() - payment->openCancelMs > m_config.paymentTimeoutMs) {
        qCInfo(lcSim) << "approval too late for" << paymentId;
        postEvent(7000, *payment, false);
        return relayError(7000);
    }

    if (!approval) {
        if (payment->chain != ChainState::ClosedPayment)
            return relayError(2028);
        payment->paymentStatus = status::DeniedCancel;
        qCInfo(lcSim) << "cancellation rejected:" << paymentId;
        postEvent(4000, *payment, false);
        return okItem(payment->toShortItem());
    }

    switch (payment->chain) {
    case ChainState::ClosedPayment:
        break;
    case ChainState::OpenedCancel:
        payment->paymentStatus = status::ReplyCompletedCancel;
        return relayError(2025);
    case ChainState::ClosedCancel:
        payment->paymentStatus = status::ClosedCancel;
        return relayError(2026);
    case ChainState::FailedCancel:
        payment->paymentStatus = status::FailedCancel;
        return relayError(2027);
    }

    // Sent to the chain. The relay restarts the cancellation clock at this point.
    payment->paymentStatus = status::ApprovedCancelSentTx;
    payment->txHash = randomHex(32);
    payment->txWillFail = verified->chainRejects;
    payment->openCancelMs = nowMs();
    payment->openCancelTimestamp = payment->openCancelMs / 1000;
    // The contract consumes the nonce; a transaction it refuses consumes nothing.
    if (!payment->txWillFail)
        m_nonces.insert(expected.bytes(), nonce + 1);
    qCInfo(lcSim) << "approval sent to the chain:" << paymentId << payment->txHash
                  << (payment->txWillFail ? "(the chain will refuse its signature)" : "");
    QTimer::singleShot(m_config.chainDelayMs, this,
                       [this, id = payment->paymentId, tx = payment->txHash,
                        generation = m_generation] { mine(id, tx, generation); });
    return okItem(payment->toShortItem());
}

std::optional<eth::Address> RelaySimulator::delegatorOf(const Shop &shop) const
{
    if (!m_options.delegators)
        return std::nullopt;
    QByteArray material =
        QString(QStringLiteral("loyalty-relay-sim:delegator:") + shop.shopId).toUtf8();
    for (int attempt = 0; attempt < 8; ++attempt) {
        material = eth::keccak256(material);
        if (auto key = eth::SecretKey::fromHex(eth::toHex(material)))
            return eth::addressOf(key.value());
    }
    return std::nullopt;
}

void RelaySimulator::approveAsDelegator(const QString &paymentId, quint64 generation)
{
    Payment *payment = generation == m_generation ? findPayment(paymentId) : nullptr;
    if (!payment || payment->paymentStatus != status::OpenedCancel ||
        payment->chain != ChainState::ClosedPayment)
        return;
    const Shop *shop = findShop(payment->shopId);
    const auto delegator = shop ? delegatorOf(*shop) : std::nullopt;
    if (!delegator)
        return;
    // Signed with the delegator's key and its own nonce, which the contract consumes.
    m_nonces.insert(delegator->bytes(), nonceOf(*delegator) + 1);
    payment->paymentStatus = status::ApprovedCancelSentTx;
    payment->txHash = randomHex(32);
    payment->txWillFail = false;
    payment->openCancelMs = nowMs();
    payment->openCancelTimestamp = payment->openCancelMs / 1000;
    qCInfo(lcSim) << "the relay approved for delegator" << delegator->toChecksummed() << ":"
                  << paymentId << payment->txHash;
    QTimer::singleShot(m_config.chainDelayMs, this,
                       [this, id = payment->paymentId, tx = payment->txHash,
                        generation = m_generation] { mine(id, tx, generation); });
}

void RelaySimulator::mine(const QString &paymentId, const QString &txHash, quint64 generation)
{
    Payment *payment = generation == m_generation ? findPayment(paymentId) : nullptr;
    if (!payment || payment->txHash != txHash)
        return;
    if (payment->txWillFail) {
        // OpenZeppelin's ECDSA refuses high s and v 0/1: the transaction fails, no event.
        if (payment->paymentStatus == status::ApprovedCancelSentTx)
            payment->paymentStatus = status::ApprovedCancelFailedTx;
        qCInfo(lcSim) << "approval transaction failed on chain:" << paymentId;
        return;
    }
    payment->chain = ChainState::OpenedCancel;
    if (payment->paymentStatus != status::ApprovedCancelSentTx) {
        qCInfo(lcSim) << "approval mined after the cancellation moved on:" << paymentId
                      << payment->paymentStatus;
        return;
    }
    payment->paymentStatus = status::ApprovedCancelConfirmedTx;
    qCInfo(lcSim) << "approval confirmed on chain:" << paymentId;
    postEvent(0, *payment, true);
    payment->paymentStatus = status::ReplyCompletedCancel;
}

RelaySimulator::Answer RelaySimulator::cancelClose(const HttpRequest &request,
                                                   const QJsonObject &body, bool v2)
{
    QJsonArray errors;
    const QString paymentId = paymentIdField(body.value(u"paymentId"), kBody, errors);
    const bool confirm = booleanField(body.value(u"confirm"), QStringLiteral("confirm"), errors);
    const QString signature = v2 ? signatureField(body.value(u"signature"), errors) : QString();
    if (!errors.isEmpty())
        return validationFailed(errors);

    if (const int refusal =
            terminalRefusal(request, body, v2, closeCancelHash(paymentId, confirm), signature))
        return relayError(refusal);

    Payment *payment = findPayment(paymentId);
    if (!payment)
        return relayError(2003);

    const int current = payment->paymentStatus;
    const auto closeAs = [payment](int paymentStatus) {
        payment->paymentStatus = paymentStatus;
        payment->closeCancelTimestamp = nowSeconds();
    };
    switch (payment->chain) {
    case ChainState::ClosedPayment:
        if (current == status::DeniedCancel) {
            closeAs(status::FailedCancel);
            break;
        }
        if (current >= status::OpenedCancel && current <= status::ApprovedCancelConfirmedTx) {
            if (nowMs() - payment->openCancelMs <
                m_config.closeWindowMs) // a 0 s window never refuses
                return relayError(2030);
            closeAs(status::FailedCancel);
            break;
        }
        if (current == status::ClosedCancel || current == status::FailedCancel) {
            closeAs(status::FailedCancel);
            return relayError(2029);
        }
        return relayError(2024);
    case ChainState::OpenedCancel:
        closeAs(confirm ? status::ClosedCancel : status::FailedCancel);
        payment->chain = confirm ? ChainState::ClosedCancel : ChainState::FailedCancel;
        break;
    case ChainState::ClosedCancel:
        closeAs(status::ClosedCancel);
        return relayError(2026);
    case ChainState::FailedCancel:
        return relayError(2024);
    }
    qCInfo(lcSim) << "cancellation closed:" << paymentId << current << "->"
                  << payment->paymentStatus;
    return okItem(payment->toItem());
}

void RelaySimulator::checkForcedClose()
{
    const qint64 now = nowMs();
    for (auto it = m_payments.begin(); it != m_payments.end(); ++it) {
        Payment &payment = it.value();
        if (!isCancelInProgress(payment.paymentStatus) ||
            now - payment.openCancelMs <= m_config.forcedCloseMs)
            continue;
        qCInfo(lcSim) << "forced close:" << payment.paymentId << payment.paymentStatus << "-> 59";
        payment.paymentStatus = status::FailedCancel;
        payment.closeCancelTimestamp = now / 1000;
        // No refund: a cancellation the chain had opened is closed there without confirm.
        if (payment.chain == ChainState::OpenedCancel)
            payment.chain = ChainState::FailedCancel;
    }
}

void RelaySimulator::postEvent(int code, const Payment &payment, bool fromWatcher)
{
    Event event;
    event.sequence = m_nextSequence++;
    event.code = code;
    event.message = relayMessage(code);
    event.data = shaped(payment.toEventData());
    event.timeMs = nowMs();
    m_events.append(event);
    const QJsonObject json = event.toJson();
    qCInfo(lcSim).noquote() << "event" << QJsonDocument(json).toJson(QJsonDocument::Compact);
    Q_EMIT eventPosted(json);
    if (!m_options.callbackUrl.isEmpty())
        sendCallback(json, fromWatcher);
}

void RelaySimulator::sendCallback(const QJsonObject &event, bool withAuthorization)
{
    const QJsonObject body{{QStringLiteral("accessKey"), m_options.callbackKey},
                           {QStringLiteral("type"), event.value(u"type")},
                           {QStringLiteral("code"), event.value(u"code")},
                           {QStringLiteral("message"), event.value(u"message")},
                           {QStringLiteral("data"), event.value(u"data")}};
    const qint64 id = m_nextCallbackId++;
    m_callbacks.append({{QStringLiteral("id"), id},
                        {QStringLiteral("sequence"), event.value(u"sequence")},
                        {QStringLiteral("url"), m_options.callbackUrl.toString()},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("state"), QStringLiteral("pending")}});
    while (m_callbacks.size() > kMaxCallbackRecords)
        m_callbacks.removeFirst();

    QNetworkRequest request(m_options.callbackUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The relay's watcher (success events) also sends the key as a header; its router does not.
    if (withAuthorization)
        request.setRawHeader("Authorization", m_options.callbackKey.toUtf8());
    request.setTransferTimeout(kCallbackTimeoutMs);
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        for (QJsonObject &record : m_callbacks) {
            if (record.value(u"id").toInteger() != id)
                continue;
            const QVariant httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (httpStatus.isValid())
                record.insert(QStringLiteral("httpStatus"), httpStatus.toInt());
            if (reply->error() == QNetworkReply::NoError) {
                record.insert(QStringLiteral("state"), QStringLiteral("delivered"));
            } else {
                record.insert(QStringLiteral("state"), QStringLiteral("failed"));
                record.insert(QStringLiteral("error"), reply->errorString());
            }
            qCInfo(lcSim) << "callback" << id << record.value(u"state").toString();
            break;
        }
    });
}

RelaySimulator::Answer RelaySimulator::taskSequenceLatest() const
{
    const QString sequence =
        m_events.isEmpty() ? QStringLiteral("0") : QString::number(m_events.last().sequence);
    return ok(QJsonObject{{QStringLiteral("sequence"), sequence}});
}

RelaySimulator::Answer RelaySimulator::taskList(const QString &sequence) const
{
    QList<Event> page;
    if (sequence == u"latest") {
        if (!m_events.isEmpty())
            page.append(m_events.last());
    } else if (sequence == u"0") {
        // "Today": the events since the last 12:00 UTC.
        const qint64 now = nowSeconds();
        const qint64 windowStart = (now - kNoonSeconds) / kDaySeconds * kDaySeconds + kNoonSeconds;
        for (const Event &event : m_events) {
            if (event.timeMs / 1000 >= windowStart && page.size() < kPageSize)
                page.append(event);
        }
    } else {
        static const QRegularExpression number(QStringLiteral("^-?[0-9]+$"));
        if (!number.match(sequence).hasMatch()) {
            // The relay's BigInt(value) throws; its message is cut to 64 characters.
            return relayError(
                9000, {{QStringLiteral("message"),
                        QStringLiteral("Cannot convert %1 to a BigInt").arg(sequence).left(64)}});
        }
        // Beyond 64 bits: everything (a huge negative number) or nothing (a huge positive one).
        bool fits = false;
        qint64 after = sequence.toLongLong(&fits);
        if (!fits)
            after = sequence.startsWith(u'-') ? std::numeric_limits<qint64>::min()
                                              : std::numeric_limits<qint64>::max();
        for (const Event &event : m_events) {
            if (event.sequence > after && page.size() < kPageSize)
                page.append(event);
        }
    }
    // The relay's query has no ORDER BY: clients must not rely on the order.
    std::shuffle(page.begin(), page.end(), *QRandomGenerator::global());
    QJsonArray events;
    for (const Event &event : std::as_const(page))
        events.append(event.toJson());
    return ok(events);
}

// ---- admin API

RelaySimulator::Answer RelaySimulator::routeAdmin(const HttpRequest &request,
                                                  const QJsonObject &body)
{
    const QString &path = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (path == u"/sim/payments" && post)
        return adminCreatePayment(body);
    if (path == u"/sim/payments" && get)
        return adminPayments();
    if (path == u"/sim/faults" && post)
        return adminFaults(body);
    if (path == u"/sim/faults" && get)
        return adminFaultList();
    if (path == u"/sim/config" && post)
        return adminConfig(body);
    if (path == u"/sim/config" && get)
        return ok(m_config.toJson());
    if (path == u"/sim/callbacks" && get)
        return adminCallbacks();
    if (path == u"/sim/shops" && get)
        return adminShops();
    if (path == u"/sim/reset" && post) {
        reset();
        qCInfo(lcSim) << "state reset to the seed";
        return ok(QJsonObject{{QStringLiteral("payments"), qint64(m_payments.size())}});
    }
    return plain(
        404, QStringLiteral("Cannot %1 %2").arg(QString::fromLatin1(request.method), path).toUtf8(),
        QByteArrayLiteral("text/html; charset=utf-8"));
}

RelaySimulator::Answer RelaySimulator::adminCreatePayment(const QJsonObject &body)
{
    QJsonArray errors;
    const auto text = [&](const QString &name, bool required) -> QString {
        const QJsonValue value = body.value(name);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || value.toString().size() > eth::kMaxRelayTextLength ||
            (required && value.toString().isEmpty()))
            errors.append(validationEntry(name, kBody, value));
        return value.toString();
    };
    const QString purchaseId = text(QStringLiteral("purchaseId"), true);
    const QString amountText = text(QStringLiteral("amount"), true);
    const QString currency = text(QStringLiteral("currency"), true);
    const QString account = text(QStringLiteral("account"), true);
    const QString terminalId = body.contains(u"terminalId")
                                   ? text(QStringLiteral("terminalId"), false)
                                   : m_seed.terminalId;
    QString shopId = text(QStringLiteral("shopId"), false);
    const auto amount = eth::UInt256::fromDecimal(amountText);
    if (amountText.isEmpty() || !amount || amount->isZero())
        errors.append(validationEntry(QStringLiteral("amount"), kBody, body.value(u"amount")));
    if (!account.isEmpty() && !eth::Address::parse(account))
        errors.append(validationEntry(QStringLiteral("account"), kBody, body.value(u"account")));
    if (body.contains(u"shopId") && !isHex64(shopId))
        errors.append(validationEntry(QStringLiteral("shopId"), kBody, body.value(u"shopId")));
    if (!errors.isEmpty())
        return validationFailed(errors);

    shopId = shopId.isEmpty() ? m_shops.first().shopId : shopId.toLower();
    if (!findShop(shopId)) {
        auto shop = generatedShop(shopId, currency);
        if (!shop)
            return relayError(9000, {{QStringLiteral("message"), shop.error()}});
        m_shops.append(shop.value());
        qCInfo(lcSim) << "shop registered:" << shopId << "owner" << shop->owner.toChecksummed();
    }
    auto payment = makePayment(purchaseId, amount.value(), currency, shopId, account, terminalId,
                               nowSeconds());
    if (!payment)
        return relayError(9000, {{QStringLiteral("message"), payment.error()}});
    // The relays make each payment id random: the same purchase can be paid again.
    Payment created = payment.value();
    created.paymentId = newPaymentId(created.accountAddress);
    if (findPayment(created.paymentId))
        return relayError(1530); // a 256-bit collision: not in this universe
    addPayment(created);
    qCInfo(lcSim) << "payment created:" << created.paymentId << purchaseId;
    return ok(created.toItem());
}

RelaySimulator::Answer RelaySimulator::adminFaults(const QJsonObject &body)
{
    static const QStringList kinds{QStringLiteral("delay"),      QStringLiteral("drop"),
                                   QStringLiteral("drop-after"), QStringLiteral("http500"),
                                   QStringLiteral("malformed"),  QStringLiteral("code")};
    QJsonArray errors;
    const QString path = body.value(u"path").toString();
    if (!path.startsWith(u'/') || path.contains(u'?') || path.startsWith(u"/sim/"))
        errors.append(validationEntry(QStringLiteral("path"), kBody, body.value(u"path")));
    const double count = body.value(u"count").toDouble(-1);
    if (count < 0 || count > 1000000 || count != std::floor(count))
        errors.append(validationEntry(QStringLiteral("count"), kBody, body.value(u"count")));
    const QString kind = body.value(u"kind").toString();
    if (count > 0 && !kinds.contains(kind))
        errors.append(validationEntry(QStringLiteral("kind"), kBody, body.value(u"kind")));
    Fault fault;
    fault.kind = kind;
    fault.remaining = int(count);
    if (kind == u"delay") {
        const double delay = body.value(u"delayMs").toDouble(-1);
        if (delay < 0 || delay > kMaxFaultDelayMs || delay != std::floor(delay))
            errors.append(
                validationEntry(QStringLiteral("delayMs"), kBody, body.value(u"delayMs")));
        fault.delayMs = int(delay);
    }
    if (kind == u"code") {
        const double code = body.value(u"code").toDouble(-1);
        if (code < 1 || code > 99999 || code != std::floor(code))
            errors.append(validationEntry(QStringLiteral("code"), kBody, body.value(u"code")));
        fault.code = int(code);
        const QJsonValue message = body.value(u"message");
        if (!message.isUndefined() && !message.isString())
            errors.append(validationEntry(QStringLiteral("message"), kBody, message));
        fault.message = message.isString() ? message.toString() : relayMessage(fault.code);
    }
    if (!errors.isEmpty())
        return validationFailed(errors);
    if (fault.remaining == 0)
        m_faults.remove(path); // count 0 clears the path's fault
    else
        m_faults.insert(path, fault);
    qCInfo(lcSim) << "fault set:" << path << kind << fault.remaining;
    return adminFaultList();
}

RelaySimulator::Answer RelaySimulator::adminFaultList() const
{
    QJsonArray faults;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
        faults.append(it->toJson(it.key()));
    return ok(faults);
}

RelaySimulator::Answer RelaySimulator::adminConfig(const QJsonObject &body)
{
    QJsonArray errors;
    SimConfig next = m_config;
    const auto seconds = [&](const QString &name, qint64 &target) {
        const QJsonValue value = body.value(name);
        if (value.isUndefined())
            return;
        auto ms = value.isDouble() ? secondsToMs(value.toDouble()) : fail(QString());
        if (!ms)
            errors.append(validationEntry(name, kBody, value));
        else
            target = ms.value();
    };
    seconds(QStringLiteral("paymentTimeoutSeconds"), next.paymentTimeoutMs);
    seconds(QStringLiteral("forcedCloseSeconds"), next.forcedCloseMs);
    seconds(QStringLiteral("chainDelaySeconds"), next.chainDelayMs);
    seconds(QStringLiteral("closeWindowSeconds"), next.closeWindowMs);
    const QJsonValue approver = body.value(u"approver");
    if (!approver.isUndefined()) {
        const auto parsed = approverFromName(approver.toString());
        if (!parsed)
            errors.append(validationEntry(QStringLiteral("approver"), kBody, approver));
        else
            next.approver = *parsed;
    }
    if (!errors.isEmpty())
        return validationFailed(errors);
    m_config = next;
    qCInfo(lcSim).noquote() << "config"
                            << QJsonDocument(m_config.toJson()).toJson(QJsonDocument::Compact);
    return ok(m_config.toJson());
}

RelaySimulator::Answer RelaySimulator::adminPayments() const
{
    QJsonArray items;
    for (const QString &id : m_paymentOrder) {
        const Payment &payment = *m_payments.constFind(id);
        QJsonObject item = payment.toItem();
        // Beyond the relay's item: what the simulated chain holds.
        item.insert(QStringLiteral("txHash"), payment.txHash);
        item.insert(QStringLiteral("chainState"), chainStateName(payment.chain));
        items.append(item);
    }
    return ok(items);
}

RelaySimulator::Answer RelaySimulator::adminShops() const
{
    QJsonArray shops;
    for (const Shop &shop : m_shops) {
        shops.append(QJsonObject{{QStringLiteral("shopId"), shop.shopId},
                                 {QStringLiteral("name"), shop.name},
                                 {QStringLiteral("currency"), shop.currency},
                                 {QStringLiteral("account"), shop.owner.toChecksummed()},
                                 {QStringLiteral("ownerKey"), shop.ownerKey},
                                 {QStringLiteral("nonce"), QString::number(nonceOf(shop.owner))},
                                 {QStringLiteral("generated"), shop.generated}});
    }
    return ok(shops);
}

RelaySimulator::Answer RelaySimulator::adminCallbacks() const
{
    QJsonArray records;
    for (const QJsonObject &record : m_callbacks)
        records.append(record);
    return ok(records);
}

} // namespace kiosk::sim
