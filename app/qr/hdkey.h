// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "qr/keypath.h"
#include "qr/ur.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace kiosk::qr {

inline constexpr std::uint64_t kTagHDKey = 303;     // crypto-hdkey
inline constexpr std::uint64_t kTagHDKeyV2 = 40303; // hdkey
inline constexpr std::uint64_t kTagCoinInfo = 305;
inline constexpr std::uint64_t kTagCoinInfoV2 = 40305;
inline constexpr std::uint64_t kTagAccount = 311; // crypto-account
inline constexpr std::uint32_t kCoinTypeEthereum = 60;

// The public half of a BIP32 key as a wallet shares it for pairing (crypto-hdkey,
// BCR-2020-007). Private keys are refused when decoding: the kiosk must never hold one.
struct HDKey
{
    QByteArray keyData;            // 33-byte compressed public key
    QByteArray chainCode;          // 32 bytes; empty when no child keys may be derived
    std::optional<KeyPath> origin; // how it was derived from the master
    std::optional<std::uint32_t> parentFingerprint;
    std::optional<std::uint32_t> coinType; // use-info: SLIP-44 (60 = Ethereum)
    std::optional<std::int64_t> network;   // use-info
    QString name;
    QString note;

    // The master key's fingerprint, when the key says it (origin, or the parent of a depth-1 key).
    std::optional<std::uint32_t> sourceFingerprint() const;

    // A map tagged 303 / 40303 or bare.
    static Result<HDKey> fromCbor(const QCborValue &value);
    // ur:crypto-hdkey (or ur:hdkey).
    static Result<HDKey> fromUr(const UR &ur);
    // The bare map, keys ascending, absent fields left out (what the Keystone library writes).
    QCborValue toCbor() const;
    UR toUr() const; // ur:crypto-hdkey

    friend bool operator==(const HDKey &, const HDKey &) = default;
};

// A BIP44 account shared for pairing (crypto-account, BCR-2020-015): the master fingerprint and
// one key per output descriptor. Keys whose origin has no source fingerprint get the master's.
struct CryptoAccount
{
    std::uint32_t masterFingerprint = 0;
    QList<HDKey> keys;

    static Result<CryptoAccount> fromCbor(const QCborValue &value);
    static Result<CryptoAccount> fromUr(const UR &ur); // ur:crypto-account

    // The first key derived under m/44'/60'.
    Result<HDKey> ethereumKey() const;
};

// The Ethereum key a wallet's pairing code offers: a crypto-hdkey as is, or the m/44'/60' key of
// a crypto-account.
Result<HDKey> pairingKeyFromUr(const UR &ur);

struct ChildKey
{
    QByteArray publicKey; // 33 bytes, compressed
    QByteArray chainCode; // 32 bytes
};
// BIP32 public child derivation (CKDpub) for one non-hardened index.
Result<ChildKey> derivePublicChild(const QByteArray &publicKey33, const QByteArray &chainCode32,
                                   std::uint32_t index);
// 33-byte compressed key -> 64-byte x || y (what eth::Address::fromPublicKey takes).
Result<QByteArray> uncompressPublicKey(const QByteArray &publicKey33);

struct EthereumKey
{
    QByteArray publicKey; // 33 bytes, compressed
    eth::Address address;
    // From the master (with its fingerprint) when the key's origin is known; otherwise just the
    // relative path. What an eth-sign-request's derivation path needs.
    KeyPath path;
};

// The Ethereum account of `key` at relativePath ("0/0" = first address of an account-level key
// such as m/44'/60'/0'). A key that is already at address level (an origin of five or more
// components, m/44'/60'/0'/0/0) is used directly and relativePath is ignored; so is an empty
// relativePath. Non-hardened steps only: public keys cannot derive hardened children.
Result<EthereumKey> deriveEthereumKey(const HDKey &key, QStringView relativePath = u"0/0");

} // namespace kiosk::qr
