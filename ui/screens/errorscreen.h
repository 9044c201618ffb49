// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"
#include "screens/screen.h"

namespace kiosk::ui {

// Something went wrong: what happened and what to do next, from the error presenter.
class ErrorScreen : public Screen
{
    Q_OBJECT

public:
    explicit ErrorScreen(QWidget *parent = nullptr);

    // The presentation is rebuilt on every language switch from the same inputs.
    // `kind` is how the step failed (a relay answer, a transport fault, a local stop) and
    // `paymentStatus` where the payment stands: both choose the words, not only the code.
    void setError(const QString &message, int relayCode, bool canRetry,
                  relay::RelayError::Kind kind = relay::RelayError::Kind::Relay,
                  int paymentStatus = 0);
    int relayCode() const { return m_code; }
    QString guidance() const override;
    void clear() override;

Q_SIGNALS:
    void retryRequested();
    void doneRequested();

protected:
    void retranslate() override;

private:
    QLabel *m_title;
    QLabel *m_detail;
    QLabel *m_next;
    QPushButton *m_retry;
    QPushButton *m_done;
    QString m_message;
    int m_code = 0;
    bool m_canRetry = false;
    relay::RelayError::Kind m_kind = relay::RelayError::Kind::Relay;
    int m_paymentStatus = 0;
};

} // namespace kiosk::ui
