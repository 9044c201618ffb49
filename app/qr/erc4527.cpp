// SPDX-License-Identifier: MIT
#include "qr/erc4527.h"

#include "qr/urcbor.h"

#include <QCborMap>
#include <QCoreApplication>

#include <limits>

namespace kiosk::qr {

namespace {

namespace request {
constexpr qint64 kRequestId = 1;
constexpr qint64 kSignData = 2;
constexpr qint64 kDataType = 3;
constexpr qint64 kChainId = 4;
constexpr qint64 kDerivationPath = 5;
constexpr qint64 kAddress = 6;
constexpr qint64 kOrigin = 7;
} // namespace request

namespace signature {
constexpr qint64 kRequestId = 1;
constexpr qint64 kSignature = 2;
constexpr qint64 kOrigin = 3;
} // namespace signature

constexpr QLatin1StringView kSignRequestType("eth-sign-request");
constexpr QLatin1StringView kSignatureType("eth-signature");

QString wrongType(QLatin1StringView expected, const QString &actual)
{
    return QCoreApplication::translate("kiosk::qr", "expected an %1 UR, not '%2'")
        .arg(expected, actual.left(40));
}

Result<QCborMap> parseMap(QByteArrayView cbor, QLatin1StringView what)
{
    auto value = cbor::parse(cbor);
    if (!value)
        return fail(QCoreApplication::translate("kiosk::qr", "%1: %2").arg(what, value.error()));
    return cbor::uniqueKeyMap(value.value(), QString(what));
}

} // namespace

// --- eth-sign-request -----------------------------------------------------------------------

QByteArray EthSignRequest::toCbor() const
{
    QCborMap map;
    if (!requestId.isNull())
        map.insert(request::kRequestId, QCborValue(requestId));
    map.insert(request::kSignData, signData);
    map.insert(request::kDataType, qint64(dataType));
    map.insert(request::kChainId, qint64(chainId));
    map.insert(request::kDerivationPath,
               QCborValue(QCborTag(kTagKeypath), derivationPath.toCbor()));
    if (!address.isNull())
        map.insert(request::kAddress, address.bytes());
    if (!origin.isEmpty())
        map.insert(request::kOrigin, origin);
    return QCborValue(map).toCbor();
}

UR EthSignRequest::toUr() const
{
    return UR{QString(kSignRequestType), toCbor()};
}

QString EthSignRequest::toUrString() const
{
    return encodeUr(toUr());
}

Result<EthSignRequest> EthSignRequest::fromCbor(QByteArrayView cbor)
{
    auto map = parseMap(cbor, kSignRequestType);
    if (!map)
        return fail(map.error());
    EthSignRequest out;

    const QCborValue id = map->value(request::kRequestId);
    if (!id.isUndefined()) {
        const auto uuid = cbor::toUuid(id);
        if (!uuid)
            return fail(QCoreApplication::translate("kiosk::qr",
                                                    "eth-sign-request request id is not a UUID"));
        out.requestId = *uuid;
    }

    const QCborValue signData = map->value(request::kSignData);
    if (!signData.isByteArray())
        return fail(QCoreApplication::translate("kiosk::qr", "eth-sign-request sign data missing"));
    out.signData = signData.toByteArray();

    // ERC-4527 defaults both to 1 when left out.
    const QCborValue dataType = map->value(request::kDataType);
    if (!dataType.isUndefined()) {
        const auto type = cbor::toUnsigned(dataType, 4);
        if (!type || *type < 1)
            return fail(QCoreApplication::translate(
                            "kiosk::qr", "eth-sign-request has an unknown data type (%1)")
                            .arg(dataType.isInteger() ? QString::number(dataType.toInteger())
                                                      : QStringLiteral("?")));
        out.dataType = EthDataType(*type);
    } else {
        out.dataType = EthDataType::Transaction;
    }
    const QCborValue chainId = map->value(request::kChainId);
    if (!chainId.isUndefined()) {
        const auto id64 = cbor::toUnsigned(chainId, std::numeric_limits<std::int64_t>::max());
        if (!id64)
            return fail(
                QCoreApplication::translate("kiosk::qr", "eth-sign-request chain id is not valid"));
        out.chainId = std::int64_t(*id64);
    }

    const QCborValue path = map->value(request::kDerivationPath);
    if (path.isUndefined())
        return fail(
            QCoreApplication::translate("kiosk::qr", "eth-sign-request derivation path missing"));
    auto keyPath = KeyPath::fromCbor(path);
    if (!keyPath)
        return fail(keyPath.error());
    out.derivationPath = keyPath.value();

    const QCborValue address = map->value(request::kAddress);
    if (!address.isUndefined()) {
        auto parsed =
            eth::Address::fromBytes(address.isByteArray() ? address.toByteArray() : QByteArray());
        if (!parsed)
            return fail(QCoreApplication::translate("kiosk::qr",
                                                    "eth-sign-request address must be 20 bytes"));
        out.address = parsed.value();
    }

    const QCborValue origin = map->value(request::kOrigin);
    if (!origin.isUndefined() && !origin.isString())
        return fail(
            QCoreApplication::translate("kiosk::qr", "eth-sign-request origin is not text"));
    out.origin = origin.toString();
    return out;
}

Result<EthSignRequest> EthSignRequest::fromUr(const UR &ur)
{
    if (ur.type != kSignRequestType)
        return fail(wrongType(kSignRequestType, ur.type));
    return fromCbor(ur.cbor);
}

Result<EthSignRequest> EthSignRequest::fromUrString(QStringView text)
{
    auto ur = decodeUr(text);
    if (!ur)
        return fail(ur.error());
    return fromUr(ur.value());
}

// --- eth-signature --------------------------------------------------------------------------

QByteArray EthSignature::toCbor() const
{
    QCborMap map;
    if (!requestId.isNull())
        map.insert(signature::kRequestId, QCborValue(requestId));
    map.insert(signature::kSignature, signature);
    if (!origin.isEmpty())
        map.insert(signature::kOrigin, origin);
    return QCborValue(map).toCbor();
}

UR EthSignature::toUr() const
{
    return UR{QString(kSignatureType), toCbor()};
}

QString EthSignature::toUrString() const
{
    return encodeUr(toUr());
}

Result<EthSignature> EthSignature::fromCbor(QByteArrayView cbor)
{
    auto map = parseMap(cbor, kSignatureType);
    if (!map)
        return fail(map.error());
    EthSignature out;

    // Optional in ERC-4527, but without it the answer cannot be matched to the request shown.
    const QCborValue id = map->value(signature::kRequestId);
    if (id.isUndefined())
        return fail(QCoreApplication::translate("kiosk::qr", "eth-signature request id missing"));
    const auto uuid = cbor::toUuid(id);
    if (!uuid)
        return fail(
            QCoreApplication::translate("kiosk::qr", "eth-signature request id is not a UUID"));
    out.requestId = *uuid;

    const QCborValue sig = map->value(signature::kSignature);
    if (!sig.isByteArray())
        return fail(QCoreApplication::translate("kiosk::qr", "eth-signature signature missing"));
    out.signature = sig.toByteArray();
    if (out.signature.size() != 65)
        return fail(QCoreApplication::translate("kiosk::qr",
                                                "eth-signature signature must be 65 bytes, not %1")
                        .arg(out.signature.size()));

    const QCborValue origin = map->value(signature::kOrigin);
    if (!origin.isUndefined() && !origin.isString())
        return fail(QCoreApplication::translate("kiosk::qr", "eth-signature origin is not text"));
    out.origin = origin.toString();
    return out;
}

Result<EthSignature> EthSignature::fromUr(const UR &ur)
{
    if (ur.type != kSignatureType)
        return fail(wrongType(kSignatureType, ur.type));
    return fromCbor(ur.cbor);
}

Result<EthSignature> EthSignature::fromUrString(QStringView text)
{
    auto ur = decodeUr(text);
    if (!ur)
        return fail(ur.error());
    return fromUr(ur.value());
}

// --- any ------------------------------------------------------------------------------------

Result<RegistryItem> decodeRegistryItem(const UR &ur)
{
    const auto wrap = [](auto result) -> Result<RegistryItem> {
        if (!result)
            return fail(result.error());
        return RegistryItem(std::move(result).value());
    };
    if (ur.type == kSignRequestType)
        return wrap(EthSignRequest::fromUr(ur));
    if (ur.type == kSignatureType)
        return wrap(EthSignature::fromUr(ur));
    if (ur.type == u"crypto-hdkey" || ur.type == u"hdkey")
        return wrap(HDKey::fromUr(ur));
    if (ur.type == u"crypto-account")
        return wrap(CryptoAccount::fromUr(ur));
    return fail(
        QCoreApplication::translate("kiosk::qr", "unknown UR type '%1'").arg(ur.type.left(40)));
}

} // namespace kiosk::qr
