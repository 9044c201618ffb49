// SPDX-License-Identifier: MIT
#include "customerbar.h"

#include <QEvent>
#include <QGridLayout>
#include <QPushButton>

namespace kiosk::ui {

CustomerBar::CustomerBar(QWidget *parent)
    : QWidget(parent), m_language(addButton("languageButton", false)),
      m_largeText(addButton("largeTextButton", true)),
      m_highContrast(addButton("highContrastButton", true)),
      m_lowPosition(addButton("lowPositionButton", true)), m_speak(addButton("speakButton", false))
{
    setObjectName(QStringLiteral("customerBar"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(12);
    arrange(false);
    connect(m_language, &QPushButton::clicked, this, &CustomerBar::languageToggled);
    connect(m_largeText, &QPushButton::toggled, this, &CustomerBar::largeTextToggled);
    connect(m_highContrast, &QPushButton::toggled, this, &CustomerBar::highContrastToggled);
    connect(m_lowPosition, &QPushButton::toggled, this, &CustomerBar::lowPositionToggled);
    connect(m_speak, &QPushButton::clicked, this, &CustomerBar::speakRequested);
    retranslate();
}

QPushButton *CustomerBar::addButton(const char *objectName, bool checkable)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setCheckable(checkable);
    return button;
}

void CustomerBar::arrange(bool largeText)
{
    // One row normally; at 200 % text two columns, so every label stays whole.
    auto *grid = static_cast<QGridLayout *>(layout());
    const int columns = largeText ? 2 : 5;
    const QList<QPushButton *> buttons{m_language, m_speak, m_largeText, m_highContrast,
                                       m_lowPosition};
    for (QPushButton *button : buttons)
        grid->removeWidget(button);
    for (int i = 0; i < buttons.size(); ++i)
        grid->addWidget(buttons.at(i), i / columns, i % columns);
}

void CustomerBar::setModes(bool largeText, bool highContrast, bool lowPosition)
{
    arrange(largeText);
    const QSignalBlocker a(m_largeText), b(m_highContrast), c(m_lowPosition);
    m_largeText->setChecked(largeText);
    m_highContrast->setChecked(highContrast);
    m_lowPosition->setChecked(lowPosition);
}

void CustomerBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
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
    m_speak->setText(tr("Read aloud"));
    m_speak->setAccessibleName(tr("Read aloud"));
    m_speak->setAccessibleDescription(tr("Reads this screen aloud through the earphone jack"));
}

} // namespace kiosk::ui
