// SPDX-License-Identifier: MIT
#pragma once

#include "buttongrid.h"

class QPushButton;

namespace kiosk::ui {

// On every customer screen: the language button and the accessibility modes (large text, high
// contrast, low position) plus "read aloud". Each switches at once, with no restart.
class CustomerBar : public ButtonGrid
{
    Q_OBJECT

public:
    explicit CustomerBar(QWidget *parent = nullptr);

    void setModes(bool largeText, bool highContrast, bool lowPosition);
    // "Read aloud" is a switch; without a speech engine (or a voice for the language) it says
    // it is unavailable and cannot be pressed.
    void setSpeech(bool available, bool readingAloud);
    QPushButton *readAloudButton() const { return m_speak; }

Q_SIGNALS:
    void languageToggled();
    void largeTextToggled(bool on);
    void highContrastToggled(bool on);
    void lowPositionToggled(bool on);
    void readAloudToggled(bool on);

private:
    void retranslate() override;
    QPushButton *addSwitch(const char *objectName);

    QPushButton *m_language;
    QPushButton *m_largeText;
    QPushButton *m_highContrast;
    QPushButton *m_lowPosition;
    QPushButton *m_speak;
    bool m_speechAvailable = true;
};

} // namespace kiosk::ui
