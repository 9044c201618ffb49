// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "qr/fountain.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kiosk::qr {

// A Uniform Resource (BCR-2020-005): a registry type name and the CBOR it describes.
struct UR
{
    QString type; // lower-case letters, digits and '-'
    QByteArray cbor;

    friend bool operator==(const UR &, const UR &) = default;
};

// Longest text taken as one UR or part: a whole message of kMaxMessageLength in bytewords.
inline constexpr qsizetype kMaxUrTextLength = 2 * (kMaxMessageLength + 4) + 256;

// Lower-case letters, digits and '-' only, not empty.
bool isValidUrType(QStringView type);

// Single part: "ur:<type>/<minimal bytewords>". The type must be valid. Lower case; upper-case
// it (QString::toUpper) for denser QR codes, the parsers take either.
QString encodeUr(const UR &ur);
// A single-part UR, any case, surrounding white space ignored. One part of a multi-part UR is
// refused with a message that says so (use URDecoder).
Result<UR> decodeUr(QStringView text);

// Splits a UR into "ur:<type>/<seq>-<len>/<bytewords>" parts when it does not fit one QR code:
// the plain fragments first, then mixed parts for ever. A UR that fits is always the same single
// part.
class UREncoder
{
public:
    static Result<UREncoder> create(const UR &ur, qsizetype maxFragmentLength,
                                    std::uint32_t firstSeqNum = 0,
                                    qsizetype minFragmentLength = kDefaultMinFragmentLength);

    QString nextPart();
    bool isSinglePart() const { return m_fountain.isSinglePart(); }
    int seqLen() const { return m_fountain.seqLen(); }
    std::uint32_t seqNum() const { return m_fountain.seqNum(); }

private:
    UREncoder(QString type, QString singlePart, FountainEncoder fountain);

    QString m_type;
    QString m_singlePart;
    FountainEncoder m_fountain;
};

// Collects parts read by the camera, in any order, with losses, single or multi-part. Parts of
// another type or another message are refused; the reassembled message's CRC-32 is checked.
class URDecoder
{
public:
    // Ok(true) once the UR is complete; an error says why a part was refused (the decoder keeps
    // what it had, so the camera can go on scanning).
    Result<bool> receivePart(QStringView text);

    bool isComplete() const { return m_result.has_value() || m_fountain.isComplete(); }
    Result<UR> result() const;
    // The type of the first accepted part; empty before.
    const QString &expectedType() const { return m_type; }

    double estimatedProgress() const;
    int processedPartCount() const;
    int expectedPartCount() const;
    void reset();

private:
    QString m_type;
    FountainDecoder m_fountain;
    std::optional<UR> m_result;
    bool m_singlePart = false;
};

} // namespace kiosk::qr
