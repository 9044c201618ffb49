// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"
#include "workflow/journal.h"

#include <QJsonObject>
#include <QString>

namespace kiosk::cli {

// The journal record of a one-step command (open, request, approve, close): the same entry
// and steps the workflow writes, so history shows what was done and resume can finish it.
// Every intent is written before its relay call; a write that fails stops the command.
class StepRecorder
{
public:
    StepRecorder(workflow::Journal &journal, const QString &paymentId, const QString &terminalId);

    // Before the relay call: recorded, or the command stops with nothing sent.
    void intent(const QString &step, const QJsonObject &detail = {});
    void note(const QString &step, const QJsonObject &detail = {});
    void setDecision(bool approval, const QString &signer);

    // After the call: what the relay answered. Failing to write it is logged, not fatal: the
    // relay has acted, and resume re-reads the payment whatever the journal missed.
    void answered(const QString &step, const relay::PaymentItem &payment);
    void refused(const QString &step, const relay::RelayError &error);

private:
    void add(const QString &step, const QString &phase, const QJsonObject &detail);
    [[noreturn]] void refuse(const QString &why) const;
    void addAfter(const QString &step, const QString &phase, const QJsonObject &detail);
    void save();

    workflow::Journal &m_journal;
    workflow::JournalEntry m_entry;
    bool m_new = false;
};

} // namespace kiosk::cli
