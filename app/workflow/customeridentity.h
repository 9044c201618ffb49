// SPDX-License-Identifier: MIT
#pragma once

#include "eth/address.h"
#include "relay/relaytypes.h"

#include <QString>

namespace kiosk::workflow {

// Who the customer at the screen says they are, before any purchase is shown to them: the
// barcode on their receipt (the purchase number), their wallet's address code, or the purchase
// number typed on the keypad. Only cancellations that match are listed, so nobody sees another
// customer's purchases.
class CustomerIdentity
{
public:
    enum class Kind
    {
        None,
        Account,  // the wallet the purchase was paid with
        Purchase, // the purchase number on the receipt
        Payment,  // one payment, handed over by staff
    };

    // A scanned code: an address ("0x…", or "ethereum:0x…@1" from a wallet's receive screen),
    // else the receipt's purchase number.
    static CustomerIdentity fromScan(const QString &text);
    // Digits typed on the kiosk's keypad: a purchase number.
    static CustomerIdentity fromTypedNumber(const QString &digits);
    static CustomerIdentity forPayment(const QString &paymentId);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::None; }
    bool matches(const relay::PaymentItem &payment) const;

private:
    Kind m_kind = Kind::None;
    eth::Address m_account;
    QString m_text; // purchase number or payment id, as given
};

} // namespace kiosk::workflow
