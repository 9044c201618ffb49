// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace kiosk::ui {

// "Are you still there?" over the whole window, with the seconds left and a big button to get
// more time (WCAG 2.2.1: a warning and a way to extend, at least 20 s before the end).
class StillTherePanel : public QWidget
{
    Q_OBJECT

public:
    explicit StillTherePanel(QWidget *parent = nullptr);

    void showWarning(int secondsLeft);
    void setSecondsLeft(int secondsLeft);
    QString guidance() const;

Q_SIGNALS:
    void moreTimeRequested();
    void finishRequested();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_more;
    QPushButton *m_finish;
    int m_left = 0;
};

} // namespace kiosk::ui
