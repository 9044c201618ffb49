// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <compare>
#include <cstdint>

namespace kiosk::eth {

// An unsigned 256-bit integer (nonces, chain ids, 18-decimal amounts). Amounts exceed 64 bits,
// so they never pass through a double or an int64; this type keeps every digit.
class UInt256
{
public:
    UInt256() = default;
    explicit UInt256(std::uint64_t value);

    // Plain decimal digits only: no sign, spaces, prefix or leading junk; at most 2^256-1.
    static Result<UInt256> fromDecimal(QStringView text);
    // 32 big-endian bytes.
    static UInt256 fromBigEndian(const QByteArray &bytes32);

    QString toDecimal() const;
    QByteArray toBigEndian() const; // 32 bytes

    bool isZero() const;
    // Divides in place by a small divisor and returns the remainder.
    std::uint32_t divideBy(std::uint32_t divisor);
    // false (and unchanged) on overflow.
    bool multiplyAdd(std::uint32_t factor, std::uint32_t addend);
    bool fitsUInt64() const;
    std::uint64_t toUInt64() const; // only when fitsUInt64()

    friend auto operator<=>(const UInt256 &, const UInt256 &) = default;
    friend bool operator==(const UInt256 &, const UInt256 &) = default;

private:
    // Most significant limb first, so the defaulted comparison orders numerically.
    std::array<std::uint32_t, 8> m_limbs{};
};

} // namespace kiosk::eth
