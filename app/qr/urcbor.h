// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QCborValue>
#include <QUuid>

#include <cstdint>
#include <optional>

// Helpers shared by the UR registry types: careful CBOR reading on top of Qt's QCbor classes.
namespace kiosk::qr::cbor {

inline constexpr int kMaxDepth = 16;

// Exactly one well-formed CBOR item filling all of data, at most kMaxDepth deep (tags count).
// Qt reads tag 37 into a QUuid and pads or cuts its bytes; here it must wrap exactly 16 bytes.
Result<QCborValue> parse(QByteArrayView data);

// A map whose keys are all distinct (a repeated key could smuggle a second value past a check).
Result<QCborMap> uniqueKeyMap(const QCborValue &value, const QString &what);

// An unsigned integer no larger than max.
std::optional<std::uint64_t> toUnsigned(const QCborValue &value, std::uint64_t max);

// value with one of the given tags removed, or value itself when it is untagged. nullopt when
// it carries some other tag.
std::optional<QCborValue> untag(const QCborValue &value, std::initializer_list<std::uint64_t> tags);

// A UUID tagged 37 (also accepted bare: 16 bytes).
std::optional<QUuid> toUuid(const QCborValue &value);

} // namespace kiosk::qr::cbor
