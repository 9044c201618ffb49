// SPDX-License-Identifier: MIT
#include "screens/progressscreen.h"

#include "relay/relaytexts.h"

#include <QLabel>
#include <QPushButton>

namespace kiosk::ui {

ProgressScreen::ProgressScreen(QWidget *parent)
    : Screen(parent), m_title(addLabel("progressTitle", "title")),
      m_detail(addLabel("progressDetail")), m_status(addLabel("progressStatus", "muted")),
      m_leave(makeButton("progressLeave"))
{
    m_buttons->addWidget(m_leave);
    connect(m_leave, &QPushButton::clicked, this, &ProgressScreen::leaveRequested);
    retranslate();
}

void ProgressScreen::setStage(Stage stage)
{
    m_stage = stage;
    retranslate();
}

void ProgressScreen::setPaymentStatus(int paymentStatus)
{
    m_paymentStatus = paymentStatus;
    retranslate();
}

void ProgressScreen::clear()
{
    m_stage = Stage::Preparing;
    m_paymentStatus = 0;
    retranslate();
}

QString ProgressScreen::guidance() const
{
    return m_title->text() + u' ' + m_detail->text();
}

void ProgressScreen::retranslate()
{
    switch (m_stage) {
    case Stage::Preparing:
        m_title->setText(tr("One moment…"));
        m_detail->setText(tr("The kiosk is preparing the code for your wallet."));
        break;
    case Stage::Sending:
        m_title->setText(tr("Checking and sending your signature…"));
        m_detail->setText(tr("Your wallet's signature is correct. It is being sent to the "
                             "loyalty system."));
        break;
    case Stage::Confirming:
        m_title->setText(tr("Waiting for confirmation…"));
        m_detail->setText(tr("Your choice was received. The blockchain confirms it in a few "
                             "seconds. You may leave: the kiosk finishes it for you."));
        break;
    case Stage::RelayApproves:
        m_title->setText(tr("No signature needed"));
        m_detail->setText(tr("This shop lets the loyalty system approve cancellations for it: no "
                             "wallet needs to sign. The kiosk follows it until it is done. You "
                             "may leave."));
        break;
    }
    m_status->setVisible(m_paymentStatus != 0);
    m_status->setText(tr("Status: %1").arg(relay::paymentStatusText(m_paymentStatus)));
    // Leaving is safe only once the choice has reached the relay.
    m_leave->setVisible(m_stage == Stage::Confirming || m_stage == Stage::RelayApproves);
    m_leave->setText(tr("Leave"));
    describe(m_leave, tr("Leave"), tr("Returns to the start screen; the kiosk finishes this"));
}

} // namespace kiosk::ui
