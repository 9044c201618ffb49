// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "qr/signingrequest.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kiosk::qr {

enum class RequestFormat
{
    Ur,   // ERC-4527 eth-sign-request (air-gapped wallets: Keystone, AirGap Vault, ...)
    Json, // native JSON (our own phone wallet)
};
Result<RequestFormat> parseRequestFormat(const QString &text);

// Longest text drawn as one QR code before the request is shown as an animated UR instead: a
// denser code is hard for phone cameras at kiosk distance.
inline constexpr qsizetype kMaxSingleQrText = 600;
inline constexpr qsizetype kAnimatedFragmentLength = 150;

// The request as text for one QR code. A UR is printed upper case (alphanumeric QR mode: a
// smaller code); wallets read UR case-insensitively.
QString requestText(const SigningRequest &request, RequestFormat format);
// The frames to show: one text, or the parts of an animated UR when one code would be too dense
// (`count` parts: the plain fragments, then mixed ones).
QStringList requestFrames(const SigningRequest &request, RequestFormat format, int count = 0);

// What a wallet reads from the kiosk's request, before deciding to sign.
struct WalletRequest
{
    RequestFormat format = RequestFormat::Ur;
    QUuid requestId;
    QByteArray messageHash;             // the 32 bytes to sign with EIP-191
    std::optional<eth::Address> signer; // who is asked to sign, when the request says
    QString chainId;
    std::optional<SigningRequest> native; // the full native request (fields the wallet can show)
};
// Reads a request (UR any case, or native JSON); the native request's hash is recomputed from
// its fields and must match.
Result<WalletRequest> parseWalletRequest(const QString &text);
// The answer a wallet shows, in the request's own format.
QString walletResponseText(const WalletRequest &request, const eth::Signature &signature,
                           const QString &origin = QStringLiteral("loyalty-wallet"));

} // namespace kiosk::qr
