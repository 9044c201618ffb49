// SPDX-License-Identifier: MIT
#include "buttongrid.h"

#include <QGridLayout>
#include <QPushButton>

#include <algorithm>

namespace kiosk::ui {

int arrangeButtons(QGridLayout *grid, const QList<QPushButton *> &buttons, int width, int columns)
{
    const QMargins margins = grid->contentsMargins();
    const int available = width - margins.left() - margins.right();
    const auto fits = [&](int count) {
        int needed = grid->spacing() * (count - 1);
        for (int column = 0; column < count; ++column) {
            int widest = 0;
            for (qsizetype i = column; i < buttons.size(); i += count)
                widest = std::max(widest, buttons.at(i)->sizeHint().width());
            needed += widest;
        }
        return needed <= available;
    };
    int fitting = int(buttons.size());
    while (fitting > 1 && !fits(fitting))
        --fitting;
    if (fitting == columns)
        return columns;
    for (QPushButton *button : buttons)
        grid->removeWidget(button);
    for (int i = 0; i < buttons.size(); ++i)
        grid->addWidget(buttons.at(i), i / fitting, i % fitting);
    return fitting;
}

} // namespace kiosk::ui
