// SPDX-License-Identifier: MIT
// Bytewords, Uniform Resources with fountain codes, and the ERC-4527 / pairing registry types.
// The fountain and bytewords vectors come from the Blockchain Commons reference test suite
// (bc-ur test/test.cpp, with the current word list as its ports carry it, e.g. @ngraveio/bc-ur;
// early versions of test.cpp predate a word-list fix); the ERC-4527 vectors from
// tests/data/erc4527.json (Keystone libraries); the crypto-hdkey and crypto-account vectors from
// BCR-2020-007 / BCR-2020-015 and the Keystone registry tests.
#include "testdata.h"

#include "eth/address.h"
#include "eth/hex.h"
#include "qr/bytewords.h"
#include "qr/erc4527.h"
#include "qr/fountain.h"
#include "qr/hdkey.h"
#include "qr/keypath.h"
#include "qr/ur.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace kiosk;
using namespace kiosk::qr;

namespace {

QByteArray makeMessage(qsizetype length, QByteArrayView seed = "Wolf")
{
    return Xoshiro256::fromSeed(seed).nextData(length);
}

// The reference suite's "bytes" UR: the message as one CBOR byte string.
UR makeMessageUr(qsizetype length, QByteArrayView seed = "Wolf")
{
    return UR{QStringLiteral("bytes"), QCborValue(makeMessage(length, seed)).toCbor()};
}

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(digits);
}

// Feeds parts (already generated) to a decoder; returns the decoder.
URDecoder decodeAll(const QStringList &parts)
{
    URDecoder decoder;
    for (const QString &part : parts) {
        const auto status = decoder.receivePart(part);
        if (!status)
            qWarning("part refused: %s", qPrintable(status.error()));
        if (decoder.isComplete())
            break;
    }
    return decoder;
}

// Test vector 2 of BCR-2020-007 (also the Keystone CryptoHDKey test).
const char kHdKeyVector2Ur[] =
    "ur:crypto-hdkey/onaxhdclaojlvoechgferkdpqdiabdrflawshlhdmdcemtfnlrctghchbdolvwsednvdztbgolaa"
    "hdcxtottgostdkhfdahdlykkecbbweskrymwflvdylgerkloswtbrpfdbsticmwylklpahtaadehoyaoadamtaaddyoy"
    "adlecsdwykadykadykaewkadwkaycywlcscewfihbdaehn";

// The account of BCR-2020-015 (seed "shield group erode awake lock sausage cash glare wave crew
// flame glove"): seven Bitcoin output descriptors.
const char kAccountUr[] =
    "ur:crypto-account/oeadcyemrewytyaolttaadmutaaddloxaxhdclaxwmfmdeiamecsdsemgtvsjzcncygrkowtro"
    "ntzschgezokstswkkscfmklrtauteyaahdcxiehfonurdppfyntapejpproypegrdawkgmaewejlsfdtsrfybdehcaflmt"
    "rlbdhpamtaaddyoyadlncsdwykaeykaeykaycynlytsnyltaadmhtaadmwtaaddloxaxhdclaostvelfemdyynwydwyaie"
    "vosrgmambklovabdgypdglldvespsthysadamhpmjeinaahdcxntdllnaaeykoytdacygegwhgjsiyonpywmcmrpwphsvo"
    "dsrerozsbyaxluzcoxdpamtaaddyoyadlncsehykaeykaeykaycypdbskeuytaadmwtaaddloxaxhdclaxzcfxeegdrpmo"
    "grgwkbzctlttweadkiengrwlhtprremouoluutqdpfbncedkynfhaahdcxjpwevdeogthttkmeswzcolcpsaahcfnshkht"
    "ehytclmnteatmoteadtlwynnftloamtaaddyoyadlncsghykaeykaeykaycybthlvytstaadmhtaaddloxaxhdclaxhhsn"
    "hdrpftdwuocntilydibehnecmovdfekpjkclcslasbhkpawsaddmcmmnahnyaahdcxlotedtndfymyltclhlmtpfsadscn"
    "htztaolbnnkistaedegwfmmedreetnwmcycnamtaaddyoyadlfcsdpykaycyemrewytytaadmhtaadmetaaddloxaxhdcl"
    "axdwkswmztpytnswtsecnblfbayajkdldeclqzzolrsnhljedsgminetytbnahatbyaahdcxkkguwsvyimjkvwteytwzty"
    "swvendtpmncpasfrrylprnhtkblndrgrmkoyjtbkrpamtaaddyoyadlocsdyykaeykaeykadykaycyhkrpnddrtaadmeta"
    "addloxaxhdclaohnhffmvsbndslrfgclpfjejyatbdpebacnzokotofxntaoemvskpaowmryfnotfgaahdcxdlnbvecent"
    "ssfsssgylnhkrstoytecrdlyadrekirfaybglahltalsrfcaeerobwamtaaddyoyadlocsdyykaeykaeykaoykaycyhkrp"
    "nddrtaadnltaaddloxaxhdclaorkrhkeytwsoykorletwstbwycagtbsotmeptjkesgwrfcmveskvdmngujzttgtdpaahd"
    "cxgrfgmuvyylmwcxjtttechplslgoegagaptdniatidmhdmebdwfryfsnsdkcplyvaamtaaddyoyadlncshfykaeykaeyk"
    "aycytostatbnimltntsp";

// BIP39 "abandon abandon ... about": its account key m/44'/60'/0' (master fingerprint 73c5da0a,
// parent d32e4508). Its first address m/44'/60'/0'/0/0 is the widely published
// 0x9858EfFD232B4033E47d90003D41EC34EcaEda94.
const char kAbandonAccountKey[] =
    "02eae4b876a8696134b868f88cc2f51f715f2dbedb7446b8e6edf3d4541c4eb67b";
const char kAbandonAccountChainCode[] =
    "d882718b7a42806803eeb17f7483f20620611adb88fc943c898dc5aba94c2819";
const char kAbandonAddress0[] = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94";

HDKey abandonAccountKey()
{
    HDKey key;
    key.keyData = hex(kAbandonAccountKey);
    key.chainCode = hex(kAbandonAccountChainCode);
    key.origin = KeyPath::parse(u"m/44'/60'/0'").value();
    key.origin->sourceFingerprint = 0x73c5da0a;
    key.parentFingerprint = 0xd32e4508;
    key.coinType = kCoinTypeEthereum;
    key.name = QStringLiteral("Keystone");
    key.note = QStringLiteral("account.standard");
    return key;
}

} // namespace

class TestUr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32Vectors();
    void bytewordsVectors();
    void bytewordsRoundTrip();
    void bytewordsRejects_data();
    void bytewordsRejects();

    void xoshiroVectors();
    void randomSamplerVector();
    void shuffleVector();
    void nominalFragmentLengthVectors();
    void partitionVector();
    void chooseDegreeVector();
    void chooseFragmentsVector();
    void nextDataAndXor();
    void fountainEncoderVectors();
    void fountainEncoderIsComplete();
    void fountainDecoderReference();
    void fountainPartCborRoundTrip();

    void singlePartUrVector();
    void urEncoderVectors();
    void multipartUrReference();
    void multipartShuffledWithLoss_data();
    void multipartShuffledWithLoss();
    void multipartFromMixedPartsOnly();
    void multipartUpperCase();
    void progressReporting();
    void decoderRejectsOtherMessages();
    void decoderSurvivesHostileParts();

    void ethSignRequestVector();
    void ethSignatureVector();
    void ethSignRequestOptionalFields();
    void ethRegistryRejects_data();
    void ethRegistryRejects();

    void keyPathText();
    void hdKeyVector();
    void hdKeyMasterLevelVector();
    void hdKeyRefusesPrivateKeys();
    void cryptoAccountVector();
    void bip32PublicDerivation();
    void ethereumAddressFromAccountKey();
    void ethereumAddressFromAccountUr();
    void ethereumKeyAtAddressLevel();
    void derivationRejects();

    void badInputCorpus_data();
    void badInputCorpus();
    void registryGarbage();
};

// --- bytewords ------------------------------------------------------------------------------

void TestUr::crc32Vectors()
{
    QCOMPARE(crc32("Hello, world!"), 0xebe6c6e6u);
    QCOMPARE(crc32("Wolf"), 0x598c84dcu);
    QCOMPARE(crc32(""), 0u);
}

void TestUr::bytewordsVectors()
{
    const QByteArray input("\x00\x01\x02\x80\xff", 5);
    QCOMPARE(bytewordsEncode(input, BytewordsStyle::Standard),
             QStringLiteral("able acid also lava zoom jade need echo taxi"));
    QCOMPARE(bytewordsEncode(input, BytewordsStyle::Uri),
             QStringLiteral("able-acid-also-lava-zoom-jade-need-echo-taxi"));
    QCOMPARE(bytewordsEncode(input, BytewordsStyle::Minimal), QStringLiteral("aeadaolazmjendeoti"));
    QCOMPARE(
        bytewordsDecode(u"able acid also lava zoom jade need echo taxi", BytewordsStyle::Standard)
            .value(),
        input);
    QCOMPARE(bytewordsDecode(u"able-acid-also-lava-zoom-jade-need-echo-taxi", BytewordsStyle::Uri)
                 .value(),
             input);
    QCOMPARE(bytewordsDecode(u"aeadaolazmjendeoti", BytewordsStyle::Minimal).value(), input);
    // Case-insensitive.
    QCOMPARE(bytewordsDecode(u"AEADAOLAZMJENDEOTI", BytewordsStyle::Minimal).value(), input);
    QCOMPARE(
        bytewordsDecode(u"Able ACID also Lava zoom jade need echo TAXI", BytewordsStyle::Standard)
            .value(),
        input);

    const QByteArray input2 = hex("f5d714c6f1eb453bd1cda512969e7487e5d4139f1125eff0fd0b6dbf25f22678"
                                  "df299cbdf2fe93cc42a3d8afbf48a936203c90e6d289b8c52171580e9d1fb12e"
                                  "0173cd45e19641eb3a9041f0854571f73f35f2a5a0901a0d4fed85475245fea5"
                                  "8a295518");
    QCOMPARE(input2.size(), 100);
    const QString encoded = QStringLiteral(
        "yank toys bulb skew when warm free fair tent swan open brag mint noon jury list view tiny "
        "brew note body data webs what zinc bald join runs data whiz days keys user diet news ruby "
        "whiz zone menu surf flew omit trip pose runs fund part even crux fern math visa tied loud "
        "redo silk curl jugs hard beta next cost puma drum acid junk swan free very mint flap warm "
        "fact math flap what limp free jugs yell fish epic whiz open numb math city belt glow wave "
        "limp fuel grim free zone open love diet gyro cats fizz holy city puff");
    const QString minimal = QStringLiteral(
        "yktsbbswwnwmfefrttsnonbgmtnnjyltvwtybwnebydawswtzcbdjnrsdawzdsksurdtnsrywzzemusffwottppe"
        "rsfdptencxfnmhvatdldroskcljshdbantctpadmadjksnfevymtfpwmftmhfpwtlpfejsylfhecwzonnbmhcybt"
        "gwwelpflgmfezeonledtgocsfzhycypf");
    QCOMPARE(bytewordsEncode(input2, BytewordsStyle::Standard), encoded);
    QCOMPARE(bytewordsEncode(input2, BytewordsStyle::Minimal), minimal);
    QCOMPARE(bytewordsDecode(encoded, BytewordsStyle::Standard).value(), input2);
    QCOMPARE(bytewordsDecode(minimal, BytewordsStyle::Minimal).value(), input2);

    // Every word is four letters and its first and last letter identify it.
    QSet<QString> minimalWords;
    for (int i = 0; i < 256; ++i) {
        const QString word = byteword(std::uint8_t(i));
        QCOMPARE(word.size(), 4);
        minimalWords.insert(word.front() + word.back());
    }
    QCOMPARE(minimalWords.size(), 256);
}

void TestUr::bytewordsRoundTrip()
{
    for (const qsizetype size : {1, 2, 31, 256, 1000}) {
        const QByteArray data = makeMessage(size, QByteArray::number(size));
        for (const auto style :
             {BytewordsStyle::Standard, BytewordsStyle::Uri, BytewordsStyle::Minimal}) {
            const QString text = bytewordsEncode(data, style);
            QCOMPARE(bytewordsDecode(text, style).value(), data);
            QCOMPARE(bytewordsDecode(text.toUpper(), style).value(), data);
        }
    }
}

void TestUr::bytewordsRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("message");
    const int standard = int(BytewordsStyle::Standard);
    const int uri = int(BytewordsStyle::Uri);
    const int minimal = int(BytewordsStyle::Minimal);
    QTest::newRow("bad checksum standard")
        << QStringLiteral("able acid also lava zoom jade need echo wolf") << standard
        << QStringLiteral("bad checksum");
    QTest::newRow("bad checksum uri")
        << QStringLiteral("able-acid-also-lava-zoom-jade-need-echo-wolf") << uri
        << QStringLiteral("bad checksum");
    QTest::newRow("bad checksum minimal")
        << QStringLiteral("aeadaolazmjendeowf") << minimal << QStringLiteral("bad checksum");
    QTest::newRow("too short") << QStringLiteral("wolf") << standard << QStringLiteral("truncated");
    QTest::newRow("empty") << QString() << standard << QStringLiteral("truncated");
    QTest::newRow("empty minimal") << QString() << minimal << QStringLiteral("truncated");
    QTest::newRow("checksum only")
        << QStringLiteral("jendeoti") << minimal << QStringLiteral("truncated");
    QTest::newRow("odd length") << QStringLiteral("aeadaolazmjendeot") << minimal
                                << QStringLiteral("wrong length");
    QTest::newRow("not a word") << QStringLiteral("able acid xxxx lava zoom jade need echo taxi")
                                << standard << QStringLiteral("'xxxx' is not a byteword");
    QTest::newRow("middle letters wrong")
        << QStringLiteral("able acid alxo lava zoom jade need echo taxi") << standard
        << QStringLiteral("'alxo' is not a byteword");
    QTest::newRow("three letters") << QStringLiteral("able aci also lava zoom jade need echo taxi")
                                   << standard << QStringLiteral("'aci' is not a byteword");
    QTest::newRow("minimal pair unused") << QStringLiteral("aeadqqlazmjendeoti") << minimal
                                         << QStringLiteral("'qq' is not a byteword");
    QTest::newRow("minimal digits") << QStringLiteral("ae12aolazmjendeoti") << minimal
                                    << QStringLiteral("'12' is not a byteword");
    QTest::newRow("non-ascii") << QStringLiteral("aead\u00e4olazmjendeoti") << minimal
                               << QStringLiteral("is not a byteword");
}

void TestUr::bytewordsRejects()
{
    QFETCH(QString, text);
    QFETCH(int, style);
    QFETCH(QString, message);
    const auto result = bytewordsDecode(text, BytewordsStyle(style));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
}

// --- fountain code against the reference suite ------------------------------------------------

void TestUr::xoshiroVectors()
{
    const std::vector<std::uint64_t> expected1 = {
        42, 81, 85, 8,  82, 84, 76, 73, 70, 88, 2,  74, 40, 48, 77, 54, 88, 7,  5,  88,
        37, 25, 82, 13, 69, 59, 30, 39, 11, 82, 19, 99, 45, 87, 30, 15, 32, 22, 89, 44,
        92, 77, 29, 78, 4,  92, 44, 68, 92, 69, 1,  42, 89, 50, 37, 84, 63, 34, 32, 3,
        17, 62, 40, 98, 82, 89, 24, 43, 85, 39, 15, 3,  99, 29, 20, 42, 27, 10, 85, 66,
        50, 35, 69, 70, 70, 74, 30, 13, 72, 54, 11, 5,  70, 55, 91, 52, 10, 43, 43, 52};
    Xoshiro256 rng = Xoshiro256::fromSeed("Wolf");
    std::vector<std::uint64_t> numbers;
    for (int i = 0; i < 100; ++i)
        numbers.push_back(rng.next() % 100);
    QVERIFY(numbers == expected1);

    // Seeded with the big-endian CRC-32 of "Wolf", as parts are.
    const std::vector<std::uint64_t> expected2 = {
        88, 44, 94, 74, 0,  99, 7,  77, 68, 35, 47, 78, 19, 21, 50, 15, 42, 36, 91, 11,
        85, 39, 64, 22, 57, 11, 25, 12, 1,  91, 17, 75, 29, 47, 88, 11, 68, 58, 27, 65,
        21, 54, 47, 54, 73, 83, 23, 58, 75, 27, 26, 15, 60, 36, 30, 21, 55, 57, 77, 76,
        75, 47, 53, 76, 9,  91, 14, 69, 3,  95, 11, 73, 20, 99, 68, 61, 3,  98, 36, 98,
        56, 65, 14, 80, 74, 57, 63, 68, 51, 56, 24, 39, 53, 80, 57, 51, 81, 3,  1,  30};
    rng = Xoshiro256::fromSeed(hex("598c84dc"));
    numbers.clear();
    for (int i = 0; i < 100; ++i)
        numbers.push_back(rng.next() % 100);
    QVERIFY(numbers == expected2);

    const std::vector<std::uint64_t> expected3 = {
        6, 5,  8, 4, 10, 5, 7, 10, 4, 9,  10, 9, 7,  7, 1, 1,  2, 9, 9, 2, 6, 4, 5,  7, 8,
        5, 4,  2, 3, 8,  7, 4, 5,  1, 10, 9,  3, 10, 2, 6, 8,  5, 7, 9, 3, 1, 5, 2,  7, 1,
        4, 4,  4, 4, 9,  4, 5, 5,  6, 9,  5,  1, 2,  8, 3, 3,  2, 8, 4, 3, 2, 1, 10, 8, 9,
        3, 10, 8, 5, 5,  6, 7, 10, 5, 8,  9,  4, 6,  4, 2, 10, 2, 1, 7, 9, 6, 7, 4,  2, 5};
    rng = Xoshiro256::fromSeed("Wolf");
    numbers.clear();
    for (int i = 0; i < 100; ++i)
        numbers.push_back(rng.nextInt(1, 10));
    QVERIFY(numbers == expected3);
}

void TestUr::randomSamplerVector()
{
    const std::vector<int> expected = {
        3, 3, 3, 3, 3, 3, 3, 0, 2, 3, 3, 3, 3, 1, 2, 2, 1, 3, 3, 2, 3, 3, 1, 1, 2, 1, 1, 3, 1, 3,
        1, 2, 0, 2, 1, 0, 3, 3, 3, 1, 3, 3, 3, 3, 1, 3, 2, 3, 2, 2, 3, 3, 3, 3, 2, 3, 3, 0, 3, 3,
        3, 3, 1, 2, 3, 3, 2, 2, 2, 1, 2, 2, 1, 2, 3, 1, 3, 0, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3,
        1, 3, 3, 2, 0, 2, 2, 3, 1, 1, 2, 3, 2, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 2, 3, 1, 2, 1, 1, 3,
        1, 3, 2, 2, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 2, 3, 3, 1, 2, 3, 3, 1, 3, 2, 3, 3,
        3, 2, 3, 1, 3, 0, 3, 2, 1, 1, 3, 1, 3, 2, 3, 3, 3, 3, 2, 0, 3, 3, 1, 3, 0, 2, 1, 3, 3, 1,
        1, 3, 1, 2, 3, 3, 3, 0, 2, 3, 2, 0, 1, 3, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 2,
        3, 3, 2, 0, 2, 3, 3, 3, 3, 2, 1, 1, 1, 2, 1, 3, 3, 3, 2, 2, 3, 3, 1, 2, 3, 0, 3, 2, 3, 3,
        3, 3, 0, 2, 2, 3, 2, 2, 3, 3, 3, 3, 1, 3, 2, 3, 3, 3, 3, 3, 2, 2, 3, 1, 3, 0, 2, 1, 3, 3,
        3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 2, 2, 2, 3, 1, 1, 3, 2, 2, 0, 3, 2, 1, 2, 1, 0, 3, 3, 3,
        2, 2, 3, 2, 1, 2, 0, 0, 3, 3, 2, 3, 3, 2, 3, 3, 3, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3, 1, 1, 3,
        2, 2, 3, 1, 1, 0, 1, 3, 2, 3, 3, 2, 3, 3, 2, 3, 3, 2, 2, 2, 2, 3, 2, 2, 2, 2, 2, 1, 2, 3,
        3, 2, 2, 2, 2, 3, 3, 2, 0, 2, 1, 3, 3, 3, 3, 0, 3, 3, 3, 3, 2, 2, 3, 1, 3, 3, 3, 2, 3, 3,
        3, 2, 3, 3, 3, 3, 2, 3, 2, 1, 3, 3, 3, 3, 2, 2, 0, 1, 2, 3, 2, 0, 3, 3, 3, 3, 3, 3, 1, 3,
        3, 2, 3, 2, 2, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 2, 2, 1, 3, 3, 3, 3, 1, 2, 3, 2, 3, 3, 2, 3,
        2, 3, 3, 3, 2, 3, 1, 2, 3, 2, 1, 1, 3, 3, 2, 3, 3, 2, 3, 3, 0, 0, 1, 3, 3, 2, 3, 3, 3, 3,
        1, 3, 3, 0, 3, 2, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 0, 3, 3, 2};
    QCOMPARE(expected.size(), std::size_t(500));
    const RandomSampler sampler({1, 2, 4, 8});
    Xoshiro256 rng = Xoshiro256::fromSeed("Wolf");
    std::vector<int> samples;
    for (int i = 0; i < 500; ++i)
        samples.push_back(sampler.next(rng));
    QVERIFY(samples == expected);
}

void TestUr::shuffleVector()
{
    const std::vector<std::vector<int>> expected = {
        {6, 4, 9, 3, 10, 5, 7, 8, 1, 2}, {10, 8, 6, 5, 1, 2, 3, 9, 7, 4},
        {6, 4, 5, 8, 9, 3, 2, 1, 7, 10}, {7, 3, 5, 1, 10, 9, 4, 8, 2, 6},
        {8, 5, 7, 10, 2, 1, 4, 3, 9, 6}, {4, 3, 5, 6, 10, 2, 7, 8, 9, 1},
        {5, 1, 3, 9, 4, 6, 2, 10, 7, 8}, {2, 1, 10, 8, 9, 4, 7, 6, 3, 5},
        {6, 7, 10, 4, 8, 9, 2, 3, 1, 5}, {10, 2, 1, 7, 9, 5, 6, 3, 4, 8}};
    Xoshiro256 rng = Xoshiro256::fromSeed("Wolf");
    const std::vector<int> values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    for (const auto &row : expected)
        QVERIFY(shuffled(values, rng) == row);
}

void TestUr::nominalFragmentLengthVectors()
{
    QCOMPARE(nominalFragmentLength(12345, 1005, 1955), qsizetype(1764));
    QCOMPARE(nominalFragmentLength(12345, 1005, 30000), qsizetype(12345));
    // Shorter than the minimum fragment: one fragment (the reference asserts here).
    QCOMPARE(nominalFragmentLength(5, 10, 100), qsizetype(5));
}

void TestUr::partitionVector()
{
    const QByteArray message = makeMessage(1024);
    const qsizetype fragmentLength = nominalFragmentLength(message.size(), 10, 100);
    const QList<QByteArray> fragments = partitionMessage(message, fragmentLength);
    QCOMPARE(fragments.size(), 11);
    QCOMPARE(fragments.first(),
             hex("916ec65cf77cadf55cd7f9cda1a1030026ddd42e905b77adc36e4f2d3ccba44f7f04f2de44f42d84"
                 "c374a0e149136f25b01852545961d55f7f7a8cde6d0e2ec43f3b2dcb644a2209e8c9e34af5c47479"
                 "84a5e873c9cf5f965e25ee29039f"));
    QCOMPARE(fragments.last(),
             hex("170010067e2e75ebe2d2904aeb1f89d5dc98cd4a6f2faaa8be6d03354c990fd895a97feb54668473"
                 "e9d942bb99e196d897e8f1b01625cf48a7b78d249bb4985c065aa8cd1402ed2ba1b6f908f63dcd84"
                 "b66425df00000000000000000000"));
    QCOMPARE(fragments.join().left(message.size()), message);
}

void TestUr::chooseDegreeVector()
{
    const std::vector<int> expected = {
        11, 3, 6, 5,  2,  1, 2, 11, 1,  3, 9,  10, 10, 4, 2, 1, 1, 2, 1, 1,  5,  2,  4,  10, 3,
        2,  1, 1, 3,  11, 2, 6, 2,  9,  9, 2,  6,  7,  2, 5, 2, 4, 3, 1, 6,  11, 2,  11, 3,  1,
        6,  3, 1, 4,  5,  3, 6, 1,  1,  3, 1,  2,  2,  1, 4, 5, 1, 1, 9, 1,  1,  6,  4,  1,  5,
        1,  2, 2, 3,  1,  1, 5, 2,  6,  1, 7,  11, 1,  8, 1, 5, 1, 1, 2, 2,  6,  4,  10, 1,  2,
        5,  5, 5, 1,  1,  4, 1, 1,  1,  3, 5,  5,  5,  1, 4, 3, 3, 5, 1, 11, 3,  2,  8,  1,  2,
        1,  1, 4, 5,  2,  1, 1, 1,  5,  6, 11, 10, 7,  4, 7, 1, 5, 3, 1, 1,  9,  1,  2,  5,  5,
        2,  2, 3, 10, 1,  3, 2, 3,  3,  1, 1,  2,  1,  3, 2, 2, 1, 3, 8, 4,  1,  11, 6,  3,  1,
        1,  1, 1, 1,  3,  1, 2, 1,  10, 1, 1,  8,  2,  7, 1, 2, 1, 9, 2, 10, 2,  1,  3,  4,  10};
    QCOMPARE(expected.size(), std::size_t(200));
    std::vector<int> degrees;
    for (int nonce = 1; nonce <= 200; ++nonce) {
        Xoshiro256 rng =
            Xoshiro256::fromSeed(QByteArray(QByteArray("Wolf-") + QByteArray::number(nonce)));
        degrees.push_back(chooseDegree(11, rng));
    }
    QVERIFY(degrees == expected);
}

void TestUr::chooseFragmentsVector()
{
    const QByteArray message = makeMessage(1024);
    const std::uint32_t checksum = crc32(message);
    const std::vector<std::vector<int>> expected = {{0},
                                                    {1},
                                                    {2},
                                                    {3},
                                                    {4},
                                                    {5},
                                                    {6},
                                                    {7},
                                                    {8},
                                                    {9},
                                                    {10},
                                                    {9},
                                                    {2, 5, 6, 8, 9, 10},
                                                    {8},
                                                    {1, 5},
                                                    {1},
                                                    {0, 2, 4, 5, 8, 10},
                                                    {5},
                                                    {2},
                                                    {2},
                                                    {0, 1, 3, 4, 5, 7, 9, 10},
                                                    {0, 1, 2, 3, 5, 6, 8, 9, 10},
                                                    {0, 2, 4, 5, 7, 8, 9, 10},
                                                    {3, 5},
                                                    {4},
                                                    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
                                                    {0, 1, 3, 4, 5, 6, 7, 9, 10},
                                                    {6},
                                                    {5, 6},
                                                    {7}};
    for (std::uint32_t seqNum = 1; seqNum <= 30; ++seqNum)
        QVERIFY2(chooseFragments(seqNum, 11, checksum) == expected[seqNum - 1],
                 qPrintable(QString::number(seqNum)));
}

void TestUr::nextDataAndXor()
{
    Xoshiro256 rng = Xoshiro256::fromSeed("Wolf");
    const QByteArray a = rng.nextData(10);
    const QByteArray b = rng.nextData(10);
    QCOMPARE(a, hex("916ec65cf77cadf55cd7"));
    QCOMPARE(b, hex("f9cda1a1030026ddd42e"));
    QByteArray mixed(10, '\0');
    for (int i = 0; i < 10; ++i)
        mixed[i] = char(a[i] ^ b[i]);
    QCOMPARE(mixed, hex("68a367fdf47c8b2888f9"));
}

void TestUr::fountainEncoderVectors()
{
    const char *expected[] = {
        "8501091901001a0167aa07581d916ec65cf77cadf55cd7f9cda1a1030026ddd42e905b77adc36e4f2d3c",
        "8502091901001a0167aa07581dcba44f7f04f2de44f42d84c374a0e149136f25b01852545961d55f7f7a",
        "8503091901001a0167aa07581d8cde6d0e2ec43f3b2dcb644a2209e8c9e34af5c4747984a5e873c9cf5f",
        "8504091901001a0167aa07581d965e25ee29039fdf8ca74f1c769fc07eb7ebaec46e0695aea6cbd60b3e",
        "8505091901001a0167aa07581dc4bbff1b9ffe8a9e7240129377b9d3711ed38d412fbb4442256f1e6f59",
        "8506091901001a0167aa07581d5e0fc57fed451fb0a0101fb76b1fb1e1b88cfdfdaa946294a47de8fff1",
        "8507091901001a0167aa07581d73f021c0e6f65b05c0a494e50791270a0050a73ae69b6725505a2ec8a5",
        "8508091901001a0167aa07581d791457c9876dd34aadd192a53aa0dc66b556c0c215c7ceb8248b717c22",
        "8509091901001a0167aa07581d951e65305b56a3706e3e86eb01c803bbf915d80edcd64d4d0000000000",
        "850a091901001a0167aa07581d330f0f33a05eead4f331df229871bee733b50de71afd2e5a79f196de09",
        "850b091901001a0167aa07581d3b205ce5e52d8c24a52cffa34c564fa1af3fdffcd349dc4258ee4ee828",
        "850c091901001a0167aa07581ddd7bf725ea6c16d531b5f03254783803048ca08b87148daacd1cd7a006",
        "850d091901001a0167aa07581d760be7ad1c6187902bbc04f539b9ee5eb8ea6833222edea36031306c01",
        "850e091901001a0167aa07581d5bf4031217d2c3254b088fa7553778b5003632f46e21db129416f65b55",
        "850f091901001a0167aa07581d73f021c0e6f65b05c0a494e50791270a0050a73ae69b6725505a2ec8a5",
        "8510091901001a0167aa07581db8546ebfe2048541348910267331c643133f828afec9337c318f71b7df",
        "8511091901001a0167aa07581d23dedeea74e3a0fb052befabefa13e2f80e4315c9dceed4c8630612e64",
        "8512091901001a0167aa07581dd01a8daee769ce34b6b35d3ca0005302724abddae405bdb419c0a6b208",
        "8513091901001a0167aa07581d3171c5dc365766eff25ae47c6f10e7de48cfb8474e050e5fe997a6dc24",
        "8514091901001a0167aa07581de055c2433562184fa71b4be94f262e200f01c6f74c284b0dc6fae6673f",
    };
    auto encoder = FountainEncoder::create(makeMessage(256), 30);
    QVERIFY(encoder.ok());
    FountainEncoder fountain = std::move(encoder).value();
    QCOMPARE(fountain.seqLen(), 9);
    QCOMPARE(fountain.checksum(), 23570951u);
    for (const char *cbor : expected) {
        const FountainPart part = fountain.nextPart();
        QCOMPARE(part.toCbor().toHex(), QByteArray(cbor));
        QCOMPARE(FountainPart::fromCbor(hex(cbor)).value(), part);
    }
}

void TestUr::fountainEncoderIsComplete()
{
    FountainEncoder fountain = FountainEncoder::create(makeMessage(256), 30).value();
    int generated = 0;
    while (!fountain.isComplete()) {
        fountain.nextPart();
        ++generated;
    }
    QCOMPARE(generated, fountain.seqLen());
}

void TestUr::fountainDecoderReference()
{
    const QByteArray message = makeMessage(32767);
    FountainEncoder fountain = FountainEncoder::create(message, 1000, 100).value();
    FountainDecoder decoder;
    int guard = 0;
    while (!decoder.isComplete() && guard++ < 1000)
        QVERIFY(decoder.receivePart(fountain.nextPart()).ok());
    QVERIFY(decoder.isSuccess());
    QCOMPARE(decoder.result().value(), message);
}

void TestUr::fountainPartCborRoundTrip()
{
    const FountainPart part{12, 8, 100, 0x12345678, hex("0105030305")};
    const QByteArray cbor = part.toCbor();
    QCOMPARE(cbor.toHex(), QByteArray("850c0818641a12345678450105030305"));
    // A part with 5 data bytes cannot make an 8-part message of 100 bytes.
    QVERIFY(!FountainPart::fromCbor(cbor).ok());
    const FountainPart consistent{12, 20, 100, 0x12345678, hex("0105030305")};
    QCOMPARE(FountainPart::fromCbor(consistent.toCbor()).value(), consistent);
}

// --- URs ------------------------------------------------------------------------------------

void TestUr::singlePartUrVector()
{
    const UR ur = makeMessageUr(50);
    const QString expected = QStringLiteral(
        "ur:bytes/hdeymejtswhhylkepmykhhtsytsnoyoyaxaedsuttydmmhhpktpmsrjtgwdpfnsboxgwlbaawzuefywkd"
        "plrsrjynbvygabwjldapfcsdwkbrkch");
    QCOMPARE(encodeUr(ur), expected);
    QCOMPARE(decodeUr(expected).value(), ur);
    QCOMPARE(decodeUr(expected.toUpper()).value(), ur);
    QCOMPARE(decodeUr(QString(u"  " + expected + u"\n")).value(), ur);
    auto encoder = UREncoder::create(ur, 1000);
    QVERIFY(encoder->isSinglePart());
    QCOMPARE(std::move(encoder).value().nextPart(), expected);
    QCOMPARE(decodeAll({expected}).result().value(), ur);
}

void TestUr::urEncoderVectors()
{
    const char *expected[] = {
        "ur:bytes/1-9/"
        "lpadascfadaxcywenbpljkhdcahkadaemejtswhhylkepmykhhtsytsnoyoyaxaedsuttydmmhhpktpmsrjtdkgslp"
        "gh",
        "ur:bytes/2-9/"
        "lpaoascfadaxcywenbpljkhdcagwdpfnsboxgwlbaawzuefywkdplrsrjynbvygabwjldapfcsgmghhkhstlrdcxae"
        "fz",
        "ur:bytes/3-9/"
        "lpaxascfadaxcywenbpljkhdcahelbknlkuejnbadmssfhfrdpsbiegecpasvssovlgeykssjykklronvsjksopdzm"
        "ol",
        "ur:bytes/4-9/"
        "lpaaascfadaxcywenbpljkhdcasotkhemthydawydtaxneurlkosgwcekonertkbrlwmplssjtammdplolsbrdzcrt"
        "as",
        "ur:bytes/5-9/"
        "lpahascfadaxcywenbpljkhdcatbbdfmssrkzmcwnezelennjpfzbgmuktrhtejscktelgfpdlrkfyfwdajldejokb"
        "wf",
        "ur:bytes/6-9/"
        "lpamascfadaxcywenbpljkhdcackjlhkhybssklbwefectpfnbbectrljectpavyrolkzczcpkmwidmwoxkilghdso"
        "wp",
        "ur:bytes/7-9/"
        "lpatascfadaxcywenbpljkhdcavszmwnjkwtclrtvaynhpahrtoxmwvwatmedibkaegdosftvandiodagdhthtrlnn"
        "hy",
        "ur:bytes/8-9/"
        "lpayascfadaxcywenbpljkhdcadmsponkkbbhgsoltjntegepmttmoonftnbuoiyrehfrtsabzsttorodklubbuyae"
        "tk",
        "ur:bytes/9-9/"
        "lpasascfadaxcywenbpljkhdcajskecpmdckihdyhphfotjojtfmlnwmadspaxrkytbztpbauotbgtgtaeaevtgavt"
        "ny",
        "ur:bytes/10-9/"
        "lpbkascfadaxcywenbpljkhdcahkadaemejtswhhylkepmykhhtsytsnoyoyaxaedsuttydmmhhpktpmsrjtwdkipl"
        "zs",
        "ur:bytes/11-9/"
        "lpbdascfadaxcywenbpljkhdcahelbknlkuejnbadmssfhfrdpsbiegecpasvssovlgeykssjykklronvsjkvetiia"
        "pk",
        "ur:bytes/12-9/"
        "lpbnascfadaxcywenbpljkhdcarllaluzmdmgstospeyiefmwejlwtpedamktksrvlcygmzemovovllarodtmtbnpt"
        "rs",
        "ur:bytes/13-9/"
        "lpbtascfadaxcywenbpljkhdcamtkgtpknghchchyketwsvwgwfdhpgmgtylctotzopdrpayoschcmhplffziachrf"
        "gd",
        "ur:bytes/14-9/"
        "lpbaascfadaxcywenbpljkhdcapazewnvonnvdnsbyleynwtnsjkjndeoldydkbkdslgjkbbkortbelomueekgvste"
        "gt",
        "ur:bytes/15-9/"
        "lpbsascfadaxcywenbpljkhdcaynmhpddpzmversbdqdfyrehnqzlugmjzmnmtwmrouohtstgsbsahpawkditkckyn"
        "wt",
        "ur:bytes/16-9/"
        "lpbeascfadaxcywenbpljkhdcawygekobamwtlihsnpalnsghenskkiynthdzotsimtojetprsttmukirlrsbtamjt"
        "pd",
        "ur:bytes/17-9/"
        "lpbyascfadaxcywenbpljkhdcamklgftaxykpewyrtqzhydntpnytyisincxmhtbceaykolduortotiaiaiafhiaoy"
        "ce",
        "ur:bytes/18-9/"
        "lpbgascfadaxcywenbpljkhdcahkadaemejtswhhylkepmykhhtsytsnoyoyaxaedsuttydmmhhpktpmsrjtntwkbk"
        "wy",
        "ur:bytes/19-9/"
        "lpbwascfadaxcywenbpljkhdcadekicpaajootjzpsdrbalpeywllbdsnbinaerkurspbncxgslgftvtsrjtksplcp"
        "eo",
        "ur:bytes/20-9/"
        "lpbbascfadaxcywenbpljkhdcayapmrleeleaxpasfrtrdkncffwjyjzgyetdmlewtkpktgllepfrltataztksmhkb"
        "ot",
    };
    const UR ur = makeMessageUr(256);
    UREncoder encoder = UREncoder::create(ur, 30).value();
    QVERIFY(!encoder.isSinglePart());
    QCOMPARE(encoder.seqLen(), 9);
    QStringList parts;
    for (const char *part : expected) {
        parts.append(encoder.nextPart());
        QCOMPARE(parts.last(), QString::fromLatin1(part));
    }
    // Mixed parts first (the stream backwards) bring the message back too.
    std::reverse(parts.begin(), parts.end());
    URDecoder decoder;
    for (const QString &part : parts) {
        if (decoder.receivePart(part).value())
            break;
    }
    QVERIFY(decoder.isComplete());
    QCOMPARE(decoder.result().value(), ur);
}

void TestUr::multipartUrReference()
{
    const UR ur = makeMessageUr(32767);
    UREncoder encoder = UREncoder::create(ur, 1000, 100).value();
    URDecoder decoder;
    int guard = 0;
    while (!decoder.isComplete() && guard++ < 1000)
        QVERIFY(decoder.receivePart(encoder.nextPart()).ok());
    QCOMPARE(decoder.result().value(), ur);
}

void TestUr::multipartShuffledWithLoss_data()
{
    QTest::addColumn<int>("messageLength");
    QTest::addColumn<int>("maxFragmentLength");
    QTest::addColumn<int>("dropPercent");
    QTest::newRow("30 bytes, 10") << 30 << 10 << 20;
    QTest::newRow("100 bytes, 10") << 100 << 10 << 25;
    QTest::newRow("256 bytes, 30") << 256 << 30 << 30;
    QTest::newRow("1000 bytes, 50") << 1000 << 50 << 25;
    QTest::newRow("2049 bytes, 100") << 2049 << 100 << 30;
    QTest::newRow("10000 bytes, 200") << 10000 << 200 << 20;
    QTest::newRow("40000 bytes, 400") << 40000 << 400 << 25;
}

void TestUr::multipartShuffledWithLoss()
{
    QFETCH(int, messageLength);
    QFETCH(int, maxFragmentLength);
    QFETCH(int, dropPercent);
    const UR ur = makeMessageUr(messageLength, QByteArray::number(messageLength));
    UREncoder encoder = UREncoder::create(ur, maxFragmentLength).value();
    QVERIFY(!encoder.isSinglePart());
    QRandomGenerator random{quint32(messageLength)};

    // What a camera sees: the encoder's stream in batches, each shuffled, some parts lost.
    URDecoder decoder;
    int shown = 0;
    int received = 0;
    while (!decoder.isComplete()) {
        QVERIFY2(shown < 20 * encoder.seqLen() + 100, "the decoder never completed");
        QStringList batch;
        for (int i = 0; i < 2 * encoder.seqLen(); ++i)
            batch.append(encoder.nextPart());
        shown += batch.size();
        std::shuffle(batch.begin(), batch.end(), random);
        for (const QString &part : batch) {
            if (int(random.bounded(100)) < dropPercent)
                continue;
            ++received;
            const auto status = decoder.receivePart(part);
            QVERIFY2(status.ok(), qPrintable(status.error()));
            if (status.value())
                break;
        }
    }
    QCOMPARE(decoder.result().value(), ur);
    QCOMPARE(decoder.expectedPartCount(), encoder.seqLen());
    QVERIFY(decoder.processedPartCount() <= received);
}

void TestUr::multipartFromMixedPartsOnly()
{
    for (const int length : {300, 5000}) {
        const UR ur = makeMessageUr(length, "mixed");
        UREncoder encoder = UREncoder::create(ur, 60).value();
        for (int i = 0; i < encoder.seqLen(); ++i)
            encoder.nextPart(); // the plain fragments never reach the camera
        URDecoder decoder;
        int guard = 0;
        while (!decoder.isComplete()) {
            QVERIFY(guard++ < 20 * encoder.seqLen());
            const QString part = encoder.nextPart();
            QVERIFY(decoder.receivePart(part).ok());
        }
        QCOMPARE(decoder.result().value(), ur);
    }
}

void TestUr::multipartUpperCase()
{
    const UR ur = makeMessageUr(700, "upper");
    UREncoder encoder = UREncoder::create(ur, 100).value();
    URDecoder decoder;
    while (!decoder.isComplete())
        QVERIFY(decoder.receivePart(encoder.nextPart().toUpper()).ok());
    QCOMPARE(decoder.result().value(), ur);
    QCOMPARE(decoder.expectedType(), QStringLiteral("bytes"));
}

void TestUr::progressReporting()
{
    const UR ur = makeMessageUr(1000, "progress");
    UREncoder encoder = UREncoder::create(ur, 100).value();
    const int seqLen = encoder.seqLen();
    QVERIFY(seqLen >= 10);

    URDecoder decoder;
    QCOMPARE(decoder.estimatedProgress(), 0.0);
    QCOMPARE(decoder.expectedPartCount(), 0);
    QVERIFY(!decoder.result().ok());
    QVERIFY(decoder.result().error().contains(u"not complete"));
    double last = 0;
    for (int i = 1; i <= seqLen; ++i) {
        const auto status = decoder.receivePart(encoder.nextPart());
        QVERIFY(status.ok());
        QCOMPARE(decoder.processedPartCount(), i);
        QCOMPARE(decoder.expectedPartCount(), seqLen);
        if (i < seqLen) {
            QVERIFY(!status.value());
            QCOMPARE(decoder.estimatedProgress(), std::min(0.99, i / (seqLen * 1.75)));
            QVERIFY(decoder.estimatedProgress() > last && decoder.estimatedProgress() < 1);
            last = decoder.estimatedProgress();
        } else {
            QVERIFY(status.value());
        }
    }
    QCOMPARE(decoder.estimatedProgress(), 1.0);
    // Parts after the end change nothing.
    QVERIFY(decoder.receivePart(encoder.nextPart()).value());
    QCOMPARE(decoder.result().value(), ur);

    // A single-part UR completes at once.
    URDecoder single;
    QVERIFY(single.receivePart(encodeUr(makeMessageUr(20))).value());
    QCOMPARE(single.estimatedProgress(), 1.0);
    QCOMPARE(single.processedPartCount(), 1);
    QCOMPARE(single.expectedPartCount(), 1);

    decoder.reset();
    QVERIFY(!decoder.isComplete());
    QCOMPARE(decoder.estimatedProgress(), 0.0);
    QVERIFY(decoder.expectedType().isEmpty());
}

void TestUr::decoderRejectsOtherMessages()
{
    const UR first = makeMessageUr(500, "first");
    const UR second = makeMessageUr(500, "second");
    UREncoder a = UREncoder::create(first, 50).value();
    UREncoder b = UREncoder::create(second, 50).value();
    UREncoder other =
        UREncoder::create(UR{QStringLiteral("eth-signature"), first.cbor}, 50).value();

    URDecoder decoder;
    QVERIFY(decoder.receivePart(a.nextPart()).ok());

    auto status = decoder.receivePart(b.nextPart());
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"part of another message"), qPrintable(status.error()));

    status = decoder.receivePart(other.nextPart());
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"another type ('eth-signature', expected 'bytes')"),
             qPrintable(status.error()));

    status = decoder.receivePart(encodeUr(second));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"part of another message"), qPrintable(status.error()));

    // Same message, different fragment length: another sequence.
    UREncoder resized = UREncoder::create(first, 70).value();
    status = decoder.receivePart(resized.nextPart());
    QVERIFY(!status.ok());
    QVERIFY(status.error().contains(u"part of another message"));

    // The refused parts did no harm.
    while (!decoder.isComplete())
        QVERIFY(decoder.receivePart(a.nextPart()).ok());
    QCOMPARE(decoder.result().value(), first);
}

void TestUr::decoderSurvivesHostileParts()
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(4527);
    // Well-formed parts (right CRC) with random, mostly inconsistent headers: refused or
    // decoded, never a crash, never a wrong message reported as good.
    for (int round = 0; round < 300; ++round) {
        URDecoder decoder;
        for (int i = 0; i < 8; ++i) {
            const int seqLen = 1 + int(random.bounded(kMaxSequenceLength));
            const int fragmentLength = 1 + int(random.bounded(40));
            FountainPart part;
            part.seqNum = 1 + random.bounded(1000000u);
            part.seqLen = round % 3 == 0 ? seqLen : 1 + int(random.bounded(50));
            part.messageLength = round % 2 == 0 ? qsizetype(part.seqLen - 1) * fragmentLength + 1
                                                : qsizetype(random.bounded(kMaxMessageLength * 2));
            part.checksum = random.generate();
            part.data = makeMessage(fragmentLength, QByteArray::number(random.generate()));
            const QString text =
                QStringLiteral("ur:bytes/%1-%2/").arg(part.seqNum).arg(part.seqLen) +
                bytewordsEncode(part.toCbor(), BytewordsStyle::Minimal);
            const auto status = decoder.receivePart(text);
            if (status.ok() && decoder.isComplete())
                QVERIFY(!decoder.result().ok() || crc32(decoder.result()->cbor) == part.checksum);
        }
    }
    // An oversized fragment count in the header of a real-looking part.
    const FountainPart huge{1, kMaxSequenceLength + 1, kMaxSequenceLength + 1, 0, "x"};
    const QString hugeText = QStringLiteral("ur:bytes/1-%1/").arg(kMaxSequenceLength + 1) +
                             bytewordsEncode(huge.toCbor(), BytewordsStyle::Minimal);
    auto status = URDecoder().receivePart(hugeText);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"too many parts"), qPrintable(status.error()));
    const FountainPart longMessage{1, 2, 2 * kMaxMessageLength, 0,
                                   QByteArray(kMaxMessageLength, 'x')};
    status = URDecoder().receivePart(
        QString(QStringLiteral("ur:bytes/1-2/") +
                bytewordsEncode(longMessage.toCbor(), BytewordsStyle::Minimal)));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"message too long"), qPrintable(status.error()));

    // A header that disagrees with the text.
    const FountainPart honest{3, 10, 95, 0, QByteArray(10, 'y')};
    status =
        URDecoder().receivePart(QString(QStringLiteral("ur:bytes/4-10/") +
                                        bytewordsEncode(honest.toCbor(), BytewordsStyle::Minimal)));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"does not match"), qPrintable(status.error()));

    // A long stream of mixed parts of a 2000-fragment message: what is kept while they do not
    // resolve stays bounded (at most min(2 x seqLen + 16, 512) parts), and so does the time.
    FountainEncoder flood = FountainEncoder::create(makeMessage(20000, "flood"), 10).value();
    for (int i = 0; i < flood.seqLen(); ++i)
        flood.nextPart();
    FountainDecoder decoder;
    int maxPending = 0;
    for (int i = 0; i < 700; ++i) {
        QVERIFY(decoder.receivePart(flood.nextPart()).ok());
        maxPending = std::max(maxPending, decoder.pendingMixedPartCount());
    }
    QVERIFY(!decoder.isComplete());
    QCOMPARE(maxPending, 512);
    QVERIFY(timer.elapsed() < 4000);
}

// --- ERC-4527 -------------------------------------------------------------------------------

void TestUr::ethSignRequestVector()
{
    const QJsonObject vector = loadTestJson(QStringLiteral("erc4527.json"))
                                   .value(QStringLiteral("ethSignRequest"))
                                   .toObject();
    const QString urText = vector.value(QStringLiteral("ur")).toString();

    EthSignRequest expected;
    expected.requestId = QUuid::fromString(vector.value(QStringLiteral("requestId")).toString());
    QVERIFY(!expected.requestId.isNull());
    expected.signData = eth::parseHex(vector.value(QStringLiteral("signData")).toString()).value();
    expected.dataType = EthDataType(vector.value(QStringLiteral("dataType")).toInt());
    expected.chainId = vector.value(QStringLiteral("chainId")).toInteger();
    expected.derivationPath =
        KeyPath::parse(vector.value(QStringLiteral("derivationPath")).toString()).value();
    expected.derivationPath.sourceFingerprint = std::uint32_t(
        vector.value(QStringLiteral("sourceFingerprint")).toString().mid(2).toUInt(nullptr, 16));
    expected.address =
        eth::Address::parse(vector.value(QStringLiteral("address")).toString()).value();
    expected.origin = vector.value(QStringLiteral("origin")).toString();

    // Fields -> UR, byte for byte.
    QCOMPARE(expected.toUrString(), urText);

    // UR -> fields, in either case.
    for (const QString &text : {urText, urText.toUpper()}) {
        const auto decoded = EthSignRequest::fromUrString(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->requestId, expected.requestId);
        QCOMPARE(decoded->signData, expected.signData);
        QCOMPARE(decoded->dataType, EthDataType::PersonalMessage);
        QCOMPARE(decoded->chainId, std::int64_t(215115));
        QCOMPARE(decoded->derivationPath.toString(), QStringLiteral("m/44'/60'/0'/0/0"));
        QCOMPARE(decoded->derivationPath.sourceFingerprint,
                 std::optional<std::uint32_t>(0x12345678));
        QCOMPARE(decoded->address.toChecksummed(),
                 QStringLiteral("0x5A3Fc8990417b3e6ddCdAE0E8039E798A609Ef84"));
        QCOMPARE(decoded->origin, QStringLiteral("loyalty-kiosk"));
        QVERIFY(decoded.value() == expected);
        QCOMPARE(decoded->toUrString(), urText);
    }

    // Through the generic decoder too.
    const auto item = decodeRegistryItem(decodeUr(urText).value());
    QVERIFY(item.ok());
    QVERIFY(std::holds_alternative<EthSignRequest>(item.value()));
}

void TestUr::ethSignatureVector()
{
    const QJsonObject vector = loadTestJson(QStringLiteral("erc4527.json"))
                                   .value(QStringLiteral("ethSignature"))
                                   .toObject();
    const QString urText = vector.value(QStringLiteral("ur")).toString();

    EthSignature expected;
    expected.requestId = QUuid::fromString(vector.value(QStringLiteral("requestId")).toString());
    expected.signature =
        eth::parseHex(vector.value(QStringLiteral("signature")).toString(), 65).value();
    expected.origin = vector.value(QStringLiteral("origin")).toString();
    QCOMPARE(expected.toUrString(), urText);

    for (const QString &text : {urText, urText.toUpper()}) {
        const auto decoded = EthSignature::fromUrString(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
        QCOMPARE(decoded->requestId,
                 QUuid::fromString(QStringLiteral("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d")));
        QCOMPARE(decoded->signature, expected.signature);
        QCOMPARE(decoded->origin, QStringLiteral("test-wallet"));
        QCOMPARE(decoded->toUrString(), urText);
    }

    // A wallet may answer with a multi-part UR; the decoder hands the same UR over.
    UREncoder encoder = UREncoder::create(expected.toUr(), 20).value();
    URDecoder decoder;
    while (!decoder.isComplete())
        QVERIFY(decoder.receivePart(encoder.nextPart()).ok());
    QVERIFY(EthSignature::fromUr(decoder.result().value()).value() == expected);
}

void TestUr::ethSignRequestOptionalFields()
{
    EthSignRequest bare;
    bare.signData = hex("02f0");
    bare.dataType = EthDataType::TypedTransaction;
    bare.chainId = 1;
    bare.derivationPath = KeyPath::parse(u"44'/60'/0'/0/7").value();
    const QByteArray cbor = bare.toCbor();
    // {2: h'02f0', 3: 4, 4: 1, 5: 304({1: [44, true, 60, true, 0, true, 0, false, 7, false]})}
    QCOMPARE(cbor.toHex(), QByteArray("a4024202f003040401"
                                      "05d90130a1018a182cf5183cf500f500f407f4"));
    const auto decoded = EthSignRequest::fromCbor(cbor);
    QVERIFY(decoded.ok());
    QVERIFY(decoded.value() == bare);
    QVERIFY(decoded->requestId.isNull() && decoded->address.isNull() && decoded->origin.isEmpty());

    // data-type and chain-id default to 1 (ERC-4527).
    QCborMap map;
    map.insert(2, QByteArray("x"));
    map.insert(5, QCborValue(QCborTag(304), QCborMap{{1, QCborArray{44, true}}}));
    const auto defaults = EthSignRequest::fromCbor(QCborValue(map).toCbor());
    QVERIFY2(defaults.ok(), qPrintable(defaults.error()));
    QCOMPARE(defaults->dataType, EthDataType::Transaction);
    QCOMPARE(defaults->chainId, std::int64_t(1));

    EthSignature noOrigin{QUuid::createUuid(), QByteArray(65, '\x1b'), QString()};
    QVERIFY(EthSignature::fromCbor(noOrigin.toCbor()).value() == noOrigin);
}

void TestUr::ethRegistryRejects_data()
{
    QTest::addColumn<QByteArray>("cbor");
    QTest::addColumn<bool>("isSignature");
    QTest::addColumn<QString>("message");
    const QByteArray uuid = "d82550"
                            "9b1deb4d3b7d4bad9bdd2b0d7b3dcb6d";
    const QByteArray sig65 = "5841" + QByteArray(130, '1');
    QTest::newRow("signature without request id")
        << QByteArray::fromHex("a102" + sig65) << true
        << QStringLiteral("eth-signature request id missing");
    QTest::newRow("signature missing") << QByteArray::fromHex("a101" + uuid) << true
                                       << QStringLiteral("eth-signature signature missing");
    QTest::newRow("signature 64 bytes")
        << QByteArray::fromHex("a201" + uuid + "025840" + QByteArray(128, '1')) << true
        << QStringLiteral("must be 65 bytes");
    QTest::newRow("request id 3 bytes") << QByteArray::fromHex("a201d8254301020302" + sig65) << true
                                        << QStringLiteral("malformed CBOR");
    QTest::newRow("request id text") << QByteArray::fromHex("a20163616263"
                                                            "02" +
                                                            sig65)
                                     << true << QStringLiteral("not a UUID");
    QTest::newRow("repeated key") << QByteArray::fromHex("a301" + uuid + "02" + sig65 + "02" +
                                                         sig65)
                                  << true << QStringLiteral("repeats a key");
    QTest::newRow("trailing bytes") << QByteArray::fromHex("a201" + uuid + "02" + sig65 + "00")
                                    << true << QStringLiteral("unexpected data after");
    QTest::newRow("not a map") << QByteArray::fromHex("8100") << true
                               << QStringLiteral("not a CBOR map");
    QTest::newRow("truncated") << QByteArray::fromHex("a201" + uuid + "025841aabb") << true
                               << QStringLiteral("malformed CBOR");
    QByteArray deep(200, char(0x81));
    deep.append(char(0));
    QTest::newRow("nested too deep") << deep << true << QStringLiteral("malformed CBOR");
    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("malformed CBOR");

    const QByteArray path = "05d90130a1018a182cf5183cf500f500f400f4";
    QTest::newRow("request without sign data") << QByteArray::fromHex("a3030304"
                                                                      "01" +
                                                                      path)
                                               << false << QStringLiteral("sign data missing");
    QTest::newRow("request without path") << QByteArray::fromHex("a20241aa0303") << false
                                          << QStringLiteral("derivation path missing");
    QTest::newRow("request unknown data type") << QByteArray::fromHex("a30241aa0309" + path)
                                               << false << QStringLiteral("unknown data type (9)");
    QTest::newRow("request short address")
        << QByteArray::fromHex("a40241aa0303" + path + "0643010203") << false
        << QStringLiteral("address must be 20 bytes");
    QTest::newRow("request path wrong tag")
        << QByteArray::fromHex("a30241aa030305d9012fa1018a182cf5183cf500f500f400f4") << false
        << QStringLiteral("malformed key path");
    QTest::newRow("request path hardened index too big")
        << QByteArray::fromHex("a30241aa030305d90130a101821a80000000f5") << false
        << QStringLiteral("malformed key path");
    QTest::newRow("request negative chain id") << QByteArray::fromHex("a40241aa03030420" + path)
                                               << false << QStringLiteral("chain id is not valid");
}

void TestUr::ethRegistryRejects()
{
    QFETCH(QByteArray, cbor);
    QFETCH(bool, isSignature);
    QFETCH(QString, message);
    const QString error =
        isSignature ? EthSignature::fromCbor(cbor).error() : EthSignRequest::fromCbor(cbor).error();
    QVERIFY2(error.contains(message), qPrintable(error));
}

// --- pairing keys ---------------------------------------------------------------------------

void TestUr::keyPathText()
{
    const KeyPath path = KeyPath::parse(u"m/44'/60'/0'/0/0").value();
    QCOMPARE(path.components.size(), 5);
    QCOMPARE(path.toString(), QStringLiteral("m/44'/60'/0'/0/0"));
    QCOMPARE(KeyPath::parse(u"44h/60H/0'/1/2").value().toString(),
             QStringLiteral("m/44'/60'/0'/1/2"));
    QCOMPARE(KeyPath::parse(u"m").value().components.size(), 0);
    QCOMPARE(KeyPath().toString(), QStringLiteral("m"));
    for (const QString &bad :
         {QStringLiteral(""), QStringLiteral("m/"), QStringLiteral("m//1"),
          QStringLiteral("m/2147483648"), QStringLiteral("m/1x"), QStringLiteral("m/-1"),
          QStringLiteral("x/1"), QStringLiteral("m/1/*")}) {
        const auto parsed = KeyPath::parse(bad);
        QVERIFY2(!parsed.ok(), qPrintable(bad));
        QVERIFY(parsed.error().contains(u"is not a derivation path"));
    }
    QVERIFY(
        KeyPath::parse(u"m/44'/60'/0'/0/0").value().startsWith(KeyPath::parse(u"44'/60'").value()));
}

void TestUr::hdKeyVector()
{
    const UR ur = decodeUr(QString::fromLatin1(kHdKeyVector2Ur)).value();
    const auto key = HDKey::fromUr(ur);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(key->keyData,
             hex("026fe2355745bb2db3630bbc80ef5d58951c963c841f54170ba6e5c12be7fc12a6"));
    QCOMPARE(key->chainCode,
             hex("ced155c72456255881793514edc5bd9447e7f74abb88c6d6b6480fd016ee8c85"));
    QVERIFY(key->origin.has_value());
    QCOMPARE(key->origin->toString(), QStringLiteral("m/44'/1'/1'/0/1"));
    QCOMPARE(key->parentFingerprint, std::optional<std::uint32_t>(0xe9181cf3));
    QCOMPARE(key->network, std::optional<std::int64_t>(1));
    QVERIFY(!key->coinType);
    QVERIFY(!key->sourceFingerprint());
    // And back, byte for byte.
    QCOMPARE(encodeUr(key->toUr()), QString::fromLatin1(kHdKeyVector2Ur));
    QVERIFY(std::holds_alternative<HDKey>(decodeRegistryItem(ur).value()));
}

void TestUr::hdKeyMasterLevelVector()
{
    // Keystone's "m level derivation key": a depth-0 public key with an empty origin path.
    const QString text = QStringLiteral(
        "ur:crypto-hdkey/otaxhdclaxpsfswtmnsknejlceuogoqdaelbmhwnptlrecwpeehhfnpsfzbauecatleotshep"
        "taahdcxvsbbhlrpdivdmelovygscttbstjpnllpasmtcaecmyvswpwftssffxrkcabsmdcxamtaaddyoeadlaaocy"
        "lpgrstlfiewtseje");
    const auto key = pairingKeyFromUr(decodeUr(text).value());
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(key->keyData,
             hex("03ac3df08ec59f6f1cdc55b3007f90f1a98435ec345c3cac400ede1dd533d75fa9"));
    QCOMPARE(key->origin->toString(), QStringLiteral("m"));
    QCOMPARE(key->sourceFingerprint(), std::optional<std::uint32_t>(0x854bc782));
    QCOMPARE(encodeUr(key->toUr()), text);
}

void TestUr::hdKeyRefusesPrivateKeys()
{
    // BCR-2020-007 test vector 1: the BIP32 test vector 1 master key (private).
    const QString text = QStringLiteral(
        "ur:crypto-hdkey/otadykaxhdclaevswfdmjpfswpwkahcywspsmndwmusoskprbbehetchsnpfcybbmwrhchspf"
        "xjeecaahdcxltfszmlyrtdlgmhfcnzcctvwcmkbpsftgonbgauefsehgrqzdmvodizmweemtlaybakiylat");
    const auto ur = decodeUr(text);
    QVERIFY(ur.ok());
    const auto key = HDKey::fromUr(ur.value());
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(u"private key"), qPrintable(key.error()));

    QCborMap privateKey;
    privateKey.insert(2, true);
    privateKey.insert(3, hex(kAbandonAccountKey));
    QVERIFY(HDKey::fromCbor(privateKey).error().contains(u"private key"));
    QCborMap noKey;
    noKey.insert(3, QByteArray(33, '\x05'));
    QVERIFY(HDKey::fromCbor(noKey).error().contains(u"no valid public key"));
}

void TestUr::cryptoAccountVector()
{
    const UR ur = decodeUr(QString::fromLatin1(kAccountUr)).value();
    const auto account = CryptoAccount::fromUr(ur);
    QVERIFY2(account.ok(), qPrintable(account.error()));
    QCOMPARE(account->masterFingerprint, 0x37b5eed4u);
    QCOMPARE(account->keys.size(), 7);
    const HDKey &first = account->keys.first();
    QCOMPARE(first.keyData,
             hex("03eb3e2863911826374de86c231a4b76f0b89dfa174afb78d7f478199884d9dd32"));
    QCOMPARE(first.chainCode,
             hex("6456a5df2db0f6d9af72b2a1af4b25f45200ed6fcc29c3440b311d4796b70b5b"));
    QCOMPARE(first.origin->toString(), QStringLiteral("m/44'/0'/0'"));
    QCOMPARE(first.parentFingerprint, std::optional<std::uint32_t>(0x99f9cdf7));
    // The master fingerprint fills in the origin's source.
    QCOMPARE(first.sourceFingerprint(), std::optional<std::uint32_t>(0x37b5eed4));
    QCOMPARE(account->keys.at(1).origin->toString(), QStringLiteral("m/49'/0'/0'"));
    QCOMPARE(account->keys.at(3).origin->toString(), QStringLiteral("m/45'"));
    QCOMPARE(account->keys.at(4).origin->toString(), QStringLiteral("m/48'/0'/0'/1'"));
    QCOMPARE(account->keys.at(6).keyData,
             hex("02bbb97cf9efa176b738efd6ee1d4d0fa391a973394fbc16e4c5e78e536cd14d2d"));
    // Bitcoin only: nothing to pair an Ethereum kiosk with.
    const auto eth = pairingKeyFromUr(ur);
    QVERIFY(!eth.ok());
    QVERIFY2(eth.error().contains(u"no Ethereum key"), qPrintable(eth.error()));
    QVERIFY(std::holds_alternative<CryptoAccount>(decodeRegistryItem(ur).value()));
}

void TestUr::bip32PublicDerivation()
{
    // BIP32 test vector 1: m/0H -> m/0H/1 needs no private key.
    const auto child = derivePublicChild(
        hex("035a784662a4a20a65bf6aab9ae98a6c068a81c52e4b032c0fb5400c706cfccc56"),
        hex("47fdacbd0f1097043b78c63c20c34ef4ed9a111d980047ad16282c7ae6236141"), 1);
    QVERIFY2(child.ok(), qPrintable(child.error()));
    QCOMPARE(child->publicKey,
             hex("03501e454bf00751f24b1b489aa925215d66af2234e3891c3b21a52bedb3cd711c"));
    QCOMPARE(child->chainCode,
             hex("2a7857631386ba23dacac34180dd1983734e444fdbf774041578e9b6adb37c19"));
}

void TestUr::ethereumAddressFromAccountKey()
{
    const HDKey account = abandonAccountKey();
    // Through a UR, as a wallet shows it.
    const UR ur = account.toUr();
    const auto paired = pairingKeyFromUr(decodeUr(encodeUr(ur).toUpper()).value());
    QVERIFY2(paired.ok(), qPrintable(paired.error()));
    QVERIFY(paired.value() == account);

    const auto derived = deriveEthereumKey(paired.value(), u"0/0");
    QVERIFY2(derived.ok(), qPrintable(derived.error()));
    QCOMPARE(derived->address.toChecksummed(), QString::fromLatin1(kAbandonAddress0));
    QCOMPARE(derived->publicKey,
             hex("0237b0bb7a8288d38ed49a524b5dc98cff3eb5ca824c9f9dc0dfdb3d9cd600f299"));
    QCOMPARE(derived->path.toString(), QStringLiteral("m/44'/60'/0'/0/0"));
    QCOMPARE(derived->path.sourceFingerprint, std::optional<std::uint32_t>(0x73c5da0a));

    // Other addresses differ; the account key itself (empty relative path) is not an address.
    QVERIFY(deriveEthereumKey(account, u"0/1")->address != derived->address);
    QCOMPARE(deriveEthereumKey(account, u"")->path.toString(), QStringLiteral("m/44'/60'/0'"));

    // The derived path is what an eth-sign-request for this wallet carries.
    EthSignRequest request;
    request.signData = QByteArray(32, '\x11');
    request.derivationPath = derived->path;
    request.address = derived->address;
    const auto back = EthSignRequest::fromUrString(request.toUrString());
    QCOMPARE(back->derivationPath, derived->path);
}

void TestUr::ethereumAddressFromAccountUr()
{
    // A crypto-account whose descriptor is the bare account key (as Keystone shares Ethereum
    // accounts); the origin has no fingerprint, so the master's is used.
    HDKey key = abandonAccountKey();
    key.origin->sourceFingerprint.reset();
    QCborMap map;
    map.insert(1, qint64(0x73c5da0a));
    map.insert(2, QCborArray{QCborValue(QCborTag(kTagHDKey), key.toCbor())});
    const UR ur{QStringLiteral("crypto-account"), QCborValue(map).toCbor()};
    const auto paired = pairingKeyFromUr(ur);
    QVERIFY2(paired.ok(), qPrintable(paired.error()));
    QCOMPARE(paired->sourceFingerprint(), std::optional<std::uint32_t>(0x73c5da0a));
    const auto derived = deriveEthereumKey(paired.value());
    QVERIFY2(derived.ok(), qPrintable(derived.error()));
    QCOMPARE(derived->address.toChecksummed(), QString::fromLatin1(kAbandonAddress0));
    QCOMPARE(derived->path.sourceFingerprint, std::optional<std::uint32_t>(0x73c5da0a));
}

void TestUr::ethereumKeyAtAddressLevel()
{
    HDKey key;
    key.keyData = hex("0237b0bb7a8288d38ed49a524b5dc98cff3eb5ca824c9f9dc0dfdb3d9cd600f299");
    key.origin = KeyPath::parse(u"m/44'/60'/0'/0/0").value();
    key.origin->sourceFingerprint = 0x73c5da0a;
    // No chain code, and the relative path is ignored: the key is the address.
    const auto derived = deriveEthereumKey(key, u"0/0");
    QVERIFY2(derived.ok(), qPrintable(derived.error()));
    QCOMPARE(derived->address.toChecksummed(), QString::fromLatin1(kAbandonAddress0));
    QCOMPARE(derived->path.toString(), QStringLiteral("m/44'/60'/0'/0/0"));
    QCOMPARE(uncompressPublicKey(key.keyData)->size(), 64);
}

void TestUr::derivationRejects()
{
    const HDKey account = abandonAccountKey();
    auto result = deriveEthereumKey(account, u"0'/0");
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(u"hardened"), qPrintable(result.error()));
    result = deriveEthereumKey(account, u"zero/0");
    QVERIFY(result.error().contains(u"not a derivation path"));
    HDKey noChain = account;
    noChain.chainCode.clear();
    result = deriveEthereumKey(noChain, u"0/0");
    QVERIFY2(result.error().contains(u"no chain code"), qPrintable(result.error()));
    QVERIFY(!uncompressPublicKey(QByteArray(33, '\x05')).ok());
    QVERIFY(!derivePublicChild(QByteArray(33, '\x05'), QByteArray(32, 'c'), 0).ok());
}

// --- hostile input --------------------------------------------------------------------------

void TestUr::badInputCorpus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QJsonObject vectors = loadTestJson(QStringLiteral("erc4527.json"));
    const QString request = vectors.value(QStringLiteral("ethSignRequest"))
                                .toObject()
                                .value(QStringLiteral("ur"))
                                .toString();

    QTest::newRow("empty") << QString() << QStringLiteral("not a UR");
    QTest::newRow("spaces") << QStringLiteral("   ") << QStringLiteral("not a UR");
    QTest::newRow("plain text") << QStringLiteral("hello kiosk") << QStringLiteral("not a UR");
    QTest::newRow("json") << QStringLiteral("{\"signature\":\"0x00\"}")
                          << QStringLiteral("not a UR");
    QTest::newRow("scheme only") << QStringLiteral("ur:") << QStringLiteral("no type");
    QTest::newRow("no data") << QStringLiteral("ur:eth-signature") << QStringLiteral("truncated");
    QTest::newRow("empty data") << QStringLiteral("ur:eth-signature/")
                                << QStringLiteral("truncated");
    QTest::newRow("bad type") << QStringLiteral("ur:eth_signature/aeadaolazmjendeoti")
                              << QStringLiteral("UR type 'eth_signature' may only have");
    QTest::newRow("too many slashes")
        << QStringLiteral("ur:bytes/1-2/3-4/aeadaolazmjendeoti") << QStringLiteral("too many '/'");
    QTest::newRow("truncated request")
        << request.left(request.size() - 4) << QStringLiteral("bad checksum");
    QTest::newRow("truncated odd")
        << request.left(request.size() - 1) << QStringLiteral("wrong length");
    QString flipped = request;
    flipped[40] = flipped[40] == u'a' ? u'e' : u'a';
    QTest::newRow("bad crc") << flipped << QStringLiteral("'");
    QTest::newRow("not a byteword")
        << QStringLiteral("ur:bytes/qqqqqqqqqqqq") << QStringLiteral("'qq' is not a byteword");
    QTest::newRow("seq zero") << QStringLiteral("ur:bytes/0-3/aeadaolazmjendeoti")
                              << QStringLiteral("malformed UR part number '0-3'");
    QTest::newRow("seq text") << QStringLiteral("ur:bytes/a-b/aeadaolazmjendeoti")
                              << QStringLiteral("malformed UR part number");
    QTest::newRow("seq huge") << QStringLiteral("ur:bytes/99999999999-3/aeadaolazmjendeoti")
                              << QStringLiteral("malformed UR part number");
    QTest::newRow("oversized seqLen") << QStringLiteral("ur:bytes/1-4000000000/aeadaolazmjendeoti")
                                      << QStringLiteral("too many parts (4000000000");
    QTest::newRow("part body not a part") << QStringLiteral("ur:bytes/1-3/aeadaolazmjendeoti")
                                          << QStringLiteral("not a valid multi-part UR fragment");
    QTest::newRow("non-ascii") << QStringLiteral("ur:bytes/aeadaolazmjendeot\u0131")
                               << QStringLiteral("not a UR");
    QTest::newRow("kelvin sign") << QStringLiteral("ur:bytes/aeadaolazmjendeo\u212ai")
                                 << QStringLiteral("not a UR");
    QTest::newRow("too long") << QStringLiteral("ur:bytes/") + QString(kMaxUrTextLength, u'a')
                              << QStringLiteral("too long to be a UR");
    QByteArray garbage = makeMessage(300, "garbage");
    QTest::newRow("binary garbage") << QString::fromLatin1(garbage) << QStringLiteral("not a UR");
    QTest::newRow("binary after scheme")
        << QStringLiteral("ur:bytes/") + QString::fromLatin1(garbage) << QStringLiteral("not a UR");
}

void TestUr::badInputCorpus()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto single = decodeUr(text);
    URDecoder decoder;
    const auto part = decoder.receivePart(text);
    QVERIFY(!part.ok());
    QVERIFY2(part.error().contains(message), qPrintable(part.error()));
    QVERIFY(!decoder.isComplete());
    if (!text.contains(u"-3/") && !text.contains(u"-4000000000/"))
        QVERIFY2(!single.ok() && single.error().contains(message), qPrintable(single.error()));
    QVERIFY(!EthSignRequest::fromUrString(text).ok());
    QVERIFY(!EthSignature::fromUrString(text).ok());
}

void TestUr::registryGarbage()
{
    const QJsonObject vectors = loadTestJson(QStringLiteral("erc4527.json"));
    const QString request = vectors.value(QStringLiteral("ethSignRequest"))
                                .toObject()
                                .value(QStringLiteral("ur"))
                                .toString();
    const QString signature = vectors.value(QStringLiteral("ethSignature"))
                                  .toObject()
                                  .value(QStringLiteral("ur"))
                                  .toString();

    // Right format, wrong type.
    auto asSignature = EthSignature::fromUrString(request);
    QVERIFY(!asSignature.ok());
    QVERIFY2(asSignature.error().contains(u"expected an eth-signature UR, not 'eth-sign-request'"),
             qPrintable(asSignature.error()));
    QVERIFY(!EthSignRequest::fromUrString(signature).ok());
    const auto unknown = decodeRegistryItem(makeMessageUr(10));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error(), QStringLiteral("unknown UR type 'bytes'"));
    QVERIFY(pairingKeyFromUr(makeMessageUr(10)).error().contains(u"unknown UR type 'bytes'"));
    QVERIFY(!HDKey::fromUr(decodeUr(signature).value()).ok());

    // Random CBOR-ish bytes behind every registry type: refused, never a crash.
    QRandomGenerator random(311);
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes = makeMessage(1 + int(random.bounded(80)), QByteArray::number(i));
        // Start most of them as a map so decoding goes deeper.
        if (i % 2 == 0)
            bytes[0] = char(0xa0 | (bytes[0] & 0x07));
        for (const char *type :
             {"eth-sign-request", "eth-signature", "crypto-hdkey", "crypto-account"}) {
            const UR ur{QString::fromLatin1(type), bytes};
            const auto item = decodeRegistryItem(ur);
            if (item.ok())
                QVERIFY(!std::holds_alternative<EthSignature>(item.value()) ||
                        std::get<EthSignature>(item.value()).signature.size() == 65);
            Q_UNUSED(pairingKeyFromUr(ur));
        }
    }
}

QTEST_GUILESS_MAIN(TestUr)
#include "tst_ur.moc"
