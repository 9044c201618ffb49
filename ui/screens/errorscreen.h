// SPDX-License-Identifier: MIT
#pragma once

#include "screens/screen.h"

namespace kiosk::ui {

// Something went wrong: what happened and what to do next, from the error presenter.
class ErrorScreen : public Screen
{
    Q_OBJECT

public:
    explicit ErrorScreen(QWidget *parent = nullptr);

    // The presentation is rebuilt on every language switch from the same inputs.
    void setError(const QString &message, int relayCode, bool canRetry);
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
};

} // namespace kiosk::ui
