// SPDX-License-Identifier: MIT
#include "customerbar.h"

#include <QPushButton>

namespace kiosk::ui {

CustomerBar::CustomerBar(QWidget *parent)
    : ButtonGrid(QMargins(24, 12, 24, 12), parent), m_language(addButton("languageButton")),
      m_largeText(addSwitch("largeTextButton")), m_highContrast(addSwitch("highContrastButton")),
      m_lowPosition(addSwitch("lowPositionButton")), m_speak(addSwitch("speakButton"))
{
    setObjectName(QStringLiteral("customerBar"));
    setOneRowMinimumHeight(true);
    setReadingOrder({m_language, m_speak, m_largeText, m_highContrast, m_lowPosition});
    connect(m_language, &QPushButton::clicked, this, &CustomerBar::languageToggled);
    connect(m_largeText, &QPushButton::toggled, this, &CustomerBar::largeTextToggled);
    connect(m_highContrast, &QPushButton::toggled, this, &CustomerBar::highContrastToggled);
    connect(m_lowPosition, &QPushButton::toggled, this, &CustomerBar::lowPositionToggled);
    connect(m_speak, &QPushButton::toggled, this, &CustomerBar::readAloudToggled);
    retranslate();
    remeasure();
}

QPushButton *CustomerBar::addSwitch(const char *objectName)
{
    QPushButton *button = addButton(objectName);
    button->setCheckable(true);
    return button;
}

void CustomerBar::setModes(bool largeText, bool highContrast, bool lowPosition)
{
    const QSignalBlocker a(m_largeText), b(m_highContrast), c(m_lowPosition);
    m_largeText->setChecked(largeText);
    m_highContrast->setChecked(highContrast);
    m_lowPosition->setChecked(lowPosition);
    // The new text size came with the style sheet: measure the labels again.
    remeasure();
}

void CustomerBar::setSpeech(bool available, bool readingAloud)
{
    const QSignalBlocker blocker(m_speak);
    m_speak->setChecked(available && readingAloud);
    if (available == m_speechAvailable)
        return;
    m_speechAvailable = available;
    retranslate();
    remeasure(); // a longer label
}

void CustomerBar::retranslate()
{
    // The other language's name, written in that language: whoever reads it can use it. The
    // Korean translation therefore says "English" and "switch to English".
    m_language->setText(tr("한국어", "the language this button switches to"));
    m_language->setAccessibleName(tr("Switch to Korean", "the language this button switches to"));
    m_language->setAccessibleDescription(tr("Changes every text at once"));
    m_largeText->setText(tr("Large text"));
    m_largeText->setAccessibleName(tr("Large text"));
    m_largeText->setAccessibleDescription(tr("Doubles the size of all text"));
    m_highContrast->setText(tr("High contrast"));
    m_highContrast->setAccessibleName(tr("High contrast"));
    m_highContrast->setAccessibleDescription(tr("Light text on black, for low vision"));
    m_lowPosition->setText(tr("Low screen"));
    m_lowPosition->setAccessibleName(tr("Low screen"));
    m_lowPosition->setAccessibleDescription(
        tr("Moves everything to the lower part of the screen, for wheelchair users"));
    // Said plainly when it cannot work, rather than a button that silently does nothing.
    m_speak->setEnabled(m_speechAvailable);
    m_speak->setText(m_speechAvailable ? tr("Read aloud") : tr("Read aloud unavailable"));
    m_speak->setAccessibleName(m_speechAvailable ? tr("Read aloud") : tr("Read aloud unavailable"));
    m_speak->setAccessibleDescription(
        m_speechAvailable ? tr("Reads this screen and the control you move to aloud through the "
                               "earphone jack. Amounts only when you ask.")
                          : tr("This kiosk cannot speak right now. Please ask the staff for "
                               "help."));
}

} // namespace kiosk::ui
