// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"
#include "screens/screen.h"

namespace kiosk::ui {

// The end: the relay's final paymentStatus in plain words, an icon, what happens next, and a
// receipt the customer can photograph.
class ResultScreen : public Screen
{
    Q_OBJECT

public:
    explicit ResultScreen(QWidget *parent = nullptr);

    void setResult(const relay::PaymentItem &payment, const QString &shopName, bool approval,
                   qint64 reference);
    int paymentStatus() const { return m_payment.paymentStatus; }
    QString guidance() const override;
    QString amountGuidance() const override;
    void clear() override;

Q_SIGNALS:
    void doneRequested();

protected:
    void retranslate() override;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_next;
    QLabel *m_receipt;
    QPushButton *m_done;
    relay::PaymentItem m_payment;
    QString m_shopName;
    bool m_approval = true;
    qint64 m_reference = 0;
    qint64 m_finishedAt = 0;
};

} // namespace kiosk::ui
