// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace kiosk::qr {

// Limits for what a decoder accepts from a camera; far above anything the kiosk exchanges, far
// below what could exhaust memory or time.
inline constexpr qsizetype kMaxMessageLength = 1 << 20; // 1 MiB
inline constexpr int kMaxSequenceLength = 16384;
inline constexpr qsizetype kDefaultMinFragmentLength = 10;

// xoshiro256** seeded the way the Blockchain Commons reference seeds it, so that every decoder
// picks the same fragments for a part as the encoder did.
class Xoshiro256
{
public:
    explicit Xoshiro256(const std::array<std::uint64_t, 4> &state) : m_s(state) {}
    // SHA-256 of the seed, read as four big-endian 64-bit words.
    static Xoshiro256 fromSeed(QByteArrayView seed);

    std::uint64_t next();
    double nextDouble();                                          // [0, 1)
    std::uint64_t nextInt(std::uint64_t low, std::uint64_t high); // inclusive
    std::uint8_t nextByte();
    QByteArray nextData(qsizetype count);

private:
    std::array<std::uint64_t, 4> m_s{};
};

// Vose's alias method, built in the reference's index order (the order changes the samples).
class RandomSampler
{
public:
    explicit RandomSampler(const std::vector<double> &weights);
    int next(Xoshiro256 &rng) const;

private:
    std::vector<double> m_probs;
    std::vector<int> m_aliases;
};

// How many fragments a mixed part combines: 1..seqLen, weighted 1/degree.
int chooseDegree(int seqLen, Xoshiro256 &rng);
// The reference shuffle (repeatedly take a random remaining item).
std::vector<int> shuffled(const std::vector<int> &items, Xoshiro256 &rng);

// Which fragments part seqNum carries, ascending. Parts 1..seqLen are the plain fragments; later
// ones mix fragments chosen by a generator seeded with seqNum and the message checksum.
class FragmentChooser
{
public:
    explicit FragmentChooser(int seqLen);
    std::vector<int> choose(std::uint32_t seqNum, std::uint32_t checksum) const;

private:
    int m_seqLen;
    RandomSampler m_degrees;
};
std::vector<int> chooseFragments(std::uint32_t seqNum, int seqLen, std::uint32_t checksum);

// The reference's fragment size: the smallest count of equal fragments that fit the maximum.
qsizetype nominalFragmentLength(qsizetype messageLength, qsizetype minFragmentLength,
                                qsizetype maxFragmentLength);
// Fragments of fragmentLength bytes, the last one zero-padded.
QList<QByteArray> partitionMessage(const QByteArray &message, qsizetype fragmentLength);

// One fountain part, carried as the CBOR array [seqNum, seqLen, messageLen, checksum, data].
struct FountainPart
{
    std::uint32_t seqNum = 0;
    int seqLen = 0;
    qsizetype messageLength = 0;
    std::uint32_t checksum = 0;
    QByteArray data;

    QByteArray toCbor() const;
    // Also checks the header against the limits and for consistency with the data size.
    static Result<FountainPart> fromCbor(QByteArrayView cbor);

    friend bool operator==(const FountainPart &, const FountainPart &) = default;
};

// Splits a message into parts: first the seqLen plain fragments, then mixed ones without end.
class FountainEncoder
{
public:
    static Result<FountainEncoder> create(const QByteArray &message, qsizetype maxFragmentLength,
                                          std::uint32_t firstSeqNum = 0,
                                          qsizetype minFragmentLength = kDefaultMinFragmentLength);

    FountainPart nextPart();

    int seqLen() const { return int(m_fragments.size()); }
    std::uint32_t seqNum() const { return m_seqNum; }
    qsizetype fragmentLength() const { return m_fragmentLength; }
    std::uint32_t checksum() const { return m_checksum; }
    bool isSinglePart() const { return seqLen() == 1; }
    // Every plain fragment has been produced once.
    bool isComplete() const { return m_seqNum >= std::uint32_t(seqLen()); }
    const std::vector<int> &lastPartIndexes() const { return m_lastIndexes; }

private:
    FountainEncoder(const QByteArray &message, qsizetype fragmentLength, std::uint32_t firstSeqNum);

    qsizetype m_messageLength = 0;
    std::uint32_t m_checksum = 0;
    qsizetype m_fragmentLength = 0;
    QList<QByteArray> m_fragments;
    std::uint32_t m_seqNum = 0;
    FragmentChooser m_chooser;
    std::vector<int> m_lastIndexes;
};

// Reassembles a message from parts in any order, some lost, plain or mixed.
class FountainDecoder
{
public:
    // Ok(true) once the message is complete; an error for a part that does not belong (another
    // message) or, when the last fragment arrives, for a reassembled message with a bad CRC.
    Result<bool> receivePart(const FountainPart &part);

    bool isComplete() const { return m_result.has_value(); }
    bool isSuccess() const { return m_result && m_result->ok(); }
    // The message once complete (or why it failed).
    Result<QByteArray> result() const;

    // The reference estimate: parts seen against 1.75 x seqLen, at most 0.99 until done.
    double estimatedProgress() const;
    int processedPartCount() const { return m_processedParts; }
    int expectedPartCount() const { return m_params ? m_params->seqLen : 0; }
    int recoveredFragmentCount() const { return m_recovered; }
    // Mixed parts kept for later reduction (bounded, whatever a sender does).
    int pendingMixedPartCount() const { return int(m_mixed.size()); }
    void reset();

private:
    struct Params
    {
        int seqLen;
        qsizetype messageLength;
        std::uint32_t checksum;
        qsizetype fragmentLength;
    };
    struct Pending
    {
        std::vector<int> indexes;
        QByteArray data;
    };

    void processSimple(Pending part);
    void processMixed(Pending part);
    void reduceMixedBy(const Pending &part);
    void finish();

    std::optional<Params> m_params;
    std::optional<FragmentChooser> m_chooser;
    std::vector<QByteArray> m_fragments; // null where not yet known
    int m_recovered = 0;
    // Mixed parts not yet reduced to one fragment, and how many indexes they hold in all.
    static constexpr std::size_t kMaxMixedParts = 512;
    static constexpr std::size_t kMaxMixedIndexes = 1 << 20;
    std::map<std::vector<int>, QByteArray> m_mixed;
    std::size_t m_mixedIndexCount = 0;
    std::deque<Pending> m_queue;
    std::optional<Result<QByteArray>> m_result;
    int m_processedParts = 0;
};

} // namespace kiosk::qr
