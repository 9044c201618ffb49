// SPDX-License-Identifier: MIT
#include "eth/abi.h"

namespace kiosk::eth {

namespace {
constexpr qsizetype kWord = 32;

QByteArray leftPadded(const QByteArray &bytes)
{
    return QByteArray(kWord - bytes.size(), '\0') + bytes;
}

QByteArray rightPadded(const QByteArray &bytes)
{
    const qsizetype padding = (kWord - bytes.size() % kWord) % kWord;
    return bytes + QByteArray(padding, '\0');
}

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// Aggregate deduction (P1816) is C++20, but clang 14 does not do it yet: the C++17 guide.
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace

QByteArray abiEncode(const std::vector<AbiValue> &values)
{
    // Head: one word per value (a dynamic value's word is the offset of its tail).
    QByteArray head;
    QByteArray tail;
    const qsizetype headSize = kWord * qsizetype(values.size());
    for (const AbiValue &value : values) {
        std::visit(Overloaded{
                       [&](const Bytes32 &b) { head += rightPadded(b.bytes.left(kWord)); },
                       [&](const Address &a) { head += leftPadded(a.bytes()); },
                       [&](const UInt256 &n) { head += n.toBigEndian(); },
                       [&](const QString &s) {
                           head += UInt256(std::uint64_t(headSize + tail.size())).toBigEndian();
                           const QByteArray utf8 = s.toUtf8();
                           tail += UInt256(std::uint64_t(utf8.size())).toBigEndian();
                           tail += rightPadded(utf8);
                       },
                   },
                   value);
    }
    return head + tail;
}

} // namespace kiosk::eth
