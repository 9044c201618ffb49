// SPDX-License-Identifier: MIT
// The customer screens from a tactile keypad with speech (KS X 9211), offscreen, in demo mode:
// whole approve and reject flows with Tab, the arrows and Enter alone, delivered to the window
// as the platform delivers keys; the order the focus moves in; what read aloud says (through
// Guidance's spoken() signal, with a simulated engine), that it says nothing unasked and no
// amount unless asked, and that the voice settings last for one customer only.
#include "customerbar.h"
#include "guidance.h"
#include "idlewatcher.h"
#include "keypadnavigator.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "relay/relaytexts.h"
#include "session/kiosksession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

using kiosk::ui::Guidance;
using kiosk::ui::KeypadNavigator;
using kiosk::ui::MainWindow;
using Page = kiosk::ui::MainWindow::Page;

namespace {
// Demo payments (resources/demo/relay-seed.json).
const QString kFirstPayment =
    QStringLiteral("0x88fac78e6ab881a66076f1d1105fc26c78adfa663bed2be5deb253bbef7948fc");
const QString kSecondPayment =
    QStringLiteral("0x3bf5dcf2b5986218523115cc7c384134f7e93bc7466ec21dfb53ee2f2429b788");
constexpr int kFlowTimeoutMs = 40000;

QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}
} // namespace

class TestKeypad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void approveByKeypadAlone();
    void rejectByKeypadAlone();
    void focusMovesInReadingOrder();
    void enterPressesOnlyOnCustomerPages();
    void nothingIsSaidUnasked();
    void focusedControlAndStateAreSpoken();
    void amountsOnlyWhenAsked();
    void voiceSettingsLastOneCustomer();

private:
    void startKiosk();
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString focused() const;
    // Moves the focus with `move` (Tab or Down) until it is on `objectName`, then presses it
    // with `press` (Return, or the keypad's Enter).
    void pressByKeypad(const QString &objectName, Qt::Key move = Qt::Key_Tab,
                       Qt::Key press = Qt::Key_Return);
    bool waitForPage(Page page, int timeoutMs = kFlowTimeoutMs);
    QList<QString> order() const;
    void snapshot(const QString &name);
    // On the identify page: the purchase number typed on the page's keypad, by keypad alone.
    void identifyByKeypad(const QString &digits);
    template<typename T = QWidget> T *find(const QString &objectName) const
    {
        return m_window->findChild<T *>(objectName);
    }

    std::unique_ptr<QTemporaryDir> m_stateDir;
    std::unique_ptr<kiosk::session::KioskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeypad::initTestCase()
{
    qputenv("LOYALTY_RELAY_SIM", KIOSK_RELAYSIM_BIN);
}

void TestKeypad::init()
{
    startKiosk();
}

void TestKeypad::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_stateDir.reset();
}

void TestKeypad::startKiosk()
{
    m_stateDir = std::make_unique<QTemporaryDir>();
    kiosk::config::KioskConfig config; // demo mode
    config.demo = true;
    config.stateDir = m_stateDir->path();
    config.fullScreen = false;
    config.speech = true;
    config.screenDpi = 96;
    config.language = qEnvironmentVariable("KIOSK_UI_LANGUAGE", QStringLiteral("ko"));
    config.scan.sources = {QStringLiteral("wedge")}; // no camera on a test machine
    config.scan.wedge.maxKeyGapMs = 500;
    m_session = std::make_unique<kiosk::session::KioskSession>(config);
    m_window = std::make_unique<MainWindow>(m_session.get());
    // What would be said, without a speech engine on the test machine.
    m_window->guidance()->simulateEngine(true);
    m_window->resize(1080, 1920);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_session->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(),
                              kiosk::session::KioskSession::Connection::Ready, 15000);
    QTRY_VERIFY(find<QAbstractButton>(QStringLiteral("startButton"))->isEnabled());
    // The demo's purchases are known before the first customer arrives.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->pendingList()->items().size() >= 2, 15000);
}

void TestKeypad::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    // Through the window, as a keypad's keys arrive (and past the keyboard-mode scanner).
    QTest::keyClick(m_window->windowHandle(), key, modifiers);
}

QString TestKeypad::focused() const
{
    QWidget *widget = m_window->focusWidget();
    return widget ? widget->objectName() : QString();
}

void TestKeypad::pressByKeypad(const QString &objectName, Qt::Key move, Qt::Key press)
{
    QTRY_VERIFY2(order().contains(objectName), qPrintable(u"not reachable: " + objectName));
    for (int i = 0; i < 40 && focused() != objectName; ++i)
        key(move);
    QCOMPARE(focused(), objectName);
    key(press, press == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
}

bool TestKeypad::waitForPage(Page page, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_window->page() == page; }, timeoutMs);
}

QList<QString> TestKeypad::order() const
{
    QList<QString> names;
    for (const QWidget *control : m_window->keypad()->controls())
        names << control->objectName();
    return names;
}

void TestKeypad::identifyByKeypad(const QString &digits)
{
    QVERIFY(waitForPage(Page::Identify));
    for (const QChar digit : digits)
        pressByKeypad(u"identifyKey" + digit);
    pressByKeypad(QStringLiteral("identifyFind"));
    QVERIFY(waitForPage(Page::Pending));
}

void TestKeypad::snapshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString language = m_window->languages()->language();
    QVERIFY(m_window->grab().save(QDir(dir).filePath(name + u'-' + language + u".png")));
}

void TestKeypad::approveByKeypadAlone()
{
    pressByKeypad(QStringLiteral("startButton"));
    // The identify page starts on its keypad's first key.
    QVERIFY(waitForPage(Page::Identify));
    QCOMPARE(focused(), QStringLiteral("identifyKey1"));
    identifyByKeypad(QStringLiteral("203"));
    pressByKeypad(u"pendingCard_" + kFirstPayment, Qt::Key_Down);
    QVERIFY(waitForPage(Page::Detail));
    // The page starts where a keypad's customer expects it: on its first answer.
    QCOMPARE(focused(), QStringLiteral("approveButton"));
    pressByKeypad(QStringLiteral("approveButton"), Qt::Key_Down, Qt::Key_Enter);
    QVERIFY(waitForPage(Page::Ready));
    QCOMPARE(focused(), QStringLiteral("readyButton"));
    pressByKeypad(QStringLiteral("readyButton"), Qt::Key_Down, Qt::Key_Enter);
    QVERIFY(waitForPage(Page::Qr));
    // The demo wallet stands in for the phone the customer holds up to the scanner.
    pressByKeypad(QStringLiteral("demoWalletButton"));
    QVERIFY(waitForPage(Page::Result));
    QVERIFY(find<QLabel>(QStringLiteral("resultStatus"))
                ->text()
                .contains(kiosk::relay::paymentStatusText(58)));
    pressByKeypad(QStringLiteral("resultDone"), Qt::Key_Down, Qt::Key_Enter);
    QCOMPARE(m_window->page(), Page::Attract);
}

void TestKeypad::rejectByKeypadAlone()
{
    pressByKeypad(QStringLiteral("startButton"), Qt::Key_Down, Qt::Key_Enter);
    identifyByKeypad(QStringLiteral("204"));
    pressByKeypad(u"pendingCard_" + kSecondPayment, Qt::Key_Down, Qt::Key_Enter);
    QVERIFY(waitForPage(Page::Detail));
    pressByKeypad(QStringLiteral("rejectButton"), Qt::Key_Down);
    QVERIFY(waitForPage(Page::Ready));
    pressByKeypad(QStringLiteral("readyButton"), Qt::Key_Down);
    QVERIFY(waitForPage(Page::Qr));
    QCOMPARE(find<QLabel>(QStringLiteral("qrTitle"))->text(),
             translate("kiosk::ui::QrScreen", "Scan this code with your wallet to reject"));
    pressByKeypad(QStringLiteral("demoWalletButton"), Qt::Key_Down, Qt::Key_Enter);
    QVERIFY(waitForPage(Page::Result));
    QVERIFY(find<QLabel>(QStringLiteral("resultStatus"))
                ->text()
                .contains(kiosk::relay::paymentStatusText(59)));
    pressByKeypad(QStringLiteral("resultDone"));
    QCOMPARE(m_window->page(), Page::Attract);
}

void TestKeypad::focusMovesInReadingOrder()
{
    const QStringList bar{QStringLiteral("languageButton"), QStringLiteral("speakButton"),
                          QStringLiteral("largeTextButton"), QStringLiteral("highContrastButton"),
                          QStringLiteral("lowPositionButton")};
    const QStringList attract =
        QStringList{QStringLiteral("startButton"), QStringLiteral("staffButton")} + bar;
    QCOMPARE(order(), attract);
    // From nowhere, Tab (and Down) start at the first control, Up at the last.
    QVERIFY(focused().isEmpty() || !order().contains(focused()));
    key(Qt::Key_Up);
    QCOMPARE(focused(), bar.last());
    key(Qt::Key_Down); // and round again
    QCOMPARE(focused(), QStringLiteral("startButton"));

    pressByKeypad(QStringLiteral("startButton"));
    QVERIFY(waitForPage(Page::Identify));
    // The wallet's address code at the scanner: Kim's two purchases.
    m_session->submitScan(QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    QVERIFY(waitForPage(Page::Pending));
    QTRY_VERIFY_WITH_TIMEOUT(order().indexOf(QStringLiteral("pendingBack")) >= 2, 15000);
    const QStringList pending = order();
    // The purchases top to bottom, then Back, then the bar: the page before the bar.
    const qsizetype back = pending.indexOf(QStringLiteral("pendingBack"));
    QVERIFY(back >= 2);
    for (qsizetype i = 0; i < back; ++i)
        QVERIFY2(pending.at(i).startsWith(u"pendingCard_"), qPrintable(pending.join(u' ')));
    QCOMPARE(pending.mid(back + 1), bar);
    int previousTop = -1;
    for (qsizetype i = 0; i < back; ++i) {
        const int top = find(pending.at(i))->mapTo(m_window.get(), QPoint()).y();
        QVERIFY(top > previousTop);
        previousTop = top;
    }
    // Tab, Down and Right go forward; Shift+Tab, Up and Left go back, wrapping at the ends.
    QCOMPARE(focused(), pending.first());
    key(Qt::Key_Tab);
    QCOMPARE(focused(), pending.at(1));
    key(Qt::Key_Right);
    QCOMPARE(focused(), pending.at(2));
    key(Qt::Key_Left);
    QCOMPARE(focused(), pending.at(1));
    key(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(focused(), pending.first());
    key(Qt::Key_Up);
    QCOMPARE(focused(), pending.last());
    // Back with the keypad's Enter: to finding the purchase, then to the start.
    pressByKeypad(QStringLiteral("pendingBack"), Qt::Key_Up, Qt::Key_Enter);
    QCOMPARE(m_window->page(), Page::Identify);
    pressByKeypad(QStringLiteral("identifyBack"), Qt::Key_Up, Qt::Key_Enter);
    QCOMPARE(m_window->page(), Page::Attract);
}

void TestKeypad::enterPressesOnlyOnCustomerPages()
{
    // Enter on a switch changes it; so does Space, as before.
    pressByKeypad(QStringLiteral("highContrastButton"));
    QVERIFY(m_window->theme().highContrast);
    key(Qt::Key_Space);
    QVERIFY(!m_window->theme().highContrast);
    // Staff mode keeps its keys: the PIN pad's own Enter submits the digits typed.
    pressByKeypad(QStringLiteral("staffButton"));
    QCOMPARE(m_window->page(), Page::Pin);
    QVERIFY(m_window->keypad()->controls().isEmpty());
    for (const Qt::Key digit : {Qt::Key_0, Qt::Key_0, Qt::Key_0, Qt::Key_0})
        key(digit);
    key(Qt::Key_Enter, Qt::KeypadModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Staff, 10000);
}

void TestKeypad::nothingIsSaidUnasked()
{
    QSignalSpy spoken(m_window->guidance(), &Guidance::spoken);
    pressByKeypad(QStringLiteral("startButton"));
    identifyByKeypad(QStringLiteral("203"));
    key(Qt::Key_Down);
    m_window->idleWatcher()->warnNow(); // "are you still there?" is shown, not said
    QVERIFY(find<QWidget>(QStringLiteral("stillTherePanel"))->isVisible());
    QCoreApplication::processEvents();
    QVERIFY2(spoken.isEmpty(),
             qPrintable(spoken.isEmpty() ? QString() : spoken.first().first().toString()));
    QVERIFY(!find<QWidget>(QStringLiteral("speechPanel"))->isVisible());
}

void TestKeypad::focusedControlAndStateAreSpoken()
{
    Guidance *guidance = m_window->guidance();
    QSignalSpy spoken(guidance, &Guidance::spoken);
    // Read aloud on from the keypad: the page is said, then where the focus is.
    pressByKeypad(QStringLiteral("speakButton"));
    QVERIFY(guidance->isReadingAloud());
    QVERIFY(find<QAbstractButton>(QStringLiteral("speakButton"))->isChecked());
    QVERIFY(!spoken.isEmpty());
    const QString page = spoken.last().first().toString();
    QVERIFY2(page.startsWith(find<QLabel>(QStringLiteral("attractTitle"))->text()),
             qPrintable(page));
    const QString readAloud = translate("kiosk::ui::CustomerBar", "Read aloud");
    QVERIFY2(page.contains(translate("kiosk::ui::KeypadNavigator", "%1, on").arg(readAloud)),
             qPrintable(page));
    snapshot(QStringLiteral("14-read-aloud"));

    // Each control the keypad moves to, with its state.
    const QString largeText = translate("kiosk::ui::CustomerBar", "Large text");
    key(Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("largeTextButton"));
    QVERIFY2(spoken.last().first().toString().startsWith(
                 translate("kiosk::ui::KeypadNavigator", "%1, off").arg(largeText)),
             qPrintable(spoken.last().first().toString()));
    key(Qt::Key_Return); // pressed: its new state is said
    QVERIFY(m_window->theme().largeText);
    QVERIFY2(spoken.last().first().toString().startsWith(
                 translate("kiosk::ui::KeypadNavigator", "%1, on").arg(largeText)),
             qPrintable(spoken.last().first().toString()));
    key(Qt::Key_Return);
    QVERIFY(!m_window->theme().largeText);

    // A page change says the new page and its first control in one go.
    pressByKeypad(QStringLiteral("startButton"));
    QVERIFY(waitForPage(Page::Identify));
    const QString pending = spoken.last().first().toString();
    QVERIFY2(pending.startsWith(find<QLabel>(QStringLiteral("identifyTitle"))->text()),
             qPrintable(pending));
    QVERIFY2(pending.contains(KeypadNavigator::describe(m_window->focusWidget())),
             qPrintable(pending));

    // Read aloud off: silence from here on.
    pressByKeypad(QStringLiteral("speakButton"), Qt::Key_Up);
    QVERIFY(!guidance->isReadingAloud());
    const qsizetype said = spoken.size();
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    QCOMPARE(spoken.size(), said);
}

void TestKeypad::amountsOnlyWhenAsked()
{
    Guidance *guidance = m_window->guidance();
    QSignalSpy spoken(guidance, &Guidance::spoken);
    pressByKeypad(QStringLiteral("speakButton"));
    QVERIFY(find<QWidget>(QStringLiteral("speechPanel"))->isVisible());
    pressByKeypad(QStringLiteral("startButton"));
    identifyByKeypad(QStringLiteral("203"));
    const QString card = u"pendingCard_" + kFirstPayment;
    QTRY_VERIFY(find(card));
    const QString amount = KeypadNavigator::spokenAmount(find(card));
    // The demo purchase's 15,000 won, as the kiosk's language writes it.
    const QString won = m_window->languages()->language() == u"ko" ? QStringLiteral("15,000원")
                                                                   : QStringLiteral("₩15,000");
    QCOMPARE(amount, won);
    for (int i = 0; i < 10 && focused() != card; ++i)
        key(Qt::Key_Down);
    QCOMPARE(focused(), card);
    for (const QList<QVariant> &said : std::as_const(spoken))
        QVERIFY2(!said.first().toString().contains(amount), qPrintable(said.first().toString()));
    // Asked for: the amount of the purchase the customer was on.
    pressByKeypad(QStringLiteral("speechAmount"));
    QVERIFY2(spoken.last().first().toString().contains(amount),
             qPrintable(spoken.last().first().toString()));

    // The question page: said without the amount, which comes when asked.
    pressByKeypad(card);
    QVERIFY(waitForPage(Page::Detail));
    // The speech controls sit above the page's own, which is where the page starts.
    QCOMPARE(order().first(), QStringLiteral("speechAmount"));
    QCOMPARE(focused(), QStringLiteral("approveButton"));
    const QString detailAmount = find<QLabel>(QStringLiteral("detailAmount"))->text();
    QCOMPARE(detailAmount, won);
    QVERIFY2(!spoken.last().first().toString().contains(detailAmount),
             qPrintable(spoken.last().first().toString()));
    snapshot(QStringLiteral("14-read-aloud-detail"));
    pressByKeypad(QStringLiteral("speechAmount"));
    QVERIFY2(spoken.last().first().toString().contains(detailAmount),
             qPrintable(spoken.last().first().toString()));
    pressByKeypad(QStringLiteral("detailBack"));
    pressByKeypad(QStringLiteral("pendingBack"));
    pressByKeypad(QStringLiteral("identifyBack"));
    QCOMPARE(m_window->page(), Page::Attract);
    QVERIFY(!guidance->isReadingAloud()); // a new customer
}

void TestKeypad::voiceSettingsLastOneCustomer()
{
    Guidance *guidance = m_window->guidance();
    QSignalSpy spoken(guidance, &Guidance::spoken);
    pressByKeypad(QStringLiteral("speakButton"));
    // Each press one step up, said at the new level; after the highest, the lowest again.
    for (int level = Guidance::kDefaultVolume + 1; level <= Guidance::kLevels; ++level) {
        pressByKeypad(QStringLiteral("speechVolume"));
        QCOMPARE(guidance->volumeLevel(), level);
        QCOMPARE(spoken.last().first().toString(),
                 translate("kiosk::ui::MainWindow", "Volume %1 of %2")
                     .arg(level)
                     .arg(Guidance::kLevels));
    }
    pressByKeypad(QStringLiteral("speechVolume"));
    QCOMPARE(guidance->volumeLevel(), 1);
    QCOMPARE(find<QAbstractButton>(QStringLiteral("speechVolume"))->accessibleName(),
             translate("kiosk::ui::SpeechPanel", "Volume %1 of %2").arg(1).arg(Guidance::kLevels));
    pressByKeypad(QStringLiteral("speechRate"));
    QCOMPARE(guidance->rateLevel(), Guidance::kDefaultRate + 1);
    QCOMPARE(spoken.last().first().toString(), translate("kiosk::ui::MainWindow", "Speed %1 of %2")
                                                   .arg(Guidance::kDefaultRate + 1)
                                                   .arg(Guidance::kLevels));
    pressByKeypad(QStringLiteral("speechAmount"));
    QCOMPARE(spoken.last().first().toString(),
             translate("kiosk::ui::MainWindow", "There is no amount on this screen."));
    // The customer walks away: the next one starts silent, at the usual volume and speed.
    pressByKeypad(QStringLiteral("startButton"));
    QVERIFY(waitForPage(Page::Identify));
    m_window->idleWatcher()->warnNow();
    m_window->idleWatcher()->expireNow();
    QCOMPARE(m_window->page(), Page::Attract);
    QVERIFY(!guidance->isReadingAloud());
    QCOMPARE(guidance->volumeLevel(), Guidance::kDefaultVolume);
    QCOMPARE(guidance->rateLevel(), Guidance::kDefaultRate);
    QVERIFY(!find<QAbstractButton>(QStringLiteral("speakButton"))->isChecked());
    QVERIFY(!find<QWidget>(QStringLiteral("speechPanel"))->isVisible());
    QCOMPARE(find<QAbstractButton>(QStringLiteral("speechVolume"))->accessibleName(),
             translate("kiosk::ui::SpeechPanel", "Volume %1 of %2")
                 .arg(Guidance::kDefaultVolume)
                 .arg(Guidance::kLevels));
    // And without a focus ring left on a control the last customer chose.
    QVERIFY(!m_window->keypad()->isInUse());
    QVERIFY(!order().contains(focused()));
}

QTEST_MAIN(TestKeypad)
#include "tst_keypad.moc"
