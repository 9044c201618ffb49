// SPDX-License-Identifier: MIT
#include "eth/address.h"

#include "eth/hex.h"
#include "eth/keccak.h"

#include <QCoreApplication>

#include <algorithm>

namespace kiosk::eth {

Result<Address> Address::parse(QStringView text)
{
    auto bytes = parseHex(text, 20);
    if (!bytes)
        return fail(bytes.error());
    Address address;
    address.m_bytes = bytes.value();
    const QStringView digits = text.mid(2);
    const bool hasLower = std::any_of(digits.begin(), digits.end(),
                                      [](QChar c) { return c >= u'a' && c <= u'f'; });
    const bool hasUpper = std::any_of(digits.begin(), digits.end(),
                                      [](QChar c) { return c >= u'A' && c <= u'F'; });
    if (hasLower && hasUpper && address.toChecksummed().mid(2) != digits)
        return fail(QCoreApplication::translate(
            "kiosk::eth", "has mixed case but a wrong EIP-55 checksum (mistyped?)"));
    return address;
}

Result<Address> Address::fromBytes(const QByteArray &bytes20)
{
    if (bytes20.size() != 20)
        return fail(QCoreApplication::translate("kiosk::eth", "an address must be 20 bytes"));
    Address address;
    address.m_bytes = bytes20;
    return address;
}

Address Address::fromPublicKey(const QByteArray &publicKey64)
{
    Address address;
    address.m_bytes = keccak256(publicKey64).right(20);
    return address;
}

bool Address::isZero() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](char b) { return b == 0; });
}

QString Address::toLower() const
{
    return toHex(m_bytes);
}

QString Address::toChecksummed() const
{
    const QByteArray lower = m_bytes.toHex();
    const QByteArray hash = keccak256(lower);
    QString out = QStringLiteral("0x");
    out.reserve(42);
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char c = lower[i];
        const int nibble = (static_cast<unsigned char>(hash[i / 2]) >> (i % 2 == 0 ? 4 : 0)) & 0xf;
        out += QChar::fromLatin1((c >= 'a' && nibble >= 8) ? char(c - 'a' + 'A') : c);
    }
    return out;
}

} // namespace kiosk::eth
