// SPDX-License-Identifier: MIT
#pragma once

#include "config/kioskconfig.h"
#include "staff/stafftab.h"

#include <QFutureWatcher>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kiosk::ui {

// Settings staff may change at the kiosk, saved as overrides in the state directory (the /etc
// file is read-only for the kiosk), and the staff PIN.
class SettingsTab : public StaffTab
{
    Q_OBJECT

public:
    explicit SettingsTab(session::KioskSession *session, QWidget *parent = nullptr);
    ~SettingsTab() override;

    QString title() const override;
    void retranslate() override;
    // Fills the form from the configuration in force, dropping unsaved edits.
    void load();

Q_SIGNALS:
    void settingsSaved(const kiosk::config::KioskConfig &config);
    void pinChanged(const QString &encodedHash);

private:
    // The configuration the form edits. In demo mode the session's has the simulator's
    // address and demo terminal in it, which must never be saved: the file's is used.
    config::KioskConfig baseConfig() const;
    QString settingsDir() const { return staffSettingsDir(m_session); }
    void save();
    void changePin();
    void finishPinChange();
    void updateScanFields();

    config::KioskConfig m_base;
    config::KioskConfig m_running; // what the kiosk started with: tells what needs a restart
    StaffMessage m_saveStatus;     // over m_saveMessage
    StaffMessage m_pinStatus;      // over m_pinMessage
    QFutureWatcher<Result<QString>> m_hashing;

    QFormLayout *m_form = nullptr;
    QLabel *m_relayUrlLabel = nullptr;
    QLineEdit *m_relayUrl = nullptr;
    QLabel *m_apiLabel = nullptr;
    QComboBox *m_api = nullptr;
    QLabel *m_terminalIdLabel = nullptr;
    QLineEdit *m_terminalId = nullptr;
    QLabel *m_approverLabel = nullptr;
    QComboBox *m_approver = nullptr;
    QLabel *m_scanLabel = nullptr;
    QCheckBox *m_scanCamera = nullptr;
    QCheckBox *m_scanWedge = nullptr;
    QCheckBox *m_scanSerial = nullptr;
    QLabel *m_cameraNameLabel = nullptr;
    QLineEdit *m_cameraName = nullptr;
    QLabel *m_serialPortLabel = nullptr;
    QLineEdit *m_serialPort = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idleSeconds = nullptr;
    QLabel *m_idleWarningLabel = nullptr;
    QSpinBox *m_idleWarningSeconds = nullptr;
    QLabel *m_displayLabel = nullptr;
    QCheckBox *m_largeText = nullptr;
    QCheckBox *m_highContrast = nullptr;
    QCheckBox *m_lowPosition = nullptr;
    QCheckBox *m_speech = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveMessage = nullptr;

    QLabel *m_pinTitle = nullptr;
    QLabel *m_newPinLabel = nullptr;
    QLineEdit *m_newPin = nullptr;
    QLabel *m_newPinAgainLabel = nullptr;
    QLineEdit *m_newPinAgain = nullptr;
    QPushButton *m_pinSave = nullptr;
    QLabel *m_pinMessage = nullptr;
};

} // namespace kiosk::ui
