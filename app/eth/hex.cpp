// SPDX-License-Identifier: MIT
#include "eth/hex.h"

#include <QCoreApplication>

namespace kiosk::eth {

namespace {
int hexDigitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}
} // namespace

Result<QByteArray> parseHex(QStringView text, qsizetype exactSize)
{
    if (!text.startsWith(u"0x"))
        return fail(QCoreApplication::translate("kiosk::eth", "must start with 0x"));
    const QStringView digits = text.mid(2);
    if (digits.size() % 2 != 0)
        return fail(QCoreApplication::translate("kiosk::eth", "has an odd number of hex digits"));
    QByteArray bytes(digits.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const int high = hexDigitValue(digits[2 * i]);
        const int low = hexDigitValue(digits[2 * i + 1]);
        if (high < 0 || low < 0)
            return fail(QCoreApplication::translate("kiosk::eth", "is not hex (character %1)")
                            .arg(2 * i + (high < 0 ? 0 : 1) + 3));
        bytes[i] = char((high << 4) | low);
    }
    if (exactSize >= 0 && bytes.size() != exactSize)
        return fail(QCoreApplication::translate("kiosk::eth", "must be %1 bytes (%2 hex digits), not %3")
                        .arg(exactSize)
                        .arg(exactSize * 2)
                        .arg(bytes.size()));
    return bytes;
}

QString toHex(const QByteArray &bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

} // namespace kiosk::eth
