// SPDX-License-Identifier: MIT
// Signing and recovery on libsecp256k1, against the ethers v5 reference vectors, plus every
// rejection rule.
#include "demokeys.h"
#include "testdata.h"

#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/messages.h"
#include "eth/secretkey.h"
#include "eth/signing.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk::eth;

namespace {
// secp256k1 group order n.
const QByteArray kCurveOrder =
    QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

// n - s, big-endian, for turning a low-s signature into its high-s twin.
QByteArray negateScalar(const QByteArray &s)
{
    QByteArray out(32, '\0');
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        int diff = int(static_cast<unsigned char>(kCurveOrder[i])) -
                   int(static_cast<unsigned char>(s[i])) - borrow;
        borrow = diff < 0 ? 1 : 0;
        out[i] = char(diff + (borrow ? 256 : 0));
    }
    return out;
}

Signature withV(Signature signature, int v)
{
    signature.bytes[64] = char(v);
    return signature;
}
} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cancelApprovalVectors();
    void kioskMessageVectors();
    void recoverAcceptsV01();
    void recoverRejectsHighS();
    void recoverRejectsBadV_data();
    void recoverRejectsBadV();
    void recoverRejectsBadLengths();
    void recoverRejectsInvalidScalars();
    void normalizeHighSFlipsV();
    void normalizeLeavesGoodSignature();
    void wrongMessageRecoversOtherSigner();
    void secretKeyRejects_data();
    void secretKeyRejects();
    void secretKeyFromFile();
    void secretKeyWipedOnMove();
};

void TestSigning::cancelApprovalVectors()
{
    const QJsonArray vectors =
        loadTestJson(QStringLiteral("signing.json"))[u"cancelApproval"].toArray();
    for (const auto &entry : vectors) {
        const QJsonObject v = entry.toObject();
        const auto key = SecretKey::fromHex(v[u"privateKey"].toString());
        QVERIFY(key.ok());
        const Address signer = addressOf(key.value());
        QCOMPARE(signer.toChecksummed(), v[u"signer"].toString());
        const auto message =
            cancelApprovalMessage(v[u"paymentId"].toString(), v[u"purchaseId"].toString(), signer,
                                  UInt256::fromDecimal(v[u"chainId"].toString()).value(),
                                  UInt256::fromDecimal(v[u"nonce"].toString()).value());
        QVERIFY(message.ok());
        const QByteArray digest = eip191Digest(message->hash);
        QCOMPARE(toHex(digest), v[u"eip191Digest"].toString());
        const Signature signature = signPersonal(message->hash, key.value());
        QCOMPARE(signature.toHex(), v[u"signature"].toString());
        const auto recovered = recoverPersonal(message->hash, signature);
        QVERIFY2(recovered.ok(), qPrintable(recovered.error()));
        QCOMPARE(recovered->toChecksummed(), v[u"recovered"].toString());
    }
}

void TestSigning::kioskMessageVectors()
{
    const QJsonArray vectors =
        loadTestJson(QStringLiteral("signing.json"))[u"kioskMessages"].toArray();
    for (const auto &entry : vectors) {
        const QJsonObject v = entry.toObject();
        const auto key = SecretKey::fromHex(v[u"privateKey"].toString());
        QVERIFY(key.ok());
        const auto hash = parseHex(v[u"messageHash"].toString(), 32).value();
        const Signature signature = signPersonal(hash, key.value());
        QCOMPARE(signature.toHex(), v[u"signature"].toString());
        QCOMPARE(recoverPersonal(hash, signature).value().toChecksummed(), v[u"signer"].toString());
    }
}

void TestSigning::recoverAcceptsV01()
{
    const QJsonObject v =
        loadTestJson(QStringLiteral("signing.json"))[u"cancelApproval"].toArray()[0].toObject();
    const auto hash = parseHex(v[u"messageHash"].toString(), 32).value();
    const Signature signature = Signature::parse(v[u"signature"].toString()).value();
    const Signature zeroBased = withV(signature, signature.v() - 27);
    const auto recovered = recoverPersonal(hash, zeroBased);
    QVERIFY(recovered.ok());
    QCOMPARE(recovered->toChecksummed(), v[u"signer"].toString());
}

void TestSigning::recoverRejectsHighS()
{
    const QJsonObject v =
        loadTestJson(QStringLiteral("signing.json"))[u"cancelApproval"].toArray()[0].toObject();
    const auto hash = parseHex(v[u"messageHash"].toString(), 32).value();
    Signature signature = Signature::parse(v[u"signature"].toString()).value();
    Signature high = signature;
    high.bytes.replace(32, 32, negateScalar(signature.bytes.mid(32, 32)));
    high.bytes[64] = char(signature.v() == 27 ? 28 : 27);
    const auto recovered = recoverPersonal(hash, high);
    QVERIFY(!recovered.ok());
    QVERIFY2(recovered.error().contains(u"high s"_qs), qPrintable(recovered.error()));
}

void TestSigning::recoverRejectsBadV_data()
{
    QTest::addColumn<int>("v");
    QTest::newRow("2") << 2;
    QTest::newRow("26") << 26;
    QTest::newRow("29") << 29;
    QTest::newRow("37 (EIP-155)") << 37;
    QTest::newRow("255") << 255;
}

void TestSigning::recoverRejectsBadV()
{
    QFETCH(int, v);
    const QJsonObject vec =
        loadTestJson(QStringLiteral("signing.json"))[u"cancelApproval"].toArray()[0].toObject();
    const auto hash = parseHex(vec[u"messageHash"].toString(), 32).value();
    const Signature signature = withV(Signature::parse(vec[u"signature"].toString()).value(), v);
    const auto recovered = recoverPersonal(hash, signature);
    QVERIFY(!recovered.ok());
    QVERIFY2(recovered.error().contains(u"v must be 27 or 28"_qs), qPrintable(recovered.error()));
    QVERIFY(!normalizeSignature(signature).ok());
}

void TestSigning::recoverRejectsBadLengths()
{
    QVERIFY(!Signature::parse(u"0x1234").ok());
    QVERIFY(!Signature::parse(QString(QStringLiteral("0x") + QString(132, u'a'))).ok());
    QVERIFY(!Signature::parse(QString(130, u'a')).ok());
    const auto tooShort = recoverPersonal(QByteArray(32, 'x'), Signature{QByteArray(64, '\1')});
    QVERIFY(!tooShort.ok());
    QVERIFY(tooShort.error().contains(u"65 bytes"_qs));
    QVERIFY(!recoverPersonal(QByteArray(31, 'x'), Signature{QByteArray(65, '\1')}).ok());
}

void TestSigning::recoverRejectsInvalidScalars()
{
    // r = 0 and r = n are not valid scalars.
    QByteArray zero(65, '\0');
    zero[63] = 1;
    zero[64] = 27;
    QVERIFY(!recoverPersonal(QByteArray(32, 'x'), Signature{zero}).ok());
    QByteArray atOrder =
        kCurveOrder + QByteArray(31, '\0') + QByteArray(1, '\1') + QByteArray(1, char(27));
    const auto result = recoverPersonal(QByteArray(32, 'x'), Signature{atOrder});
    QVERIFY(!result.ok());
}

void TestSigning::normalizeHighSFlipsV()
{
    const QJsonObject v =
        loadTestJson(QStringLiteral("signing.json"))[u"cancelApproval"].toArray()[1].toObject();
    const Signature good = Signature::parse(v[u"signature"].toString()).value();
    Signature high = good;
    high.bytes.replace(32, 32, negateScalar(good.bytes.mid(32, 32)));
    high.bytes[64] = char(good.v() == 27 ? 1 : 0); // a wallet using v 0/1 with a high s
    const auto normalized = normalizeSignature(high);
    QVERIFY(normalized.ok());
    QVERIFY(normalized->changed);
    QCOMPARE(normalized->signature.toHex(), good.toHex());
}

void TestSigning::normalizeLeavesGoodSignature()
{
    const QJsonObject v =
        loadTestJson(QStringLiteral("signing.json"))[u"cancelApproval"].toArray()[2].toObject();
    const Signature good = Signature::parse(v[u"signature"].toString()).value();
    const auto normalized = normalizeSignature(good);
    QVERIFY(normalized.ok());
    QVERIFY(!normalized->changed);
    QCOMPARE(normalized->signature.bytes, good.bytes);
    const auto fromV0 = normalizeSignature(withV(good, good.v() - 27));
    QVERIFY(fromV0->changed);
    QCOMPARE(fromV0->signature.bytes, good.bytes);
}

void TestSigning::wrongMessageRecoversOtherSigner()
{
    const QJsonObject v =
        loadTestJson(QStringLiteral("signing.json"))[u"cancelApproval"].toArray()[0].toObject();
    const Signature signature = Signature::parse(v[u"signature"].toString()).value();
    const auto other = recoverPersonal(keccak256("another message"), signature);
    if (other.ok())
        QVERIFY(other->toChecksummed() != v[u"signer"].toString());
}

void TestSigning::secretKeyRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no prefix") << QString(64, u'1') << "0x";
    QTest::newRow("short") << QStringLiteral("0x") + QString(63, u'1') << "64 hex digits";
    QTest::newRow("long") << QStringLiteral("0x") + QString(65, u'1') << "64 hex digits";
    QTest::newRow("not hex") << QStringLiteral("0x") + QString(63, u'1') + u'g' << "hex";
    QTest::newRow("zero") << QStringLiteral("0x") + QString(64, u'0') << "not a valid";
    QTest::newRow("order")
        << QStringLiteral("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
        << "not a valid";
}

void TestSigning::secretKeyRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto key = SecretKey::fromHex(text);
    QVERIFY(!key.ok());
    QVERIFY2(key.error().contains(reason), qPrintable(key.error()));
    QVERIFY2(!key.error().contains(text.mid(2, 16)), "the error message must not repeat the key");
}

void TestSigning::secretKeyFromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(demo::kCustomerKey.toLatin1() + '\n');
    file.close();
    const auto key = SecretKey::fromArgument(u'@' + path);
    QVERIFY2(key.ok(), qPrintable(key.error()));
    QCOMPARE(addressOf(key.value()).toChecksummed(), demo::kCustomer);
    const auto missing = SecretKey::fromArgument(u'@' + dir.filePath(QStringLiteral("nope")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(u"cannot read key file"_qs));
}

void TestSigning::secretKeyWipedOnMove()
{
    auto key = SecretKey::fromHex(demo::kCustomerKey);
    QVERIFY(key.ok());
    SecretKey first = std::move(key).value();
    SecretKey second = std::move(first);
    QVERIFY(second.isValid());
    QVERIFY(!first.isValid()); // NOLINT(bugprone-use-after-move): checking the wipe is the point
    for (int i = 0; i < 32; ++i)
        QCOMPARE(first.data()[i], 0);
}

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
