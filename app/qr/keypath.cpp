// SPDX-License-Identifier: MIT
#include "qr/keypath.h"

#include "qr/urcbor.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

#include <limits>

namespace kiosk::qr {

namespace {

constexpr qint64 kComponents = 1;
constexpr qint64 kSourceFingerprint = 2;
constexpr qint64 kDepth = 3;

// More components than any real wallet uses; bounds the work on hostile input.
constexpr qsizetype kMaxComponents = 32;

} // namespace

Result<KeyPath> KeyPath::parse(QStringView text)
{
    const auto bad = [&] {
        return fail(QCoreApplication::translate("kiosk::qr", "'%1' is not a derivation path")
                        .arg(text.left(64)));
    };
    QStringView rest = text.trimmed();
    if (rest == u"m" || rest == u"M")
        return KeyPath{};
    if (rest.startsWith(u"m/") || rest.startsWith(u"M/"))
        rest = rest.mid(2);
    if (rest.isEmpty())
        return bad();
    KeyPath path;
    for (QStringView piece : rest.split(u'/')) {
        PathComponent component;
        if (piece.endsWith(u'\'') || piece.endsWith(u'h') || piece.endsWith(u'H')) {
            component.hardened = true;
            piece.chop(1);
        }
        if (piece.isEmpty() || piece.size() > 10 || path.components.size() >= kMaxComponents)
            return bad();
        std::uint64_t index = 0;
        for (const QChar c : piece) {
            if (c < u'0' || c > u'9')
                return bad();
            index = index * 10 + (c.unicode() - u'0');
        }
        if (index >= kHardenedBit)
            return bad();
        component.index = std::uint32_t(index);
        path.components.append(component);
    }
    return path;
}

QString KeyPath::toString() const
{
    QString out = QStringLiteral("m");
    for (const PathComponent &c : components) {
        out += u'/';
        out += QString::number(c.index);
        if (c.hardened)
            out += u'\'';
    }
    return out;
}

QCborValue KeyPath::toCbor() const
{
    QCborArray array;
    for (const PathComponent &c : components) {
        array.append(qint64(c.index));
        array.append(c.hardened);
    }
    QCborMap map;
    map.insert(kComponents, array);
    if (sourceFingerprint)
        map.insert(kSourceFingerprint, qint64(*sourceFingerprint));
    if (depth)
        map.insert(kDepth, qint64(*depth));
    return map;
}

Result<KeyPath> KeyPath::fromCbor(const QCborValue &value)
{
    const QString what = QCoreApplication::translate("kiosk::qr", "the key path");
    const auto bad = [] {
        return fail(QCoreApplication::translate("kiosk::qr", "malformed key path"));
    };
    const auto inner = cbor::untag(value, {kTagKeypath, kTagKeypathV2});
    if (!inner)
        return bad();
    auto map = cbor::uniqueKeyMap(*inner, what);
    if (!map)
        return fail(map.error());
    const QCborValue components = map->value(kComponents);
    if (!components.isArray())
        return bad();
    const QCborArray array = components.toArray();
    if (array.size() % 2 != 0 || array.size() > 2 * kMaxComponents)
        return bad();
    KeyPath path;
    for (qsizetype i = 0; i < array.size(); i += 2) {
        // Wildcards ([]) and ranges ([a, b]) only appear in "children" paths, never needed here.
        const auto index = cbor::toUnsigned(array.at(i), kHardenedBit - 1);
        if (!index || !array.at(i + 1).isBool())
            return bad();
        path.components.append(PathComponent{std::uint32_t(*index), array.at(i + 1).toBool()});
    }
    const QCborValue fingerprint = map->value(kSourceFingerprint);
    if (!fingerprint.isUndefined()) {
        const auto fp = cbor::toUnsigned(fingerprint, std::numeric_limits<std::uint32_t>::max());
        if (!fp)
            return bad();
        path.sourceFingerprint = std::uint32_t(*fp);
    }
    const QCborValue depth = map->value(kDepth);
    if (!depth.isUndefined()) {
        const auto d = cbor::toUnsigned(depth, 255);
        if (!d)
            return bad();
        path.depth = int(*d);
    }
    return path;
}

bool KeyPath::startsWith(const KeyPath &prefix) const
{
    return components.size() >= prefix.components.size() &&
           std::equal(prefix.components.begin(), prefix.components.end(), components.begin());
}

} // namespace kiosk::qr
