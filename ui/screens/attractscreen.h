// SPDX-License-Identifier: MIT
#pragma once

#include "screens/screen.h"

namespace kiosk::ui {

// What the kiosk shows between customers: what it is for and one big Start button. Also says
// when the kiosk is out of service (no relay) and when it runs its demo.
class AttractScreen : public Screen
{
    Q_OBJECT

public:
    explicit AttractScreen(QWidget *parent = nullptr);

    void setDemo(bool demo);
    // Empty: ready. Otherwise why customers cannot use the kiosk now.
    void setUnavailable(bool starting, const QString &reason);
    QString guidance() const override;

Q_SIGNALS:
    void startRequested();
    void staffRequested();

protected:
    void retranslate() override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_demo;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_staff;
    bool m_isDemo = false;
    bool m_starting = true;
    QString m_reason;
};

} // namespace kiosk::ui
