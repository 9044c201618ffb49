// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QCborValue>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace kiosk::qr {

inline constexpr std::uint64_t kTagKeypath = 304;     // crypto-keypath
inline constexpr std::uint64_t kTagKeypathV2 = 40304; // keypath (BCR-2020-007 version 2)
inline constexpr std::uint32_t kHardenedBit = 0x80000000u;

struct PathComponent
{
    std::uint32_t index = 0; // below 2^31
    bool hardened = false;

    friend bool operator==(const PathComponent &, const PathComponent &) = default;
};

// A BIP32 derivation path as crypto-keypath carries it (BCR-2020-007): the components, and
// optionally the fingerprint of the key the path starts from and the depth.
struct KeyPath
{
    QList<PathComponent> components;
    std::optional<std::uint32_t> sourceFingerprint;
    std::optional<int> depth;

    // "m/44'/60'/0'/0/0"; the "m/" is optional and "h" may stand for "'". Child indexes only
    // (no wildcards).
    static Result<KeyPath> parse(QStringView text);
    // "m/44'/60'/0'/0/0" ("m" for an empty path).
    QString toString() const;

    // {1: [index, hardened, ...], 2: fingerprint, 3: depth}, untagged; the caller tags it.
    QCborValue toCbor() const;
    // The map, tagged 304 / 40304 or bare.
    static Result<KeyPath> fromCbor(const QCborValue &value);

    // True when this path begins with all of prefix's components.
    bool startsWith(const KeyPath &prefix) const;

    friend bool operator==(const KeyPath &, const KeyPath &) = default;
};

} // namespace kiosk::qr
