// SPDX-License-Identifier: MIT
#include "qr/requestcodec.h"

#include "qr/erc4527.h"
#include "qr/ur.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kiosk::qr {

namespace {
KeyPath defaultPath(const SigningRequest &request)
{
    // The first Ethereum account unless pairing told the wallet's own path.
    auto path = KeyPath::parse(request.derivationPath.isEmpty() ? QStringLiteral("m/44'/60'/0'/0/0")
                                                                : request.derivationPath);
    KeyPath keyPath = path ? path.value() : KeyPath{};
    if (request.sourceFingerprint != 0)
        keyPath.sourceFingerprint = request.sourceFingerprint;
    return keyPath;
}

EthSignRequest toEthSignRequest(const SigningRequest &request)
{
    EthSignRequest r;
    r.requestId = request.requestId;
    r.signData = request.messageHash;
    r.dataType = EthDataType::PersonalMessage;
    r.chainId = request.chainId.fitsUInt64() ? std::int64_t(request.chainId.toUInt64()) : 0;
    r.derivationPath = defaultPath(request);
    r.address = request.signer;
    r.origin = request.origin;
    return r;
}
} // namespace

Result<RequestFormat> parseRequestFormat(const QString &text)
{
    if (text == u"ur")
        return RequestFormat::Ur;
    if (text == u"json")
        return RequestFormat::Json;
    return fail(QCoreApplication::translate("kiosk::qr", "must be ur or json"));
}

QString requestText(const SigningRequest &request, RequestFormat format)
{
    if (format == RequestFormat::Json)
        return request.toNativeText();
    return toEthSignRequest(request).toUrString().toUpper();
}

QStringList requestFrames(const SigningRequest &request, RequestFormat format, int count)
{
    const QString single = requestText(request, format);
    if (format == RequestFormat::Json || single.size() <= kMaxSingleQrText)
        return {single};
    auto created = UREncoder::create(toEthSignRequest(request).toUr(), kAnimatedFragmentLength);
    if (!created)
        return {single};
    UREncoder encoder = std::move(created).value();
    QStringList frames;
    const int total = count > 0 ? count : encoder.seqLen() * 2;
    for (int i = 0; i < total; ++i)
        frames << encoder.nextPart().toUpper();
    return frames;
}

Result<WalletRequest> parseWalletRequest(const QString &text)
{
    const QString trimmed = text.trimmed();
    WalletRequest wallet;
    if (trimmed.startsWith(u"ur:", Qt::CaseInsensitive)) {
        // One UR, or the parts of an animated one, one per line in any order.
        URDecoder decoder;
        for (const QString &line : trimmed.split(u'\n', Qt::SkipEmptyParts)) {
            if (auto accepted = decoder.receivePart(line.trimmed()); !accepted)
                return fail(accepted.error());
            if (decoder.isComplete())
                break;
        }
        if (!decoder.isComplete())
            return fail(QCoreApplication::translate(
                "kiosk::qr", "the animated request is incomplete: scan more parts"));
        auto ur = decoder.result();
        if (!ur)
            return fail(ur.error());
        auto request = EthSignRequest::fromUr(ur.value());
        if (!request)
            return fail(request.error());
        if (request->dataType != EthDataType::PersonalMessage)
            return fail(QCoreApplication::translate(
                "kiosk::qr", "only personal-message requests are signed here"));
        if (request->signData.size() != 32)
            return fail(QCoreApplication::translate(
                "kiosk::qr", "the request's sign-data is not a 32-byte hash"));
        wallet.format = RequestFormat::Ur;
        wallet.requestId = request->requestId;
        wallet.messageHash = request->signData;
        if (!request->address.isNull())
            wallet.signer = request->address;
        wallet.chainId = QString::number(request->chainId);
        return wallet;
    }
    if (trimmed.startsWith(u'{')) {
        auto request = SigningRequest::fromJson(QJsonDocument::fromJson(trimmed.toUtf8()).object());
        if (!request)
            return fail(request.error());
        if (auto hash = request->checkHash(); !hash)
            return fail(hash.error());
        wallet.format = RequestFormat::Json;
        wallet.requestId = request->requestId;
        wallet.messageHash = request->messageHash;
        wallet.signer = request->signer;
        wallet.chainId = request->chainId.toDecimal();
        wallet.native = request.value();
        return wallet;
    }
    return fail(
        QCoreApplication::translate("kiosk::qr", "this is not a Loyalty Kiosk signing request"));
}

QString walletResponseText(const WalletRequest &request, const eth::Signature &signature,
                           const QString &origin)
{
    if (request.format == RequestFormat::Json)
        return nativeResponseText(request.requestId, signature);
    EthSignature answer;
    answer.requestId = request.requestId;
    answer.signature = signature.bytes;
    answer.origin = origin;
    return answer.toUrString().toUpper();
}

} // namespace kiosk::qr
