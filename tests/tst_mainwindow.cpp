// SPDX-License-Identifier: MIT
// The window's kiosk behaviour without a relay: it starts on the attract screen, will not
// close from the screen in full-screen mode, and its idle watcher asks before giving up.
#include "common/clock.h"
#include "idlewatcher.h"
#include "mainwindow.h"
#include "session/kiosksession.h"
#include "staff/pinscreen.h"
#include "staff/staffpin.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using kiosk::ui::IdleWatcher;
using kiosk::ui::MainWindow;

namespace {
// These tests are about the window, not speech: no speech engine is started (finding one
// takes seconds, minutes under a sanitizer).
kiosk::config::KioskConfig windowConfig(bool fullScreen)
{
    kiosk::config::KioskConfig config;
    config.fullScreen = fullScreen;
    config.speech = false;
    return config;
}

// An idle watcher on a fake clock, watching with the kiosk's default times (60 s, then 20 s).
struct IdleOnFakeClock
{
    kiosk::FakeClock clock;
    IdleWatcher watcher{nullptr, &clock};
    QSignalSpy warning{&watcher, &IdleWatcher::warning};

    IdleOnFakeClock()
    {
        watcher.setTimes(60, 20);
        watcher.setActive(true);
    }
    // Time passes; the watcher reads the clock, as its timer would make it do.
    void pass(qint64 ms)
    {
        clock.advanceMs(ms);
        watcher.tick();
    }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnAttractScreen();
    void fullScreenWindowDoesNotCloseFromTheScreen();
    void idleWatcherWarnsThenTimesOut();
    void idleWatcherWakesOnItsOwn();
    void touchRestartsTheIdleTime();
    void fillsTheScreenWithoutAWindowManager();
    void firstRunSetupFromTheStaffButton();
};

void TestMainWindow::fillsTheScreenWithoutAWindowManager()
{
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    kiosk::config::KioskConfig config = windowConfig(true);
    kiosk::session::KioskSession session(config);
    MainWindow window(&session);
    window.showOnScreen();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (QGuiApplication::platformName().startsWith(u"wayland")) {
        // A compositor (cage, weston's kiosk shell) sizes the window, in its own time; where
        // it is placed is its business, not the client's.
        QTRY_COMPARE(window.size(), screen.size());
        return;
    }
    QCOMPARE(window.geometry(), screen); // all of it, not a small window in a corner
    // The display rotated or changed size: the window takes the screen's geometry again (the
    // offscreen screen cannot rotate: the window is moved off it and the signal sent by hand).
    window.setGeometry(screen.translated(40, 30));
    QTRY_COMPARE(window.geometry(), screen.translated(40, 30));
    Q_EMIT QGuiApplication::primaryScreen()->geometryChanged(screen);
    QTRY_COMPARE(window.geometry(), screen);
    // Another display became the primary one: the window follows it, and its changes.
    window.setGeometry(screen.translated(40, 30));
    QTRY_COMPARE(window.geometry(), screen.translated(40, 30));
    Q_EMIT qGuiApp->primaryScreenChanged(QGuiApplication::primaryScreen());
    QTRY_COMPARE(window.geometry(), screen);

    config.fullScreen = false; // --windowed: a window that fits the screen
    kiosk::session::KioskSession windowed(config);
    MainWindow normal(&windowed);
    normal.showOnScreen();
    QVERIFY(QTest::qWaitForWindowExposed(&normal));
    QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(normal.geometry()));
    QVERIFY(normal.height() >= normal.width()); // portrait, as the kiosk is
}

void TestMainWindow::startsOnAttractScreen()
{
    kiosk::config::KioskConfig config = windowConfig(false);
    kiosk::session::KioskSession session(config);
    MainWindow window(&session);
    QSignalSpy painted(&window, &MainWindow::firstFramePainted);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.page(), MainWindow::Page::Attract);
    // main() starts the session on this signal, after the customer sees the screen.
    QTRY_COMPARE(painted.size(), 1);
}

void TestMainWindow::fullScreenWindowDoesNotCloseFromTheScreen()
{
    kiosk::config::KioskConfig config = windowConfig(true);
    kiosk::session::KioskSession session(config);
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.close()); // Alt+F4 or a window manager's close: refused
    QVERIFY(window.isVisible());

    config.fullScreen = false; // a developer's window closes normally
    kiosk::session::KioskSession windowed(config);
    MainWindow normal(&windowed);
    normal.show();
    QVERIFY(normal.close());
}

void TestMainWindow::idleWatcherWarnsThenTimesOut()
{
    IdleOnFakeClock idle;
    QSignalSpy tick(&idle.watcher, &IdleWatcher::warningTick);
    QSignalSpy timedOut(&idle.watcher, &IdleWatcher::timedOut);
    idle.pass(59'999);
    QCOMPARE(idle.warning.size(), 0);
    idle.pass(1);
    QCOMPARE(idle.warning.size(), 1);
    QCOMPARE(idle.warning.at(0).at(0).toInt(), 20);
    QVERIFY(idle.watcher.isWarning());
    // The seconds left count down, one signal per second that passed.
    idle.pass(999);
    QCOMPARE(tick.size(), 0);
    idle.pass(1);
    QCOMPARE(tick.size(), 1);
    QCOMPARE(tick.at(0).at(0).toInt(), 19);
    QCOMPARE(idle.watcher.warningSecondsLeft(), 19);
    idle.pass(18'000);
    QCOMPARE(tick.size(), 2);
    QCOMPARE(tick.at(1).at(0).toInt(), 1);
    QCOMPARE(timedOut.size(), 0);
    idle.pass(1000);
    QCOMPARE(timedOut.size(), 1);
    QVERIFY(!idle.watcher.isWarning());

    idle.watcher.setActive(false); // the attract screen: no time limit at all
    idle.pass(3'600'000);
    QCOMPARE(idle.warning.size(), 1);
    QCOMPARE(timedOut.size(), 1);
}

void TestMainWindow::idleWatcherWakesOnItsOwn()
{
    // Its timer is set for when the next stage is due, and calls tick() then.
    IdleOnFakeClock idle;
    auto *wake = idle.watcher.findChild<QTimer *>();
    QVERIFY(wake);
    QVERIFY(wake->isActive());
    QCOMPARE(wake->interval(), 60'000);
    idle.clock.advanceMs(60'000);
    wake->start(0); // the time has come, as the timer would say so
    QVERIFY(idle.warning.wait(1000));
    QCOMPARE(wake->interval(), 1000); // the next second of the countdown
    idle.pass(400);
    QCOMPARE(wake->interval(), 600);
}

void TestMainWindow::touchRestartsTheIdleTime()
{
    QWidget surface;
    surface.resize(200, 200);
    surface.show();
    QVERIFY(QTest::qWaitForWindowExposed(&surface));
    IdleOnFakeClock idle;
    for (int i = 0; i < 4; ++i) { // touches every 40 s for 160 s: never idle for 60 s
        idle.pass(40'000);
        QTest::mouseClick(&surface, Qt::LeftButton);
    }
    QCOMPARE(idle.warning.size(), 0);
    idle.pass(59'999);
    QCOMPARE(idle.warning.size(), 0);
    idle.pass(1);
    QCOMPARE(idle.warning.size(), 1);
    // While asking, a stray touch does not answer: only the panel's buttons do.
    QTest::mouseClick(&surface, Qt::LeftButton);
    QVERIFY(idle.watcher.isWarning());
    idle.watcher.extend(); // "I need more time"
    QVERIFY(!idle.watcher.isWarning());
    idle.pass(59'999);
    QCOMPARE(idle.warning.size(), 1); // a whole idle time again
}

void TestMainWindow::firstRunSetupFromTheStaffButton()
{
    // A kiosk installed without a staff PIN, with the vendor's set-up code as the packaged
    // unit hands it over (a systemd credential): Staff asks for the code, then a new PIN, and
    // opens staff mode; the PIN is kept in the state directory.
    QTemporaryDir state, credentials;
    QFile code(QDir(credentials.path()).filePath(QStringLiteral("setup-code")));
    QVERIFY(code.open(QIODevice::WriteOnly));
    code.write(
        kiosk::staff::hashSetupCode(QStringLiteral("20261204"), {10, 8, 1}).value().toLatin1());
    code.close();
    QVERIFY(code.setPermissions(QFileDevice::ReadOwner));
    qputenv("CREDENTIALS_DIRECTORY", credentials.path().toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("CREDENTIALS_DIRECTORY"); });

    kiosk::config::KioskConfig config = windowConfig(false);
    config.stateDir = state.path();
    kiosk::session::KioskSession session(config);
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAbstractButton *>(QStringLiteral("staffButton"))->click();
    QCOMPARE(window.page(), MainWindow::Page::Pin);
    auto *pin = window.findChild<kiosk::ui::PinScreen *>();
    QCOMPARE(pin->mode(), kiosk::ui::PinScreen::Mode::SetupCode);
    const auto type = [pin](const QString &digits) {
        QTest::keyClicks(pin, digits);
        QTest::keyClick(pin, Qt::Key_Return);
    };
    type(QStringLiteral("20261204"));
    QTRY_COMPARE(pin->mode(), kiosk::ui::PinScreen::Mode::ChoosePin);
    type(QStringLiteral("314159"));
    type(QStringLiteral("314159"));
    QTRY_COMPARE(window.page(), MainWindow::Page::Staff);
    QVERIFY(QFile::exists(QDir(state.path()).filePath(QStringLiteral("staff-pin"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
