// SPDX-License-Identifier: MIT
#include "steprecorder.h"

#include "common/logging.h"
#include "context.h"
#include "relay/relaytexts.h"

namespace kiosk::cli {

using relay::PaymentItem;
using relay::RelayError;

StepRecorder::StepRecorder(workflow::Journal &journal, const QString &paymentId,
                           const QString &terminalId)
    : m_journal(journal)
{
    // One payment a command: every record this process logs from now on names it.
    setProcessLogField("PAYMENT_ID", paymentId);
    auto existing = journal.openEntryFor(paymentId);
    if (!existing)
        refuse(existing.error());
    m_entry = existing.value();
    if (m_entry.id == 0) {
        m_entry.paymentId = paymentId;
        m_entry.terminalId = terminalId;
        m_entry.state = QStringLiteral("opening");
        auto id = journal.begin(m_entry);
        if (!id)
            refuse(id.error());
        m_entry.id = id.value();
        m_new = true;
    }
}

void StepRecorder::intent(const QString &step, const QJsonObject &detail)
{
    add(step, QStringLiteral("intent"), detail);
}

void StepRecorder::note(const QString &step, const QJsonObject &detail)
{
    add(step, QStringLiteral("note"), detail);
}

void StepRecorder::setDecision(bool approval, const QString &signer)
{
    m_entry.approval = approval ? 1 : 0;
    if (!signer.isEmpty())
        m_entry.signer = signer;
}

void StepRecorder::answered(const QString &step, const PaymentItem &payment)
{
    addAfter(step, QStringLiteral("answer"),
             {{QStringLiteral("paymentStatus"), payment.paymentStatus},
              {QStringLiteral("txHash"), payment.txHash}});
    if (m_entry.purchaseId.isEmpty()) {
        m_entry.purchaseId = payment.purchaseId;
        m_entry.amount = payment.amount.toDecimal();
        m_entry.currency = payment.currency;
    }
    m_entry.paymentStatus = payment.paymentStatus;
    m_entry.message = relay::paymentStatusText(payment.paymentStatus);
    m_entry.resultCode = 0;
    const int s = payment.paymentStatus;
    m_entry.finished = relay::isFinalCancelStatus(s) || s == relay::status::NewClosed;
    m_entry.state = m_entry.finished                   ? QStringLiteral("finished")
                    : relay::status::awaitsApproval(s) ? QStringLiteral("ready")
                                                       : QStringLiteral("following");
    save();
}

void StepRecorder::refused(const QString &step, const RelayError &error)
{
    addAfter(step, QStringLiteral("error"),
             {{QStringLiteral("kind"), RelayError::kindName(error.kind)},
              {QStringLiteral("code"), error.relayCode},
              {QStringLiteral("message"), error.message}});
    m_entry.resultCode = error.relayCode;
    m_entry.message = relay::describeError(error);
    if (error.relayCode != 0)
        setProcessLogField("RELAY_CODE", QString::number(error.relayCode));
    // Refused outright, on an entry this command began: nothing is left to finish. After a
    // transport fault the step may have happened; resume finds out from the relay.
    if (m_new && error.isRelayAnswer()) {
        m_entry.finished = true;
        m_entry.state = QStringLiteral("failed");
    }
    save();
}

// Before a relay call: a step that cannot be written stops the command.
void StepRecorder::add(const QString &step, const QString &phase, const QJsonObject &detail)
{
    setProcessLogField("STEP", step);
    if (auto written = m_journal.addStep(m_entry.id, step, phase, detail); !written)
        refuse(written.error());
}

void StepRecorder::refuse(const QString &why) const
{
    throw BadInput{u"--state-dir: " + why + u"; nothing was sent to the relay"};
}

void StepRecorder::addAfter(const QString &step, const QString &phase, const QJsonObject &detail)
{
    if (auto written = m_journal.addStep(m_entry.id, step, phase, detail); !written)
        writeLine(stderr, kProgram + u": warning: " + written.error());
}

void StepRecorder::save()
{
    if (auto written = m_journal.update(m_entry); !written)
        writeLine(stderr, kProgram + u": warning: " + written.error());
}

} // namespace kiosk::cli
