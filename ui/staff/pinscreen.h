// SPDX-License-Identifier: MIT
#pragma once

#include "staff/staffpin.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace kiosk::ui {

// The door to staff mode: a touch keypad for the staff PIN, checked by a PinGate. The PIN is
// shown only as dots. Keyboard digits, Enter, Backspace and Escape work too.
//
// Checking a PIN takes a few hundred milliseconds (PBKDF2), so the gate runs on a worker
// thread while the keypad is disabled; nothing else may use the gate during a check
// (isChecking()). The gate must outlive this screen.
class PinScreen : public QWidget
{
    Q_OBJECT

public:
    explicit PinScreen(kiosk::staff::PinGate *gate, QWidget *parent = nullptr);
    ~PinScreen() override;

    // Clears the digits typed so far and any message (a lockout still counts down).
    void reset();
    bool isChecking() const { return m_checking; }
    // Digits typed so far (tests).
    int enteredDigits() const { return int(m_entry.size()); }

    static constexpr int kMinDigits = 4;
    static constexpr int kMaxDigits = 12;

Q_SIGNALS:
    void accepted();
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Message
    {
        None,
        Checking,
        TooShort,
        Wrong,
        LockedOut,
        NotConfigured,
    };

    void addDigit(int digit);
    void backspace();
    void submit();
    void cancel();
    void finishCheck();
    void startLockoutCountdown();
    void tick();
    void showMessage(Message message);
    void updateDisplay();
    void updateEnabled();
    void retranslate();

    QPointer<staff::PinGate> m_gate;
    QString m_entry;
    Message m_message = Message::None;
    int m_lockSeconds = 0;
    bool m_checking = false;

    QLabel *m_title = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_display = nullptr;
    QLabel *m_messageLabel = nullptr;
    QList<QPushButton *> m_digitKeys; // index = digit
    QPushButton *m_backspace = nullptr;
    QPushButton *m_enter = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer m_lockTimer;
    QFutureWatcher<staff::PinGate::Outcome> m_check;
};

} // namespace kiosk::ui
