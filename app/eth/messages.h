// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "eth/uint256.h"

#include <QByteArray>
#include <QString>

namespace kiosk::eth {

// The relay's three signed messages. Each yields the abi encoding and its keccak-256 hash; the
// wallet signs the EIP-191 digest of the hash.
struct EncodedMessage
{
    QByteArray abiEncoded;
    QByteArray hash; // keccak256(abiEncoded)
};

// Longest purchaseId / terminalId the relay stores.
inline constexpr qsizetype kMaxRelayTextLength = 66;

// abi.encode(bytes32 paymentId, string purchaseId, address signer, uint256 chainId, uint256 nonce)
Result<EncodedMessage> cancelApprovalMessage(QStringView paymentId, const QString &purchaseId,
                                             const Address &signer, const UInt256 &chainId,
                                             const UInt256 &nonce);
// abi.encode("OpenCancelPayment", paymentId as its lower-case hex text, terminalId)
Result<EncodedMessage> openCancelMessage(QStringView paymentId, const QString &terminalId);
// abi.encode("CloseCancelPayment", paymentId as text, confirm ? 1 : 0)
Result<EncodedMessage> closeCancelMessage(QStringView paymentId, bool confirm);

// Payment ids are 0x + 64 hex; the relay matches them as exact lower-case strings.
Result<QString> normalizePaymentId(QStringView paymentId);

} // namespace kiosk::eth
