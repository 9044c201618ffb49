// SPDX-License-Identifier: MIT
// What the core costs per operation, for comparison with the relay's own stack (ethers v5 and
// @ngraveio/bc-ur; see tools/bench/compare): hashing, ABI encoding, signing and recovery, UR
// encoding and decoding, parsing a relay answer, and one journal step written with fsync.
#include "eth/abi.h"
#include "eth/address.h"
#include "eth/hex.h"
#include "eth/keccak.h"
#include "eth/messages.h"
#include "eth/secretkey.h"
#include "eth/signing.h"
#include "qr/erc4527.h"
#include "qr/keypath.h"
#include "qr/ur.h"
#include "relay/relaytypes.h"
#include "workflow/journal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

using namespace kiosk;

namespace {

// The first cancelApproval vector of tests/data/signing.json (generated with ethers 5.7.2).
constexpr auto kPrivateKey = u"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
constexpr auto kSigner = u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
constexpr auto kPaymentId = u"0x2d9100c28be32e1a29e55b2ead66d472a6271627235778379657d08c9dc1d901";
constexpr auto kPurchaseId = "P00000000000203";
constexpr std::uint64_t kChainId = 215115;
constexpr auto kMessageHash = u"0x35d5e9f4c08d0fed5b119e1bb7ed1df3a7e9c223a42491d8c0e078afdbbe64ef";
constexpr auto kSignature =
    u"0x712e278c38f9372d020b38eb12a8d0314b40efec7166afaafcdc7f3cd27968927644af25abf7524b6cab9e37d9"
    u"65080f90a9ae4fa8e73e916a35a092d4bf7c8c1b";

// Fragment length of the multipart benchmarks: what an animated QR of a long request uses.
constexpr qsizetype kFragmentLength = 200;

QByteArray hexBytes(QStringView text)
{
    return eth::parseHex(text).value();
}

QByteArray filler(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i * 31 + 7);
    return bytes;
}

qr::EthSignRequest signRequest(const QByteArray &signData)
{
    qr::EthSignRequest request;
    request.requestId = QUuid(QStringLiteral("{9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d}"));
    request.signData = signData;
    request.dataType = qr::EthDataType::PersonalMessage;
    request.chainId = std::int64_t(kChainId);
    request.derivationPath = qr::KeyPath::parse(u"m/44'/60'/0'/0/0").value();
    request.derivationPath.sourceFingerprint = 0x73c5da0au;
    request.address = eth::Address::parse(kSigner).value();
    request.origin = QStringLiteral("Loyalty Kiosk");
    return request;
}

qr::EthSignature ethSignature()
{
    qr::EthSignature signature;
    signature.requestId = QUuid(QStringLiteral("{9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d}"));
    signature.signature = hexBytes(kSignature);
    return signature;
}

// The UR of the single-part eth-sign-request: the 32-byte message hash to sign.
qr::UR singleRequestUr()
{
    return signRequest(hexBytes(kMessageHash)).toUr();
}

// A request too long for one code: a 2000-byte message.
qr::UR multipartRequestUr()
{
    return signRequest(filler(2000)).toUr();
}

// A relay answer as it comes off the wire: the envelope around one payment item.
QByteArray paymentEnvelope()
{
    const QJsonObject item{
        {QStringLiteral("paymentId"), QString::fromUtf16(kPaymentId)},
        {QStringLiteral("purchaseId"), QLatin1String(kPurchaseId)},
        {QStringLiteral("amount"), QStringLiteral("15000000000000000000000")},
        {QStringLiteral("currency"), QStringLiteral("krw")},
        {QStringLiteral("shopId"),
         QStringLiteral("0x0001be96d74202df38fd21462ffcef10dfe0fcbd7caa3947689a3903e8b6b874")},
        {QStringLiteral("account"), QString::fromUtf16(kSigner)},
        {QStringLiteral("terminalId"), QStringLiteral("KIOSK0001")},
        {QStringLiteral("paidPoint"), QStringLiteral("1000000000000000000000")},
        {QStringLiteral("paidValue"), QStringLiteral("15000000000000000000000")},
        {QStringLiteral("feePoint"), QStringLiteral("50000000000000000000")},
        {QStringLiteral("feeValue"), QStringLiteral("750000000000000000000")},
        {QStringLiteral("totalPoint"), QStringLiteral("1050000000000000000000")},
        {QStringLiteral("totalValue"), QStringLiteral("15750000000000000000000")},
        {QStringLiteral("paymentStatus"), 51},
        {QStringLiteral("openNewTimestamp"), QStringLiteral("1700000000")},
        {QStringLiteral("closeNewTimestamp"), QStringLiteral("1700000060")},
        {QStringLiteral("openCancelTimestamp"), QStringLiteral("1700003600")},
        {QStringLiteral("closeCancelTimestamp"), QStringLiteral("0")},
    };
    const QJsonObject envelope{{QStringLiteral("code"), 0},
                               {QStringLiteral("data"), item},
                               {QStringLiteral("error"), QJsonObject{}}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

std::vector<eth::AbiValue> cancelApprovalValues()
{
    return {eth::Bytes32{hexBytes(kPaymentId)}, QString::fromLatin1(kPurchaseId),
            eth::Address::parse(kSigner).value(), eth::UInt256(kChainId), eth::UInt256(0)};
}

void keccak(benchmark::State &state, qsizetype size)
{
    const QByteArray data = filler(size);
    for (auto _ : state) {
        QByteArray hash = eth::keccak256(data);
        benchmark::DoNotOptimize(hash);
    }
    state.SetBytesProcessed(state.iterations() * size);
}

void BM_Keccak256_32(benchmark::State &state)
{
    keccak(state, 32);
}
BENCHMARK(BM_Keccak256_32);

void BM_Keccak256_1024(benchmark::State &state)
{
    keccak(state, 1024);
}
BENCHMARK(BM_Keccak256_1024);

void BM_AbiEncodeCancelApproval(benchmark::State &state)
{
    const std::vector<eth::AbiValue> values = cancelApprovalValues();
    for (auto _ : state) {
        QByteArray encoded = eth::abiEncode(values);
        benchmark::DoNotOptimize(encoded);
    }
}
BENCHMARK(BM_AbiEncodeCancelApproval);

// The whole message as the workflow builds it: checks, abi.encode and keccak-256.
void BM_CancelApprovalMessage(benchmark::State &state)
{
    const QString purchaseId = QString::fromLatin1(kPurchaseId);
    const eth::Address signer = eth::Address::parse(kSigner).value();
    const eth::UInt256 chainId(kChainId), nonce(0);
    for (auto _ : state) {
        auto message = eth::cancelApprovalMessage(kPaymentId, purchaseId, signer, chainId, nonce);
        benchmark::DoNotOptimize(message);
    }
}
BENCHMARK(BM_CancelApprovalMessage);

void BM_SignPersonal(benchmark::State &state)
{
    const eth::SecretKey key = eth::SecretKey::fromHex(kPrivateKey).value();
    const QByteArray hash = hexBytes(kMessageHash);
    if (eth::signPersonal(hash, key).toHex() != QString::fromUtf16(kSignature)) {
        state.SkipWithError("the signature differs from the reference vector");
        return;
    }
    for (auto _ : state) {
        eth::Signature signature = eth::signPersonal(hash, key);
        benchmark::DoNotOptimize(signature);
    }
}
BENCHMARK(BM_SignPersonal)->Unit(benchmark::kMicrosecond);

void BM_RecoverPersonal(benchmark::State &state)
{
    const QByteArray hash = hexBytes(kMessageHash);
    const eth::Signature signature = eth::Signature::parse(kSignature).value();
    const auto check = eth::recoverPersonal(hash, signature);
    if (!check || check->toChecksummed() != QString::fromUtf16(kSigner)) {
        state.SkipWithError("recovery does not give the reference signer");
        return;
    }
    for (auto _ : state) {
        auto signer = eth::recoverPersonal(hash, signature);
        benchmark::DoNotOptimize(signer);
    }
}
BENCHMARK(BM_RecoverPersonal)->Unit(benchmark::kMicrosecond);

void urEncode(benchmark::State &state, const qr::UR &ur)
{
    for (auto _ : state) {
        QString text = qr::encodeUr(ur);
        benchmark::DoNotOptimize(text);
    }
}

void urDecode(benchmark::State &state, const qr::UR &ur)
{
    const QString text = qr::encodeUr(ur);
    if (const auto check = qr::decodeUr(text); !check || *check != ur) {
        state.SkipWithError("the UR does not round-trip");
        return;
    }
    for (auto _ : state) {
        auto decoded = qr::decodeUr(text);
        benchmark::DoNotOptimize(decoded);
    }
}

void BM_UrEncode_EthSignRequest(benchmark::State &state)
{
    urEncode(state, singleRequestUr());
}
BENCHMARK(BM_UrEncode_EthSignRequest);

void BM_UrDecode_EthSignRequest(benchmark::State &state)
{
    urDecode(state, singleRequestUr());
}
BENCHMARK(BM_UrDecode_EthSignRequest);

void BM_UrEncode_EthSignature(benchmark::State &state)
{
    urEncode(state, ethSignature().toUr());
}
BENCHMARK(BM_UrEncode_EthSignature);

void BM_UrDecode_EthSignature(benchmark::State &state)
{
    urDecode(state, ethSignature().toUr());
}
BENCHMARK(BM_UrDecode_EthSignature);

// Kiosk only (bc-ur has no ERC-4527 registry types): the request from and to its CBOR as well.
void BM_EthSignRequest_ToUrString(benchmark::State &state)
{
    const qr::EthSignRequest request = signRequest(hexBytes(kMessageHash));
    for (auto _ : state) {
        QString text = request.toUrString();
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(BM_EthSignRequest_ToUrString);

void BM_EthSignature_FromUrString(benchmark::State &state)
{
    const QString text = ethSignature().toUrString();
    if (!qr::EthSignature::fromUrString(text)) {
        state.SkipWithError("the eth-signature does not decode");
        return;
    }
    for (auto _ : state) {
        auto signature = qr::EthSignature::fromUrString(text);
        benchmark::DoNotOptimize(signature);
    }
}
BENCHMARK(BM_EthSignature_FromUrString);

// One whole cycle of parts of a 2000-byte request (every fragment once).
void BM_UrEncodeMultipart(benchmark::State &state)
{
    const qr::UR ur = multipartRequestUr();
    const int parts = qr::UREncoder::create(ur, kFragmentLength).value().seqLen();
    for (auto _ : state) {
        auto encoder = qr::UREncoder::create(ur, kFragmentLength);
        for (int i = 0; i < parts; ++i) {
            QString part = encoder.value().nextPart();
            benchmark::DoNotOptimize(part);
        }
    }
    state.counters[std::string("parts")] = parts;
}
BENCHMARK(BM_UrEncodeMultipart)->Unit(benchmark::kMicrosecond);

void BM_UrDecodeMultipart(benchmark::State &state)
{
    const qr::UR ur = multipartRequestUr();
    auto encoder = qr::UREncoder::create(ur, kFragmentLength).value();
    QList<QString> parts;
    for (int i = 0; i < encoder.seqLen(); ++i)
        parts.append(encoder.nextPart());
    {
        qr::URDecoder check;
        for (const QString &part : parts)
            if (!check.receivePart(part)) {
                state.SkipWithError("a part of the multipart UR is refused");
                return;
            }
        if (!check.isComplete() || !check.result() || *check.result() != ur) {
            state.SkipWithError("the multipart UR does not decode");
            return;
        }
    }
    for (auto _ : state) {
        qr::URDecoder decoder;
        for (const QString &part : parts) {
            auto received = decoder.receivePart(part); // each was checked above
            benchmark::DoNotOptimize(received);
        }
        auto result = decoder.result();
        benchmark::DoNotOptimize(result);
    }
    state.counters[std::string("parts")] = double(parts.size());
}
BENCHMARK(BM_UrDecodeMultipart)->Unit(benchmark::kMicrosecond);

void BM_ParsePaymentEnvelope(benchmark::State &state)
{
    const QByteArray body = paymentEnvelope();
    for (auto _ : state) {
        const QJsonDocument document = QJsonDocument::fromJson(body);
        auto item =
            relay::PaymentItem::fromJson(document.object().value(QLatin1String("data")).toObject());
        benchmark::DoNotOptimize(item);
    }
}
BENCHMARK(BM_ParsePaymentEnvelope);

// One step appended to the journal: SQLite in WAL mode with synchronous=FULL, so each commit
// waits for fsync. This measures the disk under the temporary directory as much as the code.
void BM_JournalAddStep(benchmark::State &state)
{
    QTemporaryDir dir;
    workflow::Journal journal;
    if (!dir.isValid() || !journal.open(dir.path())) {
        state.SkipWithError("cannot open a journal in a temporary directory");
        return;
    }
    workflow::JournalEntry entry;
    entry.paymentId = QString::fromUtf16(kPaymentId);
    entry.purchaseId = QString::fromLatin1(kPurchaseId);
    entry.amount = QStringLiteral("15000000000000000000000");
    entry.currency = QStringLiteral("krw");
    entry.terminalId = QStringLiteral("KIOSK0001");
    entry.state = QStringLiteral("Requesting");
    const auto id = journal.begin(entry);
    if (!id) {
        state.SkipWithError("cannot begin a journal entry");
        return;
    }
    const QJsonObject detail{{QStringLiteral("paymentStatus"), 51}, {QStringLiteral("code"), 0}};
    const QString step = QStringLiteral("follow");
    const QString phase = QStringLiteral("answer");
    for (auto _ : state) {
        auto written = journal.addStep(id.value(), step, phase, detail);
        if (!written) {
            state.SkipWithError("a journal step was not written");
            break;
        }
    }
}
BENCHMARK(BM_JournalAddStep)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // for the SQLite driver plugin
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    // The exact CBOR the UR benchmarks use, so that tools/bench/node/bench.js can encode and
    // decode the same bytes.
    const auto hex = [](const QByteArray &bytes) { return bytes.toHex().toStdString(); };
    benchmark::AddCustomContext("cbor_eth_sign_request", hex(singleRequestUr().cbor));
    benchmark::AddCustomContext("cbor_eth_signature", hex(ethSignature().toUr().cbor));
    benchmark::AddCustomContext("cbor_multipart", hex(multipartRequestUr().cbor));
    benchmark::AddCustomContext("multipart_fragment_length", std::to_string(kFragmentLength));
    benchmark::AddCustomContext("payment_envelope", paymentEnvelope().toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
