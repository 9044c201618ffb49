// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class QGridLayout;
class QPushButton;

namespace kiosk::ui {

// Puts `buttons` into `grid` in as many columns as their labels fit side by side within
// `width` (the grid's widget's width, margins included): one row on a wide screen, more rows
// on a narrow one or in large text, and every label stays whole. `columns` is the count used
// last time (0: none yet, or the labels changed); the buttons move only when it changes.
// Returns the count now used.
int arrangeButtons(QGridLayout *grid, const QList<QPushButton *> &buttons, int width, int columns);

} // namespace kiosk::ui
