// SPDX-License-Identifier: MIT
#include "qr/responsereader.h"

#include <algorithm>
#include <deque>

#include "qr/erc4527.h"
#include "qr/ur.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk::qr {

// Animated answers kept apart by message: a camera that scans continuously also picks up stray
// parts of other codes (another kiosk's screen, a poster, an old answer). Such a part starts
// its own decode instead of blocking the real answer; the oldest is dropped beyond a few.
class UrDecoderState
{
public:
    static constexpr std::size_t kMaxMessages = 4;
    std::deque<URDecoder> decoders; // most recently started first
};

namespace {

constexpr qsizetype kMaxScanLength = 64 * 1024;

Result<SigningResponse> fromEthSignature(const UR &ur)
{
    if (ur.type == u"eth-sign-request")
        return fail(QCoreApplication::translate(
            "kiosk::qr", "this is the kiosk's own request: scan the answer your wallet shows"));
    if (ur.type != u"eth-signature")
        return fail(QCoreApplication::translate("kiosk::qr", "this code (%1) is not a signature")
                        .arg(ur.type));
    auto signature = EthSignature::fromUr(ur);
    if (!signature)
        return fail(signature.error());
    if (signature->requestId.isNull())
        return fail(QCoreApplication::translate(
            "kiosk::qr", "this signature does not say which request it answers"));
    if (signature->signature.size() != 65)
        return fail(
            QCoreApplication::translate("kiosk::qr", "the signature in this code is not 65 bytes"));
    return SigningResponse{SigningResponse::Kind::Ur, signature->requestId,
                           eth::Signature{signature->signature}};
}

Result<SigningResponse> fromJson(const QJsonObject &o)
{
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String(kNativeRequestType))
        return fail(QCoreApplication::translate(
            "kiosk::qr", "this is the kiosk's own request: scan the answer your wallet shows"));
    if (type != QLatin1String(kNativeResponseType))
        return fail(QCoreApplication::translate("kiosk::qr", "this code is not a signature"));
    const QUuid requestId = QUuid::fromString(o.value(QLatin1String("requestId")).toString());
    if (requestId.isNull())
        return fail(QCoreApplication::translate(
            "kiosk::qr", "this signature does not say which request it answers"));
    auto signature = eth::Signature::parse(o.value(QLatin1String("signature")).toString());
    if (!signature)
        return fail(QCoreApplication::translate("kiosk::qr", "the signature in this code: %1")
                        .arg(signature.error()));
    return SigningResponse{SigningResponse::Kind::Json, requestId, signature.value()};
}
} // namespace

ResponseReader::ResponseReader() : m_ur(std::make_unique<UrDecoderState>()) {}
ResponseReader::~ResponseReader() = default;

void ResponseReader::reset()
{
    m_ur->decoders.clear();
}

Result<ResponseReader::Outcome> ResponseReader::add(const QString &scanned)
{
    const QString trimmed = scanned.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("kiosk::qr", "nothing was read"));
    if (trimmed.size() > kMaxScanLength)
        return fail(QCoreApplication::translate("kiosk::qr",
                                                "this code is far too long to be a signature"));

    if (trimmed.startsWith(u"ur:", Qt::CaseInsensitive)) {
        URDecoder *taking = nullptr;
        for (URDecoder &decoder : m_ur->decoders)
            if (decoder.receivePart(trimmed)) {
                taking = &decoder;
                break;
            }
        if (!taking) {
            // Refused by every message in progress: a part of a new one, or not a part at all.
            URDecoder fresh;
            auto accepted = fresh.receivePart(trimmed);
            if (!accepted)
                return fail(accepted.error());
            m_ur->decoders.push_front(std::move(fresh));
            if (m_ur->decoders.size() > UrDecoderState::kMaxMessages)
                m_ur->decoders.pop_back();
            taking = &m_ur->decoders.front();
        }
        if (!taking->isComplete())
            return Outcome{std::nullopt, taking->estimatedProgress()};
        auto ur = taking->result();
        // Only this message is done: another one in progress (the real answer, if this was a
        // stray code) keeps its parts.
        m_ur->decoders.erase(std::find_if(m_ur->decoders.begin(), m_ur->decoders.end(),
                                          [taking](const URDecoder &d) { return &d == taking; }));
        if (!ur)
            return fail(ur.error());
        auto response = fromEthSignature(ur.value());
        if (!response)
            return fail(response.error());
        return Outcome{response.value(), 1.0};
    }
    if (trimmed.startsWith(u'{')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return fail(QCoreApplication::translate("kiosk::qr", "this code is not a signature"));
        auto response = fromJson(document.object());
        if (!response)
            return fail(response.error());
        return Outcome{response.value(), 1.0};
    }
    if (trimmed.startsWith(u"0x", Qt::CaseInsensitive)) {
        QString hex = trimmed;
        hex[1] = u'x';
        auto signature = eth::Signature::parse(hex);
        if (!signature)
            return fail(QCoreApplication::translate("kiosk::qr", "this code is not a signature: %1")
                            .arg(signature.error()));
        return Outcome{SigningResponse{SigningResponse::Kind::BareHex, QUuid(), signature.value()},
                       1.0};
    }
    return fail(QCoreApplication::translate("kiosk::qr", "this code is not a signature"));
}

} // namespace kiosk::qr
