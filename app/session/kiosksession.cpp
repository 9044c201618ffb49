// SPDX-License-Identifier: MIT
#include "session/kiosksession.h"

#include "config/statedir.h"
#include "qr/pairing.h"
#include "relay/callbackreceiver.h"
#include "relay/demorelay.h"
#include "relay/relayclient.h"
#include "relay/taskfeed.h"
#include "scan/camerascansource.h"
#include "scan/keyboardwedgescansource.h"
#include "scan/scanconfig.h"
#include "scan/scansource.h"
#include "scan/serialscansource.h"
#include "session/sessionmetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSerialPortInfo>
#include <tuple>

#include <algorithm>

namespace kiosk::session {

Q_LOGGING_CATEGORY(lcSession, "kiosk.session", QtInfoMsg)

using workflow::CancellationWorkflow;
using State = workflow::CancellationWorkflow::State;

namespace {

bool isActive(State state)
{
    return state == State::Posting || state == State::Following || state == State::Closing;
}

// Nothing left to do for this cancellation (or nothing begun).
bool atRest(State state)
{
    return state == State::Idle || state == State::Finished || state == State::Failed;
}

// The reachability probe (probePauseMs()): while the relay does not answer, first after 3 s,
// doubling up to a minute; while it answers and someone uses the screen, after 15 s without
// any other call (the v1 relay has no task feed that would notice an outage); when idle,
// after a little longer than the feed's idle pause.
constexpr int kProbeWhileDownMs = 3000;
constexpr int kProbeAtMostMs = 60000;
constexpr int kProbeWhileUsedMs = 15000;
} // namespace

KioskSession::KioskSession(config::KioskConfig config, const Clock *clock, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clock(clock), m_demo(m_config.demo)
{
    m_retryStart.setSingleShot(true);
    m_retryStart.setInterval(3000);
    connect(&m_retryStart, &QTimer::timeout, this, &KioskSession::start);
    m_journalCheck.setInterval(5000);
    connect(&m_journalCheck, &QTimer::timeout, this, &KioskSession::checkJournalWritable);
    m_relayProbe.setObjectName(QStringLiteral("relayProbe"));
    m_relayProbe.setSingleShot(true);
    connect(&m_relayProbe, &QTimer::timeout, this, &KioskSession::probeRelay);
}

KioskSession::~KioskSession()
{
    // Scanners first: a camera frame must not arrive while the workflows go away.
    setScanning(false);
}

void KioskSession::failStart(const QString &message)
{
    qCCritical(lcSession).noquote() << message;
    m_startError = message;
    m_connection = Connection::Failed;
    Q_EMIT connectionChanged(m_connection);
}

void KioskSession::retryStart(const QString &message)
{
    qCWarning(lcSession).noquote()
        << message << "- trying again in" << m_retryStart.interval() / 1000 << "s";
    m_startError = message;
    m_connection = Connection::Failed;
    Q_EMIT connectionChanged(m_connection);
    m_retryStart.start();
}

QString KioskSession::journalNotice() const
{
    if (m_journal.keptDamagedCopy().isEmpty())
        return {};
    return QCoreApplication::translate("kiosk::session",
                                       "The journal was damaged and was kept as %1; a new one was "
                                       "started, and %n unfinished cancellation(s) were carried "
                                       "over to be finished.",
                                       nullptr, m_journal.salvagedEntries())
        .arg(m_journal.keptDamagedCopy());
}

void KioskSession::setOutOfService(const QString &reason)
{
    if (m_outOfService == reason)
        return;
    m_outOfService = reason;
    if (reason.isEmpty()) {
        qCInfo(lcSession) << "the journal records again: back in service";
        m_journalCheck.stop();
        m_startError.clear();
        if (m_client)
            return updateConnection();
    } else {
        qCCritical(lcSession).noquote() << "out of service:" << reason;
        // Customers read this on the start screen; staff diagnostics shows the reason itself.
        m_startError = QCoreApplication::translate(
            "kiosk::session",
            "This kiosk cannot record cancellations right now. Nothing was sent. Staff can see "
            "why in staff mode.");
        m_connection = Connection::Failed;
        m_journalCheck.start();
    }
    Q_EMIT connectionChanged(m_connection);
}

void KioskSession::checkJournalWritable()
{
    if (auto writable = m_journal.probeWritable(); writable) {
        setOutOfService({});
        resumeUnfinished();
        if (m_pending)
            m_pending->refresh();
    }
}

void KioskSession::start()
{
    // First, so that a kiosk that cannot start still says why on /healthz.
    if (!m_metrics && !m_config.metricsListen.isEmpty()) {
        m_metrics = new SessionMetrics(this);
        m_metrics->listen(m_config.metricsListen);
    }
    auto dir = config::resolveStateDir(m_config.stateDir);
    if (!dir)
        return failStart(dir.error());
    // Demo cancellations are kept apart from real ones.
    m_stateDir = m_demo ? QDir(dir.value()).filePath(QStringLiteral("demo")) : dir.value();
    if (m_demo && !QDir().mkpath(m_stateDir))
        return failStart(QCoreApplication::translate("kiosk::session",
                                                     "cannot create the demo state directory %1")
                             .arg(m_stateDir));
    // One kiosk per state directory: a second instance (or a kioskctl run/resume) waits.
    if (auto locked = m_lock.acquire(m_stateDir, QStringLiteral("loyalty-kiosk"), 0); !locked)
        return retryStart(locked.error());
    if (auto opened = m_journal.open(m_stateDir); !opened) {
        // A busy, full or read-only journal may recover by itself; a damaged one that cannot
        // be moved aside will not, but trying again costs nothing and staff see why.
        return retryStart(QCoreApplication::translate("kiosk::session",
                                                      "This kiosk cannot record cancellations: %1")
                              .arg(opened.error()));
    }
    if (const QString notice = journalNotice(); !notice.isEmpty())
        qCCritical(lcSession).noquote() << notice;
    if (auto pruned =
            m_journal.prune(m_config.historyRetentionDays, QDateTime::currentSecsSinceEpoch());
        !pruned)
        qCWarning(lcSession).noquote() << pruned.error();
    m_startError.clear();
    createScanSources();
    if (m_demo)
        return startDemo();
    if (!isConfigured()) {
        // Never a demo by accident: a kiosk nobody configured is out of service, and says why
        // to staff.
        return failStart(QCoreApplication::translate(
                             "kiosk::session",
                             "No relay is configured. Set its address in staff mode (Settings) "
                             "or as [relay] url in %1; [kiosk] mode = demo runs the demonstration.")
                             .arg(m_config.sourcePath.isEmpty() ? QStringLiteral("kiosk.conf")
                                                                : m_config.sourcePath));
    }
    connectRelay(QUrl(m_config.relayUrl));
}

QString KioskSession::settingsDir() const
{
    if (!m_demo && !m_stateDir.isEmpty())
        return m_stateDir;
    auto dir = config::resolveStateDir(m_config.stateDir);
    return dir ? dir.value() : QString();
}

config::KioskConfig KioskSession::editableSettings() const
{
    if (!m_demo)
        return m_config;
    auto loaded = config::KioskConfig::load(m_config.sourcePath, false);
    config::KioskConfig base = loaded ? loaded.value() : m_config;
    if (!loaded)
        base.relayUrl.clear(); // still the demo's
    if (const QString dir = settingsDir(); !dir.isEmpty())
        // A bad file changes nothing; the kiosk said so in the log when it started.
        std::ignore = base.applyOverrides(config::KioskConfig::overridesPath(dir));
    return base;
}

Result<void> KioskSession::saveStaffSettings(const config::KioskConfig &settings) const
{
    const QString dir = settingsDir();
    if (dir.isEmpty())
        return fail(QCoreApplication::translate(
            "kiosk::session", "the kiosk has no state directory yet. Try again shortly."));
    return settings.saveOverrides(config::KioskConfig::overridesPath(dir));
}

void KioskSession::startDemo()
{
    auto seed = DemoSeed::load();
    if (!seed)
        return failStart(seed.error());
    qCInfo(lcSession) << "demo mode: the bundled relay simulator, demo data and demo wallet";
    if (!m_config.relayUrl.trimmed().isEmpty())
        qCWarning(lcSession).noquote()
            << "demo mode: the configured relay" << m_config.relayUrl << "is not used";
    m_config.terminalId = seed->terminalId;
    m_config.terminalKey = seed->terminalKeyHex;
    m_config.api = relay::ApiVersion::V2;
    m_demoWallet.emplace(seed.value());
    m_demoRelay = new relay::DemoRelay(this);
    connect(m_demoRelay, &relay::DemoRelay::ready, this, &KioskSession::connectRelay);
    connect(m_demoRelay, &relay::DemoRelay::failed, this, [this](const QString &reason) {
        failStart(
            QCoreApplication::translate("kiosk::session", "The demo relay could not start: %1")
                .arg(reason));
    });
    m_demoRelay->start(relay::DemoRelay::findSimulator(),
                       {QStringLiteral("--approver"), relay::approverName(m_config.approver)});
}

void KioskSession::connectRelay(const QUrl &url)
{
    m_config.relayUrl = url.toString();
    auto settings = m_config.relaySettings();
    if (!settings)
        return failStart(settings.error());
    if (auto valid = settings->validate(); !valid)
        return failStart(valid.error());
    m_client = new relay::RelayClient(settings.value(), this);
    if (m_metrics)
        m_metrics->watchRelay(m_client);
    m_pending = new workflow::PendingList(m_client, &m_journal, this);

    // The relay's callbacks when configured (both relays post them: no polling at all);
    // otherwise v2's task feed, fast only while a cancellation of this kiosk is open. Polling
    // the payment itself covers whatever posts no event either way.
    if (m_config.api == relay::ApiVersion::V2 && m_config.callbackListen.isEmpty()) {
        m_feed = new relay::TaskFeed(m_client, this);
        m_feed->setPace({std::chrono::seconds(m_config.busyPollSeconds),
                         std::chrono::seconds(m_config.idlePollSeconds), std::chrono::minutes(5)});
        updateFeedPace();
        connect(m_feed, &relay::TaskFeed::eventReceived, this, &KioskSession::routeEvent);
        m_feed->start();
    } else if (!m_config.callbackListen.isEmpty()) {
        m_receiver = new relay::CallbackReceiver(m_config.callbackKey, this);
        if (m_receiver->listen(m_config.callbackListen) != 0)
            connect(m_receiver, &relay::CallbackReceiver::eventReceived, this,
                    &KioskSession::routeEvent);
        else
            qCWarning(lcSession).noquote() << "cannot receive relay callbacks on"
                                           << m_config.callbackListen << "- polling only";
    }
    resumeUnfinished();
    if (m_demoWallet)
        for (const QString &paymentId : m_demoWallet->seed().paymentIds)
            m_pending->stage(paymentId);
    m_pending->refresh();
    // Ready once the relay answers: until then customers see "connecting", and a relay that
    // does not answer puts the kiosk out of service (and back by itself when it answers).
    m_reach = Reach::Unknown;
    m_relayFaults = 0;
    if (m_connection != Connection::Starting) {
        m_connection = Connection::Starting;
        Q_EMIT connectionChanged(m_connection);
    }
    connect(m_client, &relay::RelayClient::callFinished, this,
            [this](const QString &, const QString &, qint64, const QString &errorKind) {
                onRelayCall(errorKind);
            });
    probeRelay();
}

void KioskSession::onRelayCall(const QString &errorKind)
{
    using Kind = relay::RelayError::Kind;
    // A fault of the way there: nothing answered. Anything else (even a refusal or an HTTP
    // error page) came from something that is up.
    static const QStringList unreachable{relay::RelayError::kindName(Kind::Timeout),
                                         relay::RelayError::kindName(Kind::ConnectionRefused),
                                         relay::RelayError::kindName(Kind::Tls),
                                         relay::RelayError::kindName(Kind::Network)};
    if (unreachable.contains(errorKind)) {
        m_relayFaultKind = errorKind;
        // One GET with its retries failing: not a single lost packet.
        if (++m_relayFaults >= std::max(1, m_config.getRetries + 1) &&
            m_reach != Reach::Unreachable) {
            m_reach = Reach::Unreachable;
            m_unreachableSince = QDateTime::currentSecsSinceEpoch();
            qCWarning(lcSession).noquote()
                << "the relay does not answer (" << errorKind << "): out of service until it does";
            updateConnection();
        }
    } else {
        m_relayFaults = 0;
        if (m_reach != Reach::Answering) {
            const bool wasDown = m_reach == Reach::Unreachable;
            m_reach = Reach::Answering;
            if (wasDown) {
                qCInfo(lcSession) << "the relay answers again: back in service";
                resumeUnfinished();
                if (m_pending)
                    m_pending->refresh();
            }
            updateConnection();
        }
    }
    m_relayProbe.start(probePauseMs());
}

int KioskSession::probePauseMs() const
{
    // Answering: a little longer than the feed's idle pause, so while the feed (or anything
    // else) talks to the relay no probe is sent at all; sooner while someone uses the screen.
    if (m_reach != Reach::Unreachable)
        return m_someoneAtScreen ? std::min(kProbeWhileUsedMs, m_config.idlePollSeconds * 1250)
                                 : m_config.idlePollSeconds * 1250;
    // Down: soon at first, then less and less often, at random within a fifth, so a fleet
    // does not hammer a relay that is coming back.
    const int pause = std::min(kProbeWhileDownMs << std::min(m_relayFaults, 5), kProbeAtMostMs);
    return pause + int(QRandomGenerator::global()->bounded(pause / 5 + 1));
}

void KioskSession::setSomeoneAtScreen(bool present)
{
    if (present == m_someoneAtScreen)
        return;
    m_someoneAtScreen = present;
    // The pause under way may be the idle one: start the new one from now.
    if (m_relayProbe.isActive())
        m_relayProbe.start(probePauseMs());
}

bool KioskSession::hasOpenCancellation() const
{
    return openCancellations() > 0;
}

int KioskSession::openCancellations() const
{
    const auto open = [](const QPointer<CancellationWorkflow> &flow) {
        return flow && !atRest(flow->state());
    };
    return int(std::count_if(m_background.cbegin(), m_background.cend(), open)) +
           (open(m_current) ? 1 : 0);
}

void KioskSession::updateFeedPace()
{
    if (m_feed)
        m_feed->setBusy(hasOpenCancellation());
}

void KioskSession::probeRelay()
{
    if (!m_client || m_probing)
        return;
    m_probing = true;
    // The cheapest question both relays answer; the answer itself does not matter here.
    m_client->fetchChainId(this, [this](const relay::RelayResult<eth::UInt256> &) {
        m_probing = false;
        if (!m_relayProbe.isActive())
            m_relayProbe.start(probePauseMs());
    });
}

void KioskSession::updateConnection()
{
    if (isOutOfService())
        return; // the journal decides until it records again
    Connection state = Connection::Starting;
    if (m_reach == Reach::Answering)
        state = Connection::Ready;
    else if (m_reach == Reach::Unreachable)
        state = Connection::Unreachable;
    if (state == m_connection)
        return;
    m_connection = state;
    Q_EMIT connectionChanged(m_connection);
}

QString KioskSession::relayProblem() const
{
    if (m_reach != Reach::Unreachable)
        return {};
    return QCoreApplication::translate("kiosk::session",
                                       "The relay at %1 does not answer (%2) since %3.")
        .arg(m_config.relayUrl, m_relayFaultKind,
             QLocale().toString(QDateTime::fromSecsSinceEpoch(m_unreachableSince).time(),
                                QLocale::ShortFormat));
}

void KioskSession::resumeUnfinished()
{
    auto unfinished = m_journal.unfinished();
    if (!unfinished) {
        qCWarning(lcSession).noquote() << unfinished.error();
        return;
    }
    for (const workflow::JournalEntry &entry : unfinished.value()) {
        // Called again when the journal records again: what is already running stays as it is.
        const auto running = [&entry](const QPointer<CancellationWorkflow> &flow) {
            return flow && flow->paymentId() == entry.paymentId;
        };
        if (running(m_current) || std::any_of(m_background.cbegin(), m_background.cend(), running))
            continue;
        qCInfo(lcSession).noquote() << "finishing" << entry.paymentId << "left from before";
        auto *flow = newWorkflow();
        keepInBackground(flow);
        flow->resume(entry);
    }
}

CancellationWorkflow *KioskSession::newWorkflow()
{
    auto *flow = new CancellationWorkflow(m_client, &m_journal, m_clock,
                                          workflow::WorkflowSettings::fromConfig(m_config), this);
    connect(flow, &CancellationWorkflow::journalFailed, this, &KioskSession::setOutOfService);
    if (m_metrics)
        m_metrics->watch(flow);
    return flow;
}

void KioskSession::keepInBackground(CancellationWorkflow *flow)
{
    m_background.append(flow);
    connect(flow, &CancellationWorkflow::stateChanged, flow, [this, flow](State state) {
        if (!atRest(state))
            return;
        m_background.removeAll(flow);
        flow->deleteLater();
        updateFeedPace();
        if (m_pending)
            m_pending->refresh();
    });
    updateFeedPace();
}

void KioskSession::routeEvent(const relay::TaskEvent &event)
{
    m_pending->handleRelayEvent(event);
    if (m_current)
        m_current->handleRelayEvent(event);
    for (const auto &flow : std::as_const(m_background))
        if (flow)
            flow->handleRelayEvent(event);
}

CancellationWorkflow *KioskSession::beginCancellation(const QString &paymentId)
{
    endCancellation();
    if (!m_client || isOutOfService())
        return nullptr;
    auto *flow = newWorkflow();
    const QString stateDir = m_stateDir;
    flow->setRequestDecorator(
        [stateDir](qr::SigningRequest &request) { qr::PairingStore(stateDir).decorate(request); });
    connect(flow, &CancellationWorkflow::stateChanged, this, [this, flow](State state) {
        if (flow == m_current)
            setScanning(state == State::AwaitingResponse);
        updateFeedPace();
        if (state == State::Finished && m_pending)
            m_pending->refresh();
    });
    m_current = flow;
    Q_EMIT currentWorkflowChanged(flow);
    flow->start(paymentId, true);
    return flow;
}

void KioskSession::endCancellation()
{
    CancellationWorkflow *flow = m_current;
    if (!flow)
        return;
    m_current = nullptr;
    setScanning(false);
    updateFeedPace();
    Q_EMIT currentWorkflowChanged(nullptr);
    if (isActive(flow->state())) {
        // Posted already: follow it to its final status without the customer.
        keepInBackground(flow);
        return;
    }
    flow->abandon();
    flow->disconnect(this);
    flow->deleteLater();
    // Opened for this customer and left open: close it in the background (59) so it can be
    // opened again for the next attempt, as after a crash.
    if (auto entry = m_journal.openEntryFor(flow->paymentId()); entry && entry->id != 0) {
        auto *closer = newWorkflow();
        keepInBackground(closer);
        closer->resume(entry.value());
    }
}

void KioskSession::createScanSources()
{
    m_sources = scan::createScanSources(m_config.scan, this);
    for (scan::ScanSource *source : std::as_const(m_sources)) {
        connect(source, &scan::ScanSource::textScanned, this, &KioskSession::submitScan);
        connect(source, &scan::ScanSource::statusChanged, this, &KioskSession::scanStatus);
        connect(source, &scan::ScanSource::errorOccurred, this, &KioskSession::scanError);
        connect(source, &scan::ScanSource::statusChanged, this, &KioskSession::scannersChanged);
        connect(source, &scan::ScanSource::errorOccurred, this, &KioskSession::scannersChanged);
    }
}

bool KioskSession::hasCamera() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(), [](const scan::ScanSource *source) {
        const auto *camera = qobject_cast<const scan::CameraScanSource *>(source);
        return camera && camera->hasCamera();
    });
}

bool KioskSession::hasScanner() const
{
    return std::any_of(m_sources.cbegin(), m_sources.cend(), [](const scan::ScanSource *source) {
        // A scanner in keyboard mode cannot be told apart from a keyboard: trust the setting.
        if (qobject_cast<const scan::KeyboardWedgeScanSource *>(source))
            return true;
        if (const auto *serial = qobject_cast<const scan::SerialScanSource *>(source))
            return serial->isActive() || !QSerialPortInfo(serial->config().portName).isNull();
        return false;
    });
}

QVideoSink *KioskSession::cameraFrames() const
{
    for (scan::ScanSource *source : m_sources)
        if (auto *camera = qobject_cast<scan::CameraScanSource *>(source))
            return camera->videoSink();
    return nullptr;
}

void KioskSession::setScanning(bool on)
{
    if (on == m_scanning)
        return;
    m_scanning = on;
    for (scan::ScanSource *source : std::as_const(m_sources))
        on ? source->start() : source->stop();
    Q_EMIT scannersChanged();
}

void KioskSession::submitScan(const QString &text)
{
    Q_EMIT scanned(text);
    if (m_current && m_current->state() == State::AwaitingResponse)
        m_current->submitResponse(text);
}

void KioskSession::reconfigure(const config::KioskConfig &config)
{
    // Only what can change safely between customers; the relay connection needs a restart.
    m_config.approver = config.approver;
    m_config.paymentTimeoutSeconds = config.paymentTimeoutSeconds;
    m_config.language = config.language;
    m_config.idleSeconds = config.idleSeconds;
    m_config.idleWarningSeconds = config.idleWarningSeconds;
    m_config.largeText = config.largeText;
    m_config.highContrast = config.highContrast;
    m_config.lowPosition = config.lowPosition;
    m_config.speech = config.speech;
}

} // namespace kiosk::session
