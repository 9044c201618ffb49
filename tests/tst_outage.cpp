// SPDX-License-Identifier: MIT
// What the customer is told when something the kiosk needs is missing, offscreen: a relay that
// does not answer (a closed port, then a simulator started on it, then stopped), no camera,
// nothing at all that reads codes, and no speech engine.
#include "demokeys.h"
#include "simprocess.h"

#include "customerbar.h"
#include "guidance.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "screens/attractscreen.h"
#include "session/kiosksession.h"
#include "staff/diagnosticstab.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <QWindow>

using kiosk::session::KioskSession;
using kiosk::ui::MainWindow;
using Page = kiosk::ui::MainWindow::Page;
using Connection = kiosk::session::KioskSession::Connection;

namespace {
using demo::kTerminalKey; // tests/demokeys.h
// Seeded in the simulator and in the demo (resources/demo/relay-seed.json).
const QString kFirstPayment =
    QStringLiteral("0x88fac78e6ab881a66076f1d1105fc26c78adfa663bed2be5deb253bbef7948fc");
// A camera no machine has: the test does not depend on a webcam being plugged in.
const QString kNoSuchCamera = QStringLiteral("no-such-camera-for-tst_outage");

QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

// A loopback port nothing listens on (for now).
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
} // namespace

class TestOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void unreachableRelayIsOutOfService();
    void unconfiguredKioskIsOutOfService();
    void noCameraPointsToTheScanner();
    void nothingReadsCodesSaysSo();
    void noSpeechEngineSaysUnavailable();

private:
    void startKiosk(kiosk::config::KioskConfig config, bool waitForReady = true);
    kiosk::config::KioskConfig demoConfig(const QStringList &scanSources) const;
    void tap(const QString &objectName);
    void openQrPage();
    void snapshot(const QString &name);
    template<typename T = QWidget> T *find(const QString &objectName) const
    {
        return m_window->findChild<T *>(objectName);
    }

    std::unique_ptr<QTemporaryDir> m_stateDir;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestOutage::initTestCase()
{
    qputenv("LOYALTY_RELAY_SIM", KIOSK_RELAYSIM_BIN);
}

void TestOutage::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_stateDir.reset();
}

kiosk::config::KioskConfig TestOutage::demoConfig(const QStringList &scanSources) const
{
    kiosk::config::KioskConfig config; // demo mode
    config.demo = true;
    config.scan.sources = scanSources;
    config.scan.camera.camera = kNoSuchCamera;
    return config;
}

void TestOutage::startKiosk(kiosk::config::KioskConfig config, bool waitForReady)
{
    m_stateDir = std::make_unique<QTemporaryDir>();
    config.stateDir = m_stateDir->path();
    config.fullScreen = false;
    config.screenDpi = 96;
    config.language = qEnvironmentVariable("KIOSK_UI_LANGUAGE", QStringLiteral("ko"));
    m_session = std::make_unique<KioskSession>(config);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->guidance()->simulateEngine(true);
    m_window->resize(1080, 1920);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_session->start();
    if (waitForReady)
        QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), Connection::Ready, 15000);
}

void TestOutage::tap(const QString &objectName)
{
    const auto usable = [&] {
        auto *control = find<QAbstractButton>(objectName);
        return control && control->isVisible() && control->isEnabled();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(usable(), qPrintable(u"no usable control " + objectName), 15000);
    auto *button = find<QAbstractButton>(objectName);
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

void TestOutage::openQrPage()
{
    tap(QStringLiteral("startButton"));
    QCOMPARE(m_window->page(), Page::Identify);
    m_session->submitScan(QStringLiteral("P00000000000203")); // the receipt's barcode
    tap(u"pendingCard_" + kFirstPayment);
    QCOMPARE(m_window->page(), Page::Detail);
    tap(QStringLiteral("approveButton"));
    QCOMPARE(m_window->page(), Page::Ready);
    tap(QStringLiteral("readyButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Qr, 30000);
}

void TestOutage::snapshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Layouts settle over a few turns of the event loop (a longer label makes the bar taller).
    for (int i = 0; i < 6; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    const QString language = m_window->languages()->language();
    QVERIFY(m_window->grab().save(QDir(dir).filePath(name + u'-' + language + u".png")));
}

void TestOutage::unconfiguredKioskIsOutOfService()
{
    // The package's kiosk.conf as shipped: production, no relay. Not a demo with a demo wallet
    // and "PIN 0000", but out of service, with staff's way in.
    kiosk::config::KioskConfig config;
    config.scan.sources = {QStringLiteral("wedge")};
    startKiosk(config, false);
    QTRY_COMPARE(m_session->connection(), Connection::Failed);
    QVERIFY(!m_session->isDemo());
    QCOMPARE(m_window->page(), Page::Attract);
    QCOMPARE(find<QLabel>(QStringLiteral("attractTitle"))->text(),
             translate("kiosk::ui::AttractScreen", "This kiosk is out of service right now"));
    auto *status = find<QLabel>(QStringLiteral("attractStatus"));
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), translate("kiosk::ui::MainWindow",
                                       "This kiosk has not been set up yet. Staff can set it up "
                                       "in staff mode."));
    QVERIFY(!find<QAbstractButton>(QStringLiteral("startButton"))->isEnabled());
    for (QLabel *label : m_window->findChildren<QLabel *>())
        QVERIFY2(!label->isVisible() || !label->text().contains(u"0000"),
                 qPrintable(label->text()));
    snapshot(QStringLiteral("01-attract-not-configured"));
    tap(QStringLiteral("staffButton"));
    QCOMPARE(m_window->page(), Page::Pin);
}

void TestOutage::unreachableRelayIsOutOfService()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    kiosk::config::KioskConfig config;
    config.relayUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    config.api = kiosk::relay::ApiVersion::V2;
    config.terminalId = QStringLiteral("KIOSK0001");
    config.terminalKey = kTerminalKey;
    config.timeoutMs = 3000;
    config.scan.sources = {QStringLiteral("wedge")};
    startKiosk(config, false);

    // Nothing answers: not "looking…" forever, but out of service, saying what to do.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), Connection::Unreachable, 15000);
    QCOMPARE(m_window->page(), Page::Attract);
    QCOMPARE(find<QLabel>(QStringLiteral("attractTitle"))->text(),
             translate("kiosk::ui::AttractScreen", "This kiosk is out of service right now"));
    QVERIFY(find<QLabel>(QStringLiteral("attractSubtitle"))
                ->text()
                .startsWith(translate("kiosk::ui::AttractScreen",
                                      "Please ask the staff at the counter for help, or come "
                                      "back a little later.")));
    auto *status = find<QLabel>(QStringLiteral("attractStatus"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(
                 translate("kiosk::ui::MainWindow", "The kiosk cannot reach the loyalty system.")),
             qPrintable(status->text()));
    QVERIFY(!m_session->relayProblem().isEmpty()); // and staff see the details
    snapshot(QStringLiteral("01-attract-out-of-service"));

    // Start cannot be pressed, and touching anywhere else does not start either.
    auto *start = find<QAbstractButton>(QStringLiteral("startButton"));
    QVERIFY(!start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton, {}, start->rect().center());
    auto *attract = m_window->findChild<kiosk::ui::AttractScreen *>();
    QTest::mouseClick(attract, Qt::LeftButton, {}, QPoint(attract->width() / 2, 40));
    QTest::mouseClick(find(QStringLiteral("attractTitle")), Qt::LeftButton);
    QCOMPARE(m_window->page(), Page::Attract);
    // Nor the keypad: its first Enter finds the first control there is, Staff; staff get in.
    QWindow *window = m_window->windowHandle();
    QTest::keyClick(window, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(m_window->focusWidget(), find(QStringLiteral("staffButton")));
    QCOMPARE(m_window->page(), Page::Attract);
    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(m_window->page(), Page::Pin);
    tap(QStringLiteral("pinCancel"));
    QCOMPARE(m_window->page(), Page::Attract);

    // A relay answers on that port: back in service by itself.
    auto sim =
        std::make_unique<SimProcess>(QStringList{QStringLiteral("--port"), QString::number(port)});
    QVERIFY(sim->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), Connection::Ready, 20000);
    QTRY_VERIFY(start->isEnabled());
    QCOMPARE(find<QLabel>(QStringLiteral("attractTitle"))->text(),
             translate("kiosk::ui::AttractScreen", "Cancel a purchase paid with points"));
    QVERIFY(!status->isVisible());
    QVERIFY(m_session->relayProblem().isEmpty());
    tap(QStringLiteral("startButton"));
    QCOMPARE(m_window->page(), Page::Identify);

    // It goes away while a customer chooses: back to the start screen, which says why.
    sim.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), Connection::Unreachable, 30000);
    QCOMPARE(m_window->page(), Page::Attract);
    QVERIFY(!start->isEnabled());
    QVERIFY(status->isVisible());
}

void TestOutage::noCameraPointsToTheScanner()
{
    startKiosk(demoConfig({QStringLiteral("camera"), QStringLiteral("wedge")}));
    openQrPage();
    QVERIFY(!m_session->hasCamera());
    QVERIFY(m_session->hasScanner());
    // No empty box to aim at: the view appears only with a picture.
    QVERIFY(!find(QStringLiteral("cameraPreview"))->isVisible());
    auto *hint = find<QLabel>(QStringLiteral("scanHint"));
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(),
             translate("kiosk::ui::QrScreen",
                       "Hold the code on your phone up to the scanner below the screen."));
    // Device messages are for staff, not next to the code.
    QVERIFY(!find<QLabel>(QStringLiteral("scanStatus"))
                 ->text()
                 .contains(u"camera", Qt::CaseInsensitive));
    snapshot(QStringLiteral("04-qr-no-camera"));
}

void TestOutage::nothingReadsCodesSaysSo()
{
    startKiosk(demoConfig({QStringLiteral("camera")}));
    openQrPage();
    QVERIFY(!m_session->hasCamera());
    QVERIFY(!m_session->hasScanner());
    QVERIFY(!find(QStringLiteral("cameraPreview"))->isVisible());
    auto *hint = find<QLabel>(QStringLiteral("scanHint"));
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), translate("kiosk::ui::QrScreen",
                                     "This kiosk cannot read your phone's code right now. Please "
                                     "ask the staff at the counter for help."));
    QCOMPARE(hint->property("role").toString(), QStringLiteral("danger"));
    snapshot(QStringLiteral("04-qr-no-scanner"));
    tap(QStringLiteral("qrCancel"));

    // Staff diagnostics says it first.
    m_session->endCancellation();
    kiosk::ui::DiagnosticsTab tab(m_session.get());
    tab.show();
    auto *info = tab.findChild<QListWidget *>();
    QVERIFY(info && info->count() > 0);
    const QString first = info->item(0)->text();
    QVERIFY2(first.contains(translate("kiosk::ui::DiagnosticsTab",
                                      "No camera and no scanner can read codes: customers "
                                      "cannot answer with their phone. Connect one, or check "
                                      "the Scanners setting.")),
             qPrintable(first));
}

void TestOutage::noSpeechEngineSaysUnavailable()
{
    startKiosk(demoConfig({QStringLiteral("wedge")}));
    auto *speak = find<QAbstractButton>(QStringLiteral("speakButton"));
    QVERIFY(speak->isEnabled());
    m_window->guidance()->simulateEngine(false); // as with no engine, or no voice
    const QString unavailable = translate("kiosk::ui::CustomerBar", "Read aloud unavailable");
    QVERIFY(speak->isVisible());
    QVERIFY(!speak->isEnabled());
    QCOMPARE(speak->text(), unavailable);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(speak);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), unavailable);
    QTest::mouseClick(speak, Qt::LeftButton, {}, speak->rect().center());
    QVERIFY(!m_window->guidance()->isReadingAloud());
    // The longer label gets its room: the bar rearranges without covering a neighbour.
    const auto barOverlaps = [this] {
        const QList<QAbstractButton *> buttons =
            find(QStringLiteral("customerBar"))->findChildren<QAbstractButton *>();
        for (const QAbstractButton *a : buttons)
            for (const QAbstractButton *b : buttons)
                if (a != b && a->geometry().intersects(b->geometry()))
                    return true;
        return false;
    };
    QTRY_VERIFY(!barOverlaps());
    snapshot(QStringLiteral("01-attract-speech-unavailable"));
    // An engine after all (e.g. speech-dispatcher started late for the next language).
    m_window->guidance()->simulateEngine(true);
    QVERIFY(speak->isEnabled());
    QCOMPARE(speak->text(), translate("kiosk::ui::CustomerBar", "Read aloud"));

    // The real look-up: on a machine without an engine, the button says so by itself.
    if (!QTextToSpeech::availableEngines().isEmpty())
        QSKIP("a text-to-speech engine is installed here");
    kiosk::ui::Guidance real;
    QVERIFY(real.isAvailable()); // not known yet
    real.probe();                // answered from the engine's own thread
    QTRY_VERIFY(!real.isAvailable());
    real.setReadingAloud(true);
    QVERIFY(!real.isReadingAloud());
}

QTEST_MAIN(TestOutage)
#include "tst_outage.moc"
