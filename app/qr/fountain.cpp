// SPDX-License-Identifier: MIT
#include "qr/fountain.h"

#include "qr/bytewords.h"
#include "qr/urcbor.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <limits>

namespace kiosk::qr {

namespace {

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

void appendBigEndian(QByteArray &out, std::uint32_t value)
{
    out.append(char(value >> 24));
    out.append(char(value >> 16));
    out.append(char(value >> 8));
    out.append(char(value));
}

void xorInto(QByteArray &target, const QByteArray &source)
{
    Q_ASSERT(target.size() == source.size());
    char *t = target.data();
    const char *s = source.constData();
    for (qsizetype i = 0; i < target.size(); ++i)
        t[i] = char(t[i] ^ s[i]);
}

// a is a proper subset of b (both sorted). Binary searches from a shrinking start: most
// candidates miss early, so this stays cheap when b holds thousands of fragments.
bool isStrictSubset(const std::vector<int> &a, const std::vector<int> &b)
{
    if (a.size() >= b.size())
        return false;
    if (a.empty())
        return true;
    if (a.front() < b.front() || a.back() > b.back())
        return false;
    auto from = b.begin();
    for (const int index : a) {
        from = std::lower_bound(from, b.end(), index);
        if (from == b.end() || *from != index)
            return false;
        ++from;
    }
    return true;
}

std::vector<int> difference(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<int> out;
    out.reserve(a.size() - std::min(a.size(), b.size()));
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

// Takes random remaining items one at a time like the reference shuffle, but finds the k-th
// remaining item with a Fenwick tree instead of erasing from a vector (n log n, not n^2), and
// can stop after the first `count` picks: the rest of a shuffle is never used.
std::vector<int> shuffledPrefix(int n, int count, Xoshiro256 &rng)
{
    std::vector<int> tree(std::size_t(n) + 1);
    for (int i = 1; i <= n; ++i)
        tree[i] = i & -i; // every item present
    int topStep = 1;
    while (topStep * 2 <= n)
        topStep *= 2;

    std::vector<int> picks;
    picks.reserve(std::size_t(count));
    for (int remaining = n; int(picks.size()) < count; --remaining) {
        // Clamped: a double of exactly 1.0 would index past the end (undefined in the reference).
        const int k = int(std::min<std::uint64_t>(rng.nextInt(0, std::uint64_t(remaining - 1)),
                                                  std::uint64_t(remaining - 1)));
        int pos = 0;
        int rank = k + 1;
        for (int step = topStep; step > 0; step /= 2) {
            if (pos + step <= n && tree[pos + step] < rank) {
                pos += step;
                rank -= tree[pos];
            }
        }
        picks.push_back(pos); // the item at 0-based position pos
        for (int i = pos + 1; i <= n; i += i & -i)
            --tree[i];
    }
    return picks;
}

std::vector<double> degreeWeights(int seqLen)
{
    std::vector<double> weights;
    weights.reserve(std::size_t(seqLen));
    for (int i = 1; i <= seqLen; ++i)
        weights.push_back(1.0 / i);
    return weights;
}

} // namespace

// --- Xoshiro256 -----------------------------------------------------------------------------

Xoshiro256 Xoshiro256::fromSeed(QByteArrayView seed)
{
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    std::array<std::uint64_t, 4> state{};
    for (int i = 0; i < 4; ++i) {
        std::uint64_t v = 0;
        for (int n = 0; n < 8; ++n)
            v = (v << 8) | std::uint8_t(digest[i * 8 + n]);
        state[i] = v;
    }
    return Xoshiro256(state);
}

std::uint64_t Xoshiro256::next()
{
    const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const std::uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Xoshiro256::nextDouble()
{
    const double m = double(std::numeric_limits<std::uint64_t>::max()) + 1;
    return double(next()) / m;
}

std::uint64_t Xoshiro256::nextInt(std::uint64_t low, std::uint64_t high)
{
    return std::uint64_t(nextDouble() * double(high - low + 1)) + low;
}

std::uint8_t Xoshiro256::nextByte()
{
    return std::uint8_t(nextInt(0, 255));
}

QByteArray Xoshiro256::nextData(qsizetype count)
{
    QByteArray out;
    out.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        out.append(char(nextByte()));
    return out;
}

// --- sampling -------------------------------------------------------------------------------

RandomSampler::RandomSampler(const std::vector<double> &weights)
{
    const std::size_t n = weights.size();
    Q_ASSERT(n > 0);
    double sum = 0;
    for (const double w : weights)
        sum += w;
    // Same operations in the same order as the reference: the table must match bit for bit.
    std::vector<double> p;
    p.reserve(n);
    for (const double w : weights)
        p.push_back(w * double(n) / sum);

    std::vector<int> small;
    std::vector<int> large;
    small.reserve(n);
    large.reserve(n);
    for (int i = int(n) - 1; i >= 0; --i)
        (p[i] < 1 ? small : large).push_back(i);

    m_probs.assign(n, 0);
    m_aliases.assign(n, 0);
    while (!small.empty() && !large.empty()) {
        const int a = small.back();
        small.pop_back();
        const int g = large.back();
        large.pop_back();
        m_probs[a] = p[a];
        m_aliases[a] = g;
        p[g] += p[a] - 1;
        (p[g] < 1 ? small : large).push_back(g);
    }
    for (const int g : large)
        m_probs[g] = 1;
    for (const int a : small)
        m_probs[a] = 1; // only through rounding
}

int RandomSampler::next(Xoshiro256 &rng) const
{
    const double r1 = rng.nextDouble();
    const double r2 = rng.nextDouble();
    const int n = int(m_probs.size());
    const int i = std::min(int(double(n) * r1), n - 1);
    return r2 < m_probs[i] ? i : m_aliases[i];
}

int chooseDegree(int seqLen, Xoshiro256 &rng)
{
    return RandomSampler(degreeWeights(seqLen)).next(rng) + 1;
}

std::vector<int> shuffled(const std::vector<int> &items, Xoshiro256 &rng)
{
    std::vector<int> out;
    out.reserve(items.size());
    for (const int pos : shuffledPrefix(int(items.size()), int(items.size()), rng))
        out.push_back(items[std::size_t(pos)]);
    return out;
}

FragmentChooser::FragmentChooser(int seqLen)
    : m_seqLen(seqLen), m_degrees(degreeWeights(std::max(seqLen, 1)))
{}

std::vector<int> FragmentChooser::choose(std::uint32_t seqNum, std::uint32_t checksum) const
{
    Q_ASSERT(seqNum >= 1);
    if (seqNum <= std::uint32_t(m_seqLen))
        return {int(seqNum - 1)};
    QByteArray seed;
    appendBigEndian(seed, seqNum);
    appendBigEndian(seed, checksum);
    Xoshiro256 rng = Xoshiro256::fromSeed(seed);
    const int degree = m_degrees.next(rng) + 1;
    std::vector<int> indexes = shuffledPrefix(m_seqLen, degree, rng);
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

std::vector<int> chooseFragments(std::uint32_t seqNum, int seqLen, std::uint32_t checksum)
{
    return FragmentChooser(seqLen).choose(seqNum, checksum);
}

// --- message splitting ----------------------------------------------------------------------

qsizetype nominalFragmentLength(qsizetype messageLength, qsizetype minFragmentLength,
                                qsizetype maxFragmentLength)
{
    Q_ASSERT(messageLength > 0 && minFragmentLength > 0 && maxFragmentLength >= minFragmentLength);
    // The reference asserts on messages shorter than the minimum; one fragment is the answer.
    const qsizetype maxFragmentCount = std::max<qsizetype>(messageLength / minFragmentLength, 1);
    qsizetype fragmentLength = messageLength;
    for (qsizetype count = 1; count <= maxFragmentCount; ++count) {
        fragmentLength = (messageLength + count - 1) / count;
        if (fragmentLength <= maxFragmentLength)
            break;
    }
    return fragmentLength;
}

QList<QByteArray> partitionMessage(const QByteArray &message, qsizetype fragmentLength)
{
    QList<QByteArray> fragments;
    for (qsizetype offset = 0; offset < message.size(); offset += fragmentLength) {
        QByteArray fragment = message.mid(offset, fragmentLength);
        fragment.append(fragmentLength - fragment.size(), '\0');
        fragments.append(fragment);
    }
    return fragments;
}

// --- parts ----------------------------------------------------------------------------------

QByteArray FountainPart::toCbor() const
{
    QCborArray array;
    array.append(qint64(seqNum));
    array.append(qint64(seqLen));
    array.append(qint64(messageLength));
    array.append(qint64(checksum));
    array.append(data);
    return QCborValue(array).toCbor();
}

Result<FountainPart> FountainPart::fromCbor(QByteArrayView cbor)
{
    const auto bad = [] {
        return fail(QCoreApplication::translate("kiosk::qr", "not a valid multi-part UR fragment"));
    };
    auto value = cbor::parse(cbor);
    if (!value)
        return bad();
    if (!value->isArray())
        return bad();
    const QCborArray array = value->toArray();
    if (array.size() != 5 || !array.at(4).isByteArray())
        return bad();
    const auto seqNum = cbor::toUnsigned(array.at(0), std::numeric_limits<std::uint32_t>::max());
    const auto seqLen = cbor::toUnsigned(array.at(1), std::numeric_limits<std::uint32_t>::max());
    const auto messageLength =
        cbor::toUnsigned(array.at(2), std::numeric_limits<std::uint32_t>::max());
    const auto checksum = cbor::toUnsigned(array.at(3), std::numeric_limits<std::uint32_t>::max());
    if (!seqNum || !seqLen || !messageLength || !checksum)
        return bad();
    if (*seqNum < 1 || *seqLen < 1)
        return bad();
    if (*seqLen > std::uint64_t(kMaxSequenceLength))
        return fail(QCoreApplication::translate("kiosk::qr",
                                                "too many parts (%1; the kiosk takes at most %2)")
                        .arg(*seqLen)
                        .arg(kMaxSequenceLength));
    if (*messageLength > std::uint64_t(kMaxMessageLength))
        return fail(
            QCoreApplication::translate("kiosk::qr", "message too long (%1 bytes; at most %2)")
                .arg(*messageLength)
                .arg(kMaxMessageLength));
    FountainPart part;
    part.seqNum = std::uint32_t(*seqNum);
    part.seqLen = int(*seqLen);
    part.messageLength = qsizetype(*messageLength);
    part.checksum = std::uint32_t(*checksum);
    part.data = array.at(4).toByteArray();
    // What any reference encoder produces: seqLen fragments of data.size() bytes hold the
    // message, the last one only partly. Anything else cannot reassemble.
    const qsizetype fragmentLength = part.data.size();
    if (part.messageLength < 1 || fragmentLength < 1 || fragmentLength > part.messageLength ||
        (part.messageLength + fragmentLength - 1) / fragmentLength != part.seqLen)
        return bad();
    return part;
}

// --- encoder --------------------------------------------------------------------------------

FountainEncoder::FountainEncoder(const QByteArray &message, qsizetype fragmentLength,
                                 std::uint32_t firstSeqNum)
    : m_messageLength(message.size()), m_checksum(crc32(message)), m_fragmentLength(fragmentLength),
      m_fragments(partitionMessage(message, fragmentLength)), m_seqNum(firstSeqNum),
      m_chooser(int(m_fragments.size()))
{}

Result<FountainEncoder> FountainEncoder::create(const QByteArray &message,
                                                qsizetype maxFragmentLength,
                                                std::uint32_t firstSeqNum,
                                                qsizetype minFragmentLength)
{
    if (message.isEmpty())
        return fail(QCoreApplication::translate("kiosk::qr", "nothing to encode"));
    if (message.size() > kMaxMessageLength)
        return fail(
            QCoreApplication::translate("kiosk::qr", "message too long (%1 bytes; at most %2)")
                .arg(message.size())
                .arg(kMaxMessageLength));
    if (minFragmentLength < 1 || maxFragmentLength < minFragmentLength)
        return fail(QCoreApplication::translate("kiosk::qr",
                                                "the fragment length must be at least %1 bytes")
                        .arg(std::max<qsizetype>(minFragmentLength, 1)));
    const qsizetype fragmentLength =
        nominalFragmentLength(message.size(), minFragmentLength, maxFragmentLength);
    if ((message.size() + fragmentLength - 1) / fragmentLength > kMaxSequenceLength)
        return fail(QCoreApplication::translate(
                        "kiosk::qr", "too many parts (more than %1) for fragments of %2 bytes")
                        .arg(kMaxSequenceLength)
                        .arg(fragmentLength));
    return FountainEncoder(message, fragmentLength, firstSeqNum);
}

FountainPart FountainEncoder::nextPart()
{
    // Wraps after 2^32 parts like the reference, but skips 0, which names no fragment.
    m_seqNum = m_seqNum == std::numeric_limits<std::uint32_t>::max() ? 1 : m_seqNum + 1;
    m_lastIndexes = m_chooser.choose(m_seqNum, m_checksum);
    QByteArray mixed(m_fragmentLength, '\0');
    for (const int index : m_lastIndexes)
        xorInto(mixed, m_fragments.at(index));
    return FountainPart{m_seqNum, seqLen(), m_messageLength, m_checksum, mixed};
}

// --- decoder --------------------------------------------------------------------------------

Result<bool> FountainDecoder::receivePart(const FountainPart &part)
{
    if (m_result) {
        if (!m_result->ok())
            return fail(m_result->error());
        return true;
    }
    const qsizetype fragmentLength = part.data.size();
    if (!m_params) {
        // fromCbor() checks these; a part built by hand gets the same treatment.
        if (part.seqNum < 1 || part.seqLen < 1 || part.seqLen > kMaxSequenceLength ||
            part.messageLength < 1 || part.messageLength > kMaxMessageLength ||
            fragmentLength < 1 || fragmentLength > part.messageLength ||
            (part.messageLength + fragmentLength - 1) / fragmentLength != part.seqLen)
            return fail(
                QCoreApplication::translate("kiosk::qr", "not a valid multi-part UR fragment"));
        m_params = Params{part.seqLen, part.messageLength, part.checksum, fragmentLength};
        m_chooser.emplace(part.seqLen);
        m_fragments.assign(std::size_t(part.seqLen), QByteArray());
    } else if (part.seqLen != m_params->seqLen || part.messageLength != m_params->messageLength ||
               part.checksum != m_params->checksum || fragmentLength != m_params->fragmentLength ||
               part.seqNum < 1) {
        return fail(QCoreApplication::translate(
            "kiosk::qr", "part of another message: finish this code or start again"));
    }

    std::vector<int> indexes = m_chooser->choose(part.seqNum, part.checksum);
    m_queue.push_back(Pending{std::move(indexes), part.data});
    while (!m_result && !m_queue.empty()) {
        Pending next = std::move(m_queue.front());
        m_queue.pop_front();
        if (next.indexes.size() == 1)
            processSimple(std::move(next));
        else
            processMixed(std::move(next));
    }
    ++m_processedParts;
    if (m_result && !m_result->ok())
        return fail(m_result->error());
    return m_result.has_value();
}

void FountainDecoder::processSimple(Pending part)
{
    const int index = part.indexes.front();
    if (!m_fragments[std::size_t(index)].isNull())
        return; // duplicate
    m_fragments[std::size_t(index)] = part.data;
    ++m_recovered;
    if (m_recovered == m_params->seqLen)
        finish();
    else
        reduceMixedBy(part);
}

void FountainDecoder::processMixed(Pending part)
{
    if (m_mixed.count(part.indexes) > 0)
        return; // duplicate
    // Peel off the fragments already known (in ascending order, never the last one left), then
    // the mixed parts this one contains.
    std::vector<int> unknown;
    unknown.reserve(part.indexes.size());
    std::size_t left = part.indexes.size();
    for (const int index : part.indexes) {
        const QByteArray &known = m_fragments[std::size_t(index)];
        if (left > 1 && !known.isNull()) {
            xorInto(part.data, known);
            --left;
        } else {
            unknown.push_back(index);
        }
    }
    part.indexes = std::move(unknown);
    for (const auto &[indexes, data] : m_mixed) {
        if (isStrictSubset(indexes, part.indexes)) {
            part.indexes = difference(part.indexes, indexes);
            xorInto(part.data, data);
        }
    }
    if (part.indexes.size() == 1) {
        m_queue.push_back(std::move(part));
        return;
    }
    reduceMixedBy(part);
    // Bounded: a stream of distinct mixed parts that never resolve can grow neither memory nor
    // the work each new part does. A part not kept here is made up for by later ones.
    const std::size_t maxKept =
        std::min<std::size_t>(2 * std::size_t(m_params->seqLen) + 16, kMaxMixedParts);
    const std::size_t count = part.indexes.size();
    if (m_mixed.size() < maxKept && m_mixedIndexCount + count <= kMaxMixedIndexes &&
        m_mixed.emplace(std::move(part.indexes), std::move(part.data)).second)
        m_mixedIndexCount += count;
}

void FountainDecoder::reduceMixedBy(const Pending &part)
{
    // Only the parts that contain this one change; the rest stay where they are.
    std::vector<std::map<std::vector<int>, QByteArray>::iterator> containing;
    for (auto it = m_mixed.begin(); it != m_mixed.end(); ++it) {
        if (isStrictSubset(part.indexes, it->first))
            containing.push_back(it);
    }
    for (const auto &it : containing) {
        auto node = m_mixed.extract(it);
        m_mixedIndexCount -= node.key().size();
        Pending reduced{difference(node.key(), part.indexes), std::move(node.mapped())};
        xorInto(reduced.data, part.data);
        if (reduced.indexes.size() == 1) {
            m_queue.push_back(std::move(reduced));
            continue;
        }
        const std::size_t count = reduced.indexes.size();
        if (m_mixed.emplace(std::move(reduced.indexes), std::move(reduced.data)).second)
            m_mixedIndexCount += count;
    }
}

void FountainDecoder::finish()
{
    QByteArray message;
    message.reserve(m_params->seqLen * m_params->fragmentLength);
    for (const QByteArray &fragment : m_fragments)
        message.append(fragment);
    message.truncate(m_params->messageLength);
    if (crc32(message) != m_params->checksum) {
        m_result = Result<QByteArray>(fail(QCoreApplication::translate(
            "kiosk::qr", "bad checksum: the reassembled message is damaged")));
        return;
    }
    m_result = Result<QByteArray>(std::move(message));
    // The parts are no longer needed.
    m_mixed.clear();
    m_mixedIndexCount = 0;
    m_queue.clear();
}

Result<QByteArray> FountainDecoder::result() const
{
    if (!m_result)
        return fail(QCoreApplication::translate("kiosk::qr", "the message is not complete yet"));
    return *m_result;
}

double FountainDecoder::estimatedProgress() const
{
    if (isSuccess())
        return 1;
    if (!m_params)
        return 0;
    return std::min(0.99, m_processedParts / (m_params->seqLen * 1.75));
}

void FountainDecoder::reset()
{
    *this = FountainDecoder();
}

} // namespace kiosk::qr
