// SPDX-License-Identifier: MIT
#include "qr/ur.h"

#include "qr/bytewords.h"

#include <QCoreApplication>

#include <limits>

namespace kiosk::qr {

namespace {

struct ParsedUr
{
    QString type;
    QString body;
    bool multipart = false;
    std::uint32_t seqNum = 0;
    int seqLen = 0;
};

QString notAUr()
{
    return QCoreApplication::translate("kiosk::qr", "not a UR (it must start with ur:)");
}

// "12" -> 12; nullopt for anything but 1 to 10 plain digits.
std::optional<std::uint64_t> parseDecimal(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 10)
        return std::nullopt;
    std::uint64_t value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

Result<ParsedUr> parseUrText(QStringView input)
{
    if (input.size() > kMaxUrTextLength)
        return fail(QCoreApplication::translate("kiosk::qr", "too long to be a UR"));
    const QStringView text = input.trimmed();
    // Only printable ASCII; lower-cased by hand (Unicode case mapping would accept look-alikes).
    QString lower(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u < 0x21 || u > 0x7e)
            return fail(notAUr());
        lower[i] = QChar((u >= u'A' && u <= u'Z') ? char16_t(u - u'A' + u'a') : u);
    }
    if (!lower.startsWith(u"ur:"))
        return fail(notAUr());
    const QList<QStringView> pieces = QStringView(lower).mid(3).split(u'/');
    if (pieces.size() > 3)
        return fail(QCoreApplication::translate("kiosk::qr", "malformed UR: too many '/'"));
    ParsedUr parsed;
    parsed.type = pieces.front().toString();
    if (parsed.type.isEmpty())
        return fail(QCoreApplication::translate("kiosk::qr", "malformed UR: no type"));
    if (!isValidUrType(parsed.type))
        return fail(QCoreApplication::translate(
                        "kiosk::qr", "UR type '%1' may only have letters, digits and '-'")
                        .arg(parsed.type.left(40)));
    if (pieces.size() < 2 || pieces.back().isEmpty())
        return fail(QCoreApplication::translate("kiosk::qr", "truncated: the UR has no data"));
    parsed.body = pieces.back().toString();
    if (pieces.size() == 3) {
        const QStringView sequence = pieces.at(1);
        const qsizetype dash = sequence.indexOf(u'-');
        const auto seqNum = dash < 0 ? std::nullopt : parseDecimal(sequence.left(dash));
        const auto seqLen = dash < 0 ? std::nullopt : parseDecimal(sequence.mid(dash + 1));
        if (!seqNum || !seqLen || *seqNum < 1 || *seqLen < 1 ||
            *seqNum > std::numeric_limits<std::uint32_t>::max())
            return fail(QCoreApplication::translate(
                            "kiosk::qr", "malformed UR part number '%1' (expected like 2-10)")
                            .arg(sequence.left(24)));
        if (*seqLen > std::uint64_t(kMaxSequenceLength))
            return fail(QCoreApplication::translate(
                            "kiosk::qr", "too many parts (%1; the kiosk takes at most %2)")
                            .arg(*seqLen)
                            .arg(kMaxSequenceLength));
        parsed.multipart = true;
        parsed.seqNum = std::uint32_t(*seqNum);
        parsed.seqLen = int(*seqLen);
    }
    return parsed;
}

QString messageTooLong(qsizetype size)
{
    return QCoreApplication::translate("kiosk::qr", "message too long (%1 bytes; at most %2)")
        .arg(size)
        .arg(kMaxMessageLength);
}

} // namespace

bool isValidUrType(QStringView type)
{
    if (type.isEmpty())
        return false;
    for (const QChar c : type) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'))
            return false;
    }
    return true;
}

QString encodeUr(const UR &ur)
{
    Q_ASSERT(isValidUrType(ur.type));
    return QStringLiteral("ur:") % ur.type % u'/' %
           bytewordsEncode(ur.cbor, BytewordsStyle::Minimal);
}

Result<UR> decodeUr(QStringView text)
{
    auto parsed = parseUrText(text);
    if (!parsed)
        return fail(parsed.error());
    if (parsed->multipart)
        return fail(QCoreApplication::translate(
                        "kiosk::qr", "this is part %1 of a %2-part UR: scan all of its parts")
                        .arg(parsed->seqNum)
                        .arg(parsed->seqLen));
    auto cbor = bytewordsDecode(parsed->body, BytewordsStyle::Minimal);
    if (!cbor)
        return fail(cbor.error());
    if (cbor->size() > kMaxMessageLength)
        return fail(messageTooLong(cbor->size()));
    return UR{parsed->type, cbor.value()};
}

// --- encoder --------------------------------------------------------------------------------

UREncoder::UREncoder(QString type, QString singlePart, FountainEncoder fountain)
    : m_type(std::move(type)), m_singlePart(std::move(singlePart)), m_fountain(std::move(fountain))
{}

Result<UREncoder> UREncoder::create(const UR &ur, qsizetype maxFragmentLength,
                                    std::uint32_t firstSeqNum, qsizetype minFragmentLength)
{
    if (!isValidUrType(ur.type))
        return fail(QCoreApplication::translate(
                        "kiosk::qr", "UR type '%1' may only have letters, digits and '-'")
                        .arg(ur.type.left(40)));
    auto fountain =
        FountainEncoder::create(ur.cbor, maxFragmentLength, firstSeqNum, minFragmentLength);
    if (!fountain)
        return fail(fountain.error());
    return UREncoder(ur.type, encodeUr(ur), std::move(fountain).value());
}

QString UREncoder::nextPart()
{
    if (isSinglePart())
        return m_singlePart;
    const FountainPart part = m_fountain.nextPart();
    return QStringLiteral("ur:") % m_type % u'/' % QString::number(part.seqNum) % u'-' %
           QString::number(part.seqLen) % u'/' %
           bytewordsEncode(part.toCbor(), BytewordsStyle::Minimal);
}

// --- decoder --------------------------------------------------------------------------------

Result<bool> URDecoder::receivePart(QStringView text)
{
    if (isComplete()) {
        const auto done = result();
        if (!done)
            return fail(done.error());
        return true;
    }
    auto parsed = parseUrText(text);
    if (!parsed)
        return fail(parsed.error());
    if (!m_type.isEmpty() && parsed->type != m_type)
        return fail(QCoreApplication::translate(
                        "kiosk::qr", "part of a UR of another type ('%1', expected '%2')")
                        .arg(parsed->type.left(40), m_type));
    auto cbor = bytewordsDecode(parsed->body, BytewordsStyle::Minimal);
    if (!cbor)
        return fail(cbor.error());

    if (!parsed->multipart) {
        if (m_fountain.expectedPartCount() > 0)
            return fail(QCoreApplication::translate(
                "kiosk::qr", "part of another message: finish this code or start again"));
        if (cbor->size() > kMaxMessageLength)
            return fail(messageTooLong(cbor->size()));
        m_type = parsed->type;
        m_result = UR{parsed->type, cbor.value()};
        m_singlePart = true;
        return true;
    }

    auto part = FountainPart::fromCbor(cbor.value());
    if (!part)
        return fail(part.error());
    if (part->seqNum != parsed->seqNum || part->seqLen != parsed->seqLen)
        return fail(
            QCoreApplication::translate("kiosk::qr", "UR part %1-%2 does not match its content")
                .arg(parsed->seqNum)
                .arg(parsed->seqLen));
    auto done = m_fountain.receivePart(part.value());
    if (!done)
        return fail(done.error());
    m_type = parsed->type;
    if (done.value())
        m_result = UR{m_type, m_fountain.result().value()};
    return done.value();
}

Result<UR> URDecoder::result() const
{
    if (m_result)
        return *m_result;
    if (m_fountain.isComplete())
        return fail(m_fountain.result().error());
    return fail(QCoreApplication::translate("kiosk::qr", "the UR is not complete yet"));
}

double URDecoder::estimatedProgress() const
{
    if (m_result)
        return 1;
    return m_fountain.estimatedProgress();
}

int URDecoder::processedPartCount() const
{
    return m_singlePart ? 1 : m_fountain.processedPartCount();
}

int URDecoder::expectedPartCount() const
{
    return m_singlePart ? 1 : m_fountain.expectedPartCount();
}

void URDecoder::reset()
{
    *this = URDecoder();
}

} // namespace kiosk::qr
