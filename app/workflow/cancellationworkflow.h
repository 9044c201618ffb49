// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/logging.h"
#include "config/kioskconfig.h"
#include "qr/responsereader.h"
#include "qr/signingrequest.h"
#include "relay/relayclient.h"
#include "workflow/approvalcontext.h"
#include "workflow/journal.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace kiosk::workflow {

struct WorkflowSettings
{
    relay::Approver approver = relay::Approver::Customer;
    int paymentTimeoutSeconds = 45;               // the relay's approval window
    std::chrono::milliseconds pollInterval{1000}; // payment item polling while following
    std::chrono::milliseconds closeRetryInterval{2000};
    int followLimitSeconds = 360; // past the relay's forced close (300 s): give up following

    // The configured approver and the relay's window; the other timings keep their defaults.
    static WorkflowSettings fromConfig(const config::KioskConfig &config)
    {
        WorkflowSettings settings;
        settings.approver = config.approver;
        settings.paymentTimeoutSeconds = config.paymentTimeoutSeconds;
        return settings;
    }
};

// Drives one cancellation from the pending list to its final paymentStatus:
// load payment and shop (know the expected signer) -> open the cancellation if this kiosk
// starts it -> the customer chooses -> request with a fresh nonce and chain id -> wait for the
// answer (countdown to the relay's deadline) -> verify locally -> post the approval -> follow
// the payment (polling, plus relay events when fed in) -> close (only after 55/57 or 56) ->
// final status. Every relay call is journalled before and after, so resume() can finish a
// cancellation after a crash without posting an approval the relay already has.
class CancellationWorkflow : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Loading,
        Opening,
        Ready,            // open on the relay; waiting for the customer's choice
        AwaitingResponse, // request shown; counting down
        Posting,
        Following,
        Closing,
        Finished, // final status 58 or 59 reached
        Failed,   // stopped with a message; see canRetry()
    };
    Q_ENUM(State)

    CancellationWorkflow(relay::RelayClient *client, Journal *journal, const Clock *clock,
                         WorkflowSettings settings, QObject *parent = nullptr);

    // Adds what the kiosk knows about the signer's wallet (pairing: path, fingerprint).
    void setRequestDecorator(std::function<void(qr::SigningRequest &)> decorate)
    {
        m_decorate = std::move(decorate);
    }

    // Loads the payment and, with openIfNeeded, opens the cancellation on the relay: this starts
    // the relay's approval window, so the kiosk calls it only once the customer is ready. A
    // window that already ran out is closed and opened afresh where the relay allows it (v2);
    // where it does not (v1-only: 2022) the workflow fails with OpenNotAllowed.
    void start(const QString &paymentId, bool openIfNeeded = true);
    void resume(const JournalEntry &entry);
    // The customer's choice; builds the request with a fresh nonce and chain id.
    void choose(bool approval);
    // A scanned (or typed) wallet answer; animated URs arrive one part per call.
    void submitResponse(const QString &text);
    // The customer walked away or cancelled: the request is dropped, nothing is posted.
    void abandon();
    // No answer will come (kioskctl's input ended): nothing is posted, and the cancellation
    // is closed (59) as at the deadline, so it can be opened again.
    void withdraw();
    // A relay event (task feed or v1 callback); ignored unless it is about this payment.
    void handleRelayEvent(const kiosk::relay::TaskEvent &event);
    // Re-evaluates the countdown now (a timer calls it every 250 ms; tests call it directly).
    void tick();

    State state() const { return m_state; }
    const ApprovalContext &context() const { return m_context; }
    const qr::SigningRequest &request() const { return m_request; }
    QString paymentId() const { return m_paymentId; }
    qint64 deadline() const { return m_deadline; }
    int secondsLeft() const;
    int paymentStatus() const { return m_context.payment.paymentStatus; }
    QString message() const { return m_message; }
    int relayCode() const { return m_relayCode; }
    // What kind of fault stopped the workflow: a relay answer (Relay), a transport fault, or a
    // local stop (NotFound: the payment's status does not allow going on).
    relay::RelayError::Kind errorKind() const { return m_errorKind; }
    bool canRetry() const { return m_canRetry; }
    // Stopped because the journal could not record a step before a relay call: nothing was sent.
    bool journalFault() const { return m_journalFault; }
    qint64 journalId() const { return m_entry.id; }

Q_SIGNALS:
    void stateChanged(kiosk::workflow::CancellationWorkflow::State state);
    void countdown(int secondsLeft);
    void requestReady(const kiosk::qr::SigningRequest &request);
    void responseProgress(double fraction);
    // A scanned answer was not accepted; still waiting for a good one.
    void responseRejected(const QString &reason);
    void paymentUpdated(const kiosk::relay::PaymentItem &payment);
    // The shop has a delegator whose key the relay holds: the relay approves by itself, no
    // signature is asked for here, and the payment is followed to its end.
    void relayApproves(const kiosk::eth::Address &delegator);
    void finished(int paymentStatus, const QString &message);
    void failed(const QString &message, int relayCode);
    // The journal cannot record (disk full, read-only, locked): the kiosk is out of service.
    void journalFailed(const QString &message);

private:
    // PAYMENT_ID, STEP and RELAY_CODE for the journal (common/logging.h).
    LogFields logFields() const;
    void setState(State state);
    void fail(const QString &message, int relayCode = 0, bool canRetry = false);
    void fail(const relay::RelayError &error, bool canRetry = false);
    void followRelayApproval();
    void finish(const relay::PaymentItem &payment);
    void loaded(const ApprovalContext &context, bool openIfNeeded);
    void open();
    void post(const eth::Signature &signature, bool approval);
    void follow();
    void poll();
    void onStatus(const relay::PaymentItem &payment);
    void close(bool confirm);
    // Drops the request on screen (nothing is posted); false when none was waiting.
    bool dropRequest();
    bool followLimitPassed() const;
    // Set when an answer describes another payment than the one known (id, purchase, shop or
    // customer): it is never acted on.
    std::optional<relay::RelayError> mismatch(const relay::PaymentItem &answer) const;
    void rereadThenContinue(const relay::RelayError &why);
    // Writes one step; false (and logged) when the journal could not record it.
    bool note(const QString &step, const QString &phase, const QJsonObject &detail = {});
    // Write-ahead: the intent to change the payment at the relay is recorded first, or the
    // call is not made and the workflow stops with the journal's reason.
    bool recordIntent(const QString &step, const QJsonObject &detail = {});
    void failJournal(const QString &reason);
    void saveEntry();

    relay::RelayClient *m_client;
    Journal *m_journal;
    const Clock *m_clock;
    WorkflowSettings m_settings;

    State m_state = State::Idle;
    QString m_paymentId;
    ApprovalContext m_context;
    qr::SigningRequest m_request;
    qr::ResponseReader m_reader;
    JournalEntry m_entry;
    qint64 m_deadline = 0;
    qint64 m_followStartedMs = 0;
    QString m_message;
    int m_relayCode = 0;
    relay::RelayError::Kind m_errorKind = relay::RelayError::Kind::NotFound;
    std::optional<relay::RelayError::Kind> m_pendingErrorKind;
    bool m_canRetry = false;
    bool m_journalFault = false;
    QString m_lastJournalError;
    bool m_closeConfirm = true;
    bool m_reopenAfterClose = false; // closing a window that ran out, to open a fresh one
    bool m_openRefused = false;      // the relay does not open this cancellation again (2022)
    std::function<void(qr::SigningRequest &)> m_decorate;
    QTimer m_countdownTimer;
    QTimer m_pollTimer;
    QTimer m_closeRetryTimer;
};

} // namespace kiosk::workflow
