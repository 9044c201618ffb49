// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCryptographicHash>

namespace kiosk::eth {

// Ethereum's Keccak-256 (original Keccak padding, not NIST SHA3-256), from Qt.
inline QByteArray keccak256(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Keccak_256);
}

} // namespace kiosk::eth
