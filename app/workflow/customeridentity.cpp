// SPDX-License-Identifier: MIT
#include "workflow/customeridentity.h"

namespace kiosk::workflow {

namespace {
// A purchase number as a person reads it: the digits, without leading zeros
// ("P00000000000203" and "203" are the same number; "B-2026-0042" is 20260042).
QString purchaseDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits += c;
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}
} // namespace

CustomerIdentity CustomerIdentity::fromScan(const QString &text)
{
    QString code = text.trimmed();
    CustomerIdentity who;
    if (code.isEmpty())
        return who;
    // EIP-681 (ethereum:0x…@chainId?…) as wallets show "receive" codes; a bare address too.
    QStringView address(code);
    if (address.startsWith(u"ethereum:", Qt::CaseInsensitive))
        address = address.mid(9);
    if (address.startsWith(u"pay-", Qt::CaseInsensitive))
        address = address.mid(4);
    address = address.left(42);
    if (address.size() == 42 && address.startsWith(u"0x", Qt::CaseInsensitive))
        if (auto parsed = eth::Address::parse(address)) {
            who.m_kind = Kind::Account;
            who.m_account = parsed.value();
            return who;
        }
    if (purchaseDigits(code).isEmpty())
        return who; // nothing a purchase number is made of
    who.m_kind = Kind::Purchase;
    who.m_text = code;
    return who;
}

CustomerIdentity CustomerIdentity::fromTypedNumber(const QString &digits)
{
    CustomerIdentity who;
    if (purchaseDigits(digits).isEmpty() || purchaseDigits(digits) == u"0")
        return who;
    who.m_kind = Kind::Purchase;
    who.m_text = digits.trimmed();
    return who;
}

CustomerIdentity CustomerIdentity::forPayment(const QString &paymentId)
{
    CustomerIdentity who;
    if (paymentId.isEmpty())
        return who;
    who.m_kind = Kind::Payment;
    who.m_text = paymentId;
    return who;
}

bool CustomerIdentity::matches(const relay::PaymentItem &payment) const
{
    switch (m_kind) {
    case Kind::None:
        return false;
    case Kind::Account:
        return !payment.account.isNull() && payment.account == m_account;
    case Kind::Purchase:
        if (payment.purchaseId.isEmpty())
            return false;
        return payment.purchaseId.compare(m_text, Qt::CaseInsensitive) == 0 ||
               purchaseDigits(payment.purchaseId) == purchaseDigits(m_text);
    case Kind::Payment:
        return payment.paymentId.compare(m_text, Qt::CaseInsensitive) == 0;
    }
    return false;
}

} // namespace kiosk::workflow
