// SPDX-License-Identifier: MIT
#pragma once

#include "relay/connectioncheck.h"
#include "staff/stafftab.h"

#include <QPointer>

#include <functional>

class QLabel;
class QListWidget;

namespace kiosk::ui {

// "Is the relay reachable and is this kiosk set up for it?": the core's relay::ConnectionCheck
// (the one `loyalty-kioskctl check` runs) through the session's relay client, said in staff's
// words with what to do about each problem.
class ConnectionTab : public StaffTab
{
    Q_OBJECT

public:
    explicit ConnectionTab(session::KioskSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void retranslate() override;
    void runCheck();
    bool isChecking() const { return m_running && m_running->isRunning(); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Text = std::function<QString()>;
    struct Check
    {
        QString key; // for tests and logs: transport, relay, clock, terminalId, ...
        bool ok = false;
        Text name;
        Text detail;
        Text remedy; // what to do about a problem; may be empty
    };

    void add(Check check);
    void showReport(const relay::ConnectionReport &report, bool relayAnswered);
    void render();
    void updateMode();

    QLabel *m_mode = nullptr;
    QPushButton *m_check = nullptr;
    QListWidget *m_results = nullptr;
    QList<Check> m_checks;
    QPointer<relay::ConnectionCheck> m_running;
};

} // namespace kiosk::ui
