// SPDX-License-Identifier: MIT
#pragma once

#include <QPushButton>

class QLabel;
class QVBoxLayout;

namespace kiosk::ui {

// A large touch target holding several lines of wrapped text (a purchase on the pending list).
// Its size comes from its lines as the style sheet and text size make them, at the width it is
// given: a plain QPushButton sizes itself from its own (empty) text and would squeeze them.
class CardButton : public QPushButton
{
    Q_OBJECT

public:
    explicit CardButton(QWidget *parent = nullptr);

    QLabel *addLine(const QString &text, const char *role = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

private:
    QVBoxLayout *m_lines;
};

} // namespace kiosk::ui
