// SPDX-License-Identifier: MIT
#include "simchain.h"

#include "taskfeed.h"

namespace kiosk::sim {

namespace {
Q_LOGGING_CATEGORY(lcChain, "kiosk.sim.chain")

bool isCancelInProgress(int paymentStatus)
{
    return paymentStatus >= status::OpenedCancel && paymentStatus <= status::ReplyCompletedCancel;
}
} // namespace

SimChain::SimChain(RelayState &state, TaskFeed &feed, const SimConfig &config, QObject *parent)
    : QObject(parent), m_state(state), m_feed(feed), m_config(config)
{
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &SimChain::checkForcedClose);
    m_ticker.start();
}

void SimChain::sendApproval(Payment &payment, const eth::Address &signer, bool chainRejects)
{
    payment.paymentStatus = status::ApprovedCancelSentTx;
    payment.txHash = randomHex(32);
    payment.txWillFail = chainRejects;
    payment.openCancelMs = nowMs();
    payment.openCancelTimestamp = payment.openCancelMs / 1000;
    // The contract consumes the nonce; a transaction it refuses consumes nothing.
    if (!payment.txWillFail)
        m_state.consumeNonce(signer);
    QTimer::singleShot(m_config.chainDelayMs, this,
                       [this, id = payment.paymentId, tx = payment.txHash,
                        generation = m_state.generation()] { mine(id, tx, generation); });
}

void SimChain::approveAsDelegatorLater(const Payment &payment)
{
    QTimer::singleShot(m_config.chainDelayMs, this,
                       [this, id = payment.paymentId, generation = m_state.generation()] {
                           approveAsDelegator(id, generation);
                       });
}

void SimChain::approveAsDelegator(const QString &paymentId, quint64 generation)
{
    Payment *payment =
        generation == m_state.generation() ? m_state.findPayment(paymentId) : nullptr;
    if (!payment || payment->paymentStatus != status::OpenedCancel ||
        payment->chain != ChainState::ClosedPayment)
        return;
    const Shop *shop = m_state.findShop(payment->shopId);
    const auto delegator = shop ? m_state.delegatorOf(*shop) : std::nullopt;
    if (!delegator)
        return;
    // Signed with the delegator's key and its own nonce, which the contract consumes.
    sendApproval(*payment, *delegator, false);
    qCInfo(lcChain) << "the relay approved for delegator" << delegator->toChecksummed() << ":"
                    << paymentId << payment->txHash;
}

void SimChain::mine(const QString &paymentId, const QString &txHash, quint64 generation)
{
    Payment *payment =
        generation == m_state.generation() ? m_state.findPayment(paymentId) : nullptr;
    if (!payment || payment->txHash != txHash)
        return;
    if (payment->txWillFail) {
        // OpenZeppelin's ECDSA refuses high s and v 0/1: the transaction fails, no event.
        if (payment->paymentStatus == status::ApprovedCancelSentTx)
            payment->paymentStatus = status::ApprovedCancelFailedTx;
        qCInfo(lcChain) << "approval transaction failed on chain:" << paymentId;
        return;
    }
    payment->chain = ChainState::OpenedCancel;
    if (payment->paymentStatus != status::ApprovedCancelSentTx) {
        qCInfo(lcChain) << "approval mined after the cancellation moved on:" << paymentId
                        << payment->paymentStatus;
        return;
    }
    payment->paymentStatus = status::ApprovedCancelConfirmedTx;
    qCInfo(lcChain) << "approval confirmed on chain:" << paymentId;
    m_feed.post(0, *payment, true);
    payment->paymentStatus = status::ReplyCompletedCancel;
}

void SimChain::checkForcedClose()
{
    const qint64 now = nowMs();
    for (Payment &payment : m_state.paymentsById()) {
        if (!isCancelInProgress(payment.paymentStatus) ||
            now - payment.openCancelMs <= m_config.forcedCloseMs)
            continue;
        qCInfo(lcChain) << "forced close:" << payment.paymentId << payment.paymentStatus << "-> 59";
        payment.paymentStatus = status::FailedCancel;
        payment.closeCancelTimestamp = now / 1000;
        // No refund: a cancellation the chain had opened is closed there without confirm.
        if (payment.chain == ChainState::OpenedCancel)
            payment.chain = ChainState::FailedCancel;
    }
}

} // namespace kiosk::sim
