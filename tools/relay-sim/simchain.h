// SPDX-License-Identifier: MIT
// The simulated chain and the relay's work in the background: an approval transaction is
// mined chainDelay after it is sent (its success posted by the relay's watcher), a delegating
// shop's cancellation is approved by the relay itself, and a cancellation left open longer
// than forcedClose is closed without a refund.
#pragma once

#include "simmodel.h"

#include <QObject>
#include <QTimer>

namespace kiosk::sim {

class TaskFeed;

class SimChain : public QObject
{
    Q_OBJECT

public:
    SimChain(RelayState &state, TaskFeed &feed, const SimConfig &config, QObject *parent = nullptr);

    // Sends the cancel approval signed by `signer` to the chain (54); the relay restarts the
    // cancellation clock. `chainRejects`: the transaction will fail there (high s, v 0/1).
    void sendApproval(Payment &payment, const eth::Address &signer, bool chainRejects);
    // After an open at a shop with a delegator: the relay approves by itself, chainDelay later.
    void approveAsDelegatorLater(const Payment &payment);

private:
    void approveAsDelegator(const QString &paymentId, quint64 generation);
    void mine(const QString &paymentId, const QString &txHash, quint64 generation);
    void checkForcedClose();

    RelayState &m_state;
    TaskFeed &m_feed;
    const SimConfig &m_config;
    QTimer m_ticker; // forced close
};

} // namespace kiosk::sim
