// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

#include <array>
#include <cstdint>

namespace kiosk::eth {

// A secp256k1 private key. Its bytes live only here, are wiped when released, and are never
// printed: there is deliberately no accessor that returns them as text.
class SecretKey
{
public:
    SecretKey() = default;
    ~SecretKey();
    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    // 0x + 64 hex digits of a valid secp256k1 scalar. Error messages never repeat the input.
    static Result<SecretKey> fromHex(QStringView text);
    // "@path" reads the key from a file; anything else is parsed as hex.
    static Result<SecretKey> fromArgument(const QString &argument);

    bool isValid() const { return m_valid; }
    const unsigned char *data() const { return m_bytes.data(); }

private:
    void wipe();
    std::array<unsigned char, 32> m_bytes{};
    bool m_valid = false;
};

} // namespace kiosk::eth
