// SPDX-License-Identifier: MIT
#include "session/sessionmetrics.h"

#include "metrics/buildinfo.h"
#include "relay/callbackreceiver.h"
#include "relay/connectioncheck.h"
#include "relay/relayclient.h"
#include "session/kiosksession.h"
#include "workflow/cancellationworkflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <memory>

namespace kiosk::session {

using metrics::HealthProblem;
using metrics::Labels;
using State = workflow::CancellationWorkflow::State;

namespace {
const QString kCancellations = QStringLiteral("loyalty_kiosk_cancellations");
const QString kStepDuration = QStringLiteral("loyalty_kiosk_step_duration_seconds");
const QString kRelayUp = QStringLiteral("loyalty_kiosk_relay_up");
const QString kRelayDuration = QStringLiteral("loyalty_kiosk_relay_request_duration_seconds");
const QString kRelayErrors = QStringLiteral("loyalty_kiosk_relay_errors");
const QString kClockSkew = QStringLiteral("loyalty_kiosk_relay_clock_skew_seconds");
const QString kScannerUp = QStringLiteral("loyalty_kiosk_scanner_up");
const QString kCameraUp = QStringLiteral("loyalty_kiosk_camera_up");
const QString kUnfinished = QStringLiteral("loyalty_kiosk_unfinished_cancellations");
const QString kJournalSize = QStringLiteral("loyalty_kiosk_journal_size_bytes");
const QString kLongestStall = QStringLiteral("loyalty_kiosk_ui_longest_stall_seconds");
const QString kReady = QStringLiteral("loyalty_kiosk_ready");
const QString kBuildInfo = QStringLiteral("loyalty_kiosk_build_info");
const QString kStartTime = QStringLiteral("loyalty_kiosk_start_time_seconds");

// The step a state change ends, when it ends it the way it should (a customer leaving or a
// failure is not a duration of the step); empty otherwise. Opening is timed apart: it ends
// by reloading the payment.
QString stepEnded(State from, State to)
{
    if (from == State::AwaitingResponse && to == State::Posting)
        return QStringLiteral("answer"); // request shown -> answer scanned
    if (from == State::Posting && (to == State::Following || to == State::Finished))
        return QStringLiteral("post"); // posted -> the relay's 57
    if (from == State::Closing && to == State::Finished)
        return QStringLiteral("close");
    return {};
}

QString outcomeOf(int paymentStatus)
{
    switch (paymentStatus) {
    case relay::status::CancelCompleted:
        return QStringLiteral("approved");
    case relay::status::CancelFailed:
        return QStringLiteral("closed"); // declined, walked away or ran out of time: no refund
    default:
        return QStringLiteral("other");
    }
}
} // namespace

SessionMetrics::SessionMetrics(KioskSession *session)
    : QObject(session), m_session(session), m_registry(new metrics::MetricsRegistry(this)),
      m_server(new metrics::MetricsServer(
          m_registry, [this] { return health(); }, this))
{
    auto &r = *m_registry;
    r.addCounter(kCancellations,
                 QStringLiteral("Cancellations that ended, by outcome "
                                "(approved, closed, failed, other) and relay code."));
    r.addHistogram(kStepDuration,
                   QStringLiteral("How long each step of a cancellation took: open, answer "
                                  "(request shown to answer scanned), post (to status 57), close."),
                   QStringLiteral("seconds"),
                   {0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300});
    r.addGauge(kRelayUp, QStringLiteral("1 while the relay answers, 0 while it does not."));
    r.addHistogram(kRelayDuration, QStringLiteral("Relay calls by HTTP method, answered or not."),
                   QStringLiteral("seconds"), {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30});
    r.addCounter(kRelayErrors, QStringLiteral("Relay calls that failed, by error kind."));
    r.addGauge(kClockSkew,
               QStringLiteral("This machine's clock minus the relay's Date header (+ ahead)."),
               QStringLiteral("seconds"));
    r.addGauge(kScannerUp, QStringLiteral("1 when a code scanner (keyboard or serial) is there."));
    r.addGauge(kCameraUp, QStringLiteral("1 when a configured camera is connected."));
    r.addGauge(kUnfinished,
               QStringLiteral("Cancellations of this kiosk open now (on screen or finishing)."));
    r.addGauge(kJournalSize,
               QStringLiteral("The journal's size on disk, with its write-ahead log."),
               QStringLiteral("bytes"));
    r.addGauge(kLongestStall,
               QStringLiteral("The longest the UI thread was busy without a break since start."),
               QStringLiteral("seconds"));
    r.addGauge(kReady, QStringLiteral("1 when the kiosk can serve a customer (see /healthz)."));
    r.addGauge(kBuildInfo, QStringLiteral("The kiosk's version, git commit and Qt version."));
    r.addGauge(kStartTime, QStringLiteral("When the kiosk started, in seconds since the epoch."),
               QStringLiteral("seconds"));
    r.set(kBuildInfo,
          {{QStringLiteral("version"), metrics::buildVersion()},
           {QStringLiteral("commit"), metrics::buildCommit()},
           {QStringLiteral("qt"), metrics::qtVersion()}},
          1);
    r.set(kStartTime, double(QDateTime::currentMSecsSinceEpoch()) / 1000);
    r.set(kLongestStall, 0);
    r.addCollector([this] { collect(); });

    // A timer that fires late shows how long the UI thread was busy meanwhile.
    m_stallProbe.setInterval(kStallProbeMs);
    connect(&m_stallProbe, &QTimer::timeout, this, [this] {
        const qint64 late = m_sinceProbe.restart() - kStallProbeMs;
        if (late > m_longestStallMs) {
            m_longestStallMs = late;
            m_registry->set(kLongestStall, double(late) / 1000);
        }
    });
    m_sinceProbe.start();
    m_stallProbe.start();
}

quint16 SessionMetrics::listen(const QString &addressAndPort)
{
    const auto where = relay::parseListenAddress(addressAndPort);
    if (!where) {
        qCWarning(metrics::lcMetrics)
            << "[metrics] listen must be ADDRESS:PORT, not" << addressAndPort;
        return 0;
    }
    return m_server->listen(where->address, where->port);
}

void SessionMetrics::watch(workflow::CancellationWorkflow *flow)
{
    // Where the workflow is and since when, and when it began opening; shared by the lambda's
    // copies.
    struct Step
    {
        State state = State::Idle;
        QElapsedTimer since;
        QElapsedTimer opening; // invalid unless an open is under way
    };
    auto step = std::make_shared<Step>();
    step->since.start();
    connect(flow, &workflow::CancellationWorkflow::stateChanged, this, [this, step](State state) {
        if (const QString ended = stepEnded(step->state, state); !ended.isEmpty())
            m_registry->observe(kStepDuration, {{QStringLiteral("step"), ended}},
                                double(step->since.elapsed()) / 1000);
        // Opening -> Loading (the payment read again) -> Ready: open until it is ready.
        if (state == State::Opening) {
            step->opening.start();
        } else if (step->opening.isValid() &&
                   (state == State::Ready || state == State::AwaitingResponse)) {
            m_registry->observe(kStepDuration, {{QStringLiteral("step"), QStringLiteral("open")}},
                                double(step->opening.elapsed()) / 1000);
            step->opening.invalidate();
        } else if (state != State::Loading) {
            step->opening.invalidate();
        }
        step->state = state;
        step->since.restart();
    });
    connect(flow, &workflow::CancellationWorkflow::finished, this, [this](int paymentStatus) {
        m_registry->increment(kCancellations,
                              {{QStringLiteral("outcome"), outcomeOf(paymentStatus)},
                               {QStringLiteral("relay_code"), QStringLiteral("0")}});
    });
    connect(flow, &workflow::CancellationWorkflow::failed, this,
            [this](const QString &, int relayCode) {
                m_registry->increment(kCancellations,
                                      {{QStringLiteral("outcome"), QStringLiteral("failed")},
                                       {QStringLiteral("relay_code"), QString::number(relayCode)}});
            });
}

void SessionMetrics::watchRelay(relay::RelayClient *client)
{
    connect(
        client, &relay::RelayClient::callFinished, this,
        [this](const QString &method, const QString &, qint64 elapsedMs, const QString &errorKind) {
            m_registry->observe(kRelayDuration, {{QStringLiteral("method"), method}},
                                double(elapsedMs) / 1000);
            if (!errorKind.isEmpty())
                m_registry->increment(kRelayErrors, {{QStringLiteral("kind"), errorKind}});
        });
}

void SessionMetrics::collect()
{
    // Up once it answered and while it answers (also while the journal keeps the kiosk out).
    const bool relayUp = m_session->client() && m_session->relayProblem().isEmpty() &&
                         m_session->connection() != KioskSession::Connection::Starting;
    m_registry->set(kRelayUp, relayUp ? 1 : 0);
    m_registry->clear(kClockSkew);
    if (const auto *client = m_session->client())
        if (const auto skew = client->lastClockSkewSeconds())
            m_registry->set(kClockSkew, double(*skew));
    m_registry->set(kScannerUp, m_session->hasScanner() ? 1 : 0);
    m_registry->set(kCameraUp, hasConfiguredCamera() ? 1 : 0);
    m_registry->set(kUnfinished, m_session->openCancellations());
    if (const QString path = m_session->journal()->path(); !path.isEmpty())
        m_registry->set(kJournalSize, double(QFileInfo(path).size() +
                                             QFileInfo(path + QStringLiteral("-wal")).size()));
    m_registry->set(kReady, health().isEmpty() ? 1 : 0);
}

QList<HealthProblem> SessionMetrics::health() const
{
    using Connection = KioskSession::Connection;
    QList<HealthProblem> problems;
    if (!m_session->isConfigured())
        problems << HealthProblem{
            QStringLiteral("not-configured"),
            QCoreApplication::translate("kiosk::metrics", "No relay is configured.")};
    else if (m_session->isOutOfService())
        problems << HealthProblem{
            QStringLiteral("journal-unwritable"),
            QCoreApplication::translate("kiosk::metrics", "The journal cannot record: %1")
                .arg(m_session->outOfServiceReason())};
    else if (m_session->connection() == Connection::Failed)
        problems << HealthProblem{QStringLiteral("not-started"), m_session->startError()};
    else if (m_session->connection() == Connection::Unreachable)
        problems << HealthProblem{QStringLiteral("relay-unreachable"), m_session->relayProblem()};
    else if (m_session->connection() == Connection::Starting)
        problems << HealthProblem{
            QStringLiteral("starting"),
            QCoreApplication::translate("kiosk::metrics",
                                        "The kiosk is still connecting to the relay.")};
    if (!m_session->hasScanner() && !hasConfiguredCamera())
        problems << HealthProblem{QStringLiteral("no-scanner"),
                                  QCoreApplication::translate(
                                      "kiosk::metrics", "No camera or code scanner is connected.")};
    if (const auto *client = m_session->client())
        if (const auto skew = client->lastClockSkewSeconds();
            skew && qAbs(*skew) > relay::kMaxClockSkewSeconds)
            problems << HealthProblem{
                QStringLiteral("clock-skew"),
                QCoreApplication::translate("kiosk::metrics",
                                            "This machine's clock is %1 s off the relay's.")
                    .arg(*skew)};
    return problems;
}

bool SessionMetrics::hasConfiguredCamera() const
{
    // Asking for a camera loads the media backend: only when one is configured.
    return m_session->config().scan.sources.contains(u"camera"_qs) && m_session->hasCamera();
}

} // namespace kiosk::session
