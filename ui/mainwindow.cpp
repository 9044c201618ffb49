// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "countdownring.h"
#include "customerbar.h"
#include "guidance.h"
#include "idlewatcher.h"
#include "keypadnavigator.h"
#include "languageswitcher.h"
#include "qr/requestcodec.h"
#include "relay/relaytypes.h"
#include "screens/attractscreen.h"
#include "screens/detailscreen.h"
#include "screens/errorscreen.h"
#include "screens/identifyscreen.h"
#include "screens/pendingscreen.h"
#include "screens/progressscreen.h"
#include "screens/qrscreen.h"
#include "screens/readyscreen.h"
#include "screens/resultscreen.h"
#include "session/kiosksession.h"
#include "speechpanel.h"
#include "staff/pinscreen.h"
#include "staff/staffpin.h"
#include "staff/staffscreen.h"
#include "stilltherepanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kiosk::ui {

Q_LOGGING_CATEGORY(lcUi, "kiosk.ui", QtInfoMsg)

using workflow::CancellationWorkflow;
using State = workflow::CancellationWorkflow::State;

namespace {
// The staff PIN: the state directory's (changed from the staff screen), else the configured
// one. The demo has a well-known PIN so a newcomer can see staff mode too.
QString staffPinHash(const session::KioskSession *session)
{
    const QString hash =
        staff::loadStaffPinHash(session->settingsDir(), session->config().staffPinHash);
    if (hash.isEmpty() && session->isDemo())
        return staff::hashPin(QStringLiteral("0000"), 10000).value();
    return hash;
}

// The staff pages (PIN pad, tabs) scroll as a whole rather than clip. Customer pages do not use
// this: each scrolls its own content and keeps its actions on screen.
QWidget *scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(page);
    return area;
}
} // namespace

MainWindow::MainWindow(session::KioskSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_languages(new LanguageSwitcher(this)),
      m_guidance(new Guidance(this)), m_idle(new IdleWatcher(this))
{
    // Language and style first: widgets made after them are translated and polished once,
    // instead of being made, then retranslated and repolished before the first frame.
    const config::KioskConfig &config = m_session->config();
    resetModes();
    m_theme.screenDpi = config.screenDpi > 0 ? config.screenDpi
                        : QGuiApplication::primaryScreen()
                            ? QGuiApplication::primaryScreen()->physicalDotsPerInch()
                            : 0; // Theme::dpi() reads "unknown" as 96
    Theme::setCurrent(m_theme);
    qApp->setStyleSheet(m_theme.styleSheet());
    setLanguage(config.language);

    m_root = new QWidget(this);
    m_rootLayout = new QVBoxLayout(m_root);
    m_lowSpacer = new QWidget(m_root);
    m_bar = new CustomerBar(m_root);
    m_stack = new QStackedWidget(m_root);
    m_stillThere = new StillTherePanel(m_root);
    m_speechPanel = new SpeechPanel(m_root); // shown at the top of each page it is on
    m_attract = new AttractScreen;
    m_identify = new IdentifyScreen;
    m_pending = new PendingScreen;
    m_detail = new DetailScreen;
    m_ready = new ReadyScreen;
    m_qr = new QrScreen;
    m_progress = new ProgressScreen;
    m_result = new ResultScreen;
    m_error = new ErrorScreen;
    setObjectName(QStringLiteral("mainWindow"));
    m_root->setObjectName(QStringLiteral("kioskRoot"));
    m_stack->setObjectName(QStringLiteral("pages"));
    m_rootLayout->setContentsMargins(0, 0, 0, 0);
    m_rootLayout->setSpacing(0);
    m_rootLayout->addWidget(m_lowSpacer);
    m_rootLayout->addWidget(m_stack, 1);
    m_rootLayout->addWidget(m_bar);
    m_lowSpacer->hide();
    m_speechPanel->hide();
    setCentralWidget(m_root);
    // Order matters: indexes follow the Page enum.
    for (Screen *page : {static_cast<Screen *>(m_attract), static_cast<Screen *>(m_identify),
                         static_cast<Screen *>(m_pending), static_cast<Screen *>(m_detail),
                         static_cast<Screen *>(m_ready), static_cast<Screen *>(m_qr),
                         static_cast<Screen *>(m_progress), static_cast<Screen *>(m_result),
                         static_cast<Screen *>(m_error)})
        m_stack->addWidget(page); // each page scrolls its own content, never its actions

    m_guidance->setEnabled(config.speech);
    m_idle->setTimes(config.idleSeconds, config.idleWarningSeconds);
    m_attract->setDemo(m_session->isDemo());
    m_qr->setDemo(m_session->isDemo());
    applyTheme();

    // Customer bar
    connect(m_bar, &CustomerBar::languageToggled, this, [this] {
        setLanguage(m_languages->language() == u"ko" ? QStringLiteral("en") : QStringLiteral("ko"));
        speakCurrentPage();
    });
    connect(m_bar, &CustomerBar::largeTextToggled, this, &MainWindow::setLargeText);
    connect(m_bar, &CustomerBar::highContrastToggled, this, &MainWindow::setHighContrast);
    connect(m_bar, &CustomerBar::lowPositionToggled, this, &MainWindow::setLowPosition);
    // Read aloud: on request only, for this customer only.
    connect(m_bar, &CustomerBar::readAloudToggled, m_guidance, &Guidance::setReadingAloud);
    connect(m_guidance, &Guidance::readingAloudChanged, this, &MainWindow::onReadingAloudChanged);
    connect(m_guidance, &Guidance::availabilityChanged, this,
            [this](bool available) { m_bar->setSpeech(available, m_guidance->isReadingAloud()); });
    m_bar->setSpeech(m_guidance->isAvailable(), false);
    // After the first frame: finding a speech engine takes a moment nobody should wait for.
    connect(this, &MainWindow::firstFramePainted, m_guidance, &Guidance::probe);
    connect(m_speechPanel, &SpeechPanel::amountRequested, this, &MainWindow::speakAmount);
    // One step up, round to the lowest after the highest; said at the new volume and speed.
    const auto next = [](int level) { return level % Guidance::kLevels + 1; };
    connect(m_speechPanel, &SpeechPanel::volumeRequested, this, [this, next] {
        m_guidance->setVolumeLevel(next(m_guidance->volumeLevel()));
        updateSpeechLevels();
        m_guidance->say(
            tr("Volume %1 of %2").arg(m_guidance->volumeLevel()).arg(Guidance::kLevels));
    });
    connect(m_speechPanel, &SpeechPanel::rateRequested, this, [this, next] {
        m_guidance->setRateLevel(next(m_guidance->rateLevel()));
        updateSpeechLevels();
        m_guidance->say(tr("Speed %1 of %2").arg(m_guidance->rateLevel()).arg(Guidance::kLevels));
    });

    // Keypad: the same keys on every customer page; the focused control is said when reading
    // aloud, and again when pressing it changed its state ("Large text, on").
    m_keypad = new KeypadNavigator(
        this, [this] { return keypadScope(); }, this);
    m_keypad->setNotAStart(m_speechPanel); // a page starts at its own first control
    m_appFocus = connect(qApp, &QApplication::focusChanged, this,
                         [this](QWidget *, QWidget *now) { onFocusChanged(now); });

    // Screens
    connect(m_attract, &AttractScreen::startRequested, this, &MainWindow::showIdentify);
    connect(m_attract, &AttractScreen::staffRequested, this, &MainWindow::enterStaffMode);
    connect(m_identify, &IdentifyScreen::backRequested, this, &MainWindow::returnToStart);
    connect(m_identify, &IdentifyScreen::numberEntered, this, [this](const QString &digits) {
        identify(workflow::CustomerIdentity::fromTypedNumber(digits));
    });
    // A receipt's barcode or a wallet's address code, read by the same scanners as answers.
    connect(m_session, &session::KioskSession::scanned, this, [this](const QString &text) {
        if (m_page == Page::Identify)
            identify(workflow::CustomerIdentity::fromScan(text));
    });
    connect(m_pending, &PendingScreen::backRequested, this, &MainWindow::showIdentify);
    connect(m_pending, &PendingScreen::chosen, this, [this](const QString &paymentId) {
        for (const workflow::PendingItem &item : m_pending->items())
            if (item.payment.paymentId == paymentId) {
                m_paymentId = paymentId;
                m_detail->setItem(item);
                showPage(Page::Detail);
            }
    });
    connect(m_detail, &DetailScreen::backRequested, this, &MainWindow::showPending);
    connect(m_detail, &DetailScreen::approveRequested, this, [this] { choose(true); });
    connect(m_detail, &DetailScreen::rejectRequested, this, [this] { choose(false); });
    connect(m_ready, &ReadyScreen::readyRequested, this, &MainWindow::beginCancellation);
    connect(m_ready, &ReadyScreen::backRequested, this, [this] { showPage(Page::Detail); });
    connect(m_qr, &QrScreen::cancelRequested, this, [this] {
        m_session->endCancellation();
        showPending();
    });
    connect(m_qr, &QrScreen::demoWalletRequested, this, &MainWindow::answerWithDemoWallet);
    connect(m_progress, &ProgressScreen::leaveRequested, this, &MainWindow::returnToStart);
    connect(m_result, &ResultScreen::doneRequested, this, &MainWindow::returnToStart);
    connect(m_error, &ErrorScreen::doneRequested, this, &MainWindow::returnToStart);
    // Try again: back to getting ready, then a fresh cancellation (reopened where the relay
    // allows it; where it does not, the error page says so).
    connect(m_error, &ErrorScreen::retryRequested, this, [this] { choose(m_approval); });

    // Idle: ask, then start over
    connect(m_idle, &IdleWatcher::warning, this, [this](int secondsLeft) {
        m_changingPage = true; // said once, with the panel's text
        m_stillThere->showWarning(secondsLeft);
        m_changingPage = false;
        speakCurrentPage();
    });
    connect(m_idle, &IdleWatcher::warningTick, m_stillThere, &StillTherePanel::setSecondsLeft);
    connect(m_idle, &IdleWatcher::timedOut, this, &MainWindow::returnToStart);
    connect(m_stillThere, &StillTherePanel::moreTimeRequested, this, [this] {
        m_changingPage = true;
        m_stillThere->hide();
        m_keypad->pageShown(); // the keypad goes on where the page starts
        m_changingPage = false;
        m_idle->extend();
    });
    connect(m_stillThere, &StillTherePanel::finishRequested, this, &MainWindow::returnToStart);

    // Session
    connect(m_session, &session::KioskSession::connectionChanged, this,
            &MainWindow::onConnectionChanged);
    connect(m_session, &session::KioskSession::currentWorkflowChanged, this,
            &MainWindow::watchWorkflow);
    // What the scanners report is for staff (diagnostics, the log); the customer is told where
    // to hold the phone, from what can read it.
    connect(m_session, &session::KioskSession::scannersChanged, this, [this] {
        if (m_page == Page::Qr)
            m_qr->setScanners(m_session->hasCamera(), m_session->hasScanner());
    });
    onConnectionChanged();
    // Nobody is there to hear it yet, and finding a speech engine would delay the first frame.
    showPage(Page::Attract, Speak::No);
    m_attract->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_attract && event->type() == QEvent::Paint) {
        m_attract->removeEventFilter(this);
        // After this paint has reached the screen, not during it.
        QTimer::singleShot(0, this, &MainWindow::firstFramePainted);
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the window, which moves the application's focus: by then this is no longer
    // a MainWindow, so the focus slot must not run any more.
    QObject::disconnect(m_appFocus);
    QObject::disconnect(m_focusToggle);
}

Screen *MainWindow::screen(Page page) const
{
    return qobject_cast<Screen *>(m_stack->widget(int(page)));
}

void MainWindow::showPage(Page page, Speak speak)
{
    m_changingPage = true; // the page is said below, with its focused control
    const auto isStaff = [](Page p) { return p == Page::Pin || p == Page::Staff; };
    const bool staffChanged = isStaff(page) != isStaff(m_page);
    m_page = page;
    if (staffChanged)
        applyTheme();
    m_stack->setCurrentIndex(int(page));
    const bool staffPage = isStaff(page);
    m_bar->setVisible(!staffPage);
    // The attract screen waits forever; every other page, staff mode too, times out: a
    // terminal left in staff mode must not stay open to the next passer-by.
    m_idle->setActive(page != Page::Attract);
    // Someone at the screen: the session checks the relay more often, so an outage is shown
    // before they reach a step that needs it.
    m_session->setSomeoneAtScreen(page != Page::Attract);
    m_stillThere->hide();
    if (auto *area = qobject_cast<QScrollArea *>(m_stack->currentWidget()))
        area->ensureVisible(0, 0);
    if (Screen *current = screen(page))
        current->scrollToTop();
    if (Screen *current = screen(page))
        current->holdTopStrip(m_speechPanel);
    m_speechPanel->setVisible(!staffPage && m_guidance->isReadingAloud());
    m_keypad->pageShown();
    m_changingPage = false;
    qCDebug(lcUi) << "page" << page;
    if (speak == Speak::Yes)
        speakCurrentPage();
    Q_EMIT pageChanged(page);
}

void MainWindow::showOnScreen()
{
    fitToScreen();
    if (m_session->config().fullScreen) {
        // No frame of our own: a compositor that maximizes instead of going full screen
        // (cage) would otherwise get Qt's client-side title bar, and a smaller kiosk.
        setWindowFlag(Qt::FramelessWindowHint);
        showFullScreen();
    } else {
        show();
    }
    connect(qApp, &QGuiApplication::primaryScreenChanged, this, &MainWindow::followScreen,
            Qt::UniqueConnection);
    followScreen(QGuiApplication::primaryScreen());
}

void MainWindow::followScreen(QScreen *screen)
{
    // Another display (hot-plugged, or the kiosk's own coming up after a fallback): its size,
    // its rotation and its DPI from now on; the old one's changes no longer matter.
    for (QScreen *other : QGuiApplication::screens())
        if (other != screen)
            disconnect(other, &QScreen::geometryChanged, this, &MainWindow::fitToScreen);
    if (!screen)
        return;
    connect(screen, &QScreen::geometryChanged, this, &MainWindow::fitToScreen,
            Qt::UniqueConnection);
    if (m_session->config().screenDpi <= 0)
        setScreenDpi(screen->physicalDotsPerInch());
    fitToScreen();
}

void MainWindow::setScreenDpi(double dpi)
{
    if (dpi <= 0 && m_session->config().screenDpi > 0)
        dpi = m_session->config().screenDpi;
    if (m_theme.screenDpi == dpi)
        return;
    m_theme.screenDpi = dpi;
    applyTheme();
}

void MainWindow::fitToScreen()
{
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    if (m_session->config().fullScreen) {
        // A window manager would size a full-screen window; a bare X server or eglfs does not.
        // On Wayland the compositor alone sizes it: a size of our own (cage sends 0x0, "you
        // choose") would be taken as the window's, and the kiosk would not fill the screen.
        if (!QGuiApplication::platformName().startsWith(u"wayland"))
            setGeometry(screen->geometry());
        return;
    }
    // A developer's window: portrait like the kiosk, as tall as the screen allows.
    const QRect available = screen->availableGeometry();
    const int height = available.height() * 9 / 10;
    const int width = std::min(available.width(), height * 9 / 16);
    const QRect frame(0, 0, width, height);
    setGeometry(frame.translated(available.center() - frame.center()));
}

void MainWindow::speakCurrentPage()
{
    QString text;
    if (m_stillThere->isVisible())
        text = m_stillThere->guidance();
    else if (Screen *current = screen(m_page))
        text = current->guidance();
    // Then where the keypad is: a customer who cannot see the screen knows where they are.
    QWidget *focused = focusWidget();
    if (m_keypad->isInUse() && m_keypad->inScope(focused))
        text += u' ' + KeypadNavigator::describe(focused);
    m_guidance->say(text);
}

void MainWindow::speakAmount()
{
    // The amount of the control the customer was on (a purchase in the list), else the page's.
    QString amount;
    if (m_lastPageFocus && m_lastPageFocus->isVisible())
        amount = KeypadNavigator::spokenAmount(m_lastPageFocus);
    if (amount.isEmpty())
        if (Screen *current = screen(m_page))
            amount = current->amountGuidance();
    m_guidance->say(amount.isEmpty() ? tr("There is no amount on this screen.") : amount);
}

QList<QWidget *> MainWindow::keypadScope() const
{
    if (m_page == Page::Pin || m_page == Page::Staff)
        return {}; // staff mode keeps the keys to itself (forms, the PIN pad)
    if (m_stillThere->isVisible())
        return {m_stillThere};
    return {m_stack->currentWidget(), m_bar}; // the speech controls are on the page
}

void MainWindow::onFocusChanged(QWidget *now)
{
    QObject::disconnect(m_focusToggle);
    if (!m_keypad->inScope(now))
        return;
    if (m_stack->currentWidget()->isAncestorOf(now))
        m_lastPageFocus = now;
    // A switch pressed while focused says its new state (Read aloud says the page instead).
    auto *button = qobject_cast<QAbstractButton *>(now);
    if (button && button->isCheckable() && button != m_bar->readAloudButton())
        m_focusToggle = connect(button, &QAbstractButton::toggled, this, [this, button] {
            if (button->hasFocus())
                m_guidance->say(KeypadNavigator::describe(button));
        });
    if (!m_changingPage)
        m_guidance->say(KeypadNavigator::describe(now));
}

void MainWindow::updateSpeechLevels()
{
    m_speechPanel->setLevels(m_guidance->volumeLevel(), m_guidance->rateLevel(), Guidance::kLevels);
}

void MainWindow::onReadingAloudChanged(bool on)
{
    updateSpeechLevels(); // back to the usual ones for the next customer
    m_bar->setSpeech(m_guidance->isAvailable(), on);
    const bool staffPage = m_page == Page::Pin || m_page == Page::Staff;
    m_speechPanel->setVisible(on && !staffPage);
    if (on)
        speakCurrentPage();
}

void MainWindow::setLanguage(const QString &language)
{
    if (!m_languages->setLanguage(language))
        return;
    m_guidance->setLanguage(QLocale());
}

void MainWindow::setLargeText(bool on)
{
    m_theme.largeText = on;
    applyTheme();
}

void MainWindow::setHighContrast(bool on)
{
    m_theme.highContrast = on;
    applyTheme();
}

void MainWindow::setLowPosition(bool on)
{
    m_theme.lowPosition = on;
    applyTheme();
}

void MainWindow::resetModes()
{
    // Every customer starts with the configured modes, not the last customer's.
    const config::KioskConfig &config = m_session->config();
    m_theme.largeText = config.largeText;
    m_theme.highContrast = config.highContrast;
    m_theme.lowPosition = config.lowPosition;
}

void MainWindow::applyTheme()
{
    // Large text and the low position are the customer's; staff mode keeps the standard
    // layout (and its contrast), and the customer's modes come back with the customer pages.
    Theme shown = m_theme;
    if (m_page == Page::Pin || m_page == Page::Staff)
        shown.largeText = shown.lowPosition = false;
    Theme::setCurrent(shown);
    if (const QString sheet = shown.styleSheet(); qApp->styleSheet() != sheet)
        qApp->setStyleSheet(sheet);
    m_bar->setModes(m_theme.largeText, m_theme.highContrast, m_theme.lowPosition);
    m_speechPanel->remeasure();
    // Other text and picture sizes: the pages' columns and actions may fit otherwise now.
    for (int i = 0; i < m_stack->count(); ++i)
        if (auto *page = qobject_cast<Screen *>(m_stack->widget(i)))
            page->arrange();
    // Low position: the top 40 % of the screen stays empty; pages and the bar sit below it.
    m_lowSpacer->setVisible(shown.lowPosition);
    m_rootLayout->setStretch(0, shown.lowPosition ? 2 : 0);
    m_rootLayout->setStretch(1, 3);
    update();
}

void MainWindow::onConnectionChanged()
{
    using Connection = session::KioskSession::Connection;
    using Service = AttractScreen::Service;
    const Connection state = m_session->connection();
    switch (state) {
    case Connection::Starting:
        m_attract->setService(Service::Connecting);
        break;
    case Connection::Ready:
        m_attract->setService(Service::Ready);
        break;
    case Connection::Unreachable:
        m_attract->setService(Service::OutOfService,
                              tr("The kiosk cannot reach the loyalty system."), true);
        break;
    case Connection::Failed:
        // The journal's words are meant for customers; a start-up failure's are for staff
        // (paths, settings), who see them in staff mode.
        m_attract->setService(
            Service::OutOfService,
            m_session->isOutOfService() ? m_session->startError()
            : !m_session->isConfigured()
                ? tr("This kiosk has not been set up yet. Staff can set it up in staff mode.")
                : tr("Something in the kiosk's set-up needs fixing. Staff can see what in staff "
                     "mode."),
            m_session->isOutOfService());
        break;
    }
    // A customer choosing a purchase cannot go on: back to the start screen, which says why.
    // Past that point the cancellation's own pages say what happened.
    if (state != Connection::Ready && (m_page == Page::Identify || m_page == Page::Pending ||
                                       m_page == Page::Detail || m_page == Page::Ready))
        returnToStart();
    else if (m_page == Page::Attract)
        m_keypad->pageChanged(); // Start may have come back, or gone
    if (state == Connection::Ready) {
        connect(m_session->pendingList(), &workflow::PendingList::changed, this,
                &MainWindow::onPendingChanged, Qt::UniqueConnection);
        connect(m_session->pendingList(), &workflow::PendingList::settled, this,
                &MainWindow::onPendingChanged, Qt::UniqueConnection);
    }
}

void MainWindow::onPendingChanged()
{
    workflow::PendingList *list = m_session->pendingList();
    const bool hadItems = !m_pending->items().isEmpty();
    QWidget *before = focusWidget();
    const QString focusedName =
        before && m_pending->isAncestorOf(before) ? before->objectName() : QString();
    updatePendingItems();
    if (m_page != Page::Pending || !m_keypad->isInUse())
        return;
    m_changingPage = true;
    const bool arrived = !hadItems && !list->items().isEmpty();
    QWidget *now = focusWidget();
    if (arrived) {
        // The list has just arrived: a keypad's customer starts on its first purchase, and
        // hears how many there are.
        m_keypad->focusFirst();
    } else if (!focusedName.isEmpty() && (!now || now->objectName() != focusedName)) {
        // The cards were made again: the keypad stays on the same purchase.
        if (auto *again = m_pending->findChild<QWidget *>(focusedName))
            m_keypad->focus(again);
        else
            m_keypad->focusFirst();
    }
    m_changingPage = false;
    if (arrived)
        speakCurrentPage();
}

void MainWindow::showIdentify()
{
    m_identity = {};
    m_pending->clear();
    m_identify->clear();
    // The scanners read the receipt or the wallet's address code here.
    m_session->setScanning(true);
    showPage(Page::Identify);
}

void MainWindow::identify(const workflow::CustomerIdentity &who)
{
    if (!who.isValid()) {
        m_identify->showUnreadable();
        speakCurrentPage(); // says what went wrong first
        return;
    }
    m_identity = who;
    m_session->setScanning(false);
    showPending();
}

void MainWindow::updatePendingItems()
{
    workflow::PendingList *list = m_session->pendingList();
    if (!list)
        return;
    // Only the identified customer's own open cancellations; staff see them all.
    m_pending->setItems(list->itemsFor(m_identity, SystemClock::instance()->nowSeconds(),
                                       m_session->config().paymentTimeoutSeconds),
                        list->isBusy());
}

void MainWindow::showPending()
{
    if (workflow::PendingList *list = m_session->pendingList()) {
        list->refresh();
        updatePendingItems();
    }
    showPage(Page::Pending);
}

void MainWindow::choose(bool approval)
{
    m_approval = approval;
    m_ready->setApproval(approval);
    m_ready->setTimeLimit(m_session->config().paymentTimeoutSeconds);
    m_ready->setScanners(m_session->hasCamera(), m_session->hasScanner());
    showPage(Page::Ready);
}

void MainWindow::beginCancellation()
{
    m_timedOut = false;
    m_progress->clear();
    showPage(Page::Progress);
    // The relay's window starts here, when the customer is ready. Out of service (the journal
    // cannot record): the start screen says why.
    if (!m_session->beginCancellation(m_paymentId))
        returnToStart();
    else
        m_began = true;
}

void MainWindow::watchWorkflow(CancellationWorkflow *flow)
{
    if (m_flow)
        m_flow->disconnect(this);
    m_flow = flow;
    if (!flow)
        return;
    connect(flow, &CancellationWorkflow::stateChanged, this, &MainWindow::onWorkflowState);
    connect(flow, &CancellationWorkflow::requestReady, this,
            [this](const qr::SigningRequest &request) {
                // ERC-4527 UR: our own wallet app and air-gapped wallets both read it.
                m_qr->setRequest(request, qr::requestFrames(request, qr::RequestFormat::Ur),
                                 m_session->config().approver,
                                 m_session->config().paymentTimeoutSeconds);
                m_qr->setSecondsLeft(m_flow ? m_flow->secondsLeft() : 0);
                // Asked only now: the camera's media backend stays unloaded until it is needed.
                m_qr->setCameraFrames(m_session->cameraFrames());
                m_qr->setScanners(m_session->hasCamera(), m_session->hasScanner());
                showPage(Page::Qr);
            });
    connect(flow, &CancellationWorkflow::countdown, this, &MainWindow::onCountdown);
    connect(flow, &CancellationWorkflow::responseProgress, m_qr, &QrScreen::setProgress);
    connect(flow, &CancellationWorkflow::responseRejected, this, [this](const QString &reason) {
        m_qr->showRejected(reason);
        m_guidance->say(reason);
    });
    connect(flow, &CancellationWorkflow::relayApproves, this, [this] {
        m_progress->setStage(ProgressScreen::Stage::RelayApproves);
        if (m_page == Page::Progress)
            speakCurrentPage(); // already showing: say what changed
        else
            showPage(Page::Progress);
    });
    connect(flow, &CancellationWorkflow::paymentUpdated, this,
            [this](const relay::PaymentItem &payment) {
                m_progress->setPaymentStatus(payment.paymentStatus);
            });
}

void MainWindow::onCountdown(int secondsLeft)
{
    m_qr->setSecondsLeft(secondsLeft);
    if (secondsLeft == CountdownRing::kWarningSeconds)
        m_guidance->say(tr("%n second(s) left.", nullptr, secondsLeft));
    if (secondsLeft > 0 || m_timedOut)
        return;
    // The relay's window closed: say so now; the kiosk closes the cancellation by itself.
    m_timedOut = true;
    m_error->setError(tr("Your wallet's answer did not arrive within the time limit."),
                      relay::codes::ApprovalTimeout, true);
    // The workflow is closing the cancellation itself right now; leaving the page hands it to
    // the background to finish.
    showPage(Page::Error);
}

void MainWindow::onWorkflowState(State state)
{
    if (m_timedOut || !m_flow)
        return;
    switch (state) {
    case State::Idle:
        break;
    case State::Loading:
    case State::Opening:
        if (m_page != Page::Qr) {
            m_progress->setStage(ProgressScreen::Stage::Preparing);
            showPage(Page::Progress);
        }
        break;
    case State::Ready:
        m_flow->choose(m_approval);
        break;
    case State::AwaitingResponse:
        break; // requestReady shows the code
    case State::Posting:
        m_progress->setStage(ProgressScreen::Stage::Sending);
        showPage(Page::Progress);
        break;
    case State::Following:
    case State::Closing:
        if (m_progress->stage() == ProgressScreen::Stage::RelayApproves && m_page == Page::Progress)
            break; // says that no signature is needed while the relay approves
        if (m_progress->stage() != ProgressScreen::Stage::Confirming || m_page != Page::Progress) {
            m_progress->setStage(ProgressScreen::Stage::Confirming);
            showPage(Page::Progress);
        }
        break;
    case State::Finished:
        m_result->setResult(m_flow->context().payment,
                            m_flow->context().shopKnown ? m_flow->context().shop.name
                                                        : m_detail->item().shopName,
                            m_approval, m_flow->journalId());
        showPage(Page::Result);
        break;
    case State::Failed:
        m_error->setError(m_flow->message(), m_flow->relayCode(), m_flow->canRetry(),
                          m_flow->errorKind(), m_flow->paymentStatus());
        showPage(Page::Error);
        break;
    }
}

void MainWindow::answerWithDemoWallet()
{
    const session::DemoWallet *wallet = m_session->demoWallet();
    if (!wallet)
        return;
    auto answer = wallet->answer(m_qr->frames());
    if (!answer) {
        m_qr->showRejected(answer.error());
        return;
    }
    // Exactly the path of a scanned code: the workflow reads and verifies it.
    m_session->submitScan(answer.value());
}

void MainWindow::returnToStart()
{
    m_session->endCancellation();
    m_session->setScanning(false);
    // What this customer tried is not offered to the next one (staff can stage it again).
    if (m_began && m_session->pendingList())
        m_session->pendingList()->retire(m_paymentId);
    m_began = false;
    m_identity = {};
    m_flow = nullptr;
    m_paymentId.clear();
    m_timedOut = false;
    for (Page page : {Page::Identify, Page::Pending, Page::Detail, Page::Ready, Page::Qr,
                      Page::Progress, Page::Result, Page::Error})
        screen(page)->clear();
    resetModes();
    applyTheme();
    setLanguage(m_session->config().language);
    // The next customer starts silent, at the usual volume and speed, without keypad focus.
    m_guidance->resetForNextCustomer();
    updateSpeechLevels();
    m_keypad->reset();
    showPage(Page::Attract);
}

void MainWindow::createStaffPages()
{
    // Made on first use: staff mode is rare, and the customer's first frame must not wait.
    m_pinGate = new staff::PinGate(staffPinHash(m_session), SystemClock::instance(), this);
    if (!m_session->settingsDir().isEmpty()) // wrong PINs and lockouts survive a restart
        m_pinGate->persistTo(staff::PinGate::lockoutFilePath(m_session->settingsDir()));
    m_pin = new PinScreen(m_pinGate);
    if (!m_pinGate->isConfigured())
        offerFirstRunSetup();
    m_staff = new StaffScreen(m_session);
    m_stack->addWidget(scrollable(m_pin));   // Page::Pin
    m_stack->addWidget(scrollable(m_staff)); // Page::Staff
    connect(m_pin, &PinScreen::accepted, this, [this] { showPage(Page::Staff); });
    connect(m_pin, &PinScreen::cancelled, this, &MainWindow::returnToStart);
    connect(m_staff, &StaffScreen::exitRequested, this, &MainWindow::returnToStart);
    connect(m_staff, &StaffScreen::restartRequested, this, [this] {
        // Behind the PIN only: the service (Restart=always) brings the kiosk back.
        setProperty("allowClose", true);
        m_session->endCancellation();
        QApplication::quit();
    });
    connect(m_staff, &StaffScreen::pinChanged, m_pinGate, &staff::PinGate::setHash);
    connect(m_staff, &StaffScreen::settingsSaved, this, &MainWindow::applySettings);
    // Staff prepared one payment for the customer in front of them: only that one is listed.
    connect(m_staff, &StaffScreen::customerCancellationReady, this,
            [this](const QString &paymentId) {
                returnToStart();
                m_identity = workflow::CustomerIdentity::forPayment(paymentId);
                showPending();
            });
}

void MainWindow::offerFirstRunSetup()
{
    // No staff PIN yet: the vendor's set-up code, if there is one, lets staff choose it here.
    const auto where = staff::PinLocations::standard(m_session->settingsDir());
    const staff::StaffPinHash code = staff::findSetupCodeHash(where);
    for (const QString &refusal : code.refusals)
        qCWarning(lcUi).noquote() << "set-up code refused:" << refusal;
    if (code.hash.isEmpty() || where.stateDir.isEmpty())
        return;
    qCInfo(lcUi).noquote() << "no staff PIN yet: staff mode offers first-run set-up with the "
                              "set-up code from"
                           << code.origin;
    auto *setupGate = new staff::PinGate(code.hash, SystemClock::instance(), this,
                                         staff::PinGate::Secret::SetupCode);
    setupGate->persistTo(
        staff::PinGate::lockoutFilePath(where.stateDir, staff::PinGate::Secret::SetupCode));
    m_pin->offerFirstRunSetup(setupGate, where);
}

void MainWindow::enterStaffMode()
{
    if (!m_pin)
        createStaffPages();
    m_pin->reset();
    showPage(Page::Pin);
}

void MainWindow::applySettings(const config::KioskConfig &config)
{
    m_session->reconfigure(config);
    m_idle->setTimes(config.idleSeconds, config.idleWarningSeconds);
    m_guidance->setEnabled(config.speech);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // In kiosk mode the window never closes from the screen: only staff may quit.
    if (m_session->config().fullScreen && !property("allowClose").toBool()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_stillThere->isVisible())
        m_stillThere->setGeometry(m_root->rect());
}

} // namespace kiosk::ui
