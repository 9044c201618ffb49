// SPDX-License-Identifier: MIT
#pragma once

#include "config/kioskconfig.h"
#include "session/demowallet.h"
#include "workflow/cancellationworkflow.h"
#include "workflow/journal.h"
#include "workflow/pendinglist.h"
#include "workflow/statelock.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QVideoSink;

#include <memory>
#include <optional>

namespace kiosk::relay {
class CallbackReceiver;
class DemoRelay;
class RelayClient;
class TaskFeed;
} // namespace kiosk::relay

namespace kiosk::scan {
class ScanSource;
}

namespace kiosk::session {

class SessionMetrics;

// Everything the touchscreen needs from the core, assembled once from the configuration: the
// relay client (or, with no relay configured, the bundled simulator with demo data), the
// journal, the pending list, relay events, the scanners, and the one cancellation a customer is
// working on. Screens observe it through signals; it does all the I/O, never blocking.
class KioskSession : public QObject
{
    Q_OBJECT

public:
    enum class Connection
    {
        Starting, // until the relay first answers
        Ready,
        Failed,      // see startError(); nothing works until the configuration is fixed
        Unreachable, // the relay does not answer (see relayProblem()); back when it does
    };
    Q_ENUM(Connection)

    // `clock` may be null (system time); tests pass a FakeClock.
    explicit KioskSession(config::KioskConfig config, const Clock *clock = nullptr,
                          QObject *parent = nullptr);
    ~KioskSession() override;

    // Opens the journal, starts the demo relay when needed, finishes what a crash left
    // unfinished, starts following relay events and fills the pending list.
    void start();

    Connection connection() const { return m_connection; }
    QString startError() const { return m_startError; }
    // For staff: why the relay counts as unreachable (the kind of the last transport fault and
    // since when). Empty while it answers.
    QString relayProblem() const;
    // Set while the journal cannot record (disk full, read-only, locked): no cancellation can
    // start until a write succeeds again (checked every few seconds).
    bool isOutOfService() const { return !m_outOfService.isEmpty(); }
    QString outOfServiceReason() const { return m_outOfService; }
    // What staff must know about the journal: a damaged file moved aside, and how many of its
    // unfinished cancellations were carried over. Empty when all is well.
    QString journalNotice() const;
    bool isDemo() const { return m_demo; }
    // False for a production kiosk with no relay: it stays out of service until staff set one.
    bool isConfigured() const { return m_demo || !m_config.relayUrl.trimmed().isEmpty(); }
    const config::KioskConfig &config() const { return m_config; }
    QString stateDir() const { return m_stateDir; }
    // Where staff settings and the staff PIN live: the kiosk's state directory, in demo mode
    // too (the demo's journal is kept apart, the settings are the kiosk's). Resolved from the
    // configuration when the session has not started; empty when it cannot be.
    QString settingsDir() const;
    relay::RelayClient *client() const { return m_client; }
    workflow::Journal *journal() { return &m_journal; }
    workflow::PendingList *pendingList() const { return m_pending; }
    // /metrics and /healthz on [metrics] listen; null when that is not set.
    SessionMetrics *metrics() const { return m_metrics; }
    // Cancellations of this kiosk open now: the customer's and those finishing in the background.
    int openCancellations() const;
    // The demo customer's phone; null unless in demo mode.
    const DemoWallet *demoWallet() const { return m_demoWallet ? &*m_demoWallet : nullptr; }

    // The customer picked a payment: a fresh workflow for it (any previous one is dropped).
    workflow::CancellationWorkflow *beginCancellation(const QString &paymentId);
    workflow::CancellationWorkflow *currentWorkflow() const { return m_current; }
    // A customer or staff is using the screen (any page but the attract screen): the relay is
    // probed every 15 s instead of the idle pace, so an outage shows before they need it.
    void setSomeoneAtScreen(bool present);
    // The customer left or cancelled: a request on screen is dropped, nothing more is posted
    // by this customer. A cancellation already posted keeps being followed to its end.
    void endCancellation();

    // Scanners run only while a request is on screen (the camera light tells customers so).
    QList<scan::ScanSource *> scanSources() const { return m_sources; }
    void setScanning(bool on);
    // The first camera's frames, for a live preview; null without a camera source. The first
    // call starts the media backend.
    QVideoSink *cameraFrames() const;
    bool isScanning() const { return m_scanning; }
    // What can read a customer's code right now: a camera that is connected (and, while
    // scanning, opened), and a scanner (a keyboard-mode scanner, or a serial one that is
    // plugged in). Asking about the camera when not scanning loads the media backend.
    bool hasCamera() const;
    bool hasScanner() const;
    // A scanned or typed wallet answer: goes to the workflow waiting for one.
    void submitScan(const QString &text);

    // What the Settings tab edits: the configuration file with staff's saved settings on top
    // (in demo mode: not the demo's own relay).
    config::KioskConfig editableSettings() const;
    // Keeps staff's settings (what differs from the configuration file) in settingsDir().
    Result<void> saveStaffSettings(const config::KioskConfig &settings) const;
    // Staff changed settings (already saved): takes effect for the next customer.
    void reconfigure(const config::KioskConfig &config);

Q_SIGNALS:
    void connectionChanged(kiosk::session::KioskSession::Connection connection);
    void currentWorkflowChanged(kiosk::workflow::CancellationWorkflow *workflow);
    // Every scanned text, accepted or not (the staff scanner test shows them).
    void scanned(const QString &text);
    void scanStatus(const QString &status);
    void scanError(const QString &message);
    // A scan source changed (started, stopped, lost or found its device): ask hasCamera() and
    // hasScanner() again.
    void scannersChanged();

private:
    void startDemo();
    void connectRelay(const QUrl &url);
    void failStart(const QString &message);
    // Another process holds the state directory, or the journal is busy: try again shortly.
    void retryStart(const QString &message);
    void setOutOfService(const QString &reason);
    void checkJournalWritable();
    void resumeUnfinished();
    workflow::CancellationWorkflow *newWorkflow();
    // Finishes on its own (resumed, posted and left, or closing what a customer left open).
    void keepInBackground(workflow::CancellationWorkflow *flow);
    void routeEvent(const kiosk::relay::TaskEvent &event);
    void createScanSources();
    // The pause before the next relay probe: long while the relay answers, backing off while
    // it does not.
    int probePauseMs() const;
    // A cancellation of this kiosk is open (the customer's, or one finishing in the background):
    // the task feed asks often, else seldom.
    bool hasOpenCancellation() const;
    void updateFeedPace();
    // Every relay call's outcome: transport faults in a row make the relay unreachable, any
    // answer makes it reachable again.
    void onRelayCall(const QString &errorKind);
    void probeRelay();
    void updateConnection();

    config::KioskConfig m_config;
    const Clock *m_clock;
    QString m_stateDir;
    bool m_demo = false;
    Connection m_connection = Connection::Starting;
    QString m_startError;
    workflow::StateLock m_lock;
    workflow::Journal m_journal;
    QTimer m_retryStart;
    QTimer m_journalCheck;
    QString m_outOfService;
    enum class Reach
    {
        Unknown,
        Answering,
        Unreachable,
    } m_reach = Reach::Unknown;
    int m_relayFaults = 0;         // transport faults in a row
    QString m_relayFaultKind;      // the last one's kind ("connection-refused", ...)
    qint64 m_unreachableSince = 0; // seconds since the epoch
    bool m_someoneAtScreen = false;
    QTimer m_relayProbe{this}; // a child named "relayProbe", so tests see its pause
    bool m_probing = false;
    std::optional<DemoWallet> m_demoWallet;
    relay::DemoRelay *m_demoRelay = nullptr;
    relay::RelayClient *m_client = nullptr;
    relay::TaskFeed *m_feed = nullptr;
    relay::CallbackReceiver *m_receiver = nullptr;
    workflow::PendingList *m_pending = nullptr;
    QPointer<workflow::CancellationWorkflow> m_current;
    QList<QPointer<workflow::CancellationWorkflow>> m_background; // resumed or left following
    QList<scan::ScanSource *> m_sources;
    bool m_scanning = false;
    SessionMetrics *m_metrics = nullptr;
};

} // namespace kiosk::session
