// SPDX-License-Identifier: MIT
#include "qr/urcbor.h"

#include <QCborStreamReader>
#include <QCoreApplication>

#include <set>

namespace kiosk::qr::cbor {

namespace {

constexpr std::uint64_t kUuidTag = 37;

// Walks one item; false on malformed data, too deep a nesting or a UUID of the wrong size.
bool scanItem(QCborStreamReader &reader, int depth)
{
    if (depth > kMaxDepth || reader.lastError() != QCborError::NoError)
        return false;
    switch (reader.type()) {
    case QCborStreamReader::Tag: {
        const bool uuid = quint64(reader.toTag()) == kUuidTag;
        if (!reader.next())
            return false;
        if (uuid && (!reader.isByteArray() || !reader.isLengthKnown() || reader.length() != 16))
            return false;
        return scanItem(reader, depth + 1);
    }
    case QCborStreamReader::Array:
    case QCborStreamReader::Map:
        if (!reader.enterContainer())
            return false;
        while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
            if (!scanItem(reader, depth + 1))
                return false;
        }
        if (reader.lastError() != QCborError::NoError)
            return false;
        return reader.leaveContainer();
    case QCborStreamReader::Invalid:
        return false;
    default:
        // Scalars and strings; next() reads strings chunk by chunk and checks them.
        return reader.next(1);
    }
}

} // namespace

Result<QCborValue> parse(QByteArrayView data)
{
    const QByteArray bytes = data.toByteArray();
    const auto malformed = [] {
        return fail(QCoreApplication::translate("kiosk::qr", "malformed CBOR data"));
    };
    {
        QCborStreamReader scanner(bytes);
        if (!scanItem(scanner, 0) || scanner.lastError() != QCborError::NoError)
            return malformed();
        if (scanner.currentOffset() != bytes.size())
            return fail(
                QCoreApplication::translate("kiosk::qr", "unexpected data after the CBOR item"));
    }
    QCborStreamReader reader(bytes);
    QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return malformed();
    return value;
}

Result<QCborMap> uniqueKeyMap(const QCborValue &value, const QString &what)
{
    if (!value.isMap())
        return fail(QCoreApplication::translate("kiosk::qr", "%1 is not a CBOR map").arg(what));
    const QCborMap map = value.toMap();
    std::set<QCborValue> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!seen.insert(it.key()).second)
            return fail(QCoreApplication::translate("kiosk::qr", "%1 repeats a key").arg(what));
    }
    return map;
}

std::optional<std::uint64_t> toUnsigned(const QCborValue &value, std::uint64_t max)
{
    if (!value.isInteger())
        return std::nullopt;
    const qint64 n = value.toInteger();
    if (n < 0 || std::uint64_t(n) > max)
        return std::nullopt;
    return std::uint64_t(n);
}

std::optional<QCborValue> untag(const QCborValue &value, std::initializer_list<std::uint64_t> tags)
{
    if (!value.isTag())
        return value;
    for (const std::uint64_t tag : tags) {
        if (quint64(value.tag()) == tag)
            return value.taggedValue();
    }
    return std::nullopt;
}

std::optional<QUuid> toUuid(const QCborValue &value)
{
    // parse() already made sure a tag 37 wraps exactly 16 bytes.
    if (value.isUuid())
        return value.toUuid();
    if (value.isByteArray() && value.toByteArray().size() == 16)
        return QUuid::fromRfc4122(value.toByteArray());
    return std::nullopt;
}

} // namespace kiosk::qr::cbor
