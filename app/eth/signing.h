// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/address.h"
#include "eth/secretkey.h"

#include <QByteArray>

namespace kiosk::eth {

// keccak256("\x19Ethereum Signed Message:\n32" || hash): what a wallet signs for a 32-byte hash.
QByteArray eip191Digest(const QByteArray &hash32);

// A 65-byte r || s || v signature as sent on the wire.
struct Signature
{
    QByteArray bytes; // 65

    static Result<Signature> parse(QStringView hex);
    QString toHex() const;
    int v() const { return static_cast<unsigned char>(bytes.at(64)); }
};

// RFC 6979 deterministic, low-s, v = 27/28 (what the relay's chain contract accepts).
Signature signDigest(const QByteArray &digest32, const SecretKey &key);
// Signs the EIP-191 digest of a 32-byte message hash.
Signature signPersonal(const QByteArray &hash32, const SecretKey &key);

Address addressOf(const SecretKey &key);

// Accepts v = 0/1/27/28 with a low s; a high s, any other v or a malformed r/s is refused with
// a reason.
Result<Address> recoverDigest(const QByteArray &digest32, const Signature &signature);
Result<Address> recoverPersonal(const QByteArray &hash32, const Signature &signature);

struct Normalized
{
    Signature signature;
    bool changed = false; // s was high and/or v was 0/1
};
// What a wallet that uses v 0/1 or a high s sent, in the only form the chain takes:
// low s (s -> n - s flips the recovery id) and v = 27/28.
Result<Normalized> normalizeSignature(const Signature &signature);

} // namespace kiosk::eth
