// SPDX-License-Identifier: MIT
#include "workflow/approvalcontext.h"

#include "eth/signing.h"

#include <QCoreApplication>

#include <memory>

namespace kiosk::workflow {

using relay::RelayError;
using relay::RelayResult;

Result<eth::Signature> ApprovalContext::verify(const eth::Signature &signature) const
{
    return qr::checkSigner(message.hash, expectedSigner, signature);
}

qint64 responseDeadline(const relay::PaymentItem &payment, int paymentTimeoutSeconds)
{
    return payment.openCancelTimestamp + paymentTimeoutSeconds - kPostingMarginSeconds;
}

qr::SigningRequest makeSigningRequest(const ApprovalContext &context, bool approval,
                                      qint64 expiresAt)
{
    qr::SigningRequest request;
    request.requestId = QUuid::createUuid();
    request.approval = approval;
    request.paymentId = context.payment.paymentId;
    request.purchaseId = context.payment.purchaseId;
    request.amount = context.payment.amount;
    request.currency = context.payment.currency;
    request.shopName = context.shopKnown ? context.shop.name : QString();
    request.signer = context.expectedSigner;
    request.chainId = context.chainId;
    request.nonce = context.nonce;
    request.messageHash = context.message.hash;
    request.expiresAt = expiresAt;
    return request;
}

namespace {
// The loading steps share one state object; each step either fails the whole load or moves on.
struct Loader
{
    relay::RelayClient *client;
    QPointer<QObject> context;
    std::function<void(const RelayResult<ApprovalContext> &)> done;
    ApprovalContext result;
};

void finish(const std::shared_ptr<Loader> &loader)
{
    ApprovalContext &c = loader->result;
    auto message = eth::cancelApprovalMessage(c.payment.paymentId, c.payment.purchaseId,
                                              c.expectedSigner, c.chainId, c.nonce);
    if (!message)
        return loader->done(RelayError{RelayError::Kind::InvalidInput, message.error()});
    c.message = message.value();
    loader->done(c);
}

void loadNonce(const std::shared_ptr<Loader> &loader)
{
    loader->client->fetchNonce(loader->result.nonceAccount, loader->context,
                               [loader](const RelayResult<eth::UInt256> &nonce) {
                                   if (!nonce)
                                       return loader->done(nonce.failure());
                                   loader->result.nonce = nonce.value();
                                   finish(loader);
                               });
}

void loadChainId(const std::shared_ptr<Loader> &loader)
{
    loader->client->fetchChainId(loader->context,
                                 [loader](const RelayResult<eth::UInt256> &chainId) {
                                     if (!chainId)
                                         return loader->done(chainId.failure());
                                     loader->result.chainId = chainId.value();
                                     loadNonce(loader);
                                 });
}
} // namespace

void loadApprovalContext(relay::RelayClient *client, const QString &paymentId,
                         relay::Approver approver, QObject *context,
                         std::function<void(const RelayResult<ApprovalContext> &)> done)
{
    auto loader = std::make_shared<Loader>(Loader{client, context, std::move(done), {}});
    loader->result.approver = approver;
    client->fetchPayment(
        paymentId, context, [loader](const RelayResult<relay::PaymentItem> &payment) {
            if (!payment)
                return loader->done(payment.failure());
            loader->result.payment = payment.value();
            loader->client->fetchShop(
                payment->shopId, loader->context,
                [loader](const RelayResult<relay::ShopInfo> &shop) {
                    ApprovalContext &c = loader->result;
                    if (shop) {
                        c.shop = shop.value();
                        c.shopKnown = true;
                    } else if (c.approver == relay::Approver::Shop) {
                        return loader->done(
                            shop.failure()); // the shop's owner must sign: we need it
                    }
                    if (c.approver == relay::Approver::Customer) {
                        c.expectedSigner = c.payment.account;
                        c.nonceAccount = c.payment.account;
                    } else {
                        // With a delegator the relay approves by itself, checking the
                        // delegator's own address and nonce.
                        c.relayApproves = c.shop.hasDelegator();
                        c.expectedSigner = c.relayApproves ? c.shop.delegator : c.shop.account;
                        c.nonceAccount = c.expectedSigner;
                    }
                    loadChainId(loader);
                });
        });
}

} // namespace kiosk::workflow
