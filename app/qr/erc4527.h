// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "qr/hdkey.h"
#include "qr/keypath.h"
#include "qr/ur.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <variant>

// The ERC-4527 QR exchange with air-gapped wallets: eth-sign-request out, eth-signature back.
// Encoded the way the Keystone libraries (@keystonehq/bc-ur-registry-eth) do, byte for byte:
// integer keys ascending, absent optional fields left out.
namespace kiosk::qr {

inline constexpr std::uint64_t kTagUuid = 37;

enum class EthDataType
{
    Transaction = 1,      // legacy RLP transaction
    TypedData = 2,        // EIP-712
    PersonalMessage = 3,  // EIP-191 personal_sign
    TypedTransaction = 4, // EIP-2718 typed transaction
};

struct EthSignRequest
{
    QUuid requestId; // null: left out
    QByteArray signData;
    EthDataType dataType = EthDataType::PersonalMessage;
    std::int64_t chainId = 1;
    KeyPath derivationPath; // the signing key, from the master; sourceFingerprint if known
    eth::Address address;   // null: left out
    QString origin;         // empty: left out

    QByteArray toCbor() const;
    UR toUr() const;
    QString toUrString() const; // single part, lower case

    static Result<EthSignRequest> fromCbor(QByteArrayView cbor);
    static Result<EthSignRequest> fromUr(const UR &ur);
    static Result<EthSignRequest> fromUrString(QStringView text); // single part

    friend bool operator==(const EthSignRequest &, const EthSignRequest &) = default;
};

// The wallet's answer. The kiosk only takes answers that name the request they answer.
struct EthSignature
{
    QUuid requestId;
    QByteArray signature; // 65 bytes r || s || v
    QString origin;       // empty: left out

    QByteArray toCbor() const;
    UR toUr() const;
    QString toUrString() const;

    static Result<EthSignature> fromCbor(QByteArrayView cbor);
    static Result<EthSignature> fromUr(const UR &ur);
    static Result<EthSignature> fromUrString(QStringView text);

    friend bool operator==(const EthSignature &, const EthSignature &) = default;
};

// Any UR the kiosk understands; "unknown UR type 'x'" for the rest.
using RegistryItem = std::variant<EthSignRequest, EthSignature, HDKey, CryptoAccount>;
Result<RegistryItem> decodeRegistryItem(const UR &ur);

} // namespace kiosk::qr
