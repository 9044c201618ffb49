// SPDX-License-Identifier: MIT
#pragma once

#include "staff/stafftab.h"

class QListWidget;
class QPlainTextEdit;

namespace kiosk::ui {

// What a technician asks first: versions, where files are, where the logs go; and a live test
// of the scanners (camera, keyboard-wedge and serial scans all arrive through the session).
class DiagnosticsTab : public StaffTab
{
    Q_OBJECT

public:
    explicit DiagnosticsTab(session::KioskSession *session, QWidget *parent = nullptr);
    ~DiagnosticsTab() override;

    QString title() const override;
    void retranslate() override;
    void startScanTest();
    void stopScanTest();
    bool isScanTestRunning() const { return m_testing; }

protected:
    void showEvent(QShowEvent *event) override;
    // Leaving the tab ends the test: the camera is not left running unseen.
    void hideEvent(QHideEvent *event) override;

private:
    void updateInfo();
    void updateLogTail();
    void log(const QString &line);
    void updateButtons();

    QListWidget *m_info = nullptr;
    QPushButton *m_scanTest = nullptr;
    QPushButton *m_scanStop = nullptr;
    QListWidget *m_scanLog = nullptr;
    QPlainTextEdit *m_logTail = nullptr;
    QPushButton *m_logRefresh = nullptr;
    bool m_testing = false;
    bool m_wasScanning = false; // a customer's request was scanning before the test
};

} // namespace kiosk::ui
