// SPDX-License-Identifier: MIT
#include "eth/secretkey.h"

#include "eth/secp256k1context.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/crypto.h>
#include <secp256k1.h>

#include <utility>

namespace kiosk::eth {

namespace {
int hexValue(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

SecretKey::~SecretKey()
{
    wipe();
}

SecretKey::SecretKey(SecretKey &&other) noexcept : m_bytes(other.m_bytes), m_valid(other.m_valid)
{
    other.wipe();
}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        m_bytes = other.m_bytes;
        m_valid = other.m_valid;
        other.wipe();
    }
    return *this;
}

void SecretKey::wipe()
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_valid = false;
}

Result<SecretKey> SecretKey::fromHex(QStringView text)
{
    // Parsed by hand straight into the wiped buffer so no copy of the key is left in a
    // QByteArray on the heap.
    if (!text.startsWith(u"0x"))
        return fail(QCoreApplication::translate("kiosk::eth", "a private key must start with 0x"));
    if (text.size() != 66)
        return fail(QCoreApplication::translate(
                        "kiosk::eth", "a private key must be 64 hex digits after 0x (got %1)")
                        .arg(text.size() - 2));
    SecretKey key;
    for (int i = 0; i < 32; ++i) {
        const int high = hexValue(text[2 + 2 * i].unicode());
        const int low = hexValue(text[3 + 2 * i].unicode());
        if (high < 0 || low < 0)
            return fail(QCoreApplication::translate("kiosk::eth", "a private key must be hex"));
        key.m_bytes[i] = static_cast<unsigned char>((high << 4) | low);
    }
    if (secp256k1_ec_seckey_verify(secp256k1Context(), key.m_bytes.data()) != 1)
        return fail(QCoreApplication::translate(
            "kiosk::eth", "is not a valid secp256k1 private key (zero or not below the curve order)"));
    key.m_valid = true;
    return key;
}

Result<SecretKey> SecretKey::fromArgument(const QString &argument)
{
    if (!argument.startsWith(u'@'))
        return fromHex(argument);
    const QString path = argument.mid(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("kiosk::eth", "cannot read key file %1: %2")
                        .arg(path, file.errorString()));
    QByteArray content = file.read(4096);
    QString text = QString::fromLatin1(content.trimmed());
    OPENSSL_cleanse(content.data(), size_t(content.size()));
    auto key = fromHex(text);
    text.fill(u'0');
    if (!key)
        return fail(QCoreApplication::translate("kiosk::eth", "key file %1: %2").arg(path, key.error()));
    return key;
}

} // namespace kiosk::eth
