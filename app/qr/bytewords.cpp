// SPDX-License-Identifier: MIT
#include "qr/bytewords.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace kiosk::qr {

namespace {

// The 256 words in byte order, four letters each (BCR-2020-012).
constexpr char kWords[] =
    "ableacidalsoapexaquaarchatomauntawayaxisbackbaldbarnbeltbetabiasbluebodybragbrewbulbbuzz"
    "calmcashcatschefcityclawcodecolacookcostcruxcurlcuspcyandarkdatadaysdelidicedietdoordown"
    "drawdropdrumdulldutyeacheasyechoedgeepicevenexamexiteyesfactfairfernfigsfilmfishfizzflap"
    "flewfluxfoxyfreefrogfuelfundgalagamegeargemsgiftgirlglowgoodgraygrimgurugushgyrohalfhang"
    "hardhawkheathelphighhillholyhopehornhutsicedideaidleinchinkyintoirisironitemjadejazzjoin"
    "joltjowljudojugsjumpjunkjurykeepkenokeptkeyskickkilnkingkitekiwiknoblamblavalazyleaflegs"
    "liarlimplionlistlogoloudloveluaulucklungmainmanymathmazememomenumeowmildmintmissmonknail"
    "navyneednewsnextnoonnotenumbobeyoboeomitonyxopenovalowlspaidpartpeckplaypluspoempoolpose"
    "puffpumapurrquadquizraceramprealredorichroadrockroofrubyruinrunsrustsafesagascarsetssilk"
    "skewslotsoapsolosongstubsurfswantacotasktaxitenttiedtimetinytoiltombtoystriptunatwinugly"
    "undouniturgeuservastveryvetovialvibeviewvisavoidvowswallwandwarmwaspwavewaxywebswhatwhen"
    "whizwolfworkyankyawnyellyogayurtzapszerozestzinczonezoom";
static_assert(sizeof(kWords) == 256 * 4 + 1);

constexpr std::array<std::uint32_t, 256> makeCrcTable()
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr auto kCrcTable = makeCrcTable();

// The first and last letter identify a word uniquely; -1 where no word has that pair.
constexpr std::array<std::int16_t, 26 * 26> makeLookup()
{
    std::array<std::int16_t, 26 * 26> table{};
    for (auto &entry : table)
        entry = -1;
    for (int i = 0; i < 256; ++i)
        table[(kWords[i * 4] - 'a') * 26 + (kWords[i * 4 + 3] - 'a')] = std::int16_t(i);
    return table;
}
constexpr auto kLookup = makeLookup();

// ASCII-only lower case: Unicode case folding would let look-alikes (the Kelvin sign) through.
char16_t asciiLower(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') ? char16_t(u - u'A' + u'a') : u;
}

QString quoted(QStringView word)
{
    return word.left(8).toString();
}

// A full word (4 letters) or a minimal one (first and last letter).
Result<std::uint8_t> decodeWord(QStringView word, qsizetype expectedLength)
{
    const auto bad = [&] {
        return fail(
            QCoreApplication::translate("kiosk::qr", "'%1' is not a byteword").arg(quoted(word)));
    };
    if (word.size() != expectedLength)
        return bad();
    const char16_t first = asciiLower(word.front());
    const char16_t last = asciiLower(word.back());
    if (first < u'a' || first > u'z' || last < u'a' || last > u'z')
        return bad();
    const int value = kLookup[(first - u'a') * 26 + (last - u'a')];
    if (value < 0)
        return bad();
    if (word.size() == 4) {
        const char *expected = kWords + value * 4;
        if (asciiLower(word[1]) != char16_t(expected[1]) ||
            asciiLower(word[2]) != char16_t(expected[2]))
            return bad();
    }
    return std::uint8_t(value);
}

QByteArray withChecksum(QByteArrayView data)
{
    const std::uint32_t crc = crc32(data);
    QByteArray out = data.toByteArray();
    out.append(char(crc >> 24));
    out.append(char(crc >> 16));
    out.append(char(crc >> 8));
    out.append(char(crc));
    return out;
}

} // namespace

std::uint32_t crc32(QByteArrayView data)
{
    std::uint32_t c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = kCrcTable[(c ^ std::uint8_t(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QString byteword(std::uint8_t value)
{
    return QString::fromLatin1(kWords + value * 4, 4);
}

QString bytewordsEncode(QByteArrayView data, BytewordsStyle style)
{
    const QByteArray bytes = withChecksum(data);
    QString out;
    if (style == BytewordsStyle::Minimal) {
        out.reserve(bytes.size() * 2);
        for (const char byte : bytes) {
            const char *word = kWords + std::uint8_t(byte) * 4;
            out += QLatin1Char(word[0]);
            out += QLatin1Char(word[3]);
        }
        return out;
    }
    const QLatin1Char separator(style == BytewordsStyle::Uri ? '-' : ' ');
    out.reserve(bytes.size() * 5);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out += separator;
        out += QLatin1StringView(kWords + std::uint8_t(bytes[i]) * 4, 4);
    }
    return out;
}

Result<QByteArray> bytewordsDecode(QStringView text, BytewordsStyle style)
{
    QByteArray bytes;
    if (style == BytewordsStyle::Minimal) {
        if (text.size() % 2 != 0)
            return fail(QCoreApplication::translate(
                "kiosk::qr", "wrong length: minimal bytewords have an even number of letters"));
        bytes.reserve(text.size() / 2);
        for (qsizetype i = 0; i < text.size(); i += 2) {
            auto value = decodeWord(text.mid(i, 2), 2);
            if (!value)
                return fail(value.error());
            bytes.append(char(value.value()));
        }
    } else {
        const QChar separator = style == BytewordsStyle::Uri ? u'-' : u' ';
        for (const QStringView word : text.tokenize(separator, Qt::SkipEmptyParts)) {
            auto value = decodeWord(word, 4);
            if (!value)
                return fail(value.error());
            bytes.append(char(value.value()));
        }
    }
    // At least one byte of data besides the checksum, as the reference decoder requires.
    if (bytes.size() < 5)
        return fail(QCoreApplication::translate(
            "kiosk::qr", "truncated: too short to hold data and a checksum"));
    const QByteArrayView body = QByteArrayView(bytes).first(bytes.size() - 4);
    const std::uint32_t crc = crc32(body);
    const auto tail = QByteArrayView(bytes).last(4);
    const std::uint32_t stored = (std::uint32_t(std::uint8_t(tail[0])) << 24) |
                                 (std::uint32_t(std::uint8_t(tail[1])) << 16) |
                                 (std::uint32_t(std::uint8_t(tail[2])) << 8) |
                                 std::uint32_t(std::uint8_t(tail[3]));
    if (crc != stored)
        return fail(QCoreApplication::translate("kiosk::qr",
                                                "bad checksum: the code was misread or damaged"));
    bytes.truncate(bytes.size() - 4);
    return bytes;
}

} // namespace kiosk::qr
