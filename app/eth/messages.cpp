// SPDX-License-Identifier: MIT
#include "eth/messages.h"

#include "eth/abi.h"
#include "eth/hex.h"
#include "eth/keccak.h"

#include <QCoreApplication>

namespace kiosk::eth {

namespace {
EncodedMessage encode(const std::vector<AbiValue> &values)
{
    EncodedMessage message;
    message.abiEncoded = abiEncode(values);
    message.hash = keccak256(message.abiEncoded);
    return message;
}

Result<QString> checkRelayText(const QString &text, const char *what)
{
    if (text.size() > kMaxRelayTextLength)
        return fail(QCoreApplication::translate("kiosk::eth", "%1 is longer than %2 characters")
                        .arg(QLatin1String(what))
                        .arg(kMaxRelayTextLength));
    return text;
}
} // namespace

Result<QString> normalizePaymentId(QStringView paymentId)
{
    auto bytes = parseHex(paymentId, 32);
    if (!bytes)
        return fail(bytes.error());
    return toHex(bytes.value());
}

Result<EncodedMessage> cancelApprovalMessage(QStringView paymentId, const QString &purchaseId,
                                             const Address &signer, const UInt256 &chainId,
                                             const UInt256 &nonce)
{
    auto id = parseHex(paymentId, 32);
    if (!id)
        return fail(QCoreApplication::translate("kiosk::eth", "payment id %1").arg(id.error()));
    if (auto checked = checkRelayText(purchaseId, "purchase id"); !checked)
        return fail(checked.error());
    if (signer.isNull())
        return fail(QCoreApplication::translate("kiosk::eth", "the signer address is missing"));
    return encode({Bytes32{id.value()}, purchaseId, signer, chainId, nonce});
}

Result<EncodedMessage> openCancelMessage(QStringView paymentId, const QString &terminalId)
{
    auto id = normalizePaymentId(paymentId);
    if (!id)
        return fail(QCoreApplication::translate("kiosk::eth", "payment id %1").arg(id.error()));
    if (auto checked = checkRelayText(terminalId, "terminal id"); !checked)
        return fail(checked.error());
    return encode({QStringLiteral("OpenCancelPayment"), id.value(), terminalId});
}

Result<EncodedMessage> closeCancelMessage(QStringView paymentId, bool confirm)
{
    auto id = normalizePaymentId(paymentId);
    if (!id)
        return fail(QCoreApplication::translate("kiosk::eth", "payment id %1").arg(id.error()));
    return encode({QStringLiteral("CloseCancelPayment"), id.value(), UInt256(confirm ? 1u : 0u)});
}

} // namespace kiosk::eth
