// SPDX-License-Identifier: MIT
// Text a camera or scanner reads as a UR: single-part URs, Bytewords in every style, and a
// sequence of lines fed to one multi-part UR decoder. Bytewords must round-trip any bytes.

#include "fuzzcommon.h"
#include "qr/bytewords.h"
#include "qr/erc4527.h"
#include "qr/ur.h"

using namespace kiosk;
using namespace kiosk::qr;

KIOSK_FUZZ_TARGET(QCoreApplication)
{
    const QString text = QString::fromUtf8(input);

    if (const auto ur = decodeUr(text)) {
        KIOSK_FUZZ_CHECK(isValidUrType(ur->type));
        const auto again = decodeUr(encodeUr(*ur));
        KIOSK_FUZZ_CHECK(again && *again == *ur);
        (void)decodeRegistryItem(*ur);
    }
    for (const auto style :
         {BytewordsStyle::Standard, BytewordsStyle::Uri, BytewordsStyle::Minimal}) {
        (void)bytewordsDecode(text, style);
        if (input.isEmpty())
            continue; // no message at all: refused by design
        const auto decoded = bytewordsDecode(bytewordsEncode(input, style), style);
        KIOSK_FUZZ_CHECK(decoded && *decoded == input);
    }

    // An animated UR as the camera reads it: one part per line, in whatever order.
    URDecoder decoder;
    for (const QByteArray &line : fuzz::lines(input)) {
        const auto received = decoder.receivePart(QString::fromUtf8(line));
        (void)decoder.estimatedProgress();
        if (received && *received) {
            KIOSK_FUZZ_CHECK(decoder.isComplete());
            if (const auto ur = decoder.result())
                (void)decodeRegistryItem(*ur);
        }
    }
}
