// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"
#include "staff/stafftab.h"

#include <optional>

class QLabel;
class QLineEdit;

namespace kiosk::ui {

// Staff find a customer's payment by payment id or purchase id and prepare its cancellation;
// the customer then chooses it on the customer screens (the relay's approval window starts
// only then).
class OpenTab : public StaffTab
{
    Q_OBJECT

public:
    explicit OpenTab(session::KioskSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void retranslate() override;
    void lookup();
    void stage();
    // Paid (18), or a cancellation closed without a refund (59) may be opened again; one
    // already open (51-57) is simply handed to the customer.
    static bool canBeCancelledHere(int paymentStatus);

Q_SIGNALS:
    void customerCancellationReady(const QString &paymentId);

private:
    enum class State
    {
        Idle,
        LookingUp,
        Found,
        Failed,
        NotConnected, // no relay client yet (connecting) or at all (see m_notReady)
        Staged,
    };
    void render();
    void forgetResult();
    // Every open cancellation at this kiosk: customers see only their own, staff see them all.
    void renderWaiting();

    State m_state = State::Idle;
    std::optional<relay::PaymentItem> m_payment;
    QString m_shopName;
    relay::RelayError m_error;
    QString m_notReady;     // the session's start error; empty while it is still connecting
    int m_lookupSerial = 0; // answers to an older lookup are dropped

    QLabel *m_idLabel = nullptr;
    QLineEdit *m_id = nullptr;
    QPushButton *m_lookup = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_stage = nullptr;
    QLabel *m_waiting = nullptr;
    bool m_followingList = false;
};

} // namespace kiosk::ui
