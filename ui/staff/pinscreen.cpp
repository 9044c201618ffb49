// SPDX-License-Identifier: MIT
#include "staff/pinscreen.h"

#include "staff/cryptowork.h"
#include "staff/stafftab.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

using staff::PinGate;

PinScreen::PinScreen(PinGate *gate, QWidget *parent) : QWidget(parent), m_gate(gate)
{
    setObjectName(QStringLiteral("pinScreen"));
    // The screen itself takes the keyboard: digits typed anywhere on it go into the PIN.
    setFocusPolicy(Qt::StrongFocus);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pinTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    setRole(m_title, "title");
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("pinPrompt"));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    m_display = new QLabel(this);
    m_display->setObjectName(QStringLiteral("pinDisplay"));
    m_display->setAlignment(Qt::AlignCenter);
    m_display->setMinimumHeight(staffTargetPx());
    setRole(m_display, "title");
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("pinMessage"));
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    setRole(m_messageLabel, "danger");

    auto *keypad = new QGridLayout;
    keypad->setSpacing(12);
    for (int digit = 0; digit <= 9; ++digit) {
        QPushButton *key = makeStaffButton(QStringLiteral("pinKey%1").arg(digit), this);
        key->setText(QString::number(digit));
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        connect(key, &QPushButton::clicked, this, [this, digit] { addDigit(digit); });
        m_digitKeys.append(key);
        if (digit > 0)
            keypad->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_backspace = makeStaffButton(QStringLiteral("pinBackspace"), this);
    m_enter = makeStaffButton(QStringLiteral("pinEnter"), this, "primary");
    m_cancel = makeStaffButton(QStringLiteral("pinCancel"), this);
    for (QPushButton *key : {m_backspace, m_enter})
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    keypad->addWidget(m_backspace, 3, 0);
    keypad->addWidget(m_digitKeys.at(0), 3, 1);
    keypad->addWidget(m_enter, 3, 2);
    connect(m_backspace, &QPushButton::clicked, this, &PinScreen::backspace);
    connect(m_enter, &QPushButton::clicked, this, &PinScreen::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PinScreen::cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_prompt);
    layout->addWidget(m_display);
    layout->addWidget(m_messageLabel);
    layout->addLayout(keypad, 4);
    layout->addWidget(m_cancel);
    layout->addStretch(1);

    m_lockTimer.setInterval(1000);
    connect(&m_lockTimer, &QTimer::timeout, this, &PinScreen::tick);
    connect(&m_check, &QFutureWatcherBase::finished, this, &PinScreen::finishCheck);
    connect(&m_save, &QFutureWatcherBase::finished, this, &PinScreen::finishSave);

    retranslate();
    reset();
}

PinScreen::~PinScreen()
{
    // The workers use the gates and the PIN's files: they must be done before anything goes.
    m_check.waitForFinished();
    m_save.waitForFinished();
}

void PinScreen::offerFirstRunSetup(PinGate *setupGate, const staff::PinLocations &where)
{
    m_setupGate = setupGate;
    m_setupWhere = where;
    reset();
}

void PinScreen::reset()
{
    m_entry.clear();
    m_chosenPin.fill(u'0');
    m_chosenPin.clear();
    if (!m_checking) {
        const bool firstRun =
            m_gate && !m_gate->isConfigured() && m_setupGate && m_setupGate->isConfigured();
        m_mode = firstRun ? Mode::SetupCode : Mode::EnterPin;
        retranslate();
    }
    showMessage(Message::None);
    PinGate *gate = activeGate();
    if (gate && !m_checking && gate->lockedSecondsLeft() > 0)
        startLockoutCountdown();
    else if (gate && !gate->isConfigured())
        showMessage(Message::NotConfigured); // say so before anyone types in vain
    updateDisplay();
}

PinGate *PinScreen::activeGate() const
{
    return m_mode == Mode::SetupCode ? m_setupGate.data() : m_gate.data();
}

int PinScreen::minDigits() const
{
    switch (m_mode) {
    case Mode::EnterPin:
        return 4; // PINs set up before the 6-digit rule still open staff mode
    case Mode::SetupCode:
        return staff::kMinSetupCodeDigits;
    case Mode::ChoosePin:
    case Mode::ConfirmPin:
        break;
    }
    return staff::kMinNewPinDigits;
}

int PinScreen::maxDigits() const
{
    return m_mode == Mode::SetupCode ? staff::kMaxSetupCodeDigits : staff::kMaxPinDigits;
}

void PinScreen::enterMode(Mode mode)
{
    m_mode = mode;
    m_entry.clear();
    retranslate();
}

void PinScreen::addDigit(int digit)
{
    if (m_checking || m_message == Message::NotConfigured || m_entry.size() >= maxDigits())
        return;
    m_entry.append(QChar(u'0' + digit));
    if (m_message == Message::Wrong || m_message == Message::TooShort ||
        m_message == Message::Mismatch || m_message == Message::SaveFailed)
        showMessage(Message::None);
    updateDisplay();
}

void PinScreen::backspace()
{
    if (m_checking || m_entry.isEmpty())
        return;
    m_entry.chop(1);
    updateDisplay();
}

void PinScreen::cancel()
{
    if (m_checking)
        return;
    m_entry.clear();
    updateDisplay();
    Q_EMIT cancelled();
}

void PinScreen::submit()
{
    PinGate *gate = activeGate();
    if (m_checking || !gate)
        return;
    if (m_mode == Mode::EnterPin || m_mode == Mode::SetupCode) {
        if (!gate->isConfigured()) {
            m_entry.clear();
            updateDisplay();
            return showMessage(Message::NotConfigured);
        }
        // Checked here rather than by the gate: a locked gate needs no worker.
        if (gate->lockedSecondsLeft() > 0)
            return startLockoutCountdown();
    }
    if (m_entry.size() < minDigits())
        return showMessage(Message::TooShort);

    if (m_mode == Mode::ChoosePin) {
        m_chosenPin = m_entry;
        enterMode(Mode::ConfirmPin);
        return showMessage(Message::None);
    }
    const QString entry = m_entry;
    m_entry.clear(); // the digits stay on screen no longer than needed
    if (m_mode == Mode::ConfirmPin) {
        if (entry != m_chosenPin) {
            m_chosenPin.clear();
            enterMode(Mode::ChoosePin);
            return showMessage(Message::Mismatch);
        }
        m_chosenPin.clear();
        m_checking = true;
        showMessage(Message::Saving);
        updateDisplay();
        m_save.setFuture(staff::runCryptoWork(
            [where = m_setupWhere, entry] { return staff::saveNewStaffPin(where, entry); }));
        return;
    }
    m_checking = true;
    showMessage(Message::Checking);
    updateDisplay();
    m_check.setFuture(staff::runCryptoWork([gate, entry] { return gate->tryPin(entry); }));
}

void PinScreen::finishSave()
{
    m_checking = false;
    const Result<QString> saved = m_save.result();
    if (!saved) {
        m_saveError = saved.error();
        enterMode(Mode::ChoosePin);
        return showMessage(Message::SaveFailed);
    }
    if (m_gate)
        m_gate->setHash(saved.value()); // the set-up code is not asked again
    enterMode(Mode::EnterPin);
    showMessage(Message::None);
    Q_EMIT accepted();
}

void PinScreen::finishCheck()
{
    m_checking = false;
    const PinGate::Outcome outcome = m_check.result();
    updateDisplay();
    PinGate *gate = activeGate();
    switch (outcome) {
    case PinGate::Outcome::Accepted:
        showMessage(Message::None);
        if (m_mode == Mode::SetupCode)
            return enterMode(Mode::ChoosePin);
        Q_EMIT accepted();
        return;
    case PinGate::Outcome::Wrong:
        // The wrong PIN that starts a lockout is answered as Wrong: show the lockout at once.
        if (gate && gate->lockedSecondsLeft() > 0)
            return startLockoutCountdown();
        return showMessage(Message::Wrong);
    case PinGate::Outcome::LockedOut:
        return startLockoutCountdown();
    case PinGate::Outcome::NotConfigured:
        return showMessage(Message::NotConfigured);
    }
}

void PinScreen::startLockoutCountdown()
{
    PinGate *gate = activeGate();
    m_lockSeconds = gate ? gate->lockedSecondsLeft() : 0;
    if (m_lockSeconds <= 0)
        return showMessage(Message::None);
    m_lockTimer.start();
    showMessage(Message::LockedOut);
}

void PinScreen::tick()
{
    PinGate *gate = activeGate();
    m_lockSeconds = gate ? gate->lockedSecondsLeft() : 0;
    if (m_lockSeconds > 0)
        return showMessage(Message::LockedOut);
    m_lockTimer.stop();
    showMessage(Message::None);
}

void PinScreen::showMessage(Message message)
{
    m_message = message;
    if (message != Message::LockedOut)
        m_lockTimer.stop();
    QString text;
    switch (message) {
    case Message::None:
        break;
    case Message::Checking:
        text = tr("Checking…");
        break;
    case Message::TooShort:
        text = m_mode == Mode::SetupCode
                   ? tr("The set-up code has %1 to %2 digits.").arg(minDigits()).arg(maxDigits())
                   : tr("The PIN has %1 to %2 digits.").arg(minDigits()).arg(maxDigits());
        break;
    case Message::Wrong:
        text = m_mode == Mode::SetupCode ? tr("Wrong set-up code. Please try again.")
                                         : tr("Wrong PIN. Please try again.");
        break;
    case Message::LockedOut:
        text = m_mode == Mode::SetupCode
                   ? tr("Too many wrong set-up codes. Try again in %n second(s).", nullptr,
                        m_lockSeconds)
                   : tr("Too many wrong PINs. Try again in %n second(s).", nullptr, m_lockSeconds);
        break;
    case Message::NotConfigured:
        text = tr("Staff mode is not set up on this kiosk. Please contact your kiosk provider.");
        break;
    case Message::Mismatch:
        text = tr("The two PINs were not the same. Please choose a PIN again.");
        break;
    case Message::Saving:
        text = tr("Saving the new PIN…");
        break;
    case Message::SaveFailed:
        text = tr("The new PIN could not be saved: %1").arg(m_saveError);
        break;
    }
    m_messageLabel->setText(text);
    m_messageLabel->setAccessibleName(text);
    m_messageLabel->setVisible(!text.isEmpty());
    updateEnabled();
}

void PinScreen::updateDisplay()
{
    // Dots only: someone looking over the shoulder learns the length at most.
    m_display->setText(QString(m_entry.size(), QChar(0x25CF)));
    m_display->setAccessibleDescription(tr("%n digit(s) entered", nullptr, int(m_entry.size())));
    updateEnabled();
}

void PinScreen::updateEnabled()
{
    const bool locked = m_message == Message::LockedOut;
    const bool closed = m_message == Message::NotConfigured; // nothing to type it for
    for (QPushButton *key : std::as_const(m_digitKeys))
        key->setEnabled(!m_checking && !closed);
    m_backspace->setEnabled(!m_checking && !m_entry.isEmpty());
    m_enter->setEnabled(!m_checking && !locked && !closed);
    m_cancel->setEnabled(!m_checking);
}

void PinScreen::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        addDigit(key - Qt::Key_0);
    else if (key == Qt::Key_Enter || key == Qt::Key_Return)
        submit();
    else if (key == Qt::Key_Backspace || key == Qt::Key_Delete)
        backspace();
    else if (key == Qt::Key_Escape)
        cancel();
    else
        return QWidget::keyPressEvent(event);
    event->accept();
}

void PinScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setFocus(Qt::OtherFocusReason);
}

void PinScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinScreen::retranslate()
{
    const bool setup = m_mode == Mode::SetupCode;
    m_title->setText(m_mode == Mode::EnterPin ? tr("Staff mode") : tr("Set up staff mode"));
    m_title->setAccessibleName(m_title->text());
    switch (m_mode) {
    case Mode::EnterPin:
        // Nothing set up: the message below says so; asking for a PIN would contradict it.
        m_prompt->setText(m_gate && !m_gate->isConfigured() ? QString()
                                                            : tr("Enter the staff PIN."));
        break;
    case Mode::SetupCode:
        m_prompt->setText(tr("No staff PIN is set up yet. Enter the set-up code from your kiosk "
                             "provider."));
        break;
    case Mode::ChoosePin:
        m_prompt->setText(tr("Choose a staff PIN of %1 to %2 digits. Staff will use it to open "
                             "staff mode.")
                              .arg(staff::kMinNewPinDigits)
                              .arg(staff::kMaxPinDigits));
        break;
    case Mode::ConfirmPin:
        m_prompt->setText(tr("Enter the new PIN again."));
        break;
    }
    m_prompt->setAccessibleName(m_prompt->text());
    m_prompt->setVisible(!m_prompt->text().isEmpty());
    m_display->setAccessibleName(setup ? tr("Set-up code entered so far")
                                       : tr("PIN entered so far"));
    for (int digit = 0; digit <= 9; ++digit) {
        const QString number = QString::number(digit);
        setAccessibleTexts(m_digitKeys.at(digit), number,
                           setup ? tr("Adds the digit %1 to the set-up code").arg(number)
                                 : tr("Adds the digit %1 to the PIN").arg(number));
    }
    setButtonTexts(m_backspace, tr("Delete"), tr("Removes the last digit of the PIN"));
    m_enter->setText(tr("OK"));
    switch (m_mode) {
    case Mode::EnterPin:
        setAccessibleTexts(m_enter, tr("OK"), tr("Checks the PIN and opens staff mode"));
        break;
    case Mode::SetupCode:
        setAccessibleTexts(m_enter, tr("OK"), tr("Checks the set-up code"));
        break;
    case Mode::ChoosePin:
        setAccessibleTexts(m_enter, tr("OK"), tr("Takes this PIN; you enter it again next"));
        break;
    case Mode::ConfirmPin:
        setAccessibleTexts(m_enter, tr("OK"), tr("Saves the new PIN and opens staff mode"));
        break;
    }
    setButtonTexts(m_cancel, tr("Back"), tr("Returns to the customer screens"));
    setAccessibleName(tr("Staff PIN"));
    showMessage(m_message);
    updateDisplay();
}

} // namespace kiosk::ui
