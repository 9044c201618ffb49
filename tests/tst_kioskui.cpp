// SPDX-License-Identifier: MIT
// The customer screens driven as a customer would, by objectName, offscreen, in demo mode: the
// kiosk starts the bundled relay simulator and the demo wallet answers the QR code on screen.
// With KIOSK_SCREENSHOT_DIR set, every screen is saved there in Korean and English.
#include "camerapreview.h"
#include "common/clock.h"
#include "customerbar.h"
#include "demokeys.h"
#include "errorpresenter.h"
#include "guidance.h"
#include "idlewatcher.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "qr/requestcodec.h"
#include "relay/relaytexts.h"
#include "session/kiosksession.h"
#include "simprocess.h"
#include "theme.h"
#include "workflow/pendinglist.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <QWindow>

#include <cstring>

using kiosk::ui::MainWindow;
using Page = kiosk::ui::MainWindow::Page;

namespace {
// Demo payments (resources/demo/relay-seed.json): P00000000000203 and P00000000000204.
const QString kFirstPayment =
    QStringLiteral("0x88fac78e6ab881a66076f1d1105fc26c78adfa663bed2be5deb253bbef7948fc");
const QString kSecondPayment =
    QStringLiteral("0x3bf5dcf2b5986218523115cc7c384134f7e93bc7466ec21dfb53ee2f2429b788");
// Their purchase numbers as a customer types them from the receipt.
const QString kFirstPurchase = QStringLiteral("203");
const QString kSecondPurchase = QStringLiteral("204");
// The demo customer Kim's wallet (resources/demo/relay-seed.json, Hardhat's first account): she
// paid P00000000000203 and B-2026-0042; Lee paid P00000000000204.
const QString &kKimAddress = demo::kCustomer; // tests/demokeys.h
constexpr int kFlowTimeoutMs = 40000;
} // namespace

class TestKioskUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void approvePathShowsRefund();
    void rejectPathShowsRejection();
    void badScanIsExplainedAndRequestStays();
    void keyboardScannerAnswersTheCode();
    void shopModeAsksTheShopOwner();
    void cameraPreviewShowsFrames();
    void timeRunningOutShowsWhatToDo();
    void errorWordsFollowTheRelayError();
    void relayRefusalShowsErrorScreen();
    void idleAsksThenClearsEverything();
    void languageSwitchesAtOnce();
    void staffModeNeedsThePin();
    void guidanceSpeaksEachPage();
    void accessibilityModes();
    void everyControlIsLargeAndNamed();
    void contrastMeetsWcag();
    void translationsAreFinished();
    void customerSeesOnlyTheirOwnPurchases();
    void walletAddressFindsEveryOwnPurchase();
    void closedPurchaseIsNotShownToTheNextCustomer();
    void noClockBeforeReady();
    void tryAgainAfterTimeOutReopens();
    void noReopenWhereTheRelayRefuses();
    void yesNoWordingIsPlain();

private:
    void startKiosk(int paymentTimeoutSeconds = 45,
                    kiosk::relay::Approver approver = kiosk::relay::Approver::Customer);
    void tap(const QString &objectName);
    template<typename T = QWidget> T *find(const QString &objectName) const
    {
        return m_window->findChild<T *>(objectName);
    }
    bool waitForPage(Page page, int timeoutMs = kFlowTimeoutMs);
    void openDetail(const QString &paymentId);
    // On the identify page: types a purchase number and asks for the list.
    void typePurchase(const QString &digits);
    // Taps Yes or No on the question, then "I'm ready" on the get-ready page.
    void answer(const QString &button);
    QStringList listedPayments() const;
    // The simulator closes at once: a cancellation whose time ran out on the fake clock can be
    // closed, and opened again, without waiting for the relay's window.
    void closeAtOnce();
    // The workflow's fake clock to the end of the time to answer, as if the customer waited.
    void runOutOfTime();
    // The text a customer reads in the kiosk's language: English, or the Korean of
    // translations/loyalty-kiosk_ko.ts.
    QString inLanguage(const QString &english, const QString &korean) const;
    void snapshot(const QString &name);
    void postToSimulator(const QString &path, const QJsonObject &body);
    QList<QWidget *> visibleControls() const;

    // The workflows' clock: the time to answer runs out when a test says so.
    kiosk::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_stateDir;
    std::unique_ptr<kiosk::session::KioskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestKioskUi::initTestCase()
{
    qputenv("LOYALTY_RELAY_SIM", KIOSK_RELAYSIM_BIN);
}

void TestKioskUi::init()
{
    startKiosk();
}

void TestKioskUi::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_stateDir.reset();
}

void TestKioskUi::startKiosk(int paymentTimeoutSeconds, kiosk::relay::Approver approver)
{
    cleanup();
    m_stateDir = std::make_unique<QTemporaryDir>();
    kiosk::config::KioskConfig config; // demo mode
    config.demo = true;
    config.stateDir = m_stateDir->path();
    config.fullScreen = false;
    config.speech = true; // offered; said only when the customer turns read aloud on
    config.screenDpi = 96;
    // tools/render-screens runs this suite once per language for docs/screens/.
    config.language = qEnvironmentVariable("KIOSK_UI_LANGUAGE", QStringLiteral("ko"));
    config.paymentTimeoutSeconds = paymentTimeoutSeconds;
    config.approver = approver;
    // Synthetic key events carry real time stamps: on a loaded machine (or under ASan) a
    // burst typed by the test can show gaps over a real scanner's 30 ms. The scanner's gap
    // rule has its own tests (tst_scansources); here a burst must reach the QR screen.
    config.scan.wedge.maxKeyGapMs = 500;
    m_clock.setMs(QDateTime::currentMSecsSinceEpoch());
    m_session = std::make_unique<kiosk::session::KioskSession>(config, &m_clock);
    m_window = std::make_unique<MainWindow>(m_session.get());
    // What would be said, without a speech engine on the test machine.
    m_window->guidance()->simulateEngine(true);
    m_window->resize(1080, 1920);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(),
                              kiosk::session::KioskSession::Connection::Ready, 15000);
    QTRY_VERIFY(find<QAbstractButton>(QStringLiteral("startButton"))->isEnabled());
}

void TestKioskUi::tap(const QString &objectName)
{
    // Controls added to a page appear at the next turn of the event loop; the PIN pad is
    // disabled while a PIN is being checked.
    const auto usable = [&] {
        auto *control = find<QAbstractButton>(objectName);
        return control && control->isVisible() && control->isEnabled();
    };
    QTRY_VERIFY2(usable(), qPrintable(u"no usable control " + objectName));
    auto *button = find<QAbstractButton>(objectName);
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

bool TestKioskUi::waitForPage(Page page, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_window->page() == page; }, timeoutMs);
}

void TestKioskUi::typePurchase(const QString &digits)
{
    QCOMPARE(m_window->page(), Page::Identify);
    for (const QChar digit : digits)
        tap(u"identifyKey" + digit);
    tap(QStringLiteral("identifyFind"));
    QCOMPARE(m_window->page(), Page::Pending);
}

void TestKioskUi::answer(const QString &button)
{
    tap(button);
    QCOMPARE(m_window->page(), Page::Ready);
    tap(QStringLiteral("readyButton"));
}

void TestKioskUi::closeAtOnce()
{
    postToSimulator(QStringLiteral("/sim/config"), {{QStringLiteral("closeWindowSeconds"), 0}});
}

void TestKioskUi::runOutOfTime()
{
    auto *flow = m_session->currentWorkflow();
    QVERIFY(flow);
    QVERIFY(flow->secondsLeft() > 0);
    m_clock.setMs(flow->deadline() * 1000);
    flow->tick(); // as its timer would, a moment later
}

QString TestKioskUi::inLanguage(const QString &english, const QString &korean) const
{
    return m_window->languages()->language() == u"ko" ? korean : english;
}

QStringList TestKioskUi::listedPayments() const
{
    QStringList ids;
    for (QAbstractButton *card : m_window->findChildren<QAbstractButton *>())
        if (card->objectName().startsWith(u"pendingCard_") && card->isVisible())
            ids << card->objectName().mid(12);
    ids.sort();
    return ids;
}

void TestKioskUi::openDetail(const QString &paymentId)
{
    tap(QStringLiteral("startButton"));
    snapshot(QStringLiteral("02-identify"));
    typePurchase(paymentId == kFirstPayment ? kFirstPurchase : kSecondPurchase);
    const QString card = u"pendingCard_" + paymentId;
    QTRY_VERIFY_WITH_TIMEOUT(find<QAbstractButton>(card), 15000);
    snapshot(QStringLiteral("02-pending"));
    tap(card);
    QCOMPARE(m_window->page(), Page::Detail);
    snapshot(QStringLiteral("03-detail"));
}

void TestKioskUi::snapshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString language = m_window->languages()->language();
    QVERIFY(m_window->grab().save(QDir(dir).filePath(name + u'-' + language + u".png")));
}

void TestKioskUi::postToSimulator(const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager network;
    const QJsonObject answer = callSimulator(
        network, m_session->client()->settings().baseUrl.toString(QUrl::StripTrailingSlash), "POST",
        path, body);
    QCOMPARE(answer.value(u"code").toInt(-1), 0);
}

QList<QWidget *> TestKioskUi::visibleControls() const
{
    QList<QWidget *> controls;
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
        if (button->isVisible())
            controls << button;
    return controls;
}

void TestKioskUi::approvePathShowsRefund()
{
    snapshot(QStringLiteral("01-attract"));
    openDetail(kFirstPayment);
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Qr));
    auto *signer = find<QLabel>(QStringLiteral("qrSigner"));
    // Whose wallet, in words a customer knows: no hex address on a customer screen.
    QVERIFY2(!signer->text().contains(u"0x"), qPrintable(signer->text()));
    QVERIFY(!find<QLabel>(QStringLiteral("qrWallets"))->text().contains(u"ERC"));
    QVERIFY(find<QWidget>(QStringLiteral("countdownRing"))->isVisible());
    snapshot(QStringLiteral("04-qr"));
    tap(QStringLiteral("demoWalletButton"));
    QVERIFY(waitForPage(Page::Progress, 5000) || m_window->page() == Page::Result);
    snapshot(QStringLiteral("05-progress"));
    QVERIFY(waitForPage(Page::Result));
    snapshot(QStringLiteral("06-result-approved"));
    const QString status = find<QLabel>(QStringLiteral("resultStatus"))->text();
    QVERIFY2(status.contains(kiosk::relay::paymentStatusText(58)), qPrintable(status));
    const QString receipt = find<QLabel>(QStringLiteral("resultReceipt"))->text();
    QVERIFY(receipt.contains(u"P00000000000203")); // the reference staff look up
    // No status code ("(58)") and no kiosk-local counter on the customer's receipt.
    QVERIFY2(!receipt.contains(u"(58)") && !receipt.contains(u"(1)"), qPrintable(receipt));
    // Four-digit years.
    QVERIFY2(receipt.contains(QString::number(QDate::currentDate().year())), qPrintable(receipt));
    tap(QStringLiteral("resultDone"));
    QCOMPARE(m_window->page(), Page::Attract);
}

void TestKioskUi::rejectPathShowsRejection()
{
    openDetail(kSecondPayment);
    answer(QStringLiteral("rejectButton"));
    QVERIFY(waitForPage(Page::Qr));
    QCOMPARE(find<QLabel>(QStringLiteral("qrTitle"))->text(),
             QCoreApplication::translate("kiosk::ui::QrScreen",
                                         "Scan this code with your wallet to reject"));
    tap(QStringLiteral("demoWalletButton"));
    QVERIFY(waitForPage(Page::Result));
    snapshot(QStringLiteral("06-result-rejected"));
    const QString status = find<QLabel>(QStringLiteral("resultStatus"))->text();
    QVERIFY2(status.contains(kiosk::relay::paymentStatusText(59)), qPrintable(status));
    QCOMPARE(find<QLabel>(QStringLiteral("resultTitle"))->text(),
             QCoreApplication::translate("kiosk::ui::ResultScreen",
                                         "Done: you rejected the cancellation"));
}

void TestKioskUi::badScanIsExplainedAndRequestStays()
{
    openDetail(kFirstPayment);
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Qr));
    // A code from something else entirely (a shop's web address).
    m_session->submitScan(QStringLiteral("https://example.com/coupon"));
    auto *rejected = find<QLabel>(QStringLiteral("scanRejected"));
    QTRY_VERIFY(rejected->isVisible());
    // Translated: a Korean customer reads why in Korean.
    QCOMPARE(rejected->text(), inLanguage(QStringLiteral("this code is not a signature"),
                                          QStringLiteral("이 코드는 서명이 아닙니다")));
    snapshot(QStringLiteral("04-qr-bad-scan"));
    QCOMPARE(m_window->page(), Page::Qr);
    tap(QStringLiteral("qrCancel"));
    QCOMPARE(m_window->page(), Page::Pending);
}

void TestKioskUi::keyboardScannerAnswersTheCode()
{
    openDetail(kFirstPayment);
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Qr));
    // The phone's answer, typed by a 2D scanner in keyboard mode: a fast burst, then Enter,
    // delivered to the window as the platform delivers keys.
    const auto text = m_session->demoWallet()->answer(kiosk::qr::requestFrames(
        m_session->currentWorkflow()->request(), kiosk::qr::RequestFormat::Ur));
    QVERIFY2(text.ok(), qPrintable(text.error()));
    QWindow *window = m_window->windowHandle();
    for (const QChar c : text.value())
        QTest::keyClick(window, char(c.toLatin1()));
    QTest::keyClick(window, Qt::Key_Return);
    QVERIFY(waitForPage(Page::Result));
    QVERIFY(find<QLabel>(QStringLiteral("resultStatus"))
                ->text()
                .contains(kiosk::relay::paymentStatusText(58)));
}

void TestKioskUi::shopModeAsksTheShopOwner()
{
    startKiosk(45, kiosk::relay::Approver::Shop);
    openDetail(kFirstPayment);
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Qr));
    // Demo Cafe's owner, not the customer who paid.
    const QString signer = find<QLabel>(QStringLiteral("qrSigner"))->text();
    QCOMPARE(signer, QCoreApplication::translate("kiosk::ui::QrScreen",
                                                 "The shop owner's wallet must confirm this."));
    snapshot(QStringLiteral("04-qr-shop-mode"));
    tap(QStringLiteral("demoWalletButton"));
    QVERIFY(waitForPage(Page::Result));
    QVERIFY(find<QLabel>(QStringLiteral("resultStatus"))
                ->text()
                .contains(kiosk::relay::paymentStatusText(58)));
}

void TestKioskUi::cameraPreviewShowsFrames()
{
    openDetail(kFirstPayment);
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Qr));
    auto *preview = find<kiosk::ui::CameraPreview>(QStringLiteral("cameraPreview"));
    // The default scanners include a camera, but no picture yet: no empty box either.
    QVERIFY(preview && !preview->isVisible());
    // A frame as the camera would deliver it (no camera on a test machine).
    QImage picture(640, 480, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    QVideoFrame frame(QVideoFrameFormat(picture.size(), QVideoFrameFormat::Format_BGRX8888));
    QVERIFY(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < picture.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), picture.constScanLine(y),
                    size_t(picture.width()) * 4);
    frame.unmap();
    m_session->cameraFrames()->setVideoFrame(frame);
    QTRY_VERIFY(!preview->currentImage().isNull());
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->currentImage().size(), preview->size());
}

void TestKioskUi::timeRunningOutShowsWhatToDo()
{
    startKiosk(6); // the deadline keeps 3 s to post: 3 s to answer
    openDetail(kFirstPayment);
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Qr));
    runOutOfTime();
    QVERIFY(waitForPage(Page::Error, 15000));
    snapshot(QStringLiteral("07-error-timeout"));
    QCOMPARE(find<QLabel>(QStringLiteral("errorTitle"))->text(),
             inLanguage(QStringLiteral("The time to approve ran out"),
                        QStringLiteral("승인 시간이 지났습니다")));
    QCOMPARE(find<QLabel>(QStringLiteral("errorNext"))->text(),
             inLanguage(QStringLiteral("Nothing was changed. Tap Try again to get a new code "
                                       "with the full time, or Done to stop."),
                        QStringLiteral("아무것도 바뀌지 않았습니다. 시간을 처음부터 다시 받아 새 "
                                       "코드를 보려면 '다시 시도'를, 그만하려면 '완료'를 "
                                       "누르세요.")));
    QVERIFY(find<QWidget>(QStringLiteral("errorRetry"))->isVisible());
    tap(QStringLiteral("errorDone"));
    QCOMPARE(m_window->page(), Page::Attract);
}

void TestKioskUi::relayRefusalShowsErrorScreen()
{
    postToSimulator(QStringLiteral("/sim/faults"),
                    {{QStringLiteral("path"), QStringLiteral("/v2/payment/cancel/open")},
                     {QStringLiteral("count"), 5},
                     {QStringLiteral("kind"), QStringLiteral("code")},
                     {QStringLiteral("code"), 2003},
                     {QStringLiteral("message"), QStringLiteral("payment not found")}});
    openDetail(kFirstPayment);
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Error));
    snapshot(QStringLiteral("07-error-relay"));
    QCOMPARE(find<QLabel>(QStringLiteral("errorTitle"))->text(),
             inLanguage(QStringLiteral("This payment was not found"),
                        QStringLiteral("이 결제를 찾을 수 없습니다")));
    // No relay code, no relay message ("payment not found"): the staff look those up.
    QCOMPARE(find<QLabel>(QStringLiteral("errorDetail"))->text(),
             inLanguage(QStringLiteral("No payment with this id exists"),
                        QStringLiteral("이 ID의 결제가 없습니다")));
    tap(QStringLiteral("errorDone"));
    QCOMPARE(m_window->page(), Page::Attract);
}

void TestKioskUi::idleAsksThenClearsEverything()
{
    openDetail(kFirstPayment);
    // The shop's name arrives with its own relay call, after the payment (slow under ASan).
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(QStringLiteral("detailShop"))->text(),
                              QStringLiteral("Demo Cafe"), 10000);
    m_window->setHighContrast(true);
    m_window->idleWatcher()->warnNow();
    auto *panel = find<QWidget>(QStringLiteral("stillTherePanel"));
    QVERIFY(panel->isVisible());
    snapshot(QStringLiteral("08-still-there"));
    tap(QStringLiteral("idleContinue"));
    QVERIFY(!panel->isVisible());
    QCOMPARE(m_window->page(), Page::Detail);

    m_window->idleWatcher()->warnNow();
    m_window->idleWatcher()->expireNow();
    QCOMPARE(m_window->page(), Page::Attract);
    QVERIFY(find<QLabel>(QStringLiteral("detailShop"))->text().isEmpty() ||
            find<QLabel>(QStringLiteral("detailAmount"))->text().isEmpty());
    QVERIFY(!m_window->theme().highContrast); // the next customer starts from the defaults
    QCOMPARE(m_window->languages()->language(), m_session->config().language);
}

void TestKioskUi::languageSwitchesAtOnce()
{
    m_window->setLanguage(QStringLiteral("ko"));
    auto *title = find<QLabel>(QStringLiteral("attractTitle"));
    QTRY_VERIFY(title->text() != QStringLiteral("Cancel a purchase paid with points"));
    const QString korean = title->text();
    tap(QStringLiteral("languageButton"));
    QCOMPARE(m_window->languages()->language(), QStringLiteral("en"));
    // Qt delivers LanguageChange to every widget at the next turn of the event loop.
    QTRY_COMPARE(title->text(), QStringLiteral("Cancel a purchase paid with points"));
    QVERIFY(korean != title->text());
    tap(QStringLiteral("languageButton"));
    QTRY_COMPARE(title->text(), korean);
}

void TestKioskUi::staffModeNeedsThePin()
{
    tap(QStringLiteral("staffButton"));
    QCOMPARE(m_window->page(), Page::Pin);
    snapshot(QStringLiteral("12-staff-pin"));
    const auto enter = [this](const QString &pin) {
        for (const QChar digit : pin)
            tap(u"pinKey" + digit);
        tap(QStringLiteral("pinEnter"));
    };
    enter(QStringLiteral("1111"));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("pinMessage"))->text(),
                 inLanguage(QStringLiteral("Wrong PIN. Please try again."),
                            QStringLiteral("PIN이 틀렸습니다. 다시 시도하세요.")));
    QCOMPARE(m_window->page(), Page::Pin);
    enter(QStringLiteral("0000")); // the demo's PIN
    QVERIFY(waitForPage(Page::Staff, 10000));
    auto *tabs = find<QTabWidget>(QStringLiteral("staffTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        snapshot(QStringLiteral("13-staff-%1").arg(tabs->widget(i)->objectName()));
    }
    tap(QStringLiteral("staffExit"));
    QCOMPARE(m_window->page(), Page::Attract);
}

void TestKioskUi::guidanceSpeaksEachPage()
{
    auto *guidance = m_window->guidance();
    QSignalSpy spoken(guidance, &kiosk::ui::Guidance::spoken);
    // Only on request: nothing is said until the customer turns read aloud on.
    tap(QStringLiteral("startButton"));
    QVERIFY(spoken.isEmpty());
    tap(QStringLiteral("speakButton"));
    QVERIFY(guidance->isReadingAloud());
    QVERIFY(spoken.last().first().toString().startsWith(
        find<QLabel>(QStringLiteral("identifyTitle"))->text()));
    tap(QStringLiteral("identifyBack"));
    QVERIFY(!guidance->isReadingAloud()); // the next customer starts silent
    tap(QStringLiteral("speakButton"));
    openDetail(kFirstPayment);
    // Each page as it appears, without the amount unless asked for.
    const QString amount = find<QLabel>(QStringLiteral("detailAmount"))->text();
    QVERIFY(spoken.last().first().toString().startsWith(
        find<QLabel>(QStringLiteral("detailTitle"))->text()));
    QVERIFY(!spoken.last().first().toString().contains(amount));
    tap(QStringLiteral("speechAmount"));
    QVERIFY(spoken.last().first().toString().contains(amount));
    QCOMPARE(spoken.last().first().toString(), guidance->lastText());
    m_window->idleWatcher()->warnNow();
    QCOMPARE(spoken.last().first().toString(),
             find<QLabel>(QStringLiteral("stillThereTitle"))->text() + u' ' +
                 find<QLabel>(QStringLiteral("stillThereDetail"))->text());
}

void TestKioskUi::accessibilityModes()
{
    auto *title = find<QLabel>(QStringLiteral("attractTitle"));
    const int normal = QFontInfo(title->font()).pixelSize();
    tap(QStringLiteral("largeTextButton"));
    QCOMPARE(QFontInfo(title->font()).pixelSize(), normal * 2);
    snapshot(QStringLiteral("09-large-text"));
    tap(QStringLiteral("largeTextButton"));

    tap(QStringLiteral("lowPositionButton"));
    QVERIFY(m_window->theme().lowPosition);
    QCoreApplication::processEvents();
    // Every control in the lower part of the screen (within reach from a wheelchair).
    for (QWidget *control : visibleControls()) {
        const int top = control->mapTo(m_window.get(), QPoint(0, 0)).y();
        QVERIFY2(top >= m_window->height() * 0.35, qPrintable(control->objectName()));
    }
    snapshot(QStringLiteral("10-low-position"));
    tap(QStringLiteral("lowPositionButton"));
    tap(QStringLiteral("highContrastButton"));
    QVERIFY(m_window->theme().highContrast);
    snapshot(QStringLiteral("11-high-contrast"));
}

void TestKioskUi::everyControlIsLargeAndNamed()
{
    const int minimum = m_window->theme().minimumTargetPx();
    QVERIFY(minimum >= 57); // 15 mm at 96 dpi
    const auto check = [&] {
        for (QWidget *control : visibleControls()) {
            QVERIFY2(control->height() >= minimum && control->width() >= minimum,
                     qPrintable(QStringLiteral("%1 is %2x%3")
                                    .arg(control->objectName())
                                    .arg(control->width())
                                    .arg(control->height())));
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                     qPrintable(control->objectName()));
        }
    };
    check();
    openDetail(kFirstPayment);
    check();
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Qr));
    check();
}

void TestKioskUi::contrastMeetsWcag()
{
    for (bool highContrast : {false, true}) {
        kiosk::ui::Theme theme;
        theme.highContrast = highContrast;
        for (const auto &pair : theme.colorPairs()) {
            const double ratio = kiosk::ui::Theme::contrastRatio(pair.foreground, pair.background);
            QVERIFY2(ratio >= theme.minimumContrast(),
                     qPrintable(QStringLiteral("%1: %2:1").arg(pair.name).arg(ratio)));
        }
    }
    // The running UI: each visible label's text colour against the page behind it.
    const QColor page = m_window->theme().colors().background;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QColor text = label->palette().color(label->foregroundRole());
        const QColor behind = label->parentWidget()->palette().color(QPalette::Window);
        const double ratio = kiosk::ui::Theme::contrastRatio(text, behind);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2:1 (%3 on %4, page %5)")
                                              .arg(label->objectName())
                                              .arg(ratio)
                                              .arg(text.name(), behind.name(), page.name())));
    }
}

void TestKioskUi::translationsAreFinished()
{
    for (const char *language : {"ko", "en"}) {
        QFile ts(QStringLiteral(KIOSK_SOURCE_DIR "/translations/loyalty-kiosk_%1.ts")
                     .arg(QLatin1String(language)));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray content = ts.readAll();
        QVERIFY2(!content.contains("type=\"unfinished\""), qPrintable(ts.fileName()));
        QVERIFY2(!content.contains("type=\"vanished\""), qPrintable(ts.fileName()));
    }
    // And at run time: Korean is really on screen.
    m_window->setLanguage(QStringLiteral("ko"));
    QTRY_VERIFY(find<QLabel>(QStringLiteral("attractTitle"))->text() !=
                QStringLiteral("Cancel a purchase paid with points"));
}

void TestKioskUi::errorWordsFollowTheRelayError()
{
    namespace relay = kiosk::relay;
    using kiosk::ui::presentError;
    using Kind = relay::RelayError::Kind;
    const QString unreachable = QCoreApplication::translate("kiosk::ui::ErrorPresenter",
                                                            "The loyalty system cannot be reached");
    // Only a transport fault reads as "cannot be reached".
    QCOMPARE(presentError(QStringLiteral("x"), 0, true, Kind::Timeout).title, unreachable);
    QCOMPARE(presentError(QStringLiteral("x"), 0, true, Kind::ConnectionRefused).title,
             unreachable);
    // A relay refusal (2020), a chain revert (52/53) and a relay code each have their own words.
    QVERIFY(presentError(QStringLiteral("x"), 2020, true, Kind::Relay).title != unreachable);
    QCOMPARE(presentError(QStringLiteral("x"), 2020, true, Kind::Relay).title,
             relay::adviceFor(relay::KnownCode::ApprovalNotAllowed).title);
    QCOMPARE(presentError(QStringLiteral("x"), 0, true, Kind::NotFound, 53).title,
             QCoreApplication::translate("kiosk::ui::ErrorPresenter",
                                         "The approval failed on the blockchain"));
    QCOMPARE(presentError(QStringLiteral("x"), 2002, false, Kind::Relay).title,
             relay::adviceFor(relay::KnownCode::AccessKeyInvalid).title);
    // Every known code has words of its own: a title, what happened and what to do.
    for (int code = 1000; code < 10000; ++code) {
        const auto known = relay::knownCode(code);
        if (!known)
            continue;
        const relay::CodeAdvice advice = relay::adviceFor(*known);
        QVERIFY2(!advice.title.isEmpty() && !advice.what.isEmpty() && !advice.action.isEmpty(),
                 qPrintable(QString::number(code)));
    }
}

void TestKioskUi::customerSeesOnlyTheirOwnPurchases()
{
    tap(QStringLiteral("startButton"));
    QCOMPARE(m_window->page(), Page::Identify);
    // Nothing is listed before the customer says who they are.
    QVERIFY(listedPayments().isEmpty());
    typePurchase(kSecondPurchase);
    QTRY_COMPARE_WITH_TIMEOUT(listedPayments(), QStringList{kSecondPayment}, 15000);
    // The list keeps refreshing; another customer's purchase never joins it.
    QSignalSpy settled(m_session->pendingList(), &kiosk::workflow::PendingList::settled);
    m_session->pendingList()->refresh();
    QVERIFY(settled.wait(15000));
    QCOMPARE(listedPayments(), QStringList{kSecondPayment});
    // A number nobody has: nothing, and what to do.
    tap(QStringLiteral("pendingBack"));
    typePurchase(QStringLiteral("999"));
    QTRY_VERIFY(!m_session->pendingList()->isBusy());
    QVERIFY(listedPayments().isEmpty());
    QCOMPARE(find<QLabel>(QStringLiteral("pendingHint"))->text(),
             QCoreApplication::translate("kiosk::ui::PendingScreen",
                                         "No cancellation is waiting for this purchase. Please "
                                         "check the number on your receipt, or ask the shop "
                                         "staff."));
    // Staff still see every open one.
    QCOMPARE(m_session->pendingList()->items().size(), 3);
}

void TestKioskUi::walletAddressFindsEveryOwnPurchase()
{
    tap(QStringLiteral("startButton"));
    QVERIFY(m_session->isScanning()); // the scanners read the receipt or the address code
    // A code that is neither: said, and the customer stays.
    m_session->submitScan(QStringLiteral("hello"));
    QTRY_VERIFY(find<QLabel>(QStringLiteral("identifyProblem"))->isVisible());
    QCOMPARE(m_window->page(), Page::Identify);
    // A wallet's receive code (EIP-681) for Kim: both of her purchases, not Lee's.
    m_session->submitScan(u"ethereum:" + kKimAddress + u"@1");
    QCOMPARE(m_window->page(), Page::Pending);
    QVERIFY(!m_session->isScanning());
    QTRY_COMPARE_WITH_TIMEOUT(listedPayments().size(), 2, 15000);
    QVERIFY(!listedPayments().contains(kSecondPayment));
    QVERIFY(listedPayments().contains(kFirstPayment));
    // The receipt's barcode is the purchase number as printed.
    tap(QStringLiteral("pendingBack"));
    m_session->submitScan(QStringLiteral("P00000000000204"));
    QTRY_COMPARE_WITH_TIMEOUT(listedPayments(), QStringList{kSecondPayment}, 15000);
}

void TestKioskUi::closedPurchaseIsNotShownToTheNextCustomer()
{
    openDetail(kSecondPayment);
    answer(QStringLiteral("rejectButton"));
    QVERIFY(waitForPage(Page::Qr));
    tap(QStringLiteral("demoWalletButton"));
    QVERIFY(waitForPage(Page::Result));
    tap(QStringLiteral("resultDone"));
    // The next person with the same receipt number: the closed cancellation is not offered.
    tap(QStringLiteral("startButton"));
    typePurchase(kSecondPurchase);
    QTRY_VERIFY(!m_session->pendingList()->isBusy());
    // Refreshed again, the relay's answer still keeps it off the list.
    QSignalSpy settled(m_session->pendingList(), &kiosk::workflow::PendingList::settled);
    m_session->pendingList()->refresh();
    QVERIFY(settled.wait(15000));
    QVERIFY(listedPayments().isEmpty());
    QVERIFY(find<QAbstractButton>(u"pendingCard_" + kSecondPayment) == nullptr ||
            !find<QAbstractButton>(u"pendingCard_" + kSecondPayment)->isVisible());
}

void TestKioskUi::noClockBeforeReady()
{
    openDetail(kFirstPayment);
    tap(QStringLiteral("approveButton"));
    QCOMPARE(m_window->page(), Page::Ready);
    snapshot(QStringLiteral("03-ready"));
    // Nothing is opened on the relay yet: no cancellation, no countdown.
    QVERIFY(m_session->currentWorkflow() == nullptr);
    QVERIFY(!find<QWidget>(QStringLiteral("countdownRing"))->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("readyTitle"))->text(),
             QCoreApplication::translate("kiosk::ui::ReadyScreen",
                                         "Open your wallet app and choose Scan"));
    QVERIFY(find<QWidget>(QStringLiteral("readyPicture"))->isVisible());
    QCoreApplication::processEvents(); // nothing is opened while the customer gets ready
    QVERIFY(m_session->currentWorkflow() == nullptr);
    tap(QStringLiteral("readyButton"));
    QVERIFY(waitForPage(Page::Qr));
    // The relay's window starts at "I'm ready": the whole time is left.
    QVERIFY2(m_session->currentWorkflow()->secondsLeft() >= 45 - 3 - 2,
             qPrintable(QString::number(m_session->currentWorkflow()->secondsLeft())));
}

void TestKioskUi::tryAgainAfterTimeOutReopens()
{
    startKiosk(6); // the deadline keeps 3 s to post: 3 s to answer
    closeAtOnce();
    openDetail(kFirstPayment);
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Qr));
    const qint64 firstOpen = m_session->currentWorkflow()->context().payment.openCancelTimestamp;
    const qint64 firstDeadline = m_session->currentWorkflow()->deadline();
    runOutOfTime();
    QVERIFY(waitForPage(Page::Error, 15000));
    // The relay stamps its opens in whole seconds: once its second has passed, a window opened
    // again ends later than the first, while the fake clock stays where the first one ended.
    QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > firstOpen);
    tap(QStringLiteral("errorRetry"));
    // Get ready again, then a fresh code with a fresh window (the v2 relay reopens 59).
    QCOMPARE(m_window->page(), Page::Ready);
    tap(QStringLiteral("readyButton"));
    QVERIFY(waitForPage(Page::Qr, 20000));
    QVERIFY(m_session->currentWorkflow()->deadline() > firstDeadline);
    tap(QStringLiteral("demoWalletButton"));
    QVERIFY(waitForPage(Page::Result));
    QVERIFY(find<QLabel>(QStringLiteral("resultStatus"))
                ->text()
                .contains(kiosk::relay::paymentStatusText(58)));
}

void TestKioskUi::noReopenWhereTheRelayRefuses()
{
    // A v1-only relay opens a cancellation only once: opening again answers 2022.
    startKiosk(6);
    closeAtOnce();
    openDetail(kFirstPayment);
    answer(QStringLiteral("approveButton"));
    QVERIFY(waitForPage(Page::Qr));
    runOutOfTime();
    QVERIFY(waitForPage(Page::Error, 15000));
    postToSimulator(QStringLiteral("/sim/faults"),
                    {{QStringLiteral("path"), QStringLiteral("/v2/payment/cancel/open")},
                     {QStringLiteral("count"), 5},
                     {QStringLiteral("kind"), QStringLiteral("code")},
                     {QStringLiteral("code"), 2022},
                     {QStringLiteral("message"), QStringLiteral("status does not allow")}});
    tap(QStringLiteral("errorRetry"));
    tap(QStringLiteral("readyButton"));
    QVERIFY(waitForPage(Page::Error, 20000));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("errorTitle"))->text(),
                 QCoreApplication::translate("kiosk::ui::ErrorPresenter",
                                             "This purchase can no longer be cancelled here"));
    QCOMPARE(find<QLabel>(QStringLiteral("errorNext"))->text(),
             QCoreApplication::translate("kiosk::ui::ErrorPresenter", "Please ask the staff."));
    QVERIFY(!find<QWidget>(QStringLiteral("errorRetry"))->isVisible());
    QVERIFY(!find<QLabel>(QStringLiteral("errorDetail"))->text().contains(u"2022"));
}

void TestKioskUi::yesNoWordingIsPlain()
{
    m_window->setLanguage(QStringLiteral("en"));
    openDetail(kFirstPayment);
    QCOMPARE(find<QLabel>(QStringLiteral("detailTitle"))->text(),
             QStringLiteral("Cancel this purchase?"));
    QCOMPARE(find<QAbstractButton>(QStringLiteral("approveButton"))->text(),
             QStringLiteral("Yes, cancel and return my points"));
    QCOMPARE(find<QAbstractButton>(QStringLiteral("rejectButton"))->text(),
             QStringLiteral("No, keep the purchase"));
    tap(QStringLiteral("approveButton"));
    QCOMPARE(find<QAbstractButton>(QStringLiteral("readyButton"))->text(),
             QStringLiteral("I'm ready"));
    // Dates with four-digit years, on the card and on the question page.
    const QString status = find<QLabel>(QStringLiteral("detailStatus"))->text();
    QVERIFY2(status.contains(QRegularExpression(QStringLiteral("\\b20\\d\\d\\b"))),
             qPrintable(status));
    // No jargon on any customer page so far.
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->isVisible())
            continue;
        QVERIFY2(!label->text().contains(u"ERC") && !label->text().contains(u"0x"),
                 qPrintable(label->text()));
    }
}

QTEST_MAIN(TestKioskUi)
#include "tst_kioskui.moc"
