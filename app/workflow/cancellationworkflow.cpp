// SPDX-License-Identifier: MIT
#include "workflow/cancellationworkflow.h"

#include "relay/relaytexts.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <unistd.h>

namespace kiosk::workflow {

Q_LOGGING_CATEGORY(lcWorkflow, "kiosk.workflow", QtInfoMsg)

using relay::PaymentItem;
using relay::RelayError;
using relay::RelayResult;
namespace status = relay::status;
namespace codes = relay::codes;

namespace {
QString stateName(CancellationWorkflow::State state)
{
    switch (state) {
    case CancellationWorkflow::State::Idle:
        return QStringLiteral("idle");
    case CancellationWorkflow::State::Loading:
        return QStringLiteral("loading");
    case CancellationWorkflow::State::Opening:
        return QStringLiteral("opening");
    case CancellationWorkflow::State::Ready:
        return QStringLiteral("ready");
    case CancellationWorkflow::State::AwaitingResponse:
        return QStringLiteral("awaiting-response");
    case CancellationWorkflow::State::Posting:
        return QStringLiteral("posting");
    case CancellationWorkflow::State::Following:
        return QStringLiteral("following");
    case CancellationWorkflow::State::Closing:
        return QStringLiteral("closing");
    case CancellationWorkflow::State::Finished:
        return QStringLiteral("finished");
    case CancellationWorkflow::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("unknown");
}

// Relay answers that mean "that step already happened": learn the outcome by re-reading.
bool alreadyHappened(int code)
{
    return code == codes::AlreadyApproved || code == codes::AlreadyClosed ||
           code == codes::CancelAlreadyFailed || code == codes::ForciblyClosed;
}

QJsonObject errorDetail(const RelayError &error)
{
    return {{QStringLiteral("kind"), RelayError::kindName(error.kind)},
            {QStringLiteral("code"), error.relayCode},
            {QStringLiteral("message"), error.message}};
}
} // namespace

CancellationWorkflow::CancellationWorkflow(relay::RelayClient *client, Journal *journal,
                                           const Clock *clock, WorkflowSettings settings,
                                           QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal),
      m_clock(clock ? clock : SystemClock::instance()), m_settings(settings)
{
    m_countdownTimer.setInterval(250);
    connect(&m_countdownTimer, &QTimer::timeout, this, &CancellationWorkflow::tick);
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(m_settings.pollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &CancellationWorkflow::poll);
    m_closeRetryTimer.setSingleShot(true);
    m_closeRetryTimer.setInterval(m_settings.closeRetryInterval);
    connect(&m_closeRetryTimer, &QTimer::timeout, this, [this] { close(m_closeConfirm); });
}

LogFields CancellationWorkflow::logFields() const
{
    LogFields fields{{"PAYMENT_ID", m_paymentId}, {"STEP", stateName(m_state)}};
    if (m_relayCode != 0)
        fields.append({"RELAY_CODE", QString::number(m_relayCode)});
    return fields;
}

int CancellationWorkflow::secondsLeft() const
{
    if (m_deadline <= 0)
        return 0;
    return int(qMax<qint64>(0, m_deadline - m_clock->nowSeconds()));
}

void CancellationWorkflow::setState(State state)
{
    if (m_state == state)
        return;
    const State previous = m_state;
    m_state = state;
    KIOSK_LOG_WITH(logFields())
    qCInfo(lcWorkflow).noquote() << m_paymentId.left(10) << stateName(previous) << "->"
                                 << stateName(state);
    m_entry.state = stateName(state);
    saveEntry();
    Q_EMIT stateChanged(state);
}

bool CancellationWorkflow::note(const QString &step, const QString &phase,
                                const QJsonObject &detail)
{
    bool recorded = true;
    if (m_journal) {
        if (m_entry.id == 0) {
            recorded = false;
            m_lastJournalError = QCoreApplication::translate(
                "kiosk::workflow", "the journal has no entry for this cancellation");
        } else if (auto written = m_journal->addStep(m_entry.id, step, phase, detail); !written) {
            recorded = false;
            m_lastJournalError = written.error();
            KIOSK_LOG_WITH(logFields())
            qCCritical(lcWorkflow).noquote() << written.error();
        }
    }
    // Fault injection for the crash tests: die like a power cut right after this step is on disk.
    static const QString crashAt = qEnvironmentVariable("LOYALTY_KIOSK_CRASH_AT");
    if (!crashAt.isEmpty() && crashAt == step + u':' + phase) {
        qCCritical(lcWorkflow) << "LOYALTY_KIOSK_CRASH_AT reached:" << crashAt;
        ::_exit(99);
    }
    return recorded;
}

bool CancellationWorkflow::recordIntent(const QString &step, const QJsonObject &detail)
{
    if (note(step, QStringLiteral("intent"), detail))
        return true;
    failJournal(m_lastJournalError);
    return false;
}

void CancellationWorkflow::failJournal(const QString &reason)
{
    m_journalFault = true;
    const QString message =
        QCoreApplication::translate("kiosk::workflow",
                                    "This kiosk cannot record the cancellation, so nothing was "
                                    "sent: %1")
            .arg(reason);
    Q_EMIT journalFailed(message);
    fail(message);
}

void CancellationWorkflow::saveEntry()
{
    if (!m_journal || m_entry.id == 0)
        return;
    if (auto written = m_journal->update(m_entry); !written) {
        KIOSK_LOG_WITH(logFields())
        qCCritical(lcWorkflow) << written.error();
    }
}

void CancellationWorkflow::fail(const RelayError &error, bool canRetry)
{
    m_pendingErrorKind = error.kind;
    fail(relay::describeError(error), error.relayCode, canRetry);
}

void CancellationWorkflow::fail(const QString &message, int relayCode, bool canRetry)
{
    // The relay's error kind travels to the screen; a code-less stop is local (NotFound).
    m_errorKind = m_pendingErrorKind.value_or(relayCode != 0 ? RelayError::Kind::Relay
                                                             : RelayError::Kind::NotFound);
    m_pendingErrorKind.reset();
    m_countdownTimer.stop();
    m_pollTimer.stop();
    m_closeRetryTimer.stop();
    m_message = message;
    m_relayCode = relayCode;
    m_canRetry = canRetry;
    m_entry.message = message;
    m_entry.resultCode = relayCode;
    KIOSK_LOG_WITH(logFields())
    qCWarning(lcWorkflow).noquote() << m_paymentId.left(10) << "stops:" << message;
    note(QStringLiteral("workflow"), QStringLiteral("error"),
         {{QStringLiteral("message"), message}, {QStringLiteral("code"), relayCode}});
    setState(State::Failed);
    Q_EMIT failed(message, relayCode);
}

void CancellationWorkflow::finish(const PaymentItem &payment)
{
    if (m_reopenAfterClose && payment.paymentStatus == status::CancelFailed) {
        // The window that ran out is closed (59): open a fresh one for the customer's new try.
        m_reopenAfterClose = false;
        m_context.payment = payment;
        return start(m_paymentId, true);
    }
    m_reopenAfterClose = false;
    m_countdownTimer.stop();
    m_pollTimer.stop();
    m_closeRetryTimer.stop();
    m_context.payment = payment;
    m_message = relay::paymentStatusText(payment.paymentStatus);
    m_entry.paymentStatus = payment.paymentStatus;
    m_entry.message = m_message;
    m_entry.finished = true;
    note(QStringLiteral("workflow"), QStringLiteral("final"),
         {{QStringLiteral("paymentStatus"), payment.paymentStatus}});
    setState(State::Finished);
    Q_EMIT finished(payment.paymentStatus, m_message);
}

void CancellationWorkflow::start(const QString &paymentId, bool openIfNeeded)
{
    m_paymentId = paymentId;
    m_message.clear();
    m_relayCode = 0;
    m_followStartedMs = 0;
    m_reader.reset();
    setState(State::Loading);
    loadApprovalContext(m_client, paymentId, m_settings.approver, this,
                        [this, openIfNeeded](const RelayResult<ApprovalContext> &context) {
                            if (!context)
                                return fail(context.failure(), context.failure().isTransport());
                            loaded(context.value(), openIfNeeded);
                        });
}

void CancellationWorkflow::loaded(const ApprovalContext &context, bool openIfNeeded)
{
    m_context = context;
    m_paymentId = context.payment.paymentId;
    const PaymentItem &payment = context.payment;
    if (m_journal) {
        auto existing = m_journal->openEntryFor(m_paymentId);
        m_entry = existing ? existing.value() : JournalEntry{};
        if (m_entry.id == 0) {
            m_entry.paymentId = payment.paymentId;
            m_entry.purchaseId = payment.purchaseId;
            m_entry.amount = payment.amount.toDecimal();
            m_entry.currency = payment.currency;
            m_entry.shopName = context.shopKnown ? context.shop.name : QString();
            m_entry.terminalId = m_client->settings().terminalId;
            m_entry.signer = context.expectedSigner.toChecksummed();
            m_entry.paymentStatus = payment.paymentStatus;
            auto id = m_journal->begin(m_entry);
            if (!id) {
                KIOSK_LOG_WITH(logFields())
                qCCritical(lcWorkflow).noquote() << id.error();
                return failJournal(id.error());
            }
            m_entry.id = id.value();
        }
    }
    note(QStringLiteral("load"), QStringLiteral("answer"),
         {{QStringLiteral("paymentStatus"), payment.paymentStatus},
          {QStringLiteral("signer"), context.expectedSigner.toChecksummed()},
          {QStringLiteral("nonce"), context.nonce.toDecimal()}});
    Q_EMIT paymentUpdated(payment);

    const int s = payment.paymentStatus;
    if (status::awaitsApproval(s)) {
        m_deadline = responseDeadline(payment, m_settings.paymentTimeoutSeconds);
        if (context.relayApproves)
            return followRelayApproval();
        if (openIfNeeded && secondsLeft() <= 0) {
            // A window that ran out (an earlier try): close it, then open a fresh one, so the
            // customer trying again gets the whole time.
            m_reopenAfterClose = true;
            return close(false);
        }
        setState(State::Ready);
        return;
    }
    if (s == status::NewClosed || s == status::CancelRejected || s == status::CancelFailed) {
        if (m_openRefused) // a v1-only relay opens a cancellation only once (2022)
            return fail(QCoreApplication::translate(
                            "kiosk::workflow",
                            "This purchase can no longer be cancelled here; please ask the staff"),
                        codes::OpenNotAllowed);
        if (!openIfNeeded)
            return fail(
                QCoreApplication::translate("kiosk::workflow", "This cancellation is not open: %1")
                    .arg(relay::paymentStatusText(s)));
        return open();
    }
    // Already approved and moving on: follow it to the end.
    if (s >= status::CancelApprovalSent && s <= status::CancelDelivered)
        return follow();
    if (relay::isFinalCancelStatus(s))
        return finish(payment);
    fail(QCoreApplication::translate("kiosk::workflow", "This payment cannot be cancelled here: %1")
             .arg(relay::paymentStatusText(s)));
}

void CancellationWorkflow::open()
{
    m_openRefused = false;
    setState(State::Opening);
    if (!recordIntent(QStringLiteral("open")))
        return;
    m_client->openCancel(m_paymentId, this, [this](const RelayResult<PaymentItem> &opened) {
        if (!opened) {
            note(QStringLiteral("open"), QStringLiteral("error"), errorDetail(opened.failure()));
            // A transport fault may hide an open that happened: re-read before deciding.
            m_openRefused = opened.failure().relayCode == codes::OpenNotAllowed;
            if (opened.failure().isTransport() || m_openRefused)
                return start(m_paymentId, false);
            return fail(opened.failure());
        }
        note(QStringLiteral("open"), QStringLiteral("answer"),
             {{QStringLiteral("paymentStatus"), opened->paymentStatus}});
        // Reload: the nonce and chain id are fetched fresh for the request anyway.
        start(m_paymentId, false);
    });
}

void CancellationWorkflow::choose(bool approval)
{
    if (m_state != State::Ready)
        return;
    // A fresh nonce and chain id: reload the context, then show the request.
    setState(State::Loading);
    loadApprovalContext(
        m_client, m_paymentId, m_settings.approver, this,
        [this, approval](const RelayResult<ApprovalContext> &context) {
            if (!context)
                return fail(context.failure(), context.failure().isTransport());
            // The payment read again for the request must still be the one the customer chose.
            if (auto wrong = mismatch(context->payment))
                return fail(*wrong, true);
            m_context = context.value();
            if (!status::awaitsApproval(m_context.payment.paymentStatus))
                return loaded(m_context, false);
            m_deadline = responseDeadline(m_context.payment, m_settings.paymentTimeoutSeconds);
            if (secondsLeft() <= 0)
                return fail(
                    QCoreApplication::translate(
                        "kiosk::workflow", "The time to approve this cancellation has run out"),
                    codes::ApprovalTimeout, true);
            m_request = makeSigningRequest(m_context, approval, m_deadline);
            // A paired wallet's derivation path and fingerprint: Keystone-style wallets check them.
            if (m_decorate)
                m_decorate(m_request);
            m_reader.reset();
            m_entry.approval = approval ? 1 : 0;
            // Not shown unless recorded: a customer must not sign what cannot be posted.
            if (!note(QStringLiteral("request"), QStringLiteral("note"),
                      {{QStringLiteral("requestId"),
                        m_request.requestId.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("approval"), approval},
                       {QStringLiteral("expires"), m_deadline},
                       {QStringLiteral("nonce"), m_request.nonce.toDecimal()}}))
                return failJournal(m_lastJournalError);
            setState(State::AwaitingResponse);
            m_countdownTimer.start();
            Q_EMIT requestReady(m_request);
            tick();
        });
}

void CancellationWorkflow::tick()
{
    if (m_state != State::AwaitingResponse)
        return;
    const int left = secondsLeft();
    Q_EMIT countdown(left);
    if (left > 0)
        return;
    // Too late: a late answer is never posted. End the cancellation (59) so it can be opened again.
    m_countdownTimer.stop();
    m_message = QCoreApplication::translate("kiosk::workflow", "The time to approve has run out");
    // The relay would answer a late approval with 7000: the same outcome, said the same way.
    m_relayCode = codes::ApprovalTimeout;
    note(QStringLiteral("request"), QStringLiteral("expired"));
    close(false);
}

void CancellationWorkflow::submitResponse(const QString &text)
{
    if (m_state != State::AwaitingResponse)
        return;
    if (secondsLeft() <= 0)
        return tick();
    auto outcome = m_reader.add(text);
    if (!outcome) {
        Q_EMIT responseRejected(outcome.error());
        return;
    }
    if (!outcome->response) {
        Q_EMIT responseProgress(outcome->progress);
        return;
    }
    auto verified = qr::verifyResponse(*outcome->response, m_request, m_clock->nowSeconds());
    m_reader.reset();
    if (!verified) {
        note(QStringLiteral("response"), QStringLiteral("rejected"),
             {{QStringLiteral("reason"), verified.error()}});
        Q_EMIT responseRejected(verified.error());
        return;
    }
    m_countdownTimer.stop();
    post(verified.value(), m_request.approval);
}

void CancellationWorkflow::post(const eth::Signature &signature, bool approval)
{
    setState(State::Posting);
    // Written (and synced) before the POST: after a crash, resume knows an approval may be out.
    // If it cannot be written, the approval is not posted at all.
    if (!recordIntent(QStringLiteral("approve"), {{QStringLiteral("approval"), approval},
                                                  {QStringLiteral("signature"), signature.toHex()},
                                                  {QStringLiteral("expires"), m_deadline}}))
        return;
    m_client->approveCancel(
        m_paymentId, approval, signature, this, [this](const RelayResult<PaymentItem> &answer) {
            if (answer) {
                // Posted for this payment; an answer that describes another one is a lie or a
                // fault: learn what happened by re-reading, never act on it.
                if (auto wrong = mismatch(answer.value()))
                    return rereadThenContinue(*wrong);
                note(QStringLiteral("approve"), QStringLiteral("answer"),
                     {{QStringLiteral("paymentStatus"), answer->paymentStatus},
                      {QStringLiteral("txHash"), answer->txHash}});
                m_context.payment.paymentStatus = answer->paymentStatus;
                m_entry.paymentStatus = answer->paymentStatus;
                return follow();
            }
            const RelayError &error = answer.failure();
            note(QStringLiteral("approve"), QStringLiteral("error"), errorDetail(error));
            if (error.kind == RelayError::Kind::Relay &&
                error.relayCode == codes::ApprovalTimeout) {
                m_message = relay::describeError(error);
                m_relayCode = error.relayCode;
                return close(false); // 59, after which it can be opened again
            }
            if (error.isTransport() || alreadyHappened(error.relayCode) ||
                error.relayCode == codes::ApprovalNotAllowed)
                return rereadThenContinue(error);
            fail(error, true);
        });
}

void CancellationWorkflow::rereadThenContinue(const RelayError &why)
{
    // Whether the step happened is in the payment's status: never guess, never repeat a POST.
    m_client->fetchPayment(m_paymentId, this, [this, why](const RelayResult<PaymentItem> &payment) {
        if (!payment)
            return fail(payment.failure(), true);
        if (status::awaitsApproval(payment->paymentStatus))
            return fail(why, true); // the approval did not take effect: the customer may try again
        onStatus(payment.value());
    });
}

void CancellationWorkflow::followRelayApproval()
{
    // The shop's delegator approves through the relay: no wallet is asked, the payment is followed.
    KIOSK_LOG_WITH(logFields())
    qCInfo(lcWorkflow).noquote() << m_paymentId.left(10)
                                 << "the relay approves for the shop's delegator"
                                 << m_context.shop.delegator.toChecksummed();
    Q_EMIT relayApproves(m_context.shop.delegator);
    follow();
}

void CancellationWorkflow::follow()
{
    setState(State::Following);
    m_followStartedMs = m_clock->nowMs();
    poll();
}

void CancellationWorkflow::handleRelayEvent(const relay::TaskEvent &event)
{
    if (event.paymentId() != m_paymentId)
        return;
    note(QStringLiteral("event"), QStringLiteral("note"),
         {{QStringLiteral("type"), event.type}, {QStringLiteral("code"), event.code}});
    if (m_state == State::Following) {
        m_pollTimer.stop();
        poll(); // the event tells that something changed; the item tells what
    }
}

void CancellationWorkflow::poll()
{
    if (m_state != State::Following)
        return;
    m_client->fetchPayment(m_paymentId, this, [this](const RelayResult<PaymentItem> &payment) {
        if (m_state != State::Following)
            return;
        if (!payment) {
            KIOSK_LOG_WITH(logFields())
            qCWarning(lcWorkflow) << "following:" << payment.error();
            // The limit holds whatever the relay does, failing polls included.
            if (followLimitPassed())
                return fail(QCoreApplication::translate(
                                "kiosk::workflow",
                                "The relay has not settled this cancellation in time: %1")
                                .arg(relay::describeError(payment.failure())),
                            payment.failure().relayCode, true);
            m_pollTimer.start();
            return;
        }
        onStatus(payment.value());
    });
}

std::optional<RelayError> CancellationWorkflow::mismatch(const PaymentItem &answer) const
{
    const PaymentItem &known = m_context.payment;
    if (known.paymentId.isEmpty())
        return std::nullopt; // nothing known yet to compare with (resume reads it first)
    QStringList differs;
    if (answer.paymentId.compare(known.paymentId, Qt::CaseInsensitive) != 0)
        differs << QStringLiteral("paymentId");
    if (answer.purchaseId != known.purchaseId)
        differs << QStringLiteral("purchaseId");
    if (answer.shopId.compare(known.shopId, Qt::CaseInsensitive) != 0)
        differs << QStringLiteral("shopId");
    if (!(answer.account == known.account))
        differs << QStringLiteral("account");
    if (differs.isEmpty())
        return std::nullopt;
    KIOSK_LOG_WITH(logFields())
    qCCritical(lcWorkflow).noquote()
        << "the relay's answer does not match" << m_paymentId << "in" << differs.join(u", ");
    return RelayError{RelayError::Kind::BadResponse,
                      QCoreApplication::translate("kiosk::workflow",
                                                  "the relay's answer is about another payment "
                                                  "(%1 differ); nothing was done with it")
                          .arg(differs.join(QStringLiteral(", ")))};
}

void CancellationWorkflow::onStatus(const PaymentItem &payment)
{
    if (auto wrong = mismatch(payment))
        return fail(*wrong, true);
    const int previous = m_context.payment.paymentStatus;
    if (m_followStartedMs == 0) // reached by re-reading after a lost answer, not via follow()
        m_followStartedMs = m_clock->nowMs();
    m_context.payment = payment;
    m_entry.paymentStatus = payment.paymentStatus;
    if (payment.paymentStatus != previous) {
        note(QStringLiteral("follow"), QStringLiteral("answer"),
             {{QStringLiteral("paymentStatus"), payment.paymentStatus}});
        saveEntry();
    }
    Q_EMIT paymentUpdated(payment);
    switch (payment.paymentStatus) {
    case status::CancelApprovalConfirmed:
    case status::CancelDelivered:
        return close(true);
    case status::CancelRejected:
        return close(false);
    case status::CancelCompleted:
    case status::CancelFailed:
        return finish(payment);
    case status::CancelApprovalFailed:
    case status::CancelApprovalReverted:
        return fail(relay::paymentStatusText(payment.paymentStatus), 0, true);
    default:
        break;
    }
    if (m_state != State::Following)
        setState(State::Following);
    if (followLimitPassed())
        return fail(
            QCoreApplication::translate("kiosk::workflow",
                                        "The relay has not settled this cancellation in time: %1")
                .arg(relay::paymentStatusText(payment.paymentStatus)));
    m_pollTimer.start();
}

void CancellationWorkflow::close(bool confirm)
{
    m_closeConfirm = confirm;
    setState(State::Closing);
    if (!recordIntent(QStringLiteral("close"), {{QStringLiteral("confirm"), confirm}}))
        return;
    m_client->closeCancel(
        m_paymentId, confirm, this, [this, confirm](const RelayResult<PaymentItem> &closed) {
            if (closed) {
                if (auto wrong = mismatch(closed.value()))
                    return fail(*wrong, true);
                note(QStringLiteral("close"), QStringLiteral("answer"),
                     {{QStringLiteral("paymentStatus"), closed->paymentStatus}});
                if (relay::isFinalCancelStatus(closed->paymentStatus))
                    return finish(closed.value());
                return onStatus(closed.value());
            }
            const RelayError &error = closed.failure();
            note(QStringLiteral("close"), QStringLiteral("error"), errorDetail(error));
            if (error.relayCode == codes::CloseTooEarly || error.isTransport()) {
                // Within the relay's window and not yet confirmed, or unknown: ask again shortly.
                if (m_followStartedMs != 0 && followLimitPassed())
                    return fail(error);
                if (m_followStartedMs == 0)
                    m_followStartedMs = m_clock->nowMs();
                m_closeRetryTimer.start();
                return;
            }
            if (alreadyHappened(error.relayCode) || error.relayCode == codes::CloseNotAllowed) {
                m_client->fetchPayment(
                    m_paymentId, this,
                    [this, error, confirm](const RelayResult<PaymentItem> &payment) {
                        if (!payment)
                            return fail(error, true);
                        if (relay::isFinalCancelStatus(payment->paymentStatus))
                            return finish(payment.value());
                        Q_UNUSED(confirm);
                        fail(error, true);
                    });
                return;
            }
            fail(error, true);
        });
}

bool CancellationWorkflow::dropRequest()
{
    if (m_state != State::AwaitingResponse && m_state != State::Ready)
        return false;
    m_countdownTimer.stop();
    m_reader.reset();
    note(QStringLiteral("request"), QStringLiteral("abandoned"));
    m_request = {};
    m_message = QCoreApplication::translate("kiosk::workflow", "Cancelled at the kiosk");
    m_entry.message = m_message;
    return true;
}

void CancellationWorkflow::abandon()
{
    if (!dropRequest())
        return;
    saveEntry();
    setState(State::Idle);
}

void CancellationWorkflow::withdraw()
{
    if (dropRequest())
        close(false); // saves the entry as it changes state
}

bool CancellationWorkflow::followLimitPassed() const
{
    return m_followStartedMs != 0 &&
           m_clock->nowMs() - m_followStartedMs > qint64(m_settings.followLimitSeconds) * 1000;
}

void CancellationWorkflow::resume(const JournalEntry &entry)
{
    m_entry = entry;
    m_paymentId = entry.paymentId;
    setState(State::Loading);
    note(QStringLiteral("resume"), QStringLiteral("note"),
         {{QStringLiteral("state"), entry.state}});
    m_client->fetchPayment(m_paymentId, this, [this](const RelayResult<PaymentItem> &payment) {
        if (!payment)
            return fail(payment.failure(), true);
        m_context.payment = payment.value();
        m_followStartedMs = m_clock->nowMs();
        const int s = payment->paymentStatus;
        if (relay::isFinalCancelStatus(s))
            return finish(payment.value());
        if (s >= status::CancelApprovalSent && s <= status::CancelDelivered)
            return follow();
        if (status::awaitsApproval(s)) {
            // The relay has not acted on an approval. If one was about to be posted and there is
            // still time, post it now (it is the first the relay receives); else end the
            // cancellation, since the customer is gone.
            const auto intent = m_journal
                                    ? m_journal->lastStep(m_entry.id, QStringLiteral("approve"))
                                    : JournalStep{};
            m_deadline = responseDeadline(payment.value(), m_settings.paymentTimeoutSeconds);
            if (intent && intent->phase == u"intent" && m_clock->nowSeconds() < m_deadline) {
                auto signature = eth::Signature::parse(
                    intent->detail.value(QLatin1String("signature")).toString());
                if (signature)
                    return post(signature.value(),
                                intent->detail.value(QLatin1String("approval")).toBool());
            }
            return close(false);
        }
        if (s == status::NewClosed)
            return finish(payment.value()); // never opened: nothing to finish
        fail(relay::paymentStatusText(s));
    });
}

} // namespace kiosk::workflow
