// SPDX-License-Identifier: MIT
#pragma once

#include "staff/stafftab.h"

#include <QElapsedTimer>

#include <functional>

class QLabel;
class QListWidget;

namespace kiosk::ui {

// "Is the relay reachable and is this kiosk set up for it?": the checks of
// `loyalty-kioskctl check`, run through the session's relay client without blocking.
class ConnectionTab : public StaffTab
{
    Q_OBJECT

public:
    explicit ConnectionTab(session::KioskSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void retranslate() override;
    void runCheck();
    bool isChecking() const { return m_checking; }

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
    void render();
    void updateMode();

    QLabel *m_mode = nullptr;
    QPushButton *m_check = nullptr;
    QListWidget *m_results = nullptr;
    QList<Check> m_checks;
    bool m_checking = false;
    QElapsedTimer m_timer;
};

} // namespace kiosk::ui
