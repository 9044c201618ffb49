// SPDX-License-Identifier: MIT
#pragma once

#include "screens/screen.h"

namespace kiosk::ui {

// What the kiosk shows between customers: what it is for and one big Start button. Also says
// when it runs its demo, and when it is out of service: then it says so in place of what it is
// for, why in a customer's words, and what they can do; Start (and touching anywhere) does
// nothing, and the Staff button stays.
class AttractScreen : public Screen
{
    Q_OBJECT

public:
    explicit AttractScreen(QWidget *parent = nullptr);

    enum class Service
    {
        Connecting,
        Ready,
        OutOfService,
    };
    void setDemo(bool demo);
    // Out of service: `reason` in a customer's words; `comesBack` when the kiosk will be back
    // by itself (the relay answers again, the journal records again).
    void setService(Service service, const QString &reason = {}, bool comesBack = false);
    Service service() const { return m_service; }
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
    Service m_service = Service::Connecting;
    QString m_reason;
    bool m_comesBack = false;
};

} // namespace kiosk::ui
