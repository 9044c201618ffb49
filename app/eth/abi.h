// SPDX-License-Identifier: MIT
#pragma once

#include "eth/address.h"
#include "eth/uint256.h"

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

namespace kiosk::eth {

// Solidity abi.encode (the standard, non-packed encoding) for the types the relay signs.
struct Bytes32
{
    QByteArray bytes; // exactly 32
};

using AbiValue = std::variant<Bytes32, Address, UInt256, QString>;

QByteArray abiEncode(const std::vector<AbiValue> &values);

} // namespace kiosk::eth
