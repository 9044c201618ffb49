// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "eth/signing.h"
#include "eth/uint256.h"

#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace kiosk::qr {

// What the kiosk asks a wallet to sign for one cancellation, and everything needed to check the
// answer. Shown as an ERC-4527 eth-sign-request UR (air-gapped wallets) or as compact native
// JSON (our own phone wallet, which recomputes the hash from the fields before signing).
struct SigningRequest
{
    QUuid requestId;
    // The customer's choice. The signed message has no approve/reject field (the same
    // signature serves both), so the choice is made explicit here, on screen and in records.
    bool approval = true;
    QString paymentId;
    QString purchaseId;
    eth::UInt256 amount;
    QString currency;
    QString shopName;
    eth::Address signer; // who must sign
    eth::UInt256 chainId;
    eth::UInt256 nonce;
    QByteArray messageHash; // keccak256(abi.encode(paymentId, purchaseId, signer, chainId, nonce))
    qint64 expiresAt = 0;   // unix seconds; no answer is taken after this
    // Optional, from pairing with a wallet: lets wallets that check them accept the request.
    quint32 sourceFingerprint = 0;
    QString derivationPath; // e.g. m/44'/60'/0'/0/0
    QString origin = QStringLiteral("loyalty-kiosk");

    // The hash recomputed from the fields equals messageHash (what a careful wallet checks).
    Result<void> checkHash() const;
    bool isExpired(qint64 nowSeconds) const { return expiresAt > 0 && nowSeconds >= expiresAt; }

    // Native JSON (also the stored form).
    QJsonObject toJson() const;
    static Result<SigningRequest> fromJson(const QJsonObject &object);
    QString toNativeText() const;
};

// A signature read back from a wallet, before it is checked.
struct SigningResponse
{
    enum class Kind
    {
        Ur,
        Json,
        BareHex
    };
    Kind kind = Kind::BareHex;
    QUuid requestId; // null for a bare signature
    eth::Signature signature;
};

inline constexpr char kNativeRequestType[] = "loyalty-kiosk/cancel-approval-request";
inline constexpr char kNativeResponseType[] = "loyalty-kiosk/cancel-approval-response";

// Native JSON response text for a request (what our wallet shows as a QR).
QString nativeResponseText(const QUuid &requestId, const eth::Signature &signature);

// The signature over `messageHash` comes from `expected`. Accepts v 0/1 and a high s, and returns
// the signature in the form the chain takes (low s, v 27/28).
Result<eth::Signature> checkSigner(const QByteArray &messageHash, const eth::Address &expected,
                                   const eth::Signature &signature);

// Checks a response against the request shown, in the order a customer can act on: right
// request, not expired, then the signer. Returns the signature in the form the chain takes (low
// s, v 27/28). Nothing that fails here may reach the relay.
Result<eth::Signature> verifyResponse(const SigningResponse &response,
                                      const SigningRequest &request, qint64 nowSeconds);

} // namespace kiosk::qr
