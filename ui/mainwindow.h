// SPDX-License-Identifier: MIT
#pragma once

#include "config/kioskconfig.h"
#include "theme.h"
#include "workflow/cancellationworkflow.h"
#include "workflow/customeridentity.h"

#include <QMainWindow>
#include <QPointer>

class QStackedWidget;
class QVBoxLayout;

class QScreen;

namespace kiosk::session {
class KioskSession;
}
namespace kiosk::staff {
class PinGate;
}

namespace kiosk::ui {

class AttractScreen;
class CustomerBar;
class DetailScreen;
class ErrorScreen;
class IdentifyScreen;
class Guidance;
class IdleWatcher;
class KeypadNavigator;
class LanguageSwitcher;
class PinScreen;
class StaffScreen;
class PendingScreen;
class ProgressScreen;
class QrScreen;
class ReadyScreen;
class ResultScreen;
class Screen;
class SpeechPanel;
class StillTherePanel;

// The kiosk's one window: the customer screens as pages of a stack, the language and
// accessibility bar, the idle watcher and spoken guidance. It observes the session and its
// current cancellation and turns what they say into pages; it never does I/O itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Attract,
        Identify, // the customer says who they are: receipt, wallet address or typed number
        Pending,
        Detail,
        Ready, // get the phone ready; no clock runs yet
        Qr,
        Progress,
        Result,
        Error,
        Pin,
        Staff,
    };
    Q_ENUM(Page)

    explicit MainWindow(session::KioskSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page page() const { return m_page; }
    const Theme &theme() const { return m_theme; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    Guidance *guidance() const { return m_guidance; }
    LanguageSwitcher *languages() const { return m_languages; }
    KeypadNavigator *keypad() const { return m_keypad; }

    // Shows the window as the configuration says: full screen with the screen's exact geometry
    // (so it fills the display even without a window manager to do it), or a portrait window
    // that fits the screen. Either way it follows the screen when it changes size or rotates.
    void showOnScreen();

    void setLanguage(const QString &language);
    // The screen's physical DPI text sizes and touch targets are computed from (0: the one the
    // screen reports); the configured [ui] screen_dpi wins over the screen's.
    void setScreenDpi(double dpi);
    void setLargeText(bool on);
    void setHighContrast(bool on);
    void setLowPosition(bool on);
    // Back to the attract screen: drops the request on screen and every trace of the customer,
    // and restores the configured language and modes for the next one.
    void returnToStart();
    // The customer said who they are (scanned or typed, or staff handed one payment over): the
    // list shows only their cancellations. An invalid identity is said to be unreadable.
    void identify(const workflow::CustomerIdentity &who);

    enum class Speak
    {
        Yes,
        No
    };
    // Shows a page as it is now (tests and tools/render-screens walk every page this way).
    void showPage(Page page, Speak speak = Speak::Yes);

Q_SIGNALS:
    void pageChanged(kiosk::ui::MainWindow::Page page);
    // Once, when the first frame has been painted: slow start-up work waits for this.
    void firstFramePainted();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    Screen *screen(Page page) const;
    void resetModes();
    void applyTheme();
    void onConnectionChanged();
    void onPendingChanged();
    void showIdentify();
    void showPending();
    void updatePendingItems();
    // Yes or no: first the get-ready page; the cancellation opens with "I'm ready".
    void choose(bool approval);
    void beginCancellation();
    void watchWorkflow(workflow::CancellationWorkflow *flow);
    void onWorkflowState(workflow::CancellationWorkflow::State state);
    void onCountdown(int secondsLeft);
    void answerWithDemoWallet();
    void speakCurrentPage();
    void speakAmount();
    void onFocusChanged(QWidget *now);
    void onReadingAloudChanged(bool on);
    void updateSpeechLevels();
    QList<QWidget *> keypadScope() const;
    void createStaffPages();
    void offerFirstRunSetup();
    void enterStaffMode();
    void applySettings(const config::KioskConfig &config);
    void fitToScreen();
    void followScreen(QScreen *screen);

    session::KioskSession *m_session;
    Theme m_theme;
    LanguageSwitcher *m_languages;
    Guidance *m_guidance;
    IdleWatcher *m_idle;
    QWidget *m_root = nullptr;
    QVBoxLayout *m_rootLayout = nullptr;
    QWidget *m_lowSpacer = nullptr;
    CustomerBar *m_bar = nullptr;
    QStackedWidget *m_stack = nullptr;
    StillTherePanel *m_stillThere = nullptr;
    SpeechPanel *m_speechPanel = nullptr;
    KeypadNavigator *m_keypad = nullptr;
    QPointer<QWidget> m_lastPageFocus; // the page's control a "Read the amount" is about
    QMetaObject::Connection m_appFocus;
    QMetaObject::Connection m_focusToggle;
    bool m_changingPage = false;
    AttractScreen *m_attract = nullptr;
    IdentifyScreen *m_identify = nullptr;
    PendingScreen *m_pending = nullptr;
    DetailScreen *m_detail = nullptr;
    ReadyScreen *m_ready = nullptr;
    QrScreen *m_qr = nullptr;
    ProgressScreen *m_progress = nullptr;
    ResultScreen *m_result = nullptr;
    ErrorScreen *m_error = nullptr;
    staff::PinGate *m_pinGate = nullptr;
    PinScreen *m_pin = nullptr;
    StaffScreen *m_staff = nullptr;
    Page m_page = Page::Attract;
    QPointer<workflow::CancellationWorkflow> m_flow;
    QString m_paymentId;
    bool m_approval = true;
    bool m_timedOut = false;
    workflow::CustomerIdentity m_identity; // whose purchases the list shows
    bool m_began = false;                  // this customer's cancellation was opened
};

} // namespace kiosk::ui
