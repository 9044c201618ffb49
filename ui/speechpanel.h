// SPDX-License-Identifier: MIT
#pragma once

#include "buttongrid.h"

class QPushButton;

namespace kiosk::ui {

// Shown while "Read aloud" is on, at the top of the page's content (it scrolls with it, so it
// never takes room from the page's actions): the amount on this screen read aloud (never read
// otherwise), and the voice's volume and speed. Each of those is one button that steps up and
// starts again from the lowest after the highest, so a keypad reaches them in few moves and
// the panel stays small at any text size. The choices last for the current customer only.
class SpeechPanel : public ButtonGrid
{
    Q_OBJECT

public:
    explicit SpeechPanel(QWidget *parent = nullptr);

    // The levels shown (1 to `levels`).
    void setLevels(int volume, int rate, int levels);

Q_SIGNALS:
    void amountRequested();
    void volumeRequested(); // the next volume
    void rateRequested();   // the next speed

private:
    void retranslate() override;

    QPushButton *m_amount;
    QPushButton *m_volume;
    QPushButton *m_rate;
    int m_volumeLevel = 3;
    int m_rateLevel = 3;
    int m_levels = 5;
};

} // namespace kiosk::ui
