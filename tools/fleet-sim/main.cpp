// SPDX-License-Identifier: MIT
// loyalty-fleet-sim: N headless kiosk cores (the kiosk's own KioskSession, no widgets) in one
// process against one relay simulator, each cancelling payments as a customer would, and a
// report of what the relay sees (issue 17, docs/fleet.md).
#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/secretkey.h"
#include "eth/signing.h"
#include "qr/requestcodec.h"
#include "relay/relayclient.h"
#include "session/demowallet.h"
#include "session/kiosksession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <memory>

Q_LOGGING_CATEGORY(lcFleet, "kiosk.fleetsim", QtInfoMsg)

using kiosk::session::KioskSession;
using kiosk::workflow::CancellationWorkflow;
using State = CancellationWorkflow::State;

namespace {

struct Options
{
    int kiosks = 10;
    double duration = 60; // seconds measured, after every kiosk is ready
    double perMinute = 6; // cancellations a minute, the whole fleet
    double warmup = 40;   // seconds after every kiosk is ready, before measuring
    double grace = 120;   // seconds to let open cancellations finish after the window
    int idlePoll = 30;    // [events] idle_poll_seconds
    int busyPoll = 2;     // [events] poll_seconds
    QString chainDelay = QStringLiteral("2");
    QString relayUrl; // empty: start loyalty-relay-sim
    QString relaySim;
    bool json = false;
};

// CPU seconds (user + system) and resident memory of a process, from /proc.
struct ProcUsage
{
    double cpuSeconds = 0;
    double rssMiB = 0;
};

ProcUsage procUsage(const QString &pid)
{
    ProcUsage usage;
    QFile stat(u"/proc/" + pid + u"/stat");
    if (stat.open(QIODevice::ReadOnly)) {
        // The command name may hold spaces: the fields start after its closing parenthesis.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 13)
            usage.cpuSeconds = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
                               double(sysconf(_SC_CLK_TCK));
    }
    QFile status(u"/proc/" + pid + u"/status");
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                usage.rssMiB = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return usage;
}

// A path without the ids and numbers in it: "/v1/ledger/nonce/…", "/v1/task/list/…".
QString pathKind(const QString &path)
{
    QStringList parts = path.split(u'/');
    for (QString &part : parts)
        if (bool number = false;
            part.startsWith(u"0x") || part.size() > 24 || (part.toLongLong(&number), number))
            part = QStringLiteral("…");
    return parts.join(u'/');
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

// One simulated kiosk: its session and the customer who pays and cancels at it. Each kiosk has
// its own customer so that approvals never race for one account's nonce.
struct Kiosk
{
    std::unique_ptr<KioskSession> session;
    std::optional<kiosk::session::DemoWallet> wallet;
    QString terminalId;
    QString account;
    bool busy = false;
};

class Fleet : public QObject
{
public:
    explicit Fleet(Options options) : m_options(std::move(options)) {}

    void start();

private:
    void startRelay();
    void startKiosks(const QUrl &relay);
    void startWindow();
    void scheduleNext();
    void cancelAtRandomKiosk();
    void drive(Kiosk &kiosk, const QString &paymentId);
    void endWindow();
    void report();
    void fail(const QString &message);

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_relay;
    QUrl m_relayUrl;
    QNetworkAccessManager m_admin;
    std::vector<std::unique_ptr<Kiosk>> m_kiosks;
    double m_baseRssMiB = 0;
    int m_ready = 0;
    int m_purchase = 0;

    // The measured window.
    bool m_inWindow = false;
    QElapsedTimer m_window;
    double m_windowSeconds = 0;
    ProcUsage m_usageAtStart, m_usageAtEnd, m_relayAtStart, m_relayAtEnd;
    qint64 m_requests = 0, m_feedRequests = 0, m_requestErrors = 0;
    qint64 m_requestsAfter = 0; // while the last cancellations finish (not in requests/s)
    int m_started = 0, m_finished = 0, m_failed = 0, m_skipped = 0;
    QMap<QString, qint64> m_byPath;
    QList<double> m_latencies; // seconds from choosing a payment to its final status
    QStringList m_failures;
    bool m_reported = false;
};

void Fleet::fail(const QString &message)
{
    qCCritical(lcFleet).noquote() << message;
    QCoreApplication::exit(1);
}

void Fleet::start()
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    m_baseRssMiB = procUsage(QStringLiteral("self")).rssMiB;
    if (!m_options.relayUrl.isEmpty())
        return startKiosks(QUrl(m_options.relayUrl));
    startRelay();
}

void Fleet::startRelay()
{
    // Its log goes nowhere: a line per request would cost more than answering it.
    m_relay.setStandardErrorFile(QProcess::nullDevice());
    m_relay.start(m_options.relaySim, {QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--chain-delay"), m_options.chainDelay});
    connect(&m_relay, &QProcess::readyReadStandardOutput, this, [this] {
        while (m_relayUrl.isEmpty() && m_relay.canReadLine()) {
            const QByteArray line = m_relay.readLine().trimmed();
            if (line.startsWith("listening on ")) {
                m_relayUrl = QUrl(QString::fromLatin1(line.mid(13)));
                startKiosks(m_relayUrl);
            }
        }
        if (!m_relayUrl.isEmpty())
            m_relay.readAllStandardOutput(); // the demo keys: not needed
    });
    connect(&m_relay, &QProcess::errorOccurred, this, [this] {
        fail(u"the relay simulator " + m_options.relaySim + u": " + m_relay.errorString());
    });
}

void Fleet::startKiosks(const QUrl &relay)
{
    m_relayUrl = relay;
    auto seed = kiosk::session::DemoSeed::load();
    if (!seed)
        return fail(seed.error());
    qCInfo(lcFleet).noquote() << "relay" << relay.toString() << "-" << m_options.kiosks << "kiosks";
    for (int i = 0; i < m_options.kiosks; ++i) {
        auto kiosk = std::make_unique<Kiosk>();
        kiosk->terminalId = QStringLiteral("FLEET%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        // A customer key derived from the index: the same fleet every run.
        const QString keyHex = kiosk::eth::toHex(
            kiosk::eth::keccak256((u"fleet-sim customer " + kiosk->terminalId).toUtf8()));
        const auto key = kiosk::eth::SecretKey::fromHex(keyHex);
        if (!key)
            return fail(key.error());
        const auto address = kiosk::eth::addressOf(key.value());
        kiosk->account = address.toChecksummed();
        kiosk::session::DemoSeed customer;
        customer.terminalId = kiosk->terminalId;
        customer.wallets = {{QStringLiteral("customer"), keyHex, address}};
        kiosk->wallet.emplace(customer);

        kiosk::config::KioskConfig config; // production: a configured relay
        config.relayUrl = relay.toString();
        config.api = kiosk::relay::ApiVersion::V2;
        config.terminalId = kiosk->terminalId;
        config.terminalKey = seed->terminalKeyHex; // the simulator's accepted payment signer
        config.stateDir = m_dir.filePath(kiosk->terminalId);
        config.scan.sources.clear(); // no camera, no keyboard: the wallet answers directly
        config.idlePollSeconds = m_options.idlePoll;
        config.busyPollSeconds = m_options.busyPoll;
        if (!QDir().mkpath(config.stateDir))
            return fail(u"cannot create " + config.stateDir);
        kiosk->session = std::make_unique<KioskSession>(config);
        KioskSession *session = kiosk->session.get();
        connect(
            session, &KioskSession::connectionChanged, this,
            [this, session](KioskSession::Connection connection) {
                if (connection != KioskSession::Connection::Ready ||
                    session->property("counted").toBool())
                    return;
                session->setProperty("counted", true);
                connect(session->client(), &kiosk::relay::RelayClient::callFinished, this,
                        [this](const QString &, const QString &path, qint64, const QString &error) {
                            if (m_inWindow) {
                                ++m_requests;
                                m_feedRequests += path.contains(u"task") ? 1 : 0;
                                m_requestErrors += error.isEmpty() ? 0 : 1;
                                ++m_byPath[pathKind(path)];
                            } else if (m_windowSeconds > 0) {
                                ++m_requestsAfter;
                            }
                        });
                // Kiosks that start together poll together at first: measure once the
                // idle pause's jitter has spread them, as a fleet runs day to day.
                if (++m_ready == m_options.kiosks)
                    QTimer::singleShot(qint64(m_options.warmup * 1000), this, &Fleet::startWindow);
            });
        session->start();
        m_kiosks.push_back(std::move(kiosk));
    }
    QTimer::singleShot(120000, this, [this] {
        if (m_ready < m_options.kiosks)
            fail(QStringLiteral("only %1 of %2 kiosks reached the relay in 120 s")
                     .arg(m_ready)
                     .arg(m_options.kiosks));
    });
}

void Fleet::startWindow()
{
    qCInfo(lcFleet) << "measuring" << m_options.kiosks << "kiosks for" << m_options.duration << "s";
    m_inWindow = true;
    m_window.start();
    m_usageAtStart = procUsage(QStringLiteral("self"));
    if (m_relay.processId() > 0)
        m_relayAtStart = procUsage(QString::number(m_relay.processId()));
    QTimer::singleShot(qint64(m_options.duration * 1000), this, &Fleet::endWindow);
    // The first customer comes at once: a short run always has a cancellation to measure.
    if (m_options.perMinute > 0)
        cancelAtRandomKiosk();
    scheduleNext();
}

// Cancellations arrive at random (a Poisson process at the configured fleet-wide rate).
void Fleet::scheduleNext()
{
    if (!m_inWindow || m_options.perMinute <= 0)
        return;
    const double meanMs = 60000.0 / m_options.perMinute;
    const double pause = -std::log(1.0 - QRandomGenerator::global()->generateDouble()) * meanMs;
    QTimer::singleShot(qint64(pause), this, [this] {
        if (!m_inWindow)
            return;
        cancelAtRandomKiosk();
        scheduleNext();
    });
}

void Fleet::cancelAtRandomKiosk()
{
    QList<Kiosk *> free;
    for (const auto &kiosk : m_kiosks)
        if (!kiosk->busy)
            free << kiosk.get();
    if (free.isEmpty()) {
        ++m_skipped; // every kiosk has a customer: this one walks on
        return;
    }
    Kiosk *kiosk = free.at(QRandomGenerator::global()->bounded(int(free.size())));
    kiosk->busy = true;
    ++m_started;
    // The customer paid at this kiosk a while ago: the payment exists before they come back.
    QNetworkRequest request(m_relayUrl.resolved(QUrl(QStringLiteral("sim/payments"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{
        {QStringLiteral("purchaseId"), QStringLiteral("FLEET-%1").arg(++m_purchase)},
        {QStringLiteral("amount"), QStringLiteral("15000000000000000000000")},
        {QStringLiteral("currency"), QStringLiteral("krw")},
        {QStringLiteral("account"), kiosk->account},
        {QStringLiteral("terminalId"), kiosk->terminalId}};
    QNetworkReply *reply = m_admin.post(request, QJsonDocument(body).toJson());
    connect(reply, &QNetworkReply::finished, this, [this, reply, kiosk] {
        reply->deleteLater();
        const QString paymentId = QJsonDocument::fromJson(reply->readAll())
                                      .object()
                                      .value(u"data")
                                      .toObject()
                                      .value(u"paymentId")
                                      .toString();
        if (paymentId.isEmpty()) {
            ++m_failed;
            m_failures << u"creating a payment: " + reply->errorString();
            kiosk->busy = false;
            return;
        }
        drive(*kiosk, paymentId);
    });
}

// The customer at the screen: picks the payment, approves, and their phone answers at once.
void Fleet::drive(Kiosk &kiosk, const QString &paymentId)
{
    QElapsedTimer since;
    since.start();
    CancellationWorkflow *flow = kiosk.session->beginCancellation(paymentId);
    if (!flow) {
        ++m_failed;
        m_failures << kiosk.terminalId + u": the kiosk cannot start a cancellation";
        kiosk.busy = false;
        return;
    }
    Kiosk *at = &kiosk;
    connect(flow, &CancellationWorkflow::stateChanged, this, [this, at, flow, since](State state) {
        switch (state) {
        case State::Ready:
            flow->choose(true);
            break;
        case State::AwaitingResponse: {
            const auto answer = at->wallet->answer(
                kiosk::qr::requestFrames(flow->request(), kiosk::qr::RequestFormat::Ur));
            if (!answer) {
                m_failures << at->terminalId + u": " + answer.error();
                break;
            }
            // Not from inside the workflow's own signal: the scan arrives a moment later.
            QTimer::singleShot(0, at->session.get(),
                               [at, text = answer.value()] { at->session->submitScan(text); });
            break;
        }
        case State::Finished:
            if (flow->paymentStatus() == 58) {
                ++m_finished;
                m_latencies << double(since.elapsed()) / 1000.0;
            } else {
                ++m_failed;
                m_failures << at->terminalId + QStringLiteral(": ended with status %1")
                                                   .arg(flow->paymentStatus());
            }
            at->busy = false;
            break;
        case State::Failed:
            ++m_failed;
            m_failures << at->terminalId + u": " + flow->message();
            at->busy = false;
            break;
        default:
            break;
        }
        if (!at->busy && !m_inWindow && m_finished + m_failed >= m_started)
            report();
    });
}

void Fleet::endWindow()
{
    m_inWindow = false;
    m_windowSeconds = double(m_window.elapsed()) / 1000.0;
    m_usageAtEnd = procUsage(QStringLiteral("self"));
    if (m_relay.processId() > 0)
        m_relayAtEnd = procUsage(QString::number(m_relay.processId()));
    if (m_finished + m_failed >= m_started)
        return report();
    qCInfo(lcFleet) << m_started - m_finished - m_failed << "cancellations still open";
    QTimer::singleShot(qint64(m_options.grace * 1000), this, [this] {
        m_failures << QStringLiteral("%1 cancellations did not finish in %2 s")
                          .arg(m_started - m_finished - m_failed)
                          .arg(m_options.grace);
        report();
    });
}

void Fleet::report()
{
    if (m_reported)
        return;
    m_reported = true;
    const int n = m_options.kiosks;
    const double cpu = m_usageAtEnd.cpuSeconds - m_usageAtStart.cpuSeconds;
    const double relayCpu = m_relayAtEnd.cpuSeconds - m_relayAtStart.cpuSeconds;
    QJsonObject byPath;
    for (auto it = m_byPath.cbegin(); it != m_byPath.cend(); ++it)
        byPath.insert(it.key(), it.value());
    const QJsonObject report{
        {QStringLiteral("kiosks"), n},
        {QStringLiteral("seconds"), m_windowSeconds},
        {QStringLiteral("warmupSeconds"), m_options.warmup},
        {QStringLiteral("idlePollSeconds"), m_options.idlePoll},
        {QStringLiteral("busyPollSeconds"), m_options.busyPoll},
        {QStringLiteral("cancellationsPerMinute"), m_options.perMinute},
        {QStringLiteral("requests"), m_requests},
        {QStringLiteral("requestsPerSecond"), double(m_requests) / m_windowSeconds},
        {QStringLiteral("feedRequestsPerSecond"), double(m_feedRequests) / m_windowSeconds},
        {QStringLiteral("requestErrors"), m_requestErrors},
        {QStringLiteral("requestsByPath"), byPath},
        {QStringLiteral("cancellationsStarted"), m_started},
        {QStringLiteral("cancellationsFinished"), m_finished},
        {QStringLiteral("cancellationsFailed"), m_failed},
        {QStringLiteral("cancellationsSkipped"), m_skipped},
        {QStringLiteral("latencyP50"), percentile(m_latencies, 0.5)},
        {QStringLiteral("latencyP95"), percentile(m_latencies, 0.95)},
        {QStringLiteral("latencyMax"), percentile(m_latencies, 1.0)},
        // CPU share of one core per kiosk, over the window; memory per kiosk above the process's
        // own before any session existed.
        {QStringLiteral("cpuPercentPerKiosk"), 100.0 * cpu / m_windowSeconds / n},
        {QStringLiteral("cpuPercentAllKiosks"), 100.0 * cpu / m_windowSeconds},
        {QStringLiteral("rssMiB"), m_usageAtEnd.rssMiB},
        {QStringLiteral("rssKiBPerKiosk"), 1024.0 * (m_usageAtEnd.rssMiB - m_baseRssMiB) / n},
        {QStringLiteral("relayCpuPercent"), 100.0 * relayCpu / m_windowSeconds},
        {QStringLiteral("relayRssMiB"), m_relayAtEnd.rssMiB},
        {QStringLiteral("failures"), QJsonArray::fromStringList(m_failures.mid(0, 20))},
    };
    QTextStream out(stdout);
    if (m_options.json) {
        out << QJsonDocument(report).toJson();
    } else {
        out << QStringLiteral("kiosks %1, %2 s measured, idle poll %3 s, busy poll %4 s, "
                              "%5 cancellations a minute\n")
                   .arg(n)
                   .arg(m_windowSeconds, 0, 'f', 1)
                   .arg(m_options.idlePoll)
                   .arg(m_options.busyPoll)
                   .arg(m_options.perMinute);
        out << QStringLiteral("relay: %1 requests/s (feed %2/s), %3 errors; relay CPU %4%, "
                              "RSS %5 MiB\n")
                   .arg(report[u"requestsPerSecond"].toDouble(), 0, 'f', 2)
                   .arg(report[u"feedRequestsPerSecond"].toDouble(), 0, 'f', 2)
                   .arg(m_requestErrors)
                   .arg(report[u"relayCpuPercent"].toDouble(), 0, 'f', 1)
                   .arg(m_relayAtEnd.rssMiB, 0, 'f', 1);
        out << QStringLiteral("kiosks: CPU %1% of a core in all (%2% each), RSS %3 MiB "
                              "(%4 KiB each)\n")
                   .arg(report[u"cpuPercentAllKiosks"].toDouble(), 0, 'f', 1)
                   .arg(report[u"cpuPercentPerKiosk"].toDouble(), 0, 'f', 3)
                   .arg(m_usageAtEnd.rssMiB, 0, 'f', 1)
                   .arg(report[u"rssKiBPerKiosk"].toDouble(), 0, 'f', 0);
        out << QStringLiteral("cancellations: %1 started, %2 finished, %3 failed, %4 skipped "
                              "(every kiosk busy); latency p50 %5 s, p95 %6 s, max %7 s\n")
                   .arg(m_started)
                   .arg(m_finished)
                   .arg(m_failed)
                   .arg(m_skipped)
                   .arg(report[u"latencyP50"].toDouble(), 0, 'f', 1)
                   .arg(report[u"latencyP95"].toDouble(), 0, 'f', 1)
                   .arg(report[u"latencyMax"].toDouble(), 0, 'f', 1);
        for (auto it = m_byPath.cbegin(); it != m_byPath.cend(); ++it)
            out << "  " << it.key() << ' ' << it.value() << '\n';
        for (const QString &failure : std::as_const(m_failures))
            out << "failure: " << failure << '\n';
    }
    out.flush();
    // Not from inside a workflow's signal: its session would be deleted under it.
    QTimer::singleShot(0, this, [this] {
        m_kiosks.clear(); // sessions close their journals before the relay goes
        m_relay.disconnect(this);
        m_relay.kill();
        m_relay.waitForFinished(5000);
        QCoreApplication::exit(m_failed == 0 && m_failures.isEmpty() ? 0 : 2);
    });
}

// Hundreds of sessions each hold a journal, a lock file and relay connections.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loyalty-fleet-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs N headless kiosk sessions against one relay simulator and reports "
                       "the relay's requests per second, CPU and memory per kiosk, and "
                       "cancellation latencies."));
    parser.addHelpOption();
    // The numeric options, with their defaults.
    struct Number
    {
        QString name, help, valueName;
        double fallback;
    };
    const Number numbers[] = {
        {QStringLiteral("kiosks"), QStringLiteral("Kiosks"), QStringLiteral("n"), 10},
        {QStringLiteral("duration"), QStringLiteral("Seconds measured"), QStringLiteral("seconds"),
         60},
        {QStringLiteral("rate"), QStringLiteral("Cancellations a minute, whole fleet"),
         QStringLiteral("per-minute"), 6},
        {QStringLiteral("warmup"),
         QStringLiteral("Seconds between every kiosk being ready and measuring"),
         QStringLiteral("seconds"), 40},
        {QStringLiteral("grace"),
         QStringLiteral("Seconds open cancellations may take to finish afterwards"),
         QStringLiteral("seconds"), 120},
        {QStringLiteral("idle-poll"), QStringLiteral("[events] idle_poll_seconds"),
         QStringLiteral("seconds"), 30},
        {QStringLiteral("busy-poll"), QStringLiteral("[events] poll_seconds"),
         QStringLiteral("seconds"), 2},
        {QStringLiteral("chain-delay"), QStringLiteral("The started simulator's --chain-delay"),
         QStringLiteral("seconds"), 2},
    };
    for (const Number &number : numbers)
        parser.addOption(QCommandLineOption(
            number.name, QStringLiteral("%1 (%2).").arg(number.help).arg(number.fallback),
            number.valueName, QString::number(number.fallback)));
    const auto value = [&parser](const char *name) {
        return parser.value(QString::fromLatin1(name)).toDouble();
    };
    const QCommandLineOption relay(QStringLiteral("relay"),
                                   QStringLiteral("A running simulator's URL; default: start "
                                                  "loyalty-relay-sim from this directory."),
                                   QStringLiteral("url"));
    const QCommandLineOption relaySim(QStringLiteral("relay-sim"),
                                      QStringLiteral("The simulator program to start."),
                                      QStringLiteral("path"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Report as JSON."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Every session's log."));
    parser.addOptions({relay, relaySim, json, verbose});
    parser.process(app);

    Options options;
    options.kiosks = std::max(1, int(value("kiosks")));
    options.duration = std::max(1.0, value("duration"));
    options.perMinute = value("rate");
    options.warmup = std::max(0.0, value("warmup"));
    options.grace = value("grace");
    options.idlePoll = std::max(1, int(value("idle-poll")));
    options.busyPoll = std::max(1, int(value("busy-poll")));
    options.chainDelay = parser.value(QStringLiteral("chain-delay"));
    options.relayUrl = parser.value(relay);
    options.relaySim = parser.isSet(relaySim)
                           ? parser.value(relaySim)
                           : QCoreApplication::applicationDirPath() + u"/loyalty-relay-sim";
    options.json = parser.isSet(json);
    // Hundreds of sessions at info would drown the report; warnings still show.
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(
            QStringLiteral("kiosk.*.info=false\nkiosk.fleetsim.info=true"));
    raiseFileLimit();

    Fleet fleet(options);
    QTimer::singleShot(0, &fleet, &Fleet::start);
    return QCoreApplication::exec();
}
