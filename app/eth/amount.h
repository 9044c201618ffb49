// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "eth/uint256.h"

#include <QLocale>
#include <QString>

namespace kiosk::eth {

// The relay's amounts are decimal integer strings with 18 implied decimals. These helpers turn
// them into exact text without ever going through a floating-point number.
inline constexpr int kRelayDecimals = 18;

// "100000000000000000000" -> "100.0", "1" -> "0.000000000000000001" (ethers' formatUnits).
QString formatUnits(const UInt256 &raw, int decimals = kRelayDecimals);
Result<QString> formatUnits(QStringView rawDecimal, int decimals = kRelayDecimals);

enum class MoneyStyle {
    Symbol, // for people: "₩1,000" (English), "1,000원" (Korean), "$1.50"
    Code,   // for receipts and logs: "1,000 KRW"
};

// Money as a person reads it, in the given locale. Currency codes compare case-insensitively;
// an unknown currency is shown with its code. Never rounds: a fraction the currency does not
// usually show is still printed in full.
QString formatMoney(const UInt256 &raw, QStringView currency, const QLocale &locale,
                    MoneyStyle style = MoneyStyle::Symbol);

} // namespace kiosk::eth
