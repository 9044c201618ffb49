// SPDX-License-Identifier: MIT
#include "qr/signingrequest.h"

#include "eth/hex.h"
#include "eth/messages.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kiosk::qr {

Result<void> SigningRequest::checkHash() const
{
    auto message = eth::cancelApprovalMessage(paymentId, purchaseId, signer, chainId, nonce);
    if (!message)
        return fail(message.error());
    if (message->hash != messageHash)
        return fail(QCoreApplication::translate("kiosk::qr",
                                                "the request's hash does not match its fields"));
    return {};
}

QJsonObject SigningRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), QLatin1String(kNativeRequestType)},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("requestId"), requestId.toString(QUuid::WithoutBraces)},
                  {QStringLiteral("approval"), approval},
                  {QStringLiteral("paymentId"), paymentId},
                  {QStringLiteral("purchaseId"), purchaseId},
                  {QStringLiteral("amount"), amount.toDecimal()},
                  {QStringLiteral("currency"), currency},
                  {QStringLiteral("shopName"), shopName},
                  {QStringLiteral("signer"), signer.toChecksummed()},
                  {QStringLiteral("chainId"), chainId.toDecimal()},
                  {QStringLiteral("nonce"), nonce.toDecimal()},
                  {QStringLiteral("messageHash"), eth::toHex(messageHash)},
                  {QStringLiteral("expires"), expiresAt}};
    if (sourceFingerprint != 0)
        o.insert(QStringLiteral("sourceFingerprint"), qint64(sourceFingerprint));
    if (!derivationPath.isEmpty())
        o.insert(QStringLiteral("derivationPath"), derivationPath);
    return o;
}

Result<SigningRequest> SigningRequest::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("type")).toString() != QLatin1String(kNativeRequestType))
        return fail(
            QCoreApplication::translate("kiosk::qr", "not a Loyalty Kiosk signing request"));
    if (o.value(QLatin1String("version")).toInt() != 1)
        return fail(
            QCoreApplication::translate("kiosk::qr", "unsupported signing request version"));
    SigningRequest r;
    const auto field = [&o](const char *name) { return o.value(QLatin1String(name)).toString(); };
    r.requestId = QUuid::fromString(field("requestId"));
    if (r.requestId.isNull())
        return fail(QCoreApplication::translate("kiosk::qr", "the request has no valid requestId"));
    if (!o.value(QLatin1String("approval")).isBool())
        return fail(
            QCoreApplication::translate("kiosk::qr", "the request does not say approve or reject"));
    r.approval = o.value(QLatin1String("approval")).toBool();
    auto paymentId = eth::normalizePaymentId(field("paymentId"));
    if (!paymentId)
        return fail(QCoreApplication::translate("kiosk::qr", "the request's paymentId: %1")
                        .arg(paymentId.error()));
    r.paymentId = paymentId.value();
    r.purchaseId = field("purchaseId");
    r.currency = field("currency");
    r.shopName = field("shopName");
    auto amount = eth::UInt256::fromDecimal(field("amount"));
    auto signer = eth::Address::parse(field("signer"));
    auto chainId = eth::UInt256::fromDecimal(field("chainId"));
    auto nonce = eth::UInt256::fromDecimal(field("nonce"));
    auto hash = eth::parseHex(field("messageHash"), 32);
    for (const auto &[name, error] :
         {std::pair{"amount", amount.error()}, std::pair{"signer", signer.error()},
          std::pair{"chainId", chainId.error()}, std::pair{"nonce", nonce.error()},
          std::pair{"messageHash", hash.error()}})
        if (!error.isEmpty())
            return fail(QLatin1String(name) + u' ' + error);
    r.amount = amount.value();
    r.signer = signer.value();
    r.chainId = chainId.value();
    r.nonce = nonce.value();
    r.messageHash = hash.value();
    r.expiresAt = o.value(QLatin1String("expires")).toInteger();
    r.sourceFingerprint = quint32(o.value(QLatin1String("sourceFingerprint")).toInteger());
    r.derivationPath = field("derivationPath");
    return r;
}

QString SigningRequest::toNativeText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

QString nativeResponseText(const QUuid &requestId, const eth::Signature &signature)
{
    const QJsonObject o{{QStringLiteral("type"), QLatin1String(kNativeResponseType)},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("requestId"), requestId.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("signature"), signature.toHex()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<eth::Signature> checkSigner(const QByteArray &messageHash, const eth::Address &expected,
                                   const eth::Signature &signature)
{
    auto normalized = eth::normalizeSignature(signature);
    if (!normalized)
        return fail(normalized.error());
    auto signer = eth::recoverPersonal(messageHash, normalized->signature);
    if (!signer)
        return fail(signer.error());
    if (signer.value() != expected)
        return fail(
            QCoreApplication::translate("kiosk::qr", "signed by another wallet (%1); this needs %2")
                .arg(signer->toChecksummed(), expected.toChecksummed()));
    return normalized->signature;
}

Result<eth::Signature> verifyResponse(const SigningResponse &response,
                                      const SigningRequest &request, qint64 nowSeconds)
{
    if (!response.requestId.isNull() && response.requestId != request.requestId)
        return fail(QCoreApplication::translate(
            "kiosk::qr", "this answer is for another request: scan the code on this screen"));
    if (request.isExpired(nowSeconds))
        return fail(QCoreApplication::translate("kiosk::qr",
                                                "the time to answer this request has run out"));
    return checkSigner(request.messageHash, request.signer, response.signature);
}

} // namespace kiosk::qr
