// SPDX-License-Identifier: MIT
// A wallet's answer as the kiosk scans it (qr/responsereader): the native JSON answer, a bare
// 0x signature or an eth-signature UR, single or animated. One input is a sequence of scans, one
// per line, fed to one reader (an animated answer's parts arrive one scan at a time).

#include "fuzzcommon.h"
#include "qr/responsereader.h"

using namespace kiosk;
using namespace kiosk::qr;

KIOSK_FUZZ_TARGET(QCoreApplication)
{
    ResponseReader reader;
    // The whole input as one scan (a JSON answer may hold line breaks), then line by line.
    (void)reader.add(QString::fromUtf8(input));
    reader.reset();
    for (const QByteArray &line : fuzz::lines(input)) {
        const auto outcome = reader.add(QString::fromUtf8(line));
        if (!outcome)
            continue;
        KIOSK_FUZZ_CHECK(outcome->progress >= 0 && outcome->progress <= 1);
        if (outcome->response) {
            KIOSK_FUZZ_CHECK(outcome->response->kind == SigningResponse::Kind::BareHex ||
                             !outcome->response->requestId.isNull());
            reader.reset();
        }
    }
}
