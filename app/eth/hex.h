// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace kiosk::eth {

// Strict parsing: "0x" prefix, even number of hex digits, and (when exactSize >= 0) exactly
// that many bytes. Anything looser hides typos in ids, keys and signatures.
Result<QByteArray> parseHex(QStringView text, qsizetype exactSize = -1);

// "0x" + lower-case hex.
QString toHex(const QByteArray &bytes);

} // namespace kiosk::eth
