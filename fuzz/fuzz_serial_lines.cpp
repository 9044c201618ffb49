// SPDX-License-Identifier: MIT
// What a serial scanner sends (scan/linesplitter, as scan/serialscansource uses it): a byte
// stream in chunks of any size. First byte: the line limit; then records [chunk length][bytes].
// Every line handed on is non-empty, holds no CR or LF and keeps to the limit, and the buffer
// never grows past it.

#include "fuzzcommon.h"
#include "scan/linesplitter.h"

#include <QString>

using namespace kiosk;
using namespace kiosk::scan;

KIOSK_FUZZ_TARGET(QCoreApplication)
{
    fuzz::Reader in(input);
    const qsizetype limit = 1 + in.byte();
    LineSplitter splitter(limit);
    while (!in.atEnd()) {
        const QByteArray chunk = in.bytes(in.byte());
        const LineSplitter::Output out = splitter.feed(chunk);
        KIOSK_FUZZ_CHECK(out.overflows >= 0);
        KIOSK_FUZZ_CHECK(splitter.buffered() <= limit);
        for (const QByteArray &line : out.lines) {
            KIOSK_FUZZ_CHECK(!line.isEmpty());
            KIOSK_FUZZ_CHECK(line.size() <= limit);
            KIOSK_FUZZ_CHECK(!line.contains('\r') && !line.contains('\n'));
            (void)QString::fromUtf8(line).trimmed(); // what the serial source emits
        }
    }
    splitter.clear();
    KIOSK_FUZZ_CHECK(splitter.buffered() == 0);
}
