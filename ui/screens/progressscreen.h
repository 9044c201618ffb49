// SPDX-License-Identifier: MIT
#pragma once

#include "screens/screen.h"

namespace kiosk::ui {

// While the kiosk works: preparing the request, checking and sending the signature, waiting
// for the blockchain. Says plainly whether the customer may already leave.
class ProgressScreen : public Screen
{
    Q_OBJECT

public:
    enum class Stage
    {
        Preparing,
        Sending,
        Confirming,
        RelayApproves, // the shop's delegator approves through the relay: nobody signs here
    };
    Q_ENUM(Stage)

    explicit ProgressScreen(QWidget *parent = nullptr);

    void setStage(Stage stage);
    Stage stage() const { return m_stage; }
    // The relay's current paymentStatus, in words under the stage.
    void setPaymentStatus(int paymentStatus);
    QString guidance() const override;
    void clear() override;

Q_SIGNALS:
    void leaveRequested();

protected:
    void retranslate() override;

private:
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_status;
    QPushButton *m_leave;
    Stage m_stage = Stage::Preparing;
    int m_paymentStatus = 0;
};

} // namespace kiosk::ui
