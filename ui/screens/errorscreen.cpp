// SPDX-License-Identifier: MIT
#include "screens/errorscreen.h"

#include "errorpresenter.h"

#include <QLabel>
#include <QPushButton>

namespace kiosk::ui {

ErrorScreen::ErrorScreen(QWidget *parent)
    : Screen(parent), m_title(addLabel("errorTitle", "title")),
      m_detail(addLabel("errorDetail", "muted")), m_next(addLabel("errorNext")),
      m_retry(makeButton("errorRetry", "primary")), m_done(makeButton("errorDone"))
{
    m_buttons->addWidget(m_retry);
    m_buttons->addWidget(m_done);
    connect(m_retry, &QPushButton::clicked, this, &ErrorScreen::retryRequested);
    connect(m_done, &QPushButton::clicked, this, &ErrorScreen::doneRequested);
    retranslate();
}

void ErrorScreen::setError(const QString &message, int relayCode, bool canRetry,
                           relay::RelayError::Kind kind, int paymentStatus)
{
    m_message = message;
    m_code = relayCode;
    m_canRetry = canRetry;
    m_kind = kind;
    m_paymentStatus = paymentStatus;
    retranslate();
}

void ErrorScreen::clear()
{
    setError({}, 0, false);
}

QString ErrorScreen::guidance() const
{
    return m_title->text() + u' ' + m_next->text();
}

void ErrorScreen::retranslate()
{
    const ErrorPresentation p =
        presentError(m_message, m_code, m_canRetry, m_kind, m_paymentStatus);
    m_title->setText(p.title);
    m_detail->setText(p.detail);
    m_next->setText(p.nextStep);
    m_retry->setVisible(p.canRetry);
    m_retry->setText(tr("Try again"));
    describe(m_retry, tr("Try again"), tr("Starts this cancellation again"));
    m_done->setText(tr("Done"));
    describe(m_done, tr("Done"), tr("Returns to the start screen"));
}

} // namespace kiosk::ui
