// SPDX-License-Identifier: MIT
#pragma once

#include "screens/screen.h"

namespace kiosk::ui {

// Before the clock: the customer gets their phone ready (wallet app open on its Scan screen)
// and sees where the kiosk's scanner is. Nothing runs here; the relay's approval window starts
// only with "I'm ready".
class ReadyScreen : public Screen
{
    Q_OBJECT

public:
    explicit ReadyScreen(QWidget *parent = nullptr);

    // Approve or reject: the same steps, said for the answer chosen.
    void setApproval(bool approval);
    // Where the kiosk reads the phone's code (as on the QR page).
    void setScanners(bool camera, bool scanner);
    // The relay's window, said so the customer knows what "I'm ready" starts.
    void setTimeLimit(int seconds);
    QString guidance() const override;

Q_SIGNALS:
    void readyRequested();
    void backRequested();

protected:
    void retranslate() override;

private:
    QLabel *m_title;
    QWidget *m_picture;
    QLabel *m_steps;
    QLabel *m_where;
    QLabel *m_clock;
    QPushButton *m_ready;
    QPushButton *m_back;
    bool m_approval = true;
    bool m_camera = false;
    bool m_scanner = true;
    int m_seconds = 45;
};

} // namespace kiosk::ui
