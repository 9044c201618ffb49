// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>

namespace kiosk::qr {

// CRC-32 (IEEE 802.3, the zlib one), as Bytewords and the fountain code use it.
std::uint32_t crc32(QByteArrayView data);

// Bytewords (BCR-2020-012): one four-letter word per byte, with the CRC-32 of the data appended
// big-endian. Minimal style keeps the first and last letter of each word (what URs use).
enum class BytewordsStyle
{
    Standard, // "able acid also"
    Uri,      // "able-acid-also"
    Minimal,  // "aeadao"
};

QString bytewordsEncode(QByteArrayView data, BytewordsStyle style);
// Case-insensitive. Fails on an unknown word, a wrong length or a bad checksum.
Result<QByteArray> bytewordsDecode(QStringView text, BytewordsStyle style);

// The word for one byte (lower case, four letters).
QString byteword(std::uint8_t value);

} // namespace kiosk::qr
