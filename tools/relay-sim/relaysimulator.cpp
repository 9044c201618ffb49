// SPDX-License-Identifier: MIT
#include "relaysimulator.h"

#include "requestfields.h"
#include "simhttpserver.h"

#include <QHostAddress>
#include <QTimer>

#include <variant>

namespace kiosk::sim {

RelaySimulator::RelaySimulator(Seed seed, SimOptions options, QObject *parent)
    : QObject(parent), m_seed(std::move(seed)), m_options(std::move(options)),
      m_config(m_options.config), m_chainId(m_options.chainId.value_or(m_seed.chainId)),
      m_state(m_options.delegators), m_feed(m_options), m_chain(m_state, m_feed, m_config),
      m_endpoints(m_options, m_config, m_chainId, m_state, m_chain, m_feed),
      m_admin(m_seed, m_config, m_state, m_faults, m_feed, [this] { reset(); })
{
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
    connect(&m_feed, &TaskFeed::eventPosted, this, &RelaySimulator::eventPosted);
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
    m_state.reset(m_seed, m_options.idSeed);
    m_feed.reset();
    m_faults.clear();
}

// ---- dispatch

void RelaySimulator::onRequest(const HttpRequest &request, const std::shared_ptr<HttpReply> &reply)
{
    // Faults never touch the admin API, so a test can always repair what it broke.
    const std::optional<Fault> fault =
        request.path.startsWith(u"/sim/") ? std::nullopt : m_faults.take(request.path);
    if (!fault) {
        serve(request, reply);
        return;
    }
    qCInfo(lcSim) << "fault" << fault->kind << "on" << request.method << request.path;
    if (fault->kind == u"delay") {
        // Handled after the delay, as a slow relay would; the state changes then.
        QTimer::singleShot(fault->delayMs, this, [this, request, reply] { serve(request, reply); });
    } else if (fault->kind == u"drop") {
        reply->drop();
    } else if (fault->kind == u"drop-after") {
        reply->dropInsteadOfAnswer();
        serve(request, reply);
    } else if (fault->kind == u"http500") {
        reply->send(500, QByteArrayLiteral("Internal Server Error"),
                    QByteArrayLiteral("text/plain"));
    } else if (fault->kind == u"malformed") {
        reply->send(200, QByteArrayLiteral("<html><body>Bad Gateway</body></html>"),
                    QByteArrayLiteral("text/html"));
    } else {
        const Answer answer =
            relayError(fault->code, {{QStringLiteral("message"), fault->message}});
        reply->send(answer.httpStatus, answer.body, answer.contentType);
    }
}

void RelaySimulator::serve(const HttpRequest &request, const std::shared_ptr<HttpReply> &reply)
{
    const Answer answer = route(request);
    qCDebug(lcSim).noquote() << request.method << request.path << "->" << answer.httpStatus
                             << answer.body.left(200);
    reply->send(answer.httpStatus, answer.body, answer.contentType);
}

Answer RelaySimulator::route(const HttpRequest &request)
{
    // Like the relay's body parser: bodies are read before any routing, and a body that is not
    // JSON at all is a 400 whatever the path.
    const std::variant<QJsonObject, Answer> body = readBody(request);
    if (const Answer *refusal = std::get_if<Answer>(&body))
        return *refusal;
    const QJsonObject &fields = std::get<QJsonObject>(body);
    if (request.path.startsWith(u"/sim/"))
        return m_admin.answer(request, fields);
    return m_endpoints.answer(request, fields);
}

} // namespace kiosk::sim
