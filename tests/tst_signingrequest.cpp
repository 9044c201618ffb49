// SPDX-License-Identifier: MIT
// The request shown to a wallet and the checks on its answer: nothing that fails here may reach
// the relay.
#include "demokeys.h"
#include "eth/hex.h"
#include "eth/messages.h"
#include "eth/signing.h"
#include "qr/erc4527.h"
#include "qr/pairing.h"
#include "qr/requestcodec.h"
#include "qr/requeststore.h"
#include "qr/responsereader.h"
#include "qr/signingrequest.h"
#include "qr/ur.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <QTest>
#include <algorithm>
#include <random>

using namespace kiosk;
using namespace kiosk::qr;

namespace {
using demo::kCustomerKey;      // tests/demokeys.h
using demo::kOtherCustomerKey; // tests/demokeys.h

eth::SecretKey key(const QString &hex)
{
    return eth::SecretKey::fromHex(hex).value();
}

SigningRequest sampleRequest()
{
    SigningRequest r;
    r.requestId = QUuid::fromString(QStringLiteral("9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d"));
    r.paymentId =
        QStringLiteral("0x2d9100c28be32e1a29e55b2ead66d472a6271627235778379657d08c9dc1d901");
    r.purchaseId = QStringLiteral("P00000000000203");
    r.amount = eth::UInt256::fromDecimal(u"15000000000000000000000").value();
    r.currency = QStringLiteral("krw");
    r.shopName = QStringLiteral("Demo Cafe");
    r.signer = eth::addressOf(key(kCustomerKey));
    r.chainId = eth::UInt256(215115);
    r.nonce = eth::UInt256(0);
    r.messageHash =
        eth::cancelApprovalMessage(r.paymentId, r.purchaseId, r.signer, r.chainId, r.nonce)
            .value()
            .hash;
    r.expiresAt = 2000;
    return r;
}

// n - s for a 32-byte big-endian s.
QByteArray negate(const QByteArray &s)
{
    const QByteArray n =
        QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
    QByteArray out(32, '\0');
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        int d = int(quint8(n[i])) - int(quint8(s[i])) - borrow;
        borrow = d < 0;
        out[i] = char(d + (borrow ? 256 : 0));
    }
    return out;
}
} // namespace

class TestSigningRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceHash();
    void jsonRoundTrip();
    void jsonRejects_data();
    void jsonRejects();
    void tamperedFieldsFailHashCheck();
    void verifyAcceptsRightSigner();
    void verifyRejectsOtherWallet();
    void verifyRejectsOtherRequest();
    void verifyRejectsExpired();
    void verifyNormalisesHighSAndV01();
    void storeRoundTripAndRemove();
    void readerAnimatedAnswerInAnyOrder();
    void readerRejectsWithSpecificMessages();
    void readerKeepsStrayPartsApart();
    void pairingDecoratesRequests();
    void storeReportsMissingAndDamaged();
};

void TestSigningRequest::referenceHash()
{
    // Matches the ethers v5 vector for this payment, signer, chain and nonce.
    QCOMPARE(eth::toHex(sampleRequest().messageHash),
             QStringLiteral("0x35d5e9f4c08d0fed5b119e1bb7ed1df3a7e9c223a42491d8c0e078afdbbe64ef"));
    QVERIFY(sampleRequest().checkHash().ok());
}

void TestSigningRequest::jsonRoundTrip()
{
    SigningRequest r = sampleRequest();
    r.approval = false;
    r.derivationPath = QStringLiteral("m/44'/60'/0'/0/0");
    r.sourceFingerprint = 0x12345678;
    const auto back =
        SigningRequest::fromJson(QJsonDocument::fromJson(r.toNativeText().toUtf8()).object());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->requestId, r.requestId);
    QCOMPARE(back->approval, false);
    QCOMPARE(back->amount, r.amount);
    QCOMPARE(back->signer, r.signer);
    QCOMPARE(back->messageHash, r.messageHash);
    QCOMPARE(back->expiresAt, r.expiresAt);
    QCOMPARE(back->derivationPath, r.derivationPath);
    QCOMPARE(back->sourceFingerprint, r.sourceFingerprint);
    QVERIFY(!r.toNativeText().contains(u'\n'));
}

void TestSigningRequest::jsonRejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("type") << "type" << QJsonValue(QStringLiteral("other")) << "not a Loyalty Kiosk";
    QTest::newRow("version") << "version" << QJsonValue(2) << "version";
    QTest::newRow("request id") << "requestId" << QJsonValue(QStringLiteral("x")) << "requestId";
    QTest::newRow("approval") << "approval" << QJsonValue(QStringLiteral("yes"))
                              << "approve or reject";
    QTest::newRow("payment id") << "paymentId" << QJsonValue(QStringLiteral("0x12")) << "paymentId";
    QTest::newRow("amount") << "amount" << QJsonValue(1.5) << "amount";
    QTest::newRow("signer") << "signer"
                            << QJsonValue(
                                   QStringLiteral("0x5a3Fc8990417b3e6ddCdAE0E8039E798A609Ef84"))
                            << "signer";
    QTest::newRow("nonce") << "nonce" << QJsonValue(QStringLiteral("-1")) << "nonce";
    QTest::newRow("hash") << "messageHash" << QJsonValue(QStringLiteral("0x00")) << "messageHash";
}

void TestSigningRequest::jsonRejects()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, reason);
    QJsonObject o = sampleRequest().toJson();
    o.insert(field, value);
    const auto parsed = SigningRequest::fromJson(o);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(reason), qPrintable(parsed.error()));
}

void TestSigningRequest::tamperedFieldsFailHashCheck()
{
    SigningRequest r = sampleRequest();
    r.nonce = eth::UInt256(1);
    QVERIFY(!r.checkHash().ok());
    r = sampleRequest();
    r.purchaseId = QStringLiteral("P00000000000204");
    QVERIFY(!r.checkHash().ok());
}

void TestSigningRequest::verifyAcceptsRightSigner()
{
    const SigningRequest r = sampleRequest();
    const eth::Signature signature = eth::signPersonal(r.messageHash, key(kCustomerKey));
    for (const QUuid &id : {r.requestId, QUuid()}) { // a bare signature carries no id
        const auto verified = verifyResponse({SigningResponse::Kind::Json, id, signature}, r, 1000);
        QVERIFY2(verified.ok(), qPrintable(verified.error()));
        QCOMPARE(verified->bytes, signature.bytes);
    }
}

void TestSigningRequest::verifyRejectsOtherWallet()
{
    const SigningRequest r = sampleRequest();
    const eth::Signature signature = eth::signPersonal(r.messageHash, key(kOtherCustomerKey));
    const auto verified = verifyResponse({SigningResponse::Kind::BareHex, {}, signature}, r, 1000);
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().contains(
                 u"another wallet (0x90F79bf6EB2c4f870365E785982E1f101E93b906)"_qs),
             qPrintable(verified.error()));
}

void TestSigningRequest::verifyRejectsOtherRequest()
{
    const SigningRequest r = sampleRequest();
    const eth::Signature signature = eth::signPersonal(r.messageHash, key(kCustomerKey));
    const auto verified =
        verifyResponse({SigningResponse::Kind::Ur, QUuid::createUuid(), signature}, r, 1000);
    QVERIFY(!verified.ok());
    QVERIFY(verified.error().contains(u"another request"_qs));
}

void TestSigningRequest::verifyRejectsExpired()
{
    const SigningRequest r = sampleRequest();
    const eth::Signature signature = eth::signPersonal(r.messageHash, key(kCustomerKey));
    QVERIFY(verifyResponse({SigningResponse::Kind::Json, r.requestId, signature}, r, 1999).ok());
    const auto late =
        verifyResponse({SigningResponse::Kind::Json, r.requestId, signature}, r, 2000);
    QVERIFY(!late.ok());
    QVERIFY(late.error().contains(u"run out"_qs));
}

void TestSigningRequest::verifyNormalisesHighSAndV01()
{
    const SigningRequest r = sampleRequest();
    const eth::Signature good = eth::signPersonal(r.messageHash, key(kCustomerKey));
    eth::Signature odd = good;
    odd.bytes.replace(32, 32, negate(good.bytes.mid(32, 32)));
    odd.bytes[64] = char(good.v() == 27 ? 1 : 0); // high s flips the parity; v as 0/1
    const auto verified = verifyResponse({SigningResponse::Kind::BareHex, {}, odd}, r, 1000);
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(verified->bytes, good.bytes); // what gets posted is the chain's form
}

void TestSigningRequest::storeRoundTripAndRemove()
{
    QTemporaryDir dir;
    RequestStore store(dir.path());
    const SigningRequest r = sampleRequest();
    QVERIFY(store.save(r).ok());
    const auto loaded = store.load(r.paymentId.toUpper().replace(u"0X"_qs, u"0x"_qs));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->requestId, r.requestId);
    store.remove(r.paymentId);
    QVERIFY(!store.load(r.paymentId).ok());
}

void TestSigningRequest::storeReportsMissingAndDamaged()
{
    QTemporaryDir dir;
    RequestStore store(dir.path());
    const SigningRequest r = sampleRequest();
    const auto missing = store.load(r.paymentId);
    QVERIFY(missing.error().contains(u"show one first"_qs));
    QVERIFY(store.save(r).ok());
    QFile file(dir.filePath(QStringLiteral("requests/") + r.paymentId + QStringLiteral(".json")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ not json");
    file.close();
    const auto damaged = store.load(r.paymentId);
    QVERIFY(!damaged.ok());
    QVERIFY(damaged.error().contains(u"damaged"_qs));
}

void TestSigningRequest::readerAnimatedAnswerInAnyOrder()
{
    const SigningRequest r = sampleRequest();
    EthSignature answer;
    answer.requestId = r.requestId;
    answer.signature = eth::signPersonal(r.messageHash, key(kCustomerKey)).bytes;
    answer.origin =
        QStringLiteral("a wallet with a long name that makes the answer span several frames");
    auto encoder = UREncoder::create(answer.toUr(), 20).value();
    QVERIFY(!encoder.isSinglePart());
    QStringList parts;
    for (int i = 0; i < encoder.seqLen() * 3; ++i)
        parts << encoder.nextPart().toUpper();
    // Shuffled, with every third part lost.
    std::mt19937 random(42);
    std::shuffle(parts.begin(), parts.end(), random);
    ResponseReader reader;
    std::optional<SigningResponse> response;
    double lastProgress = 0;
    for (int i = 0; i < parts.size() && !response; ++i) {
        if (i % 3 == 2)
            continue;
        auto outcome = reader.add(parts.at(i));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        if (outcome->response)
            response = outcome->response;
        else
            lastProgress = outcome->progress;
    }
    QVERIFY(response.has_value());
    QVERIFY(lastProgress > 0 && lastProgress < 1);
    QCOMPARE(response->kind, SigningResponse::Kind::Ur);
    QCOMPARE(response->requestId, r.requestId);
    QVERIFY(verifyResponse(*response, r, 1000).ok());
}

void TestSigningRequest::readerKeepsStrayPartsApart()
{
    // A continuously scanning camera picks up a part of another animated code first, then one
    // in the middle of the real answer: the real answer still completes, as soon as it can.
    const SigningRequest r = sampleRequest();
    EthSignature answer;
    answer.requestId = r.requestId;
    answer.signature = eth::signPersonal(r.messageHash, key(kCustomerKey)).bytes;
    answer.origin = QStringLiteral("a wallet whose answer spans several animated frames");
    EthSignature stray = answer;
    stray.requestId = QUuid::createUuid();
    stray.origin = QStringLiteral("another kiosk's customer, whose code is also in view");
    auto real = UREncoder::create(answer.toUr(), 20).value();
    auto other = UREncoder::create(stray.toUr(), 20).value();

    ResponseReader reader;
    QVERIFY(reader.add(other.nextPart()).ok());
    std::optional<SigningResponse> response;
    for (int i = 0; i < real.seqLen() * 3 && !response; ++i) {
        if (i == 1)
            QVERIFY(reader.add(other.nextPart()).ok()); // another stray part mid-way
        auto outcome = reader.add(real.nextPart());
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        response = outcome->response;
    }
    QVERIFY(response.has_value());
    QCOMPARE(response->requestId, r.requestId);
    QVERIFY(verifyResponse(*response, r, 1000).ok());

    // A single-part answer is read even while an animated one is half done.
    ResponseReader second;
    QVERIFY(second.add(other.nextPart()).ok());
    auto single = second.add(UREncoder::create(answer.toUr(), 1000).value().nextPart());
    QVERIFY2(single.ok() && single->response, qPrintable(single.error()));
}

void TestSigningRequest::readerRejectsWithSpecificMessages()
{
    const SigningRequest r = sampleRequest();
    ResponseReader reader;
    const auto own = reader.add(requestText(r, RequestFormat::Ur));
    QVERIFY(own.error().contains(u"kiosk's own request"_qs));
    const auto ownJson = reader.add(requestText(r, RequestFormat::Json));
    QVERIFY(ownJson.error().contains(u"kiosk's own request"_qs));
    QVERIFY(reader.add(QStringLiteral("   ")).error().contains(u"nothing"_qs));
    QVERIFY(reader.add(QString(70000, u'a')).error().contains(u"too long"_qs));
    QVERIFY(reader.add(QStringLiteral("{\"type\":1}")).error().contains(u"not a signature"_qs));
    QVERIFY(reader.add(QStringLiteral("0x1234")).error().contains(u"not a signature"_qs));
    QVERIFY(!reader.add(QStringLiteral("ur:eth-signature/aeadaolazmjendeoti")).ok());
    QVERIFY(!reader.add(QString::fromLatin1(QByteArray("\x00\x01\xfe binary", 10))).ok());
    // Answer without a request id: refused (an ERC-4527 answer must name its request).
    EthSignature anonymous;
    anonymous.signature = QByteArray(65, '\1');
    const auto noId = reader.add(anonymous.toUrString());
    QVERIFY(!noId.ok());
}

void TestSigningRequest::pairingDecoratesRequests()
{
    // BIP39 "abandon ... about": account key m/44'/60'/0', master fingerprint 73c5da0a; its first
    // address is the widely published 0x9858EfFD232B4033E47d90003D41EC34EcaEda94.
    HDKey key;
    key.keyData =
        QByteArray::fromHex("02eae4b876a8696134b868f88cc2f51f715f2dbedb7446b8e6edf3d4541c4eb67b");
    key.chainCode =
        QByteArray::fromHex("d882718b7a42806803eeb17f7483f20620611adb88fc943c898dc5aba94c2819");
    key.origin = KeyPath::parse(u"m/44'/60'/0'").value();
    key.origin->sourceFingerprint = 0x73c5da0a;
    const auto paired = pairFromUr(encodeUr(key.toUr()).toUpper());
    QVERIFY2(paired.ok(), qPrintable(paired.error()));
    QCOMPARE(paired->address.toChecksummed(),
             QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
    QCOMPARE(paired->sourceFingerprint, 0x73c5da0au);
    QCOMPARE(paired->derivationPath, QStringLiteral("m/44'/60'/0'/0/0"));

    QTemporaryDir dir;
    PairingStore store(dir.path());
    QVERIFY(store.add(paired.value()).ok());
    QVERIFY(store.add(paired.value()).ok()); // once per address
    QCOMPARE(store.load().size(), 1);
    SigningRequest r = sampleRequest();
    r.signer = paired->address;
    store.decorate(r);
    QCOMPARE(r.sourceFingerprint, 0x73c5da0au);
    const auto shown = EthSignRequest::fromUrString(requestText(r, RequestFormat::Ur));
    QVERIFY2(shown.ok(), qPrintable(shown.error()));
    QCOMPARE(shown->derivationPath.sourceFingerprint.value_or(0), 0x73c5da0au);
    QCOMPARE(shown->derivationPath.toString(), QStringLiteral("m/44'/60'/0'/0/0"));
    QCOMPARE(shown->address, paired->address);
    QVERIFY(!pairFromUr(QStringLiteral("ur:eth-signature/aeadaolazmjendeoti")).ok());
}

QTEST_GUILESS_MAIN(TestSigningRequest)
#include "tst_signingrequest.moc"
