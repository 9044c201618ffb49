// SPDX-License-Identifier: MIT
// Hex, 256-bit numbers, ABI encoding, EIP-55 addresses and amounts, byte for byte against the
// reference vectors made with ethers v5.
#include "testdata.h"

#include "eth/abi.h"
#include "eth/address.h"
#include "eth/amount.h"
#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/messages.h"
#include "eth/uint256.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace kiosk::eth;

class TestEthPrimitives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hexRoundTrip();
    void hexRejects_data();
    void hexRejects();

    void uint256Decimal_data();
    void uint256Decimal();
    void uint256Rejects_data();
    void uint256Rejects();
    void uint256Ordering();

    void keccakIsNotSha3();

    void abiVectors();
    void kioskMessageVectors();
    void messageRejectsBadInput();

    void eip55Vectors();
    void eip55AcceptsSingleCase();
    void eip55RejectsBadChecksum();
    void addressRejects_data();
    void addressRejects();

    void amountVectors();
    void amountRejects();
    void money_data();
    void money();
};

void TestEthPrimitives::hexRoundTrip()
{
    const auto bytes = parseHex(u"0x00ffAb10");
    QVERIFY(bytes.ok());
    QCOMPARE(bytes.value(), QByteArray::fromHex("00ffab10"));
    QCOMPARE(toHex(bytes.value()), QStringLiteral("0x00ffab10"));
    QVERIFY(parseHex(u"0x").ok());
    QCOMPARE(parseHex(u"0x1234", 2).value().size(), 2);
}

void TestEthPrimitives::hexRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no prefix") << "00ff" << -1 << "0x";
    QTest::newRow("upper X") << "0X00ff" << -1 << "0x";
    QTest::newRow("odd") << "0x0ff" << -1 << "odd";
    QTest::newRow("not hex") << "0x0g" << -1 << "not hex";
    QTest::newRow("space") << "0x00 f" << -1 << "not hex";
    QTest::newRow("short") << "0x00" << 2 << "must be 2 bytes";
    QTest::newRow("long") << "0x000000" << 2 << "must be 2 bytes";
}

void TestEthPrimitives::hexRejects()
{
    QFETCH(QString, text);
    QFETCH(int, size);
    QFETCH(QString, reason);
    const auto result = parseHex(text, size);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
}

void TestEthPrimitives::uint256Decimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::newRow("zero") << "0" << "0";
    QTest::newRow("leading zeros") << "000123" << "123";
    QTest::newRow("2^64") << "18446744073709551616" << "18446744073709551616";
    QTest::newRow("100 krw") << "100000000000000000000" << "100000000000000000000";
    const QString max = QStringLiteral(
        "115792089237316195423570985008687907853269984665640564039457584007913129639935");
    QTest::newRow("2^256-1") << max << max;
}

void TestEthPrimitives::uint256Decimal()
{
    QFETCH(QString, text);
    QFETCH(QString, printed);
    const auto number = UInt256::fromDecimal(text);
    QVERIFY2(number.ok(), qPrintable(number.error()));
    QCOMPARE(number->toDecimal(), printed);
    QCOMPARE(UInt256::fromBigEndian(number->toBigEndian()), number.value());
}

void TestEthPrimitives::uint256Rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "" << "empty";
    QTest::newRow("minus") << "-1" << "decimal digits";
    QTest::newRow("plus") << "+1" << "decimal digits";
    QTest::newRow("space") << " 1" << "decimal digits";
    QTest::newRow("trailing space") << "1 " << "decimal digits";
    QTest::newRow("hex") << "0x10" << "decimal digits";
    QTest::newRow("exponent") << "1e18" << "decimal digits";
    QTest::newRow("point") << "1.5" << "decimal digits";
    QTest::newRow("2^256") << "115792089237316195423570985008687907853269984665640564039457584007913129639936"
                           << "2^256-1";
    QTest::newRow("way over") << QString(100, u'9') << "2^256-1";
    QTest::newRow("arabic-indic digit") << QString::fromUtf8("١") << "decimal digits";
}

void TestEthPrimitives::uint256Rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto number = UInt256::fromDecimal(text);
    QVERIFY(!number.ok());
    QVERIFY2(number.error().contains(reason), qPrintable(number.error()));
}

void TestEthPrimitives::uint256Ordering()
{
    const auto a = UInt256::fromDecimal(u"18446744073709551616").value();
    const auto b = UInt256::fromDecimal(u"18446744073709551615").value();
    QVERIFY(b < a);
    QVERIFY(b.fitsUInt64());
    QVERIFY(!a.fitsUInt64());
    QCOMPARE(b.toUInt64(), std::numeric_limits<std::uint64_t>::max());
}

void TestEthPrimitives::keccakIsNotSha3()
{
    // keccak256("") differs from sha3-256(""): the relay uses the original Keccak padding.
    QCOMPARE(toHex(keccak256(QByteArray())),
             QStringLiteral("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
}

void TestEthPrimitives::abiVectors()
{
    const QJsonArray vectors = loadTestJson(QStringLiteral("signing.json"))[u"cancelApproval"].toArray();
    QVERIFY(vectors.size() >= 3);
    for (const auto &entry : vectors) {
        const QJsonObject v = entry.toObject();
        const auto signer = Address::parse(v[u"signer"].toString());
        QVERIFY(signer.ok());
        const auto message = cancelApprovalMessage(
            v[u"paymentId"].toString(), v[u"purchaseId"].toString(), signer.value(),
            UInt256::fromDecimal(v[u"chainId"].toString()).value(),
            UInt256::fromDecimal(v[u"nonce"].toString()).value());
        QVERIFY2(message.ok(), qPrintable(message.error()));
        QCOMPARE(toHex(message->abiEncoded), v[u"abiEncoded"].toString());
        QCOMPARE(toHex(message->hash), v[u"messageHash"].toString());
    }
}

void TestEthPrimitives::kioskMessageVectors()
{
    const QJsonArray vectors = loadTestJson(QStringLiteral("signing.json"))[u"kioskMessages"].toArray();
    QCOMPARE(vectors.size(), 9);
    for (const auto &entry : vectors) {
        const QJsonObject v = entry.toObject();
        const QString kind = v[u"kind"].toString();
        const auto message = kind == u"OpenCancelPayment"
                                 ? openCancelMessage(v[u"paymentId"].toString(), v[u"terminalId"].toString())
                                 : closeCancelMessage(v[u"paymentId"].toString(), v[u"confirm"].toBool());
        QVERIFY(message.ok());
        QCOMPARE(toHex(message->abiEncoded), v[u"abiEncoded"].toString());
        QCOMPARE(toHex(message->hash), v[u"messageHash"].toString());
    }
}

void TestEthPrimitives::messageRejectsBadInput()
{
    const Address signer = Address::parse(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266").value();
    const QString id = QStringLiteral("0x2d9100c28be32e1a29e55b2ead66d472a6271627235778379657d08c9dc1d901");
    QVERIFY(!cancelApprovalMessage(id.left(64), QStringLiteral("P1"), signer, UInt256(1), UInt256(0)).ok());
    QVERIFY(!cancelApprovalMessage(id, QString(67, u'x'), signer, UInt256(1), UInt256(0)).ok());
    QVERIFY(cancelApprovalMessage(id, QString(66, u'x'), signer, UInt256(1), UInt256(0)).ok());
    QVERIFY(!cancelApprovalMessage(id, QStringLiteral("P1"), Address(), UInt256(1), UInt256(0)).ok());
    QVERIFY(!openCancelMessage(id, QString(67, u'k')).ok());
    QVERIFY(!closeCancelMessage(u"0x1234", true).ok());
    // Upper-case ids are sent (and signed) in lower case: the relay matches exact strings.
    QCOMPARE(openCancelMessage(id.toUpper().replace(u"0X"_qs, u"0x"_qs), QStringLiteral("K")).value().hash,
             openCancelMessage(id, QStringLiteral("K")).value().hash);
}

void TestEthPrimitives::eip55Vectors()
{
    const QJsonArray vectors = loadTestJson(QStringLiteral("signing.json"))[u"addresses"].toArray();
    QVERIFY(!vectors.isEmpty());
    for (const auto &entry : vectors) {
        const QJsonObject v = entry.toObject();
        const auto fromLower = Address::parse(v[u"lower"].toString());
        QVERIFY(fromLower.ok());
        QCOMPARE(fromLower->toChecksummed(), v[u"checksummed"].toString());
        const auto fromChecksummed = Address::parse(v[u"checksummed"].toString());
        QVERIFY(fromChecksummed.ok());
        QCOMPARE(fromChecksummed->toLower(), v[u"lower"].toString());
    }
}

void TestEthPrimitives::eip55AcceptsSingleCase()
{
    const auto upper = Address::parse(u"0x5A3FC8990417B3E6DDCDAE0E8039E798A609EF84");
    QVERIFY(upper.ok());
    QCOMPARE(upper->toChecksummed(), QStringLiteral("0x5A3Fc8990417b3e6ddCdAE0E8039E798A609Ef84"));
}

void TestEthPrimitives::eip55RejectsBadChecksum()
{
    // One letter's case flipped.
    const auto result = Address::parse(u"0x5a3Fc8990417b3e6ddCdAE0E8039E798A609Ef84");
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(u"checksum"_qs), qPrintable(result.error()));
}

void TestEthPrimitives::addressRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << "0x5a3fc8990417b3e6ddcdae0e8039e798a609ef";
    QTest::newRow("long") << "0x5a3fc8990417b3e6ddcdae0e8039e798a609ef8400";
    QTest::newRow("no prefix") << "5a3fc8990417b3e6ddcdae0e8039e798a609ef84";
    QTest::newRow("not hex") << "0x5a3fc8990417b3e6ddcdae0e8039e798a609ef8z";
    QTest::newRow("empty") << "";
}

void TestEthPrimitives::addressRejects()
{
    QFETCH(QString, text);
    QVERIFY(!Address::parse(text).ok());
}

void TestEthPrimitives::amountVectors()
{
    const QJsonArray vectors = loadTestJson(QStringLiteral("signing.json"))[u"amounts"].toArray();
    QVERIFY(!vectors.isEmpty());
    for (const auto &entry : vectors) {
        const QJsonObject v = entry.toObject();
        const auto exact = formatUnits(v[u"raw"].toString(), v[u"decimals"].toInt());
        QVERIFY(exact.ok());
        QCOMPARE(exact.value(), v[u"exact"].toString());
    }
    // Beyond what a double can hold: every digit survives.
    QCOMPARE(formatUnits(u"123456789012345678901234567890123").value(),
             QStringLiteral("123456789012345.678901234567890123"));
}

void TestEthPrimitives::amountRejects()
{
    QVERIFY(!formatUnits(u"-1").ok());
    QVERIFY(!formatUnits(u"1.5").ok());
    QVERIFY(!formatUnits(u"").ok());
}

void TestEthPrimitives::money_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    const int symbol = int(MoneyStyle::Symbol);
    const int code = int(MoneyStyle::Code);
    QTest::newRow("krw en") << "100000000000000000000" << "krw" << "en_US" << symbol << u"₩100"_qs;
    QTest::newRow("krw ko") << "100000000000000000000" << "KRW" << "ko_KR" << symbol << u"100원"_qs;
    QTest::newRow("krw code") << "100000000000000000000" << "krw" << "en_US" << code << "100 KRW";
    QTest::newRow("grouping") << "1234567000000000000000000" << "krw" << "en_US" << symbol
                              << u"₩1,234,567"_qs;
    QTest::newRow("krw fraction kept") << "1500000000000000000" << "krw" << "en_US" << symbol << u"₩1.5"_qs;
    QTest::newRow("usd") << "1500000000000000000" << "usd" << "en_US" << symbol << "$1.50";
    QTest::newRow("usd tiny") << "1" << "USD" << "en_US" << symbol << "$0.000000000000000001";
    QTest::newRow("points en") << "2000000000000000000000" << "point" << "en_US" << symbol
                               << "2,000 points";
    QTest::newRow("point en") << "1000000000000000000" << "point" << "en_US" << symbol << "1 point";
    QTest::newRow("points ko") << "2000000000000000000000" << "point" << "ko_KR" << symbol
                               << u"2,000포인트"_qs;
    QTest::newRow("unknown") << "5000000000000000000" << "jpy" << "en_US" << symbol << "5 JPY";
    QTest::newRow("zero") << "0" << "krw" << "ko_KR" << symbol << u"0원"_qs;
}

void TestEthPrimitives::money()
{
    QFETCH(QString, raw);
    QFETCH(QString, currency);
    QFETCH(QString, locale);
    QFETCH(int, style);
    QFETCH(QString, expected);
    QCOMPARE(formatMoney(UInt256::fromDecimal(raw).value(), currency, QLocale(locale), MoneyStyle(style)),
             expected);
}

QTEST_GUILESS_MAIN(TestEthPrimitives)
#include "tst_ethprimitives.moc"
