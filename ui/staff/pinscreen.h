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
// First run: with no staff PIN but the vendor's set-up code (offerFirstRunSetup), the keypad
// asks for the code, then a new PIN twice, saves it and opens staff mode. With neither, it
// says so in words a customer who tapped Staff can act on.
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

    // While the gate has no PIN: `setupGate` checks the vendor's set-up code, and the PIN then
    // chosen is saved in `where` (staff::saveNewStaffPin). Both gates must outlive this screen.
    void offerFirstRunSetup(kiosk::staff::PinGate *setupGate,
                            const kiosk::staff::PinLocations &where);

    enum class Mode
    {
        EnterPin,   // the staff PIN (or, with nothing set up, a message saying so)
        SetupCode,  // the vendor's set-up code
        ChoosePin,  // a new staff PIN
        ConfirmPin, // the same PIN again
    };
    Mode mode() const { return m_mode; }

    // Clears the digits typed so far and any message (a lockout still counts down); a first-run
    // set-up left half done starts over from the set-up code.
    void reset();
    bool isChecking() const { return m_checking; }
    // Digits typed so far (tests).
    int enteredDigits() const { return int(m_entry.size()); }

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
        Mismatch,   // the two new PINs differ
        Saving,     // the new PIN is being hashed and saved
        SaveFailed, // m_saveError says why
    };

    void addDigit(int digit);
    void backspace();
    void submit();
    void cancel();
    void finishCheck();
    void finishSave();
    void enterMode(Mode mode);
    staff::PinGate *activeGate() const;
    int minDigits() const;
    int maxDigits() const;
    void startLockoutCountdown();
    void tick();
    void showMessage(Message message);
    void updateDisplay();
    void updateEnabled();
    void retranslate();

    QPointer<staff::PinGate> m_gate;
    QPointer<staff::PinGate> m_setupGate;
    staff::PinLocations m_setupWhere;
    Mode m_mode = Mode::EnterPin;
    QString m_entry;
    QString m_chosenPin; // ChoosePin's entry, until ConfirmPin matches it
    QString m_saveError;
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
    QFutureWatcher<Result<QString>> m_save; // the new PIN's hash, or why it was not saved
};

} // namespace kiosk::ui
