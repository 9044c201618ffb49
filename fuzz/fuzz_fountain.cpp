// SPDX-License-Identifier: MIT
// The multi-part fountain decoder, stateful: one input is a sequence of parts fed to one decoder.
// A part is a record [length][mode][bytes]: mode bit 0 set, the bytes are a part's CBOR as a UR
// carries it; clear, they are a header (seqNum, seqLen, messageLength, checksum) and data built
// directly, past what the CBOR reader allows. A first byte of 0xff instead encodes the rest of
// the input and feeds some of its parts back: the message must come out unchanged.

#include "fuzzcommon.h"
#include "qr/fountain.h"

using namespace kiosk;
using namespace kiosk::qr;

namespace {

void roundTrip(fuzz::Reader &in)
{
    const qsizetype maxFragment = 10 + in.byte() % 64;
    const std::uint8_t dropMask = in.byte();
    const QByteArray message = in.rest();
    if (message.isEmpty())
        return;
    auto created = FountainEncoder::create(message, maxFragment);
    KIOSK_FUZZ_CHECK(created.ok());
    FountainEncoder encoder = std::move(created).value();
    FountainDecoder decoder;
    // Every part is lost that dropMask says, up to 8 in a row; enough further ones always finish.
    for (int i = 0; i < 4 * encoder.seqLen() + 64 && !decoder.isComplete(); ++i) {
        const FountainPart part = encoder.nextPart();
        if (i < 8 && (dropMask >> i) & 1)
            continue;
        const auto again = FountainPart::fromCbor(part.toCbor());
        KIOSK_FUZZ_CHECK(again && *again == part);
        KIOSK_FUZZ_CHECK(decoder.receivePart(*again).ok());
    }
    KIOSK_FUZZ_CHECK(decoder.isSuccess());
    KIOSK_FUZZ_CHECK(decoder.result().value() == message);
}

} // namespace

KIOSK_FUZZ_TARGET(QCoreApplication)
{
    fuzz::Reader in(input);
    if (!input.isEmpty() && std::uint8_t(input.front()) == 0xff) {
        in.byte();
        roundTrip(in);
        return;
    }
    FountainDecoder decoder;
    while (!in.atEnd()) {
        const qsizetype length = in.byte() | (qsizetype(in.byte()) << 8);
        const std::uint8_t mode = in.byte();
        const QByteArray recordBytes = in.bytes(length);
        fuzz::Reader record(recordBytes);
        FountainPart part;
        if (mode & 1) {
            auto parsed = FountainPart::fromCbor(record.rest());
            if (!parsed)
                continue;
            part = std::move(parsed).value();
        } else {
            part.seqNum = record.u32();
            part.seqLen = int(record.u32() % (kMaxSequenceLength + 2));
            part.messageLength = qsizetype(record.u32() % (kMaxMessageLength + 2));
            part.checksum = record.u32();
            part.data = record.rest();
        }
        const auto received = decoder.receivePart(part);
        KIOSK_FUZZ_CHECK(decoder.pendingMixedPartCount() <= 512);
        (void)decoder.estimatedProgress();
        if (received && *received)
            KIOSK_FUZZ_CHECK(decoder.isComplete());
        if (decoder.isComplete()) {
            if (const auto message = decoder.result())
                KIOSK_FUZZ_CHECK(message->size() == part.messageLength);
            decoder.reset();
        }
    }
}
