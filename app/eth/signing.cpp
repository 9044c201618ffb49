// SPDX-License-Identifier: MIT
#include "eth/signing.h"

#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/secp256k1context.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include <array>

namespace kiosk::eth {

Q_LOGGING_CATEGORY(lcSigning, "kiosk.signing", QtInfoMsg)

const secp256k1_context *secp256k1Context()
{
    static const secp256k1_context *context = [] {
        secp256k1_context *ctx = secp256k1_context_create(SECP256K1_CONTEXT_SIGN | SECP256K1_CONTEXT_VERIFY);
        // Blinding against side channels; the seed comes from OpenSSL's CSPRNG.
        std::array<unsigned char, 32> seed{};
        if (RAND_bytes(seed.data(), int(seed.size())) == 1) {
            if (secp256k1_context_randomize(ctx, seed.data()) != 1)
                qCWarning(lcSigning) << "secp256k1 context randomisation failed";
        } else {
            qCWarning(lcSigning) << "no random seed for secp256k1 blinding";
        }
        OPENSSL_cleanse(seed.data(), seed.size());
        return ctx;
    }();
    return context;
}

QByteArray eip191Digest(const QByteArray &hash32)
{
    const QByteArray prefixed = QByteArray("\x19" "Ethereum Signed Message:\n32") + hash32;
    return keccak256(prefixed);
}

Result<Signature> Signature::parse(QStringView hex)
{
    auto bytes = parseHex(hex, 65);
    if (!bytes)
        return fail(bytes.error());
    return Signature{bytes.value()};
}

QString Signature::toHex() const
{
    return eth::toHex(bytes);
}

Signature signDigest(const QByteArray &digest32, const SecretKey &key)
{
    Q_ASSERT(digest32.size() == 32 && key.isValid());
    secp256k1_ecdsa_recoverable_signature sig;
    // nullptr nonce function = RFC 6979; libsecp256k1 always produces a low s.
    const int ok = secp256k1_ecdsa_sign_recoverable(
        secp256k1Context(), &sig, reinterpret_cast<const unsigned char *>(digest32.constData()),
        key.data(), nullptr, nullptr);
    Q_ASSERT(ok == 1);
    Q_UNUSED(ok);
    QByteArray out(65, '\0');
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(
        secp256k1Context(), reinterpret_cast<unsigned char *>(out.data()), &recoveryId, &sig);
    out[64] = char(27 + recoveryId);
    return Signature{out};
}

Signature signPersonal(const QByteArray &hash32, const SecretKey &key)
{
    return signDigest(eip191Digest(hash32), key);
}

Address addressOf(const SecretKey &key)
{
    Q_ASSERT(key.isValid());
    secp256k1_pubkey pubkey;
    const int ok = secp256k1_ec_pubkey_create(secp256k1Context(), &pubkey, key.data());
    Q_ASSERT(ok == 1);
    Q_UNUSED(ok);
    std::array<unsigned char, 65> serialized{};
    size_t length = serialized.size();
    secp256k1_ec_pubkey_serialize(secp256k1Context(), serialized.data(), &length, &pubkey,
                                  SECP256K1_EC_UNCOMPRESSED);
    return Address::fromPublicKey(QByteArray(reinterpret_cast<const char *>(serialized.data()) + 1, 64));
}

namespace {
// Splits v into a recovery id; returns -1 for a v no wallet should send.
int recoveryIdOf(int v)
{
    if (v == 0 || v == 1)
        return v;
    if (v == 27 || v == 28)
        return v - 27;
    return -1;
}

// 1 if s is above n/2 (malleable twin), 0 if low, -1 if r/s are not valid scalars.
int isHighS(const QByteArray &rs64)
{
    secp256k1_ecdsa_signature plain;
    if (secp256k1_ecdsa_signature_parse_compact(
            secp256k1Context(), &plain, reinterpret_cast<const unsigned char *>(rs64.constData())) != 1)
        return -1;
    return secp256k1_ecdsa_signature_normalize(secp256k1Context(), nullptr, &plain);
}
} // namespace

Result<Address> recoverDigest(const QByteArray &digest32, const Signature &signature)
{
    if (digest32.size() != 32)
        return fail(QCoreApplication::translate("kiosk::eth", "the signed digest must be 32 bytes"));
    if (signature.bytes.size() != 65)
        return fail(QCoreApplication::translate("kiosk::eth", "a signature must be 65 bytes (r, s, v), not %1").arg(signature.bytes.size()));
    const int recoveryId = recoveryIdOf(signature.v());
    if (recoveryId < 0)
        return fail(QCoreApplication::translate("kiosk::eth", "signature v must be 27 or 28 (or 0/1), not %1").arg(signature.v()));
    const QByteArray rs = signature.bytes.left(64);
    const int high = isHighS(rs);
    if (high < 0)
        return fail(QCoreApplication::translate("kiosk::eth", "signature r or s is not a valid curve scalar"));
    if (high == 1)
        return fail(QCoreApplication::translate("kiosk::eth", "signature has a high s value, which the chain rejects"));

    secp256k1_ecdsa_recoverable_signature sig;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(
            secp256k1Context(), &sig, reinterpret_cast<const unsigned char *>(rs.constData()),
            recoveryId) != 1)
        return fail(QCoreApplication::translate("kiosk::eth", "signature r or s is not a valid curve scalar"));
    secp256k1_pubkey pubkey;
    if (secp256k1_ecdsa_recover(secp256k1Context(), &pubkey, &sig,
                                reinterpret_cast<const unsigned char *>(digest32.constData())) != 1)
        return fail(QCoreApplication::translate("kiosk::eth", "no public key can be recovered from this signature"));
    std::array<unsigned char, 65> serialized{};
    size_t length = serialized.size();
    secp256k1_ec_pubkey_serialize(secp256k1Context(), serialized.data(), &length, &pubkey,
                                  SECP256K1_EC_UNCOMPRESSED);
    return Address::fromPublicKey(QByteArray(reinterpret_cast<const char *>(serialized.data()) + 1, 64));
}

Result<Address> recoverPersonal(const QByteArray &hash32, const Signature &signature)
{
    if (hash32.size() != 32)
        return fail(QCoreApplication::translate("kiosk::eth", "the message hash must be 32 bytes"));
    return recoverDigest(eip191Digest(hash32), signature);
}

Result<Normalized> normalizeSignature(const Signature &signature)
{
    if (signature.bytes.size() != 65)
        return fail(QCoreApplication::translate("kiosk::eth", "a signature must be 65 bytes (r, s, v), not %1").arg(signature.bytes.size()));
    int recoveryId = recoveryIdOf(signature.v());
    if (recoveryId < 0)
        return fail(QCoreApplication::translate("kiosk::eth", "signature v must be 27 or 28 (or 0/1), not %1").arg(signature.v()));
    secp256k1_ecdsa_signature plain;
    if (secp256k1_ecdsa_signature_parse_compact(
            secp256k1Context(), &plain,
            reinterpret_cast<const unsigned char *>(signature.bytes.constData())) != 1)
        return fail(QCoreApplication::translate("kiosk::eth", "signature r or s is not a valid curve scalar"));
    secp256k1_ecdsa_signature lowS;
    const bool wasHigh = secp256k1_ecdsa_signature_normalize(secp256k1Context(), &lowS, &plain) == 1;
    if (wasHigh)
        recoveryId ^= 1; // negating s mirrors R's y-parity
    Normalized result;
    result.signature.bytes = QByteArray(65, '\0');
    secp256k1_ecdsa_signature_serialize_compact(
        secp256k1Context(), reinterpret_cast<unsigned char *>(result.signature.bytes.data()), &lowS);
    result.signature.bytes[64] = char(27 + recoveryId);
    result.changed = result.signature.bytes != signature.bytes;
    return result;
}

} // namespace kiosk::eth
