// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace kiosk::ui {

// A group of buttons laid out in as many columns as their labels fit side by side: one row on
// a wide screen, more rows on a narrow one or in large text, and every label stays whole. The
// base of the customer bar and the read-aloud panel.
class ButtonGrid : public QWidget
{
    Q_OBJECT

public:
    // The labels or the text size changed: measure them again.
    void remeasure();

protected:
    ButtonGrid(const QMargins &margins, QWidget *parent);

    // A new button of this group. Buttons take the focus in the order they are made.
    QPushButton *addButton(const char *objectName);
    // Where the buttons stand, in reading order (by default the order they were made).
    void setReadingOrder(QList<QPushButton *> buttons);
    // The group's minimum height is one row of buttons, however many rows it has now, so a
    // window narrowed to a portrait screen does not keep the wide layout's height.
    void setOneRowMinimumHeight(bool on) { m_oneRowMinimum = on; }

    // The labels in the current language (on construction and on every language change).
    virtual void retranslate() = 0;

    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void arrange();

    QGridLayout *m_grid;
    QList<QPushButton *> m_buttons;
    int m_columns = 0; // 0: not arranged for the current labels yet
    bool m_oneRowMinimum = false;
};

} // namespace kiosk::ui
