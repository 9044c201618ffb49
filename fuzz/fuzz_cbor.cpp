// SPDX-License-Identifier: MIT
// CBOR as a wallet's QR code carries it: the careful reader and every ERC-4527 registry type
// decoded from it. What decodes must encode back to something that decodes to the same value.

#include "fuzzcommon.h"
#include "qr/erc4527.h"
#include "qr/hdkey.h"
#include "qr/keypath.h"
#include "qr/urcbor.h"

using namespace kiosk;
using namespace kiosk::qr;

KIOSK_FUZZ_TARGET(QCoreApplication)
{

    if (const auto value = cbor::parse(input)) {
        (void)cbor::uniqueKeyMap(*value, QStringLiteral("fuzz"));
        (void)cbor::toUnsigned(*value, 0xffffffffu);
        (void)cbor::untag(*value, {kTagUuid, 303, 304});
        (void)cbor::toUuid(*value);
        if (const auto path = KeyPath::fromCbor(*value)) {
            const auto again = KeyPath::fromCbor(path->toCbor());
            KIOSK_FUZZ_CHECK(again && *again == *path);
            (void)path->toString();
        }
        if (const auto key = HDKey::fromCbor(*value)) {
            const auto again = HDKey::fromCbor(key->toCbor());
            KIOSK_FUZZ_CHECK(again && *again == *key);
            (void)key->sourceFingerprint();
        }
        if (const auto account = CryptoAccount::fromCbor(*value))
            (void)account->ethereumKey();
    }

    if (const auto request = EthSignRequest::fromCbor(input)) {
        const auto again = EthSignRequest::fromCbor(request->toCbor());
        KIOSK_FUZZ_CHECK(again && *again == *request);
        (void)request->toUrString();
    }
    if (const auto signature = EthSignature::fromCbor(input)) {
        const auto again = EthSignature::fromCbor(signature->toCbor());
        KIOSK_FUZZ_CHECK(again && *again == *signature);
        (void)signature->toUrString();
    }
    const QByteArray cborBytes(input.data(), input.size());
    for (const char *type : {"eth-sign-request", "eth-signature", "crypto-hdkey", "hdkey",
                             "crypto-account", "bytes"}) {
        const UR ur{QString::fromLatin1(type), cborBytes};
        (void)decodeRegistryItem(ur);
        (void)pairingKeyFromUr(ur);
    }
}
