// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace kiosk::ui {

// The time left to answer, as seconds in large digits inside a ring that empties. Turns to the
// warning colour in the last 20 seconds, so the end never comes as a surprise.
class CountdownRing : public QWidget
{
    Q_OBJECT

public:
    explicit CountdownRing(QWidget *parent = nullptr);

    void setTime(int secondsLeft, int totalSeconds);
    int secondsLeft() const { return m_left; }
    static constexpr int kWarningSeconds = 20;

    // Larger in large-text mode, like the digits in it.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int m_left = 0;
    int m_total = 1;
};

} // namespace kiosk::ui
