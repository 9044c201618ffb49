// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace kiosk::eth {

// A 20-byte account address. Shown to people EIP-55 checksummed.
class Address
{
public:
    Address() = default;
    // 0x + 40 hex digits. All lower or all upper case is taken as is; mixed case must carry a
    // correct EIP-55 checksum (a wrong one means a mistyped address).
    static Result<Address> parse(QStringView text);
    static Result<Address> fromBytes(const QByteArray &bytes20);
    // The address of a 64-byte uncompressed public key (x || y).
    static Address fromPublicKey(const QByteArray &publicKey64);

    const QByteArray &bytes() const { return m_bytes; }
    bool isNull() const { return m_bytes.isEmpty(); }
    bool isZero() const;
    QString toChecksummed() const;
    QString toLower() const;

    friend bool operator==(const Address &, const Address &) = default;

private:
    QByteArray m_bytes;
};

} // namespace kiosk::eth
