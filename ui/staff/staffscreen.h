// SPDX-License-Identifier: MIT
#pragma once

#include "config/kioskconfig.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace kiosk::session {
class KioskSession;
}

namespace kiosk::ui {

class ConnectionTab;
class DiagnosticsTab;
class HistoryTab;
class OnScreenKeyboard;
class OpenTab;
class SettingsTab;

// Staff mode, behind the PIN screen: settings, a connection check, the history, opening a
// cancellation for a customer, and diagnostics. It observes the session and never talks to the
// relay or the disk except through the session's core objects.
class StaffScreen : public QWidget
{
    Q_OBJECT

public:
    explicit StaffScreen(kiosk::session::KioskSession *session, QWidget *parent = nullptr);
    ~StaffScreen() override;

    QTabWidget *tabs() const { return m_tabs; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; }

Q_SIGNALS:
    // Back to the customer screens.
    void exitRequested();
    // Quit so the service manager starts the kiosk again (settings that need a restart).
    void restartRequested();
    // Staff saved settings (already written to the state directory's overrides file).
    void settingsSaved(const kiosk::config::KioskConfig &config);
    // Staff changed the PIN (already saved): the PinGate should take this hash.
    void pinChanged(const QString &encodedHash);
    // Staff prepared this payment's cancellation (staged in the pending list): the customer
    // screens can offer it now.
    void customerCancellationReady(const QString &paymentId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    // The restart asks first: one stray tap must not take the kiosk down.
    void askToRestart(bool asking);
    void keyboardMoved(QWidget *field);

    kiosk::session::KioskSession *m_session;
    QLabel *m_title = nullptr;
    QLabel *m_mode = nullptr;
    QPushButton *m_exit = nullptr;
    QPushButton *m_restart = nullptr;
    QWidget *m_restartQuestion = nullptr;
    QLabel *m_restartText = nullptr;
    QPushButton *m_restartConfirm = nullptr;
    QPushButton *m_restartKeep = nullptr;
    QTabWidget *m_tabs = nullptr;
    SettingsTab *m_settings = nullptr;
    ConnectionTab *m_connection = nullptr;
    HistoryTab *m_history = nullptr;
    OpenTab *m_open = nullptr;
    DiagnosticsTab *m_diagnostics = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
};

} // namespace kiosk::ui
