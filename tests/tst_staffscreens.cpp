// SPDX-License-Identifier: MIT
// The staff PIN screen and staff mode, against a session connected to the relay simulator.
#include "demokeys.h"
#include "simprocess.h"

#include "common/clock.h"
#include "common/logging.h"
#include "config/kioskconfig.h"
#include "languageswitcher.h"
#include "layoutcheck.h"
#include "session/kiosksession.h"
#include "staff/pinscreen.h"
#include "staff/staffpin.h"
#include "staff/staffscreen.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using kiosk::staff::PinGate;
using kiosk::ui::PinScreen;
using kiosk::ui::StaffScreen;

namespace {
using demo::kTerminalKey; // tests/demokeys.h
const QString kSeededPaymentId =
    QStringLiteral("0x88fac78e6ab881a66076f1d1105fc26c78adfa663bed2be5deb253bbef7948fc");
const QString kPin = QStringLiteral("2468");

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void typePin(PinScreen &screen, const QString &pin)
{
    for (const QChar digit : pin)
        screen.findChild<QAbstractButton *>(QStringLiteral("pinKey") + digit)->click();
}
} // namespace

class TestStaffScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pinRightIsAccepted();
    void pinWrongShowsMessage();
    void pinLocksOutAfterFiveWrong();
    void pinNotConfigured();
    void firstRunSetupChoosesThePin();
    void firstRunSetupCodeLocksOut();
    void pinPhysicalKeyboard();

    void historyListsAndSearches();
    void historyExportsCsv();
    void openFindsAndStagesSeededPayment();
    void openUnknownIdShowsError();
    void settingsSaveWritesOverrides();
    void settingsRefuseBadIdle();
    void pinChangeIsSaved();
    void restartAsksFirst();
    void connectionCheckAgainstSimulator();
    void scannerTestStartsAndStops();
    void diagnosticsShowEveryLineWhole();
    void logTailShowsTheLatestLines();
    void everyControlIsNamedAndLargeEnough();

private:
    std::unique_ptr<StaffScreen> makeScreen();
    // With KIOSK_SCREENSHOT_DIR set, saves `screen` as NAME-ko.png and NAME-en.png (docs/screens).
    void snapshot(QWidget *screen, const QString &name);

    QString m_hash;
    ui::LanguageSwitcher m_languages; // English, with its plural forms
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::KioskSession> m_session;
};

void TestStaffScreens::initTestCase()
{
    // The real style sheet: the touch-target sizes come from it.
    qApp->setStyleSheet(ui::Theme{}.styleSheet());
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    auto hash = staff::hashPin(kPin, 1000); // few iterations: fast tests
    QVERIFY2(hash.ok(), qPrintable(hash.error()));
    m_hash = hash.value();

    m_sim = std::make_unique<SimProcess>();
    QVERIFY(m_sim->isRunning());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    config::KioskConfig config;
    config.relayUrl = m_sim->url();
    config.api = relay::ApiVersion::V2;
    config.terminalId = QStringLiteral("KIOSK0001");
    config.terminalKey = kTerminalKey;
    config.stateDir = m_dir->path();
    config.timeoutMs = 5000;
    config.scan.sources = {QStringLiteral("wedge")}; // no camera on a test machine
    m_session = std::make_unique<session::KioskSession>(config);
    m_session->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), session::KioskSession::Connection::Ready,
                              10000);
}

void TestStaffScreens::cleanupTestCase()
{
    m_session.reset();
    m_sim.reset();
}

std::unique_ptr<StaffScreen> TestStaffScreens::makeScreen()
{
    auto screen = std::make_unique<StaffScreen>(m_session.get());
    screen->resize(1080, 1600);
    screen->show();
    return screen;
}

// PIN screen

void TestStaffScreens::pinRightIsAccepted()
{
    PinGate gate(m_hash);
    PinScreen screen(&gate);
    screen.show();
    QSignalSpy accepted(&screen, &PinScreen::accepted);
    typePin(screen, kPin);
    QCOMPARE(child<QLabel>(&screen, "pinDisplay")->text().size(), kPin.size());
    child<QAbstractButton>(&screen, "pinEnter")->click();
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(screen.enteredDigits(), 0);
    QVERIFY(!child<QLabel>(&screen, "pinDisplay")->text().contains(u'2')); // dots only
}

void TestStaffScreens::pinWrongShowsMessage()
{
    PinGate gate(m_hash);
    PinScreen screen(&gate);
    screen.show();
    QSignalSpy accepted(&screen, &PinScreen::accepted);
    typePin(screen, QStringLiteral("1111"));
    child<QAbstractButton>(&screen, "pinEnter")->click();
    QTRY_VERIFY(!screen.isChecking());
    auto *message = child<QLabel>(&screen, "pinMessage");
    QVERIFY(message->text().contains(QStringLiteral("Wrong PIN")));
    QCOMPARE(accepted.size(), 0);

    // Too short: refused without a check (and without counting as a wrong PIN).
    typePin(screen, QStringLiteral("12"));
    child<QAbstractButton>(&screen, "pinEnter")->click();
    QVERIFY(!screen.isChecking());
    QVERIFY(message->text().contains(QStringLiteral("4 to 12")));

    screen.reset();
    QCOMPARE(screen.enteredDigits(), 0);
    QVERIFY(message->text().isEmpty());
}

void TestStaffScreens::pinLocksOutAfterFiveWrong()
{
    FakeClock clock;
    PinGate gate(m_hash, &clock);
    PinScreen screen(&gate);
    screen.show();
    QSignalSpy accepted(&screen, &PinScreen::accepted);
    auto *message = child<QLabel>(&screen, "pinMessage");
    for (int attempt = 0; attempt < PinGate::kWrongPinsBeforeLockout; ++attempt) {
        typePin(screen, QStringLiteral("9999"));
        child<QAbstractButton>(&screen, "pinEnter")->click();
        QTRY_VERIFY(!screen.isChecking());
    }
    QVERIFY2(message->text().contains(QStringLiteral("Try again in 60 second")),
             qPrintable(message->text()));
    QVERIFY(!child<QAbstractButton>(&screen, "pinEnter")->isEnabled());

    // The countdown follows the gate's clock.
    clock.advanceMs(30000);
    QTRY_VERIFY2(message->text().contains(QStringLiteral("in 30 second")),
                 qPrintable(message->text()));
    // Even the right PIN is refused while locked (Enter from the keyboard still reaches it).
    typePin(screen, kPin);
    QTest::keyClick(&screen, Qt::Key_Return);
    QVERIFY(!screen.isChecking()); // refused at once: no check started that could accept later
    QCOMPARE(accepted.size(), 0);

    clock.advanceMs(31000);
    QTRY_VERIFY(message->text().isEmpty());
    QTRY_VERIFY(child<QAbstractButton>(&screen, "pinEnter")->isEnabled());
    child<QAbstractButton>(&screen, "pinEnter")->click();
    QTRY_COMPARE(accepted.size(), 1);
}

void TestStaffScreens::snapshot(QWidget *screen, const QString &name)
{
    const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    for (const QString &language : {u"ko"_qs, u"en"_qs}) {
        QVERIFY(m_languages.setLanguage(language));
        QCoreApplication::processEvents();
        QVERIFY(screen->grab().save(QDir(dir).filePath(name + u'-' + language + u".png")));
    }
}

void TestStaffScreens::pinNotConfigured()
{
    // Neither a PIN nor a set-up code: whoever tapped Staff (maybe a customer) is told plainly,
    // with no command line, and nothing can be typed in vain.
    PinGate gate(QString{});
    PinScreen screen(&gate);
    screen.show();
    QSignalSpy accepted(&screen, &PinScreen::accepted);
    auto *message = child<QLabel>(&screen, "pinMessage");
    QCOMPARE(message->text(),
             u"Staff mode is not set up on this kiosk. Please contact your kiosk provider."_qs);
    QVERIFY(message->isVisible());
    QVERIFY(!child<QLabel>(&screen, "pinPrompt")->isVisible()); // no "Enter the staff PIN."
    QVERIFY(!child<QAbstractButton>(&screen, "pinKey1")->isEnabled());
    QVERIFY(!child<QAbstractButton>(&screen, "pinEnter")->isEnabled());
    QVERIFY(child<QAbstractButton>(&screen, "pinCancel")->isEnabled());
    QTest::keyClicks(&screen, kPin);
    QTest::keyClick(&screen, Qt::Key_Return);
    QCOMPARE(screen.enteredDigits(), 0);
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(screen.mode(), PinScreen::Mode::EnterPin);
    screen.resize(1080, 1920);
    snapshot(&screen, u"12-staff-not-set-up"_qs);
}

void TestStaffScreens::firstRunSetupChoosesThePin()
{
    QTemporaryDir state;
    const staff::PinLocations where{state.path(), QString(), QString(), QString(), QString()};
    const QString code = staff::hashSetupCode(u"73061852"_qs, {10, 8, 1}).value();
    PinGate gate(QString{});
    PinGate setupGate(code, SystemClock::instance(), nullptr, PinGate::Secret::SetupCode);
    PinScreen screen(&gate);
    screen.offerFirstRunSetup(&setupGate, where);
    screen.resize(1080, 1920);
    screen.show();
    QSignalSpy accepted(&screen, &PinScreen::accepted);
    auto *title = child<QLabel>(&screen, "pinTitle");
    auto *prompt = child<QLabel>(&screen, "pinPrompt");
    auto *message = child<QLabel>(&screen, "pinMessage");
    auto *enter = child<QAbstractButton>(&screen, "pinEnter");
    const auto readable = [&screen] {
        const QStringList problems = layoutcheck::problems(&screen, QSize(1080, 1920));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    };

    // 1. The set-up code, not the PIN, is asked for.
    QCOMPARE(screen.mode(), PinScreen::Mode::SetupCode);
    QCOMPARE(title->text(), u"Set up staff mode"_qs);
    QCOMPARE(prompt->text(),
             u"No staff PIN is set up yet. Enter the set-up code from your kiosk provider."_qs);
    QVERIFY(message->text().isEmpty());
    readable();
    snapshot(&screen, u"12-staff-setup-code"_qs);
    typePin(screen, u"7306"_qs);
    enter->click();
    QCOMPARE(message->text(), u"The set-up code has 8 to 16 digits."_qs);
    typePin(screen, u"1852"_qs);
    QCOMPARE(screen.enteredDigits(), 8);
    QTest::keyClicks(&screen, u"99999999"_qs); // up to 16 digits
    QCOMPARE(screen.enteredDigits(), 16);
    QTest::keyClicks(&screen, u"9"_qs);
    QCOMPARE(screen.enteredDigits(), 16);
    enter->click();
    QTRY_COMPARE(message->text(), u"Wrong set-up code. Please try again."_qs);
    QCOMPARE(screen.mode(), PinScreen::Mode::SetupCode);
    typePin(screen, u"73061852"_qs);
    enter->click();

    // 2. A new PIN, twice; a different second one starts over.
    QTRY_COMPARE(screen.mode(), PinScreen::Mode::ChoosePin);
    QCOMPARE(prompt->text(),
             u"Choose a staff PIN of 6 to 12 digits. Staff will use it to open staff mode."_qs);
    QCOMPARE(screen.enteredDigits(), 0);
    readable();
    typePin(screen, u"12345"_qs);
    enter->click();
    QCOMPARE(message->text(), u"The PIN has 6 to 12 digits."_qs);
    typePin(screen, u"6"_qs);
    enter->click();
    QCOMPARE(screen.mode(), PinScreen::Mode::ConfirmPin);
    QCOMPARE(prompt->text(), u"Enter the new PIN again."_qs);
    QCOMPARE(screen.enteredDigits(), 0);
    typePin(screen, u"123457"_qs);
    enter->click();
    QCOMPARE(screen.mode(), PinScreen::Mode::ChoosePin);
    QCOMPARE(message->text(), u"The two PINs were not the same. Please choose a PIN again."_qs);
    readable();
    snapshot(&screen, u"12-staff-setup-choose-pin"_qs);
    typePin(screen, u"864213"_qs);
    enter->click();
    typePin(screen, u"864213"_qs);
    enter->click();

    // 3. Saved, and staff mode opens; from now on that PIN is asked for, not the code.
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(screen.mode(), PinScreen::Mode::EnterPin);
    QVERIFY(gate.isConfigured());
    QCOMPARE(staff::findStaffPinHash(where, QString()).origin,
             QDir(state.path()).filePath(u"staff-pin"_qs));
    screen.reset();
    QCOMPARE(screen.mode(), PinScreen::Mode::EnterPin);
    QCOMPARE(prompt->text(), u"Enter the staff PIN."_qs);
    typePin(screen, u"73061852"_qs); // the set-up code opens nothing any more
    enter->click();
    QTRY_COMPARE(message->text(), u"Wrong PIN. Please try again."_qs);
    typePin(screen, u"864213"_qs);
    enter->click();
    QTRY_COMPARE(accepted.size(), 2);
}

void TestStaffScreens::firstRunSetupCodeLocksOut()
{
    // Guessing the set-up code meets the same lockout as guessing a PIN; walking away half way
    // (the idle timer resets the screen) leaves nothing chosen.
    QTemporaryDir state;
    const staff::PinLocations where{state.path(), QString(), QString(), QString(), QString()};
    FakeClock clock;
    PinGate gate(QString{});
    PinGate setupGate(staff::hashSetupCode(u"55550000"_qs, {10, 8, 1}).value(), &clock, nullptr,
                      PinGate::Secret::SetupCode);
    PinScreen screen(&gate);
    screen.offerFirstRunSetup(&setupGate, where);
    screen.show();
    auto *message = child<QLabel>(&screen, "pinMessage");
    auto *enter = child<QAbstractButton>(&screen, "pinEnter");
    for (int i = 0; i < PinGate::kWrongPinsBeforeLockout; ++i) {
        typePin(screen, u"55550001"_qs);
        enter->click();
        QTRY_VERIFY(!screen.isChecking());
    }
    QCOMPARE(message->text(), u"Too many wrong set-up codes. Try again in 60 seconds."_qs);
    QVERIFY(!enter->isEnabled());
    clock.advanceMs(60'000);
    QTRY_VERIFY(enter->isEnabled());
    typePin(screen, u"55550000"_qs);
    enter->click();
    QTRY_COMPARE(screen.mode(), PinScreen::Mode::ChoosePin);
    typePin(screen, u"135790"_qs);
    enter->click();
    QCOMPARE(screen.mode(), PinScreen::Mode::ConfirmPin);
    screen.reset();
    QCOMPARE(screen.mode(), PinScreen::Mode::SetupCode);
    QVERIFY(!gate.isConfigured());
    QVERIFY(!QFile::exists(QDir(state.path()).filePath(u"staff-pin"_qs)));
}

void TestStaffScreens::pinPhysicalKeyboard()
{
    PinGate gate(m_hash);
    PinScreen screen(&gate);
    screen.show();
    QSignalSpy accepted(&screen, &PinScreen::accepted);
    QSignalSpy cancelled(&screen, &PinScreen::cancelled);
    QTest::keyClicks(&screen, QStringLiteral("24689"));
    QCOMPARE(screen.enteredDigits(), 5);
    QTest::keyClick(&screen, Qt::Key_Backspace);
    QCOMPARE(screen.enteredDigits(), 4);
    QTest::keyClick(&screen, Qt::Key_Enter);
    QTRY_COMPARE(accepted.size(), 1);
    QTest::keyClick(&screen, Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 1);
}

// Staff screen

void TestStaffScreens::historyListsAndSearches()
{
    workflow::JournalEntry entry;
    entry.paymentId = QStringLiteral("0x") + QString(64, u'a');
    entry.purchaseId = QStringLiteral("HIST-0001");
    entry.amount = QStringLiteral("15000000000000000000000");
    entry.currency = QStringLiteral("krw");
    entry.shopName = QStringLiteral("Test Cafe");
    entry.terminalId = QStringLiteral("KIOSK0001");
    entry.approval = 1;
    entry.state = QStringLiteral("Finished");
    entry.paymentStatus = 58;
    entry.message = QStringLiteral("points returned");
    entry.finished = true;
    QVERIFY(m_session->journal()->begin(entry).ok());
    entry.paymentId = QStringLiteral("0x") + QString(64, u'b');
    entry.purchaseId = QStringLiteral("HIST-0002");
    entry.shopName = QStringLiteral("Other Shop");
    entry.approval = 0;
    entry.paymentStatus = 59;
    QVERIFY(m_session->journal()->begin(entry).ok());

    auto screen = makeScreen();
    screen->tabs()->setCurrentWidget(child<QWidget>(screen.get(), "history"));
    auto *table = child<QTableWidget>(screen.get(), "historyTable");
    QTRY_VERIFY(table->rowCount() >= 2);
    QStringList purchases;
    for (int row = 0; row < table->rowCount(); ++row)
        purchases << table->item(row, 1)->text();
    QVERIFY(purchases.contains(QStringLiteral("HIST-0001")));
    QVERIFY(purchases.contains(QStringLiteral("HIST-0002")));
    const int row = int(purchases.indexOf(QStringLiteral("HIST-0001")));
    QVERIFY(table->item(row, 3)->text().contains(QStringLiteral("15,000"))); // formatted money
    QCOMPARE(table->item(row, 4)->text(), QStringLiteral("Approved"));
    QVERIFY(table->item(row, 5)->text().contains(QStringLiteral("points have been returned")));

    child<QLineEdit>(screen.get(), "historySearch")->setText(QStringLiteral("Other Shop"));
    child<QAbstractButton>(screen.get(), "historyRefresh")->click();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("HIST-0002"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Rejected"));
    // Typing searches by itself after a pause.
    child<QLineEdit>(screen.get(), "historySearch")->setText(QStringLiteral("no such thing"));
    QTRY_COMPARE(table->rowCount(), 0);
}

void TestStaffScreens::historyExportsCsv()
{
    workflow::JournalEntry entry;
    entry.paymentId = QStringLiteral("0x") + QString(64, u'c');
    entry.purchaseId = QStringLiteral("EXPORT-1");
    entry.amount = QStringLiteral("1000000000000000000");
    entry.currency = QStringLiteral("krw");
    entry.finished = true;
    QVERIFY(m_session->journal()->begin(entry).ok());

    auto screen = makeScreen();
    screen->tabs()->setCurrentWidget(child<QWidget>(screen.get(), "history"));
    child<QLineEdit>(screen.get(), "historySearch")->setText(QStringLiteral("EXPORT-1"));
    child<QAbstractButton>(screen.get(), "historyExport")->click();
    auto *message = child<QLabel>(screen.get(), "historyMessage");
    QVERIFY2(message->text().contains(m_session->stateDir() + QStringLiteral("/exports/history-")),
             qPrintable(message->text()));
    const QString path = message->text().mid(message->text().indexOf(m_session->stateDir()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("id,created_utc,"));
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines.at(1).contains("EXPORT-1"));
}

void TestStaffScreens::openFindsAndStagesSeededPayment()
{
    auto screen = makeScreen();
    screen->tabs()->setCurrentWidget(child<QWidget>(screen.get(), "open"));
    QSignalSpy ready(screen.get(), &StaffScreen::customerCancellationReady);
    auto *stage = child<QAbstractButton>(screen.get(), "openStage");
    QVERIFY(!stage->isEnabled());
    child<QLineEdit>(screen.get(), "openId")->setText(kSeededPaymentId);
    child<QAbstractButton>(screen.get(), "openLookup")->click();
    auto *result = child<QLabel>(screen.get(), "openResult");
    QTRY_VERIFY_WITH_TIMEOUT(stage->isEnabled(), 10000);
    QVERIFY2(result->text().contains(QStringLiteral("P00000000000203")),
             qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("Payment completed"))); // status 18 in words
    QTRY_VERIFY(result->text().contains(QStringLiteral("Demo Cafe")));     // the shop's name
    stage->click();
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().at(0).toString(), kSeededPaymentId);
    QVERIFY(!stage->isEnabled());
    // Staged: the pending list offers it to customers.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (const auto &item : m_session->pendingList()->items())
                if (item.payment.paymentId == kSeededPaymentId)
                    return true;
            return false;
        }(),
        10000);
    // Staff see every open cancellation at this kiosk (customers only their own).
    QTRY_VERIFY(child<QLabel>(screen.get(), "openWaiting")->text().contains(u"P00000000000203"));
}

void TestStaffScreens::openUnknownIdShowsError()
{
    auto screen = makeScreen();
    screen->tabs()->setCurrentWidget(child<QWidget>(screen.get(), "open"));
    QSignalSpy ready(screen.get(), &StaffScreen::customerCancellationReady);
    auto *result = child<QLabel>(screen.get(), "openResult");
    child<QLineEdit>(screen.get(), "openId")->setText(QStringLiteral("0x") + QString(64, u'7'));
    child<QAbstractButton>(screen.get(), "openLookup")->click();
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Not found")), 10000);
    QVERIFY(!child<QAbstractButton>(screen.get(), "openStage")->isEnabled());

    child<QLineEdit>(screen.get(), "openId")->setText(QStringLiteral("NO-SUCH-PURCHASE"));
    child<QAbstractButton>(screen.get(), "openLookup")->click();
    QTRY_VERIFY(result->text().contains(QStringLiteral("NO-SUCH-PURCHASE")));
    QVERIFY(result->text().startsWith(QStringLiteral("Not found")));
    QCOMPARE(ready.size(), 0);
}

void TestStaffScreens::settingsSaveWritesOverrides()
{
    auto screen = makeScreen();
    QSignalSpy saved(screen.get(), &StaffScreen::settingsSaved);
    auto *relayUrl = child<QLineEdit>(screen.get(), "settingRelayUrl");
    QCOMPARE(relayUrl->text(), m_sim->url());
    QCOMPARE(child<QLineEdit>(screen.get(), "settingTerminalId")->text(),
             QStringLiteral("KIOSK0001"));
    child<QSpinBox>(screen.get(), "settingIdleSeconds")->setValue(120);
    auto *language = child<QComboBox>(screen.get(), "settingLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    child<QLineEdit>(screen.get(), "settingTerminalId")->setText(QStringLiteral("KIOSK0002"));
    child<QAbstractButton>(screen.get(), "settingsSave")->click();

    auto *message = child<QLabel>(screen.get(), "settingsMessage");
    QVERIFY2(message->text().startsWith(QStringLiteral("Saved")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("terminal id"))); // needs a restart
    QVERIFY(!message->text().contains(QStringLiteral("relay URL")));
    QCOMPARE(saved.size(), 1);
    const auto config = saved.first().at(0).value<config::KioskConfig>();
    QCOMPARE(config.idleSeconds, 120);
    QCOMPARE(config.language, QStringLiteral("en"));

    const QString path = config::KioskConfig::overridesPath(m_session->stateDir());
    QVERIFY(QFile::exists(path));
    config::KioskConfig reread;
    QVERIFY(reread.applyOverrides(path).ok());
    QCOMPARE(reread.idleSeconds, 120);
    QCOMPARE(reread.language, QStringLiteral("en"));
    QCOMPARE(reread.terminalId, QStringLiteral("KIOSK0002"));
    QCOMPARE(reread.relayUrl, m_sim->url());
    QFile::remove(path);
}

void TestStaffScreens::settingsRefuseBadIdle()
{
    const QString path = config::KioskConfig::overridesPath(m_session->stateDir());
    QFile::remove(path);
    auto screen = makeScreen();
    QSignalSpy saved(screen.get(), &StaffScreen::settingsSaved);
    child<QSpinBox>(screen.get(), "settingIdleSeconds")->setValue(5);
    child<QSpinBox>(screen.get(), "settingIdleWarningSeconds")->setValue(1000);
    child<QAbstractButton>(screen.get(), "settingsSave")->click();
    auto *message = child<QLabel>(screen.get(), "settingsMessage");
    QVERIFY2(message->text().startsWith(QStringLiteral("Not saved")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("Idle time: must be from 15 to 3600")));
    QVERIFY(message->text().contains(QStringLiteral("from 20 to 300")));
    QCOMPARE(saved.size(), 0);
    QVERIFY(!QFile::exists(path));

    child<QSpinBox>(screen.get(), "settingIdleSeconds")->setValue(60);
    child<QSpinBox>(screen.get(), "settingIdleWarningSeconds")->setValue(20);
    child<QLineEdit>(screen.get(), "settingRelayUrl")->setText(QStringLiteral("ftp://relay"));
    child<QAbstractButton>(screen.get(), "settingsSave")->click();
    QVERIFY(message->text().contains(QStringLiteral("Relay URL")));
    QCOMPARE(saved.size(), 0);
}

void TestStaffScreens::restartAsksFirst()
{
    // One stray tap must not take the kiosk down: Restart asks, and "No" is the first answer.
    auto screen = makeScreen();
    QSignalSpy restart(screen.get(), &StaffScreen::restartRequested);
    auto *button = child<QAbstractButton>(screen.get(), "staffRestart");
    auto *question = child<QWidget>(screen.get(), "staffRestartQuestion");
    QVERIFY(!question->isVisible());
    button->click();
    QCOMPARE(restart.size(), 0);
    QVERIFY(question->isVisible());
    QVERIFY(!button->isVisible());
    QCOMPARE(child<QLabel>(screen.get(), "staffRestartText")->text(),
             QStringLiteral("Restart the kiosk now? The screen goes blank for a few seconds; a "
                            "cancellation in progress is kept and continues."));
    QCOMPARE(screen->focusWidget(), child<QWidget>(screen.get(), "staffRestartKeep"));
    child<QAbstractButton>(screen.get(), "staffRestartKeep")->click();
    QCOMPARE(restart.size(), 0);
    QVERIFY(!question->isVisible());
    QVERIFY(button->isVisible());

    button->click();
    child<QAbstractButton>(screen.get(), "staffRestartConfirm")->click();
    QCOMPARE(restart.size(), 1);
}

void TestStaffScreens::pinChangeIsSaved()
{
    auto screen = makeScreen();
    QSignalSpy changed(screen.get(), &StaffScreen::pinChanged);
    auto *message = child<QLabel>(screen.get(), "settingPinMessage");
    child<QLineEdit>(screen.get(), "settingNewPin")->setText(QStringLiteral("135790"));
    child<QLineEdit>(screen.get(), "settingNewPinAgain")->setText(QStringLiteral("135780"));
    child<QAbstractButton>(screen.get(), "settingPinSave")->click();
    QVERIFY(message->text().contains(QStringLiteral("not the same")));
    QCOMPARE(changed.size(), 0);

    // 5 digits are refused for a new PIN; 6 are taken.
    child<QLineEdit>(screen.get(), "settingNewPin")->setText(QStringLiteral("13579"));
    child<QLineEdit>(screen.get(), "settingNewPinAgain")->setText(QStringLiteral("13579"));
    child<QAbstractButton>(screen.get(), "settingPinSave")->click();
    QTRY_VERIFY2_WITH_TIMEOUT(message->text().contains(QStringLiteral("6 to 12 digits")),
                              qPrintable(message->text()), 10000);
    QCOMPARE(changed.size(), 0);

    child<QLineEdit>(screen.get(), "settingNewPin")->setText(QStringLiteral("135790"));
    child<QLineEdit>(screen.get(), "settingNewPinAgain")->setText(QStringLiteral("135790"));
    child<QAbstractButton>(screen.get(), "settingPinSave")->click();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QVERIFY2(message->text().contains(QStringLiteral("saved")), qPrintable(message->text()));
    const QString stored = staff::loadStaffPinHash(m_session->stateDir(), QString());
    QCOMPARE(stored, changed.first().at(0).toString());
    QCOMPARE(staff::verifyPin(QStringLiteral("135790"), stored).value(), staff::PinCheck::Right);
}

void TestStaffScreens::connectionCheckAgainstSimulator()
{
    auto screen = makeScreen();
    screen->tabs()->setCurrentWidget(child<QWidget>(screen.get(), "connection"));
    QVERIFY(
        !child<QLabel>(screen.get(), "connectionMode")->text().contains(QStringLiteral("demo")));
    auto *results = child<QListWidget>(screen.get(), "connectionResults");
    child<QAbstractButton>(screen.get(), "connectionCheck")->click();
    const auto hasRelayAnswer = [results] {
        for (int row = 0; row < results->count(); ++row)
            if (results->item(row)->data(Qt::UserRole + 1).toString() == u"relay")
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasRelayAnswer(), 10000);
    QStringList keys;
    for (int row = 0; row < results->count(); ++row) {
        QListWidgetItem *item = results->item(row);
        QVERIFY2(item->data(Qt::UserRole).toBool(), qPrintable(item->text()));
        keys << item->data(Qt::UserRole + 1).toString();
    }
    for (const char *key : {"transport", "terminalId", "terminalKey", "relay"})
        QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    QVERIFY(child<QAbstractButton>(screen.get(), "connectionCheck")->isEnabled());
}

// Staff read versions, files and where the logs are here: every line in view and whole. In
// 0.2.0 the list kept a sideways scroll bar over its last visible line (the journal's path).
void TestStaffScreens::diagnosticsShowEveryLineWhole()
{
    auto screen = makeScreen();
    screen->resize(1080, 1920); // the kiosk's portrait screen
    QVERIFY(QTest::qWaitForWindowExposed(screen.get()));
    screen->tabs()->setCurrentWidget(child<QWidget>(screen.get(), "diagnostics"));
    auto *info = child<QListWidget>(screen.get(), "diagnosticsInfo");
    QTRY_VERIFY(info->count() >= 12);
    QVERIFY(!info->horizontalScrollBar()->isVisible());
    QVERIFY(!info->verticalScrollBar()->isVisible());
    for (int row = 0; row < info->count(); ++row) {
        const QRect line = info->visualItemRect(info->item(row));
        QVERIFY2(info->viewport()->rect().contains(line), qPrintable(info->item(row)->text()));
    }
}

void TestStaffScreens::scannerTestStartsAndStops()
{
    auto screen = makeScreen();
    screen->tabs()->setCurrentWidget(child<QWidget>(screen.get(), "diagnostics"));
    auto *start = child<QAbstractButton>(screen.get(), "diagnosticsCameraTest");
    auto *stop = child<QAbstractButton>(screen.get(), "diagnosticsScanStop");
    auto *log = child<QListWidget>(screen.get(), "diagnosticsScanLog");
    QVERIFY(!stop->isEnabled());
    start->click();
    QVERIFY(m_session->isScanning());
    QVERIFY(stop->isEnabled());
    Q_EMIT m_session->scanned(QStringLiteral("ur:crypto-response/test"));
    QVERIFY(log->item(log->count() - 1)->text().contains(QStringLiteral("ur:crypto-response")));
    // Leaving the tab ends the test.
    screen->tabs()->setCurrentWidget(child<QWidget>(screen.get(), "history"));
    QVERIFY(!m_session->isScanning());
    QVERIFY(!stop->isEnabled());
}

void TestStaffScreens::logTailShowsTheLatestLines()
{
    kiosk::installLogHandler(); // what main() does: lines are kept for this tab
    auto screen = makeScreen();
    qWarning("diagnostics log tail probe %d", 4711);
    screen->tabs()->setCurrentWidget(child<QWidget>(screen.get(), "diagnostics"));
    auto *tail = child<QPlainTextEdit>(screen.get(), "diagnosticsLogTail");
    QVERIFY(tail->toPlainText().contains(u"warning diagnostics log tail probe 4711"));
    qInfo("a later line");
    child<QAbstractButton>(screen.get(), "diagnosticsLogRefresh")->click();
    QVERIFY(tail->toPlainText().endsWith(u"a later line"));
}

void TestStaffScreens::everyControlIsNamedAndLargeEnough()
{
    auto screen = makeScreen();
    QVERIFY(QTest::qWaitForWindowExposed(screen.get()));
    const auto isControl = [&](QWidget *widget) {
        if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget) &&
            !qobject_cast<QComboBox *>(widget) && !qobject_cast<QAbstractSpinBox *>(widget) &&
            !qobject_cast<QAbstractItemView *>(widget))
            return false;
        // Parts of Qt's composite widgets (a spin box's editor, a table's headers) are theirs.
        for (QWidget *up = widget->parentWidget(); up && up != screen.get();
             up = up->parentWidget())
            if (qobject_cast<QAbstractSpinBox *>(up) || qobject_cast<QComboBox *>(up) ||
                qobject_cast<QAbstractItemView *>(up) || qobject_cast<QTabBar *>(up))
                return false;
        return true;
    };
    const auto checkVisible = [&](const QString &where) {
        int checked = 0;
        for (QWidget *widget : screen->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !isControl(widget))
                continue;
            const QString what = where + u' ' +
                                 QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                                 widget->objectName();
            QVERIFY2(!widget->objectName().isEmpty(), qPrintable(what));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(what));
            QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(what));
            QVERIFY2(widget->height() >= 44,
                     qPrintable(what + u' ' + QString::number(widget->height())));
            ++checked;
        }
        QVERIFY2(checked > 1, qPrintable(where));
    };
    QTabWidget *tabs = screen->tabs();
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QApplication::processEvents();
        checkVisible(tabs->widget(index)->objectName());
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(tabs->tabBar()->tabRect(0).height() >= 44);

    PinGate gate(m_hash);
    PinScreen pin(&gate);
    pin.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pin));
    for (QAbstractButton *button : pin.findChildren<QAbstractButton *>()) {
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        QVERIFY2(!button->accessibleDescription().isEmpty(), qPrintable(button->objectName()));
        QVERIFY2(button->height() >= 44, qPrintable(button->objectName()));
    }
}

QTEST_MAIN(TestStaffScreens)
#include "tst_staffscreens.moc"
