// SPDX-License-Identifier: MIT
#include "eth/amount.h"

namespace kiosk::eth {

namespace {
struct SplitAmount
{
    QString whole;
    QString fraction; // without trailing zeros
};

SplitAmount split(const UInt256 &raw, int decimals)
{
    QString digits = raw.toDecimal();
    if (digits.size() <= decimals)
        digits = QString(decimals - digits.size() + 1, u'0') + digits;
    SplitAmount parts{digits.left(digits.size() - decimals), digits.right(decimals)};
    while (parts.fraction.endsWith(u'0'))
        parts.fraction.chop(1);
    return parts;
}

QString grouped(const QString &whole, const QLocale &locale)
{
    const QString separator = locale.groupSeparator();
    QString out;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += separator;
        out += whole[i];
    }
    return out;
}
} // namespace

QString formatUnits(const UInt256 &raw, int decimals)
{
    const SplitAmount parts = split(raw, decimals);
    return parts.whole + u'.' + (parts.fraction.isEmpty() ? QStringLiteral("0") : parts.fraction);
}

Result<QString> formatUnits(QStringView rawDecimal, int decimals)
{
    auto raw = UInt256::fromDecimal(rawDecimal);
    if (!raw)
        return fail(raw.error());
    return formatUnits(raw.value(), decimals);
}

QString formatMoney(const UInt256 &raw, QStringView currency, const QLocale &locale, MoneyStyle style)
{
    const QString code = currency.toString().trimmed().toUpper();
    const int minorDigits = code == u"USD" || code == u"EUR" ? 2 : 0;
    SplitAmount parts = split(raw, kRelayDecimals);
    while (parts.fraction.size() < minorDigits)
        parts.fraction += u'0';
    QString number = grouped(parts.whole, locale);
    if (!parts.fraction.isEmpty())
        number += locale.decimalPoint() + parts.fraction;

    const bool korean = locale.language() == QLocale::Korean;
    if (style == MoneyStyle::Code)
        return number + u' ' + code;
    if (code == u"KRW")
        return korean ? QString(number + u'원') : QString(u'₩' + number);
    if (code == u"USD")
        return u'$' + number;
    if (code == u"POINT" || code == u"POINTS") {
        if (korean)
            return number + QStringLiteral("포인트");
        const bool one = raw == UInt256(std::uint64_t(1'000'000'000'000'000'000));
        return number + (one ? QStringLiteral(" point") : QStringLiteral(" points"));
    }
    return number + u' ' + code;
}

} // namespace kiosk::eth
