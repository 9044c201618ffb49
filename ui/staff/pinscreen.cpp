// SPDX-License-Identifier: MIT
#include "staff/pinscreen.h"

#include "staff/stafftab.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

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

    retranslate();
    reset();
}

PinScreen::~PinScreen()
{
    // The worker uses the gate: it must be done before anything goes away.
    m_check.waitForFinished();
}

void PinScreen::reset()
{
    m_entry.clear();
    showMessage(Message::None);
    if (m_gate && !m_checking && m_gate->lockedSecondsLeft() > 0)
        startLockoutCountdown();
    else if (m_gate && !m_gate->isConfigured())
        showMessage(Message::NotConfigured); // say so before staff type a PIN in vain
    updateDisplay();
}

void PinScreen::addDigit(int digit)
{
    if (m_checking || m_entry.size() >= kMaxDigits)
        return;
    m_entry.append(QChar(u'0' + digit));
    if (m_message == Message::Wrong || m_message == Message::TooShort)
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
    if (m_checking || !m_gate)
        return;
    if (!m_gate->isConfigured()) {
        m_entry.clear();
        updateDisplay();
        return showMessage(Message::NotConfigured);
    }
    // Checked here rather than by the gate: a locked gate needs no worker.
    if (m_gate->lockedSecondsLeft() > 0)
        return startLockoutCountdown();
    if (m_entry.size() < kMinDigits)
        return showMessage(Message::TooShort);

    const QString pin = m_entry;
    m_entry.clear(); // the PIN stays on screen no longer than needed
    m_checking = true;
    showMessage(Message::Checking);
    updateDisplay();
    PinGate *gate = m_gate;
    m_check.setFuture(QtConcurrent::run([gate, pin] { return gate->tryPin(pin); }));
}

void PinScreen::finishCheck()
{
    m_checking = false;
    const PinGate::Outcome outcome = m_check.result();
    updateDisplay();
    switch (outcome) {
    case PinGate::Outcome::Accepted:
        showMessage(Message::None);
        Q_EMIT accepted();
        return;
    case PinGate::Outcome::Wrong:
        // The wrong PIN that starts a lockout is answered as Wrong: show the lockout at once.
        if (m_gate && m_gate->lockedSecondsLeft() > 0)
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
    m_lockSeconds = m_gate ? m_gate->lockedSecondsLeft() : 0;
    if (m_lockSeconds <= 0)
        return showMessage(Message::None);
    m_lockTimer.start();
    showMessage(Message::LockedOut);
}

void PinScreen::tick()
{
    m_lockSeconds = m_gate ? m_gate->lockedSecondsLeft() : 0;
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
        text = tr("The PIN has %1 to %2 digits.").arg(kMinDigits).arg(kMaxDigits);
        break;
    case Message::Wrong:
        text = tr("Wrong PIN. Please try again.");
        break;
    case Message::LockedOut:
        text = tr("Too many wrong PINs. Try again in %n second(s).", nullptr, m_lockSeconds);
        break;
    case Message::NotConfigured:
        text = tr("Staff mode is not set up: put the hash loyalty-kioskctl pin-hash prints "
                  "in /etc/loyalty-kiosk/staff-pin (mode 600).");
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
    for (QPushButton *key : std::as_const(m_digitKeys))
        key->setEnabled(!m_checking);
    m_backspace->setEnabled(!m_checking && !m_entry.isEmpty());
    m_enter->setEnabled(!m_checking && !locked);
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
    m_title->setText(tr("Staff mode"));
    m_title->setAccessibleName(m_title->text());
    m_prompt->setText(tr("Enter the staff PIN."));
    m_prompt->setAccessibleName(m_prompt->text());
    m_display->setAccessibleName(tr("PIN entered so far"));
    for (int digit = 0; digit <= 9; ++digit) {
        const QString number = QString::number(digit);
        setAccessibleTexts(m_digitKeys.at(digit), number,
                           tr("Adds the digit %1 to the PIN").arg(number));
    }
    m_backspace->setText(tr("Delete"));
    setAccessibleTexts(m_backspace, tr("Delete"), tr("Removes the last digit of the PIN"));
    m_enter->setText(tr("OK"));
    setAccessibleTexts(m_enter, tr("OK"), tr("Checks the PIN and opens staff mode"));
    m_cancel->setText(tr("Back"));
    setAccessibleTexts(m_cancel, tr("Back"), tr("Returns to the customer screens"));
    setAccessibleName(tr("Staff PIN"));
    showMessage(m_message);
    updateDisplay();
}

} // namespace kiosk::ui
