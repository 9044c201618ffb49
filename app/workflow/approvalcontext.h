// SPDX-License-Identifier: MIT
#pragma once

#include "eth/messages.h"
#include "qr/signingrequest.h"
#include "relay/relayclient.h"

#include <functional>

namespace kiosk::workflow {

// Everything needed to ask for, and check, one cancel approval signature: the payment, its
// shop, who must sign, and the exact message (chain id and the signer's current nonce).
struct ApprovalContext
{
    relay::PaymentItem payment;
    relay::ShopInfo shop;
    bool shopKnown = false;
    relay::Approver approver = relay::Approver::Customer;
    eth::Address expectedSigner;
    eth::Address nonceAccount; // whose nonce is signed: the signer's own
    // The shop has a delegator whose key the relay holds: the relay approves by itself (with the
    // delegator's address and nonce) and nobody at the kiosk signs.
    bool relayApproves = false;
    eth::UInt256 chainId;
    eth::UInt256 nonce;
    eth::EncodedMessage message;

    // The signature recovers to the expected signer. Accepts v 0/1 and high s only after
    // normalising, which is what gets posted.
    Result<eth::Signature> verify(const eth::Signature &signature) const;
};

// The last moment a response is taken: the relay refuses approvals (7000) once
// paymentTimeoutSeconds have passed since openCancelTimestamp; keep a margin to post in time.
inline constexpr int kPostingMarginSeconds = 3;
qint64 responseDeadline(const relay::PaymentItem &payment, int paymentTimeoutSeconds);

// The request to show for this context; a fresh request id every time.
qr::SigningRequest makeSigningRequest(const ApprovalContext &context, bool approval,
                                      qint64 expiresAt);

// Loads payment -> shop -> chain id -> nonce of the expected signer, asynchronously.
void loadApprovalContext(relay::RelayClient *client, const QString &paymentId,
                         relay::Approver approver, QObject *context,
                         std::function<void(const relay::RelayResult<ApprovalContext> &)> done);

} // namespace kiosk::workflow
