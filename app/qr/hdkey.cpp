// SPDX-License-Identifier: MIT
#include "qr/hdkey.h"

#include "eth/secp256k1context.h"
#include "qr/urcbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <secp256k1.h>

#include <limits>

namespace kiosk::qr {

namespace {

constexpr qint64 kIsMaster = 1;
constexpr qint64 kIsPrivate = 2;
constexpr qint64 kKeyData = 3;
constexpr qint64 kChainCode = 4;
constexpr qint64 kUseInfo = 5;
constexpr qint64 kOrigin = 6;
constexpr qint64 kParentFingerprint = 8;
constexpr qint64 kName = 9;
constexpr qint64 kNote = 10;

constexpr qint64 kCoinType = 1;
constexpr qint64 kNetwork = 2;

constexpr qint64 kMasterFingerprint = 1;
constexpr qint64 kOutputDescriptors = 2;

// Output descriptors wrap keys in script-expression tags (sh, wpkh, ...); a few levels at most.
constexpr int kMaxDescriptorTags = 8;
constexpr qsizetype kMaxAccountKeys = 64;

const auto kUint32Max = std::numeric_limits<std::uint32_t>::max();

QString malformed()
{
    return QCoreApplication::translate("kiosk::qr", "malformed crypto-hdkey");
}

bool parsePublicKey(const QByteArray &bytes33, secp256k1_pubkey *key)
{
    return bytes33.size() == 33 &&
           secp256k1_ec_pubkey_parse(eth::secp256k1Context(), key,
                                     reinterpret_cast<const unsigned char *>(bytes33.constData()),
                                     std::size_t(bytes33.size())) == 1;
}

QByteArray serialize(const secp256k1_pubkey &key, bool compressed)
{
    QByteArray out(compressed ? 33 : 65, '\0');
    std::size_t size = std::size_t(out.size());
    secp256k1_ec_pubkey_serialize(eth::secp256k1Context(),
                                  reinterpret_cast<unsigned char *>(out.data()), &size, &key,
                                  compressed ? SECP256K1_EC_COMPRESSED : SECP256K1_EC_UNCOMPRESSED);
    return out;
}

Result<QCborValue> parseUrCbor(const UR &ur)
{
    auto value = cbor::parse(ur.cbor);
    if (!value)
        return fail(QCoreApplication::translate("kiosk::qr", "%1: %2").arg(ur.type, value.error()));
    return value;
}

} // namespace

// --- HDKey ----------------------------------------------------------------------------------

std::optional<std::uint32_t> HDKey::sourceFingerprint() const
{
    if (origin && origin->sourceFingerprint)
        return origin->sourceFingerprint;
    if (origin && origin->components.size() == 1)
        return parentFingerprint;
    return std::nullopt;
}

Result<HDKey> HDKey::fromCbor(const QCborValue &value)
{
    const auto inner = cbor::untag(value, {kTagHDKey, kTagHDKeyV2});
    if (!inner)
        return fail(malformed());
    auto map = cbor::uniqueKeyMap(*inner, QStringLiteral("crypto-hdkey"));
    if (!map)
        return fail(map.error());
    if (map->value(kIsMaster).toBool(false) || map->value(kIsPrivate).toBool(false))
        return fail(QCoreApplication::translate(
            "kiosk::qr",
            "this is a private key: never show it to anyone; pair with the public key"));

    HDKey key;
    key.keyData = map->value(kKeyData).toByteArray();
    secp256k1_pubkey parsed;
    if (!parsePublicKey(key.keyData, &parsed))
        return fail(
            QCoreApplication::translate("kiosk::qr", "the crypto-hdkey has no valid public key"));
    const QCborValue chainCode = map->value(kChainCode);
    if (!chainCode.isUndefined()) {
        key.chainCode = chainCode.toByteArray();
        if (!chainCode.isByteArray() || key.chainCode.size() != 32)
            return fail(malformed());
    }
    const QCborValue useInfo = map->value(kUseInfo);
    if (!useInfo.isUndefined()) {
        const auto infoValue = cbor::untag(useInfo, {kTagCoinInfo, kTagCoinInfoV2});
        if (!infoValue)
            return fail(malformed());
        auto info = cbor::uniqueKeyMap(*infoValue, QStringLiteral("crypto-coininfo"));
        if (!info)
            return fail(info.error());
        const QCborValue type = info->value(kCoinType);
        if (!type.isUndefined()) {
            const auto coin = cbor::toUnsigned(type, kHardenedBit - 1);
            if (!coin)
                return fail(malformed());
            key.coinType = std::uint32_t(*coin);
        }
        const QCborValue network = info->value(kNetwork);
        if (!network.isUndefined()) {
            if (!network.isInteger())
                return fail(malformed());
            key.network = network.toInteger();
        }
    }
    const QCborValue origin = map->value(kOrigin);
    if (!origin.isUndefined()) {
        auto path = KeyPath::fromCbor(origin);
        if (!path)
            return fail(path.error());
        key.origin = path.value();
    }
    const QCborValue parent = map->value(kParentFingerprint);
    if (!parent.isUndefined()) {
        const auto fp = cbor::toUnsigned(parent, kUint32Max);
        if (!fp)
            return fail(malformed());
        key.parentFingerprint = std::uint32_t(*fp);
    }
    const QCborValue name = map->value(kName);
    const QCborValue note = map->value(kNote);
    if ((!name.isUndefined() && !name.isString()) || (!note.isUndefined() && !note.isString()))
        return fail(malformed());
    key.name = name.toString();
    key.note = note.toString();
    return key;
}

Result<HDKey> HDKey::fromUr(const UR &ur)
{
    if (ur.type != u"crypto-hdkey" && ur.type != u"hdkey")
        return fail(QCoreApplication::translate("kiosk::qr", "expected a crypto-hdkey UR, not '%1'")
                        .arg(ur.type));
    auto value = parseUrCbor(ur);
    if (!value)
        return fail(value.error());
    return fromCbor(value.value());
}

QCborValue HDKey::toCbor() const
{
    QCborMap map;
    map.insert(kKeyData, keyData);
    if (!chainCode.isEmpty())
        map.insert(kChainCode, chainCode);
    if (coinType || network) {
        QCborMap info;
        if (coinType)
            info.insert(kCoinType, qint64(*coinType));
        if (network)
            info.insert(kNetwork, qint64(*network));
        map.insert(kUseInfo, QCborValue(QCborTag(kTagCoinInfo), info));
    }
    if (origin)
        map.insert(kOrigin, QCborValue(QCborTag(kTagKeypath), origin->toCbor()));
    if (parentFingerprint)
        map.insert(kParentFingerprint, qint64(*parentFingerprint));
    if (!name.isEmpty())
        map.insert(kName, name);
    if (!note.isEmpty())
        map.insert(kNote, note);
    return map;
}

UR HDKey::toUr() const
{
    return UR{QStringLiteral("crypto-hdkey"), toCbor().toCbor()};
}

// --- CryptoAccount --------------------------------------------------------------------------

Result<CryptoAccount> CryptoAccount::fromCbor(const QCborValue &value)
{
    const auto bad = [] {
        return fail(QCoreApplication::translate("kiosk::qr", "malformed crypto-account"));
    };
    const auto inner = cbor::untag(value, {kTagAccount});
    if (!inner)
        return bad();
    auto map = cbor::uniqueKeyMap(*inner, QStringLiteral("crypto-account"));
    if (!map)
        return fail(map.error());
    const auto master = cbor::toUnsigned(map->value(kMasterFingerprint), kUint32Max);
    const QCborValue descriptors = map->value(kOutputDescriptors);
    if (!master || !descriptors.isArray())
        return bad();

    CryptoAccount account;
    account.masterFingerprint = std::uint32_t(*master);
    for (const QCborValue &descriptor : descriptors.toArray()) {
        // Peel script-expression tags (and a crypto-output tag) down to the key.
        QCborValue item = descriptor;
        for (int i = 0; i < kMaxDescriptorTags && item.isTag(); ++i) {
            const quint64 tag = quint64(item.tag());
            if (tag == kTagHDKey || tag == kTagHDKeyV2)
                break;
            item = item.taggedValue();
        }
        if (!item.isTag() ||
            (quint64(item.tag()) != kTagHDKey && quint64(item.tag()) != kTagHDKeyV2))
            continue; // an EC key or a multi-key script: nothing to pair with
        auto decoded = HDKey::fromCbor(item);
        if (!decoded)
            return fail(decoded.error());
        HDKey key = std::move(decoded).value();
        if (key.origin && !key.origin->sourceFingerprint)
            key.origin->sourceFingerprint = account.masterFingerprint;
        if (account.keys.size() >= kMaxAccountKeys)
            return bad();
        account.keys.append(key);
    }
    if (account.keys.isEmpty())
        return fail(QCoreApplication::translate("kiosk::qr", "the crypto-account has no HD keys"));
    return account;
}

Result<CryptoAccount> CryptoAccount::fromUr(const UR &ur)
{
    if (ur.type != u"crypto-account")
        return fail(
            QCoreApplication::translate("kiosk::qr", "expected a crypto-account UR, not '%1'")
                .arg(ur.type));
    auto value = parseUrCbor(ur);
    if (!value)
        return fail(value.error());
    return fromCbor(value.value());
}

Result<HDKey> CryptoAccount::ethereumKey() const
{
    const KeyPath ethereum{{{44, true}, {kCoinTypeEthereum, true}}, std::nullopt, std::nullopt};
    for (const HDKey &key : keys) {
        if (key.origin && key.origin->startsWith(ethereum))
            return key;
    }
    return fail(QCoreApplication::translate("kiosk::qr",
                                            "the account has no Ethereum key (m/44'/60'/...)"));
}

Result<HDKey> pairingKeyFromUr(const UR &ur)
{
    if (ur.type == u"crypto-hdkey" || ur.type == u"hdkey")
        return HDKey::fromUr(ur);
    if (ur.type == u"crypto-account") {
        auto account = CryptoAccount::fromUr(ur);
        if (!account)
            return fail(account.error());
        return account->ethereumKey();
    }
    return fail(QCoreApplication::translate(
                    "kiosk::qr", "unknown UR type '%1' (a wallet pairs with crypto-hdkey or "
                                 "crypto-account)")
                    .arg(ur.type));
}

// --- derivation -----------------------------------------------------------------------------

Result<ChildKey> derivePublicChild(const QByteArray &publicKey33, const QByteArray &chainCode32,
                                   std::uint32_t index)
{
    if (index & kHardenedBit)
        return fail(QCoreApplication::translate(
            "kiosk::qr", "a hardened child cannot be derived from a public key"));
    if (chainCode32.size() != 32)
        return fail(QCoreApplication::translate(
            "kiosk::qr", "the key has no chain code, so no child keys can be derived"));
    secp256k1_pubkey key;
    if (!parsePublicKey(publicKey33, &key))
        return fail(QCoreApplication::translate("kiosk::qr", "not a valid public key"));

    QByteArray data = publicKey33;
    data.append(char(index >> 24));
    data.append(char(index >> 16));
    data.append(char(index >> 8));
    data.append(char(index));
    const QByteArray digest =
        QMessageAuthenticationCode::hash(data, chainCode32, QCryptographicHash::Sha512);
    // K_i = point(I_L) + K_par; fails when I_L >= n or the sum is the point at infinity.
    if (secp256k1_ec_pubkey_tweak_add(
            eth::secp256k1Context(), &key,
            reinterpret_cast<const unsigned char *>(digest.constData())) != 1)
        return fail(QCoreApplication::translate(
                        "kiosk::qr", "child %1 is not a valid key (BIP32); use the next index")
                        .arg(index));
    return ChildKey{serialize(key, true), digest.mid(32)};
}

Result<QByteArray> uncompressPublicKey(const QByteArray &publicKey33)
{
    secp256k1_pubkey key;
    if (!parsePublicKey(publicKey33, &key))
        return fail(QCoreApplication::translate("kiosk::qr", "not a valid public key"));
    return serialize(key, false).mid(1);
}

Result<EthereumKey> deriveEthereumKey(const HDKey &key, QStringView relativePath)
{
    const bool addressLevel = key.origin && key.origin->components.size() >= 5;
    KeyPath relative;
    if (!addressLevel && !relativePath.trimmed().isEmpty()) {
        auto parsed = KeyPath::parse(relativePath);
        if (!parsed)
            return fail(parsed.error());
        relative = parsed.value();
    }

    EthereumKey out;
    out.publicKey = key.keyData;
    QByteArray chainCode = key.chainCode;
    for (const PathComponent &step : relative.components) {
        auto child = derivePublicChild(out.publicKey, chainCode,
                                       step.index | (step.hardened ? kHardenedBit : 0));
        if (!child)
            return fail(child.error());
        out.publicKey = child->publicKey;
        chainCode = child->chainCode;
    }
    auto uncompressed = uncompressPublicKey(out.publicKey);
    if (!uncompressed)
        return fail(uncompressed.error());
    out.address = eth::Address::fromPublicKey(uncompressed.value());

    if (key.origin) {
        out.path.components = key.origin->components + relative.components;
        out.path.sourceFingerprint = key.sourceFingerprint();
    } else {
        out.path = relative;
    }
    return out;
}

} // namespace kiosk::qr
