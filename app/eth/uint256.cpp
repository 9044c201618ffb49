// SPDX-License-Identifier: MIT
#include "eth/uint256.h"

#include <QCoreApplication>

#include <algorithm>

namespace kiosk::eth {

UInt256::UInt256(std::uint64_t value)
{
    m_limbs[7] = std::uint32_t(value);
    m_limbs[6] = std::uint32_t(value >> 32);
}

Result<UInt256> UInt256::fromDecimal(QStringView text)
{
    if (text.isEmpty())
        return fail(QCoreApplication::translate("kiosk::eth", "is empty; expected a decimal number"));
    UInt256 number;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < '0' || c > '9')
            return fail(QCoreApplication::translate(
                            "kiosk::eth", "must be plain decimal digits (bad character at %1)")
                            .arg(i + 1));
        if (!number.multiplyAdd(10, c - '0'))
            return fail(QCoreApplication::translate("kiosk::eth", "is larger than 2^256-1"));
    }
    return number;
}

UInt256 UInt256::fromBigEndian(const QByteArray &bytes32)
{
    UInt256 number;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes32.constData());
    const qsizetype n = std::min<qsizetype>(bytes32.size(), 32);
    const qsizetype start = 32 - n;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype pos = start + i;
        number.m_limbs[pos / 4] |= std::uint32_t(data[bytes32.size() - n + i]) << (8 * (3 - pos % 4));
    }
    return number;
}

QString UInt256::toDecimal() const
{
    if (isZero())
        return QStringLiteral("0");
    UInt256 rest = *this;
    QString digits;
    while (!rest.isZero())
        digits.prepend(QChar(u'0' + rest.divideBy(10)));
    return digits;
}

QByteArray UInt256::toBigEndian() const
{
    QByteArray bytes(32, '\0');
    for (int i = 0; i < 32; ++i)
        bytes[i] = char(m_limbs[i / 4] >> (8 * (3 - i % 4)));
    return bytes;
}

bool UInt256::isZero() const
{
    return std::all_of(m_limbs.begin(), m_limbs.end(), [](std::uint32_t l) { return l == 0; });
}

std::uint32_t UInt256::divideBy(std::uint32_t divisor)
{
    std::uint64_t remainder = 0;
    for (auto &limb : m_limbs) {
        const std::uint64_t current = (remainder << 32) | limb;
        limb = std::uint32_t(current / divisor);
        remainder = current % divisor;
    }
    return std::uint32_t(remainder);
}

bool UInt256::multiplyAdd(std::uint32_t factor, std::uint32_t addend)
{
    std::array<std::uint32_t, 8> result{};
    std::uint64_t carry = addend;
    for (int i = 7; i >= 0; --i) {
        const std::uint64_t current = std::uint64_t(m_limbs[i]) * factor + carry;
        result[i] = std::uint32_t(current);
        carry = current >> 32;
    }
    if (carry != 0)
        return false;
    m_limbs = result;
    return true;
}

bool UInt256::fitsUInt64() const
{
    return std::all_of(m_limbs.begin(), m_limbs.begin() + 6, [](std::uint32_t l) { return l == 0; });
}

std::uint64_t UInt256::toUInt64() const
{
    return (std::uint64_t(m_limbs[6]) << 32) | m_limbs[7];
}

} // namespace kiosk::eth
