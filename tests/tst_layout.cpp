// SPDX-License-Identifier: MIT
// Every customer page and staff tab, in Korean and English, in every accessibility mode, at
// every kiosk screen size, checked as a person would look at it (tests/layoutcheck.h): no text
// needs more room than it has, nothing is clipped or printed over its neighbour, the page's
// actions are on screen without scrolling and everything else can be scrolled to.
#include "guidance.h"
#include "languageswitcher.h"
#include "layoutcheck.h"
#include "mainwindow.h"
#include "qr/requestcodec.h"
#include "relay/relaytypes.h"
#include "screens/attractscreen.h"
#include "screens/detailscreen.h"
#include "screens/errorscreen.h"
#include "screens/pendingscreen.h"
#include "screens/progressscreen.h"
#include "screens/qrscreen.h"
#include "screens/resultscreen.h"
#include "session/kiosksession.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QDir>
#include <QFontInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using kiosk::ui::MainWindow;
using Page = kiosk::ui::MainWindow::Page;

namespace {
enum class Mode
{
    Normal,
    LargeText,
    HighContrast,
    LowPosition,
};

const QList<QSize> kSizes{{1080, 1920}, {1920, 1080}, {800, 1280}, {768, 1024}, {1366, 768}};

// What must be on screen without scrolling whenever it is visible: every page's actions and
// the language and accessibility bar. (The question page's Back is above the question, in its
// content: the two answers, each a whole sentence, keep the room below.)
const QStringList kActions{
    QStringLiteral("startButton"),       QStringLiteral("staffButton"),
    QStringLiteral("pendingBack"),       QStringLiteral("approveButton"),
    QStringLiteral("rejectButton"),      QStringLiteral("demoWalletButton"),
    QStringLiteral("qrCancel"),          QStringLiteral("progressLeave"),
    QStringLiteral("resultDone"),        QStringLiteral("errorDone"),
    QStringLiteral("errorRetry"),        QStringLiteral("pinEnter"),
    QStringLiteral("pinCancel"),         QStringLiteral("staffExit"),
    QStringLiteral("languageButton"),    QStringLiteral("speakButton"),
    QStringLiteral("largeTextButton"),   QStringLiteral("highContrastButton"),
    QStringLiteral("lowPositionButton"), QStringLiteral("identifyFind"),
    QStringLiteral("identifyBack"),      QStringLiteral("readyButton"),
    QStringLiteral("readyBack"),
};
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPageFits_data();
    void everyPageFits();
    void squeezedCardsAreNoticed();
    void landscapeSideBySide();
    void rotationLaysOutAgain();
    void largeTextEnlargesPictures();
    void textFollowsTheDpi();

private:
    void fillPages();
    void useModes(const QString &language, Mode mode);
    void snapshot(const QString &name);
    QStringList check(const QString &where);

    std::unique_ptr<QTemporaryDir> m_stateDir;
    std::unique_ptr<kiosk::session::KioskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    kiosk::qr::SigningRequest m_request;
    QSize m_size;
};

void TestLayout::initTestCase()
{
    qputenv("LOYALTY_RELAY_SIM", KIOSK_RELAYSIM_BIN);
    m_stateDir = std::make_unique<QTemporaryDir>();
    kiosk::config::KioskConfig config; // demo mode, with the demo's purchases
    config.demo = true;
    config.stateDir = m_stateDir->path();
    config.fullScreen = false;
    config.speech = true;
    config.screenDpi = 96;
    config.scan.sources = {QStringLiteral("wedge")};
    m_session = std::make_unique<kiosk::session::KioskSession>(config);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->guidance()->simulateEngine(true);
    m_window->resize(1080, 1920);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session->start();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(),
                              kiosk::session::KioskSession::Connection::Ready, 15000);
    m_session->pendingList()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->pendingList()->items().size() >= 2, 15000);
    fillPages();
    // The PIN pad and staff mode (the demo's PIN), so their pages exist.
    m_window->findChild<QAbstractButton *>(QStringLiteral("staffButton"))->click();
    for (const char *key : {"pinKey0", "pinKey0", "pinKey0", "pinKey0", "pinEnter"}) {
        auto *button = m_window->findChild<QAbstractButton *>(QString::fromLatin1(key));
        QVERIFY(button);
        QTRY_VERIFY(button->isEnabled());
        button->click();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_window->page(), Page::Staff, 10000);
}

void TestLayout::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
}

// Every page holds what a customer would see on it, with the demo's real purchases.
void TestLayout::fillPages()
{
    const QList<kiosk::workflow::PendingItem> items = m_session->pendingList()->items();
    m_window->findChild<kiosk::ui::PendingScreen *>()->setItems(items, false);
    const kiosk::workflow::PendingItem &item = items.first();
    m_window->findChild<kiosk::ui::DetailScreen *>()->setItem(item);

    kiosk::qr::SigningRequest &request = m_request;
    request.requestId = QUuid::createUuid();
    request.paymentId = item.payment.paymentId;
    request.purchaseId = item.payment.purchaseId;
    request.amount = item.payment.amount;
    request.currency = item.payment.currency;
    request.shopName = item.shopName;
    request.signer = item.payment.account;
    request.chainId = kiosk::eth::UInt256(215115);
    request.messageHash = QByteArray(32, '\x5a');
    request.expiresAt = QDateTime::currentSecsSinceEpoch() + 45;
    auto *qr = m_window->findChild<kiosk::ui::QrScreen *>();
    qr->setRequest(request, kiosk::qr::requestFrames(request, kiosk::qr::RequestFormat::Ur),
                   kiosk::relay::Approver::Customer, 45);
    qr->setSecondsLeft(38);
    qr->setScanStatus(
        QCoreApplication::translate("kiosk::ui::QrScreen", "Waiting for your wallet's code…"));
    qr->showRejected(QStringLiteral("This code is not a signature from a wallet. Show the code "
                                    "your wallet made after you signed."));
    qr->setScanners(false, false); // the longest hint: nothing can read the code

    auto *progress = m_window->findChild<kiosk::ui::ProgressScreen *>();
    progress->setStage(kiosk::ui::ProgressScreen::Stage::Confirming);
    progress->setPaymentStatus(57);
    kiosk::relay::PaymentItem done = item.payment;
    done.paymentStatus = 58;
    m_window->findChild<kiosk::ui::ResultScreen *>()->setResult(done, item.shopName, true, 1);
    m_window->findChild<kiosk::ui::ErrorScreen *>()->setError(
        QStringLiteral("Your wallet's answer did not arrive within the time limit."),
        kiosk::relay::codes::ApprovalTimeout, true);
}

QStringList TestLayout::check(const QString &where)
{
    // Layouts settle over a few turns of the event loop (height-for-width, scroll ranges).
    for (int i = 0; i < 6; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QStringList found = layoutcheck::problems(m_window.get(), m_size, kActions);
    if (m_window->size() != m_size) // which page asks for more than the screen has
        for (QWidget *page : m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))
                                 ->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            if (const QSize needs =
                    page->layout() ? page->layout()->minimumSize() : page->minimumSizeHint();
                page->isVisible())
                found << QStringLiteral("%1 needs at least %2x%3 (the bar %4)")
                             .arg(layoutcheck::describe(page))
                             .arg(needs.width())
                             .arg(needs.height())
                             .arg(m_window->findChild<QWidget *>(QStringLiteral("customerBar"))
                                      ->minimumSizeHint()
                                      .height());
    if (!found.isEmpty() && qEnvironmentVariableIsSet("LAYOUT_DEBUG"))
        for (QWidget *w : m_window->findChildren<QWidget *>())
            if (w->isVisible() && !w->objectName().isEmpty())
                qDebug() << w->objectName() << w->geometry() << "min" << w->minimumSizeHint()
                         << "hint" << w->sizeHint() << w->minimumSize();
    for (QString &problem : found)
        problem.prepend(where + u": ");
    return found;
}

void TestLayout::everyPageFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("dpi");
    const QList<std::pair<Mode, const char *>> modes{{Mode::Normal, "normal"},
                                                     {Mode::LargeText, "large text"},
                                                     {Mode::HighContrast, "high contrast"},
                                                     {Mode::LowPosition, "low position"}};
    for (const auto &[mode, modeName] : modes)
        for (const char *language : {"ko", "en"})
            for (const QSize size : kSizes)
                QTest::addRow("%s %s %dx%d", language, modeName, size.width(), size.height())
                    << QString::fromLatin1(language) << mode << size << 96.0;
    // A denser screen than the 96 DPI above: text in the same millimetres takes more pixels.
    for (const char *language : {"ko", "en"})
        for (const QSize size : {QSize(1080, 1920), QSize(1920, 1080)})
            QTest::addRow("%s normal %dx%d at 130 dpi", language, size.width(), size.height())
                << QString::fromLatin1(language) << Mode::Normal << size << 130.0;
}

void TestLayout::useModes(const QString &language, Mode mode)
{
    m_window->setLanguage(language);
    m_window->setLargeText(mode == Mode::LargeText);
    m_window->setHighContrast(mode == Mode::HighContrast);
    m_window->setLowPosition(mode == Mode::LowPosition);
}

void TestLayout::snapshot(const QString &name)
{
    // tools/render-screens: the landscape pages for docs/screens.
    const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString language = m_window->languages()->language();
    QVERIFY(m_window->grab().save(QDir(dir).filePath(name + u'-' + language + u".png")));
}

void TestLayout::everyPageFits()
{
    QFETCH(QString, language);
    QFETCH(Mode, mode);
    QFETCH(QSize, size);
    QFETCH(double, dpi);
    m_window->setScreenDpi(dpi);
    useModes(language, mode);
    // The speech controls at the top of each page: checked with the modes that have the least
    // room (large text, low position); high contrast checks the longer "unavailable" label.
    kiosk::ui::Guidance *guidance = m_window->guidance();
    guidance->simulateEngine(mode != Mode::HighContrast);
    guidance->setReadingAloud(mode == Mode::LargeText || mode == Mode::LowPosition);
    m_size = size;
    m_window->resize(size);
    QStringList found;
    // A customer with two purchases (the demo's Kim, by her wallet's address): the list has
    // cards to check.
    m_window->identify(kiosk::workflow::CustomerIdentity::fromScan(
        QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")));
    QTRY_VERIFY(
        m_window
            ->findChildren<QAbstractButton *>(QRegularExpression(QStringLiteral("^pendingCard_")))
            .size() == 2);
    for (Page page : {Page::Attract, Page::Identify, Page::Pending, Page::Detail, Page::Ready,
                      Page::Qr, Page::Progress, Page::Result, Page::Error, Page::Pin}) {
        m_window->showPage(page, MainWindow::Speak::No);
        found << check(QVariant::fromValue(page).toString());
    }
    // The start screen out of service: another title, the reason and what to do.
    auto *attract = m_window->findChild<kiosk::ui::AttractScreen *>();
    attract->setService(kiosk::ui::AttractScreen::Service::OutOfService,
                        QCoreApplication::translate("kiosk::ui::MainWindow",
                                                    "The kiosk cannot reach the loyalty system."),
                        true);
    m_window->showPage(Page::Attract, MainWindow::Speak::No);
    found << check(QStringLiteral("Attract (out of service)"));
    attract->setService(kiosk::ui::AttractScreen::Service::Ready);
    // Staff tabs too, at every DPI: they were built at 96 and follow the style sheet.
    m_window->showPage(Page::Staff, MainWindow::Speak::No);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("staffTabs"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        found << check(u"Staff/" + tabs->widget(i)->objectName());
    }
    m_window->setScreenDpi(96);
    for (const QString &problem : found.mid(0, 60))
        qWarning().noquote() << problem;
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 layout problems").arg(found.size())));
}

// The check sees what a person would: four lines squeezed into a card too small for them.
void TestLayout::squeezedCardsAreNoticed()
{
    m_window->setLanguage(QStringLiteral("en"));
    m_window->setLargeText(false);
    m_window->setHighContrast(false);
    m_window->setLowPosition(false);
    m_size = QSize(1080, 1920);
    m_window->resize(m_size);
    // The customer's own purchase (the list shows nobody else's).
    const QString id = m_session->pendingList()->items().first().payment.paymentId;
    m_window->identify(kiosk::workflow::CustomerIdentity::forPayment(id));
    QCOMPARE(m_window->page(), Page::Pending);
    QVERIFY(check(QStringLiteral("pending")).isEmpty());
    auto *card = m_window->findChild<QAbstractButton *>(u"pendingCard_" + id);
    QVERIFY(card);
    card->setFixedHeight(90);
    const QStringList found = check(QStringLiteral("pending"));
    card->setMinimumHeight(0);
    card->setMaximumHeight(QWIDGETSIZE_MAX);
    QVERIFY(!found.isEmpty());
    QVERIFY2(found.join(u'\n').contains(u"needs"), qPrintable(found.join(u'\n')));
}

namespace {
QRect onWindow(const QWidget *widget)
{
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}
} // namespace

// 1920x1080: the QR code and its primary action stand left of the steps, the purchase left of
// the question, all of it on screen; in portrait the code is back above the steps.
void TestLayout::landscapeSideBySide()
{
    for (const QString &language : {QStringLiteral("ko"), QStringLiteral("en")}) {
        useModes(language, Mode::Normal);
        m_size = QSize(1920, 1080);
        m_window->resize(m_size);
        auto *qr = m_window->findChild<kiosk::ui::QrScreen *>();
        // What a customer sees on a working kiosk: both readers, no refused scan.
        qr->setScanners(true, true);
        qr->setRequest(m_request, qr->frames(), kiosk::relay::Approver::Customer, 45);
        qr->setSecondsLeft(38);
        m_window->showPage(Page::Qr, MainWindow::Speak::No);
        QStringList found = check(QStringLiteral("Qr landscape ") + language);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QVERIFY(qr->isWide());
        const auto *code = m_window->findChild<QWidget *>(QStringLiteral("qrCode"));
        const auto *sign = m_window->findChild<QWidget *>(QStringLiteral("demoWalletButton"));
        const auto *steps = m_window->findChild<QWidget *>(QStringLiteral("qrSteps"));
        const auto *cancel = m_window->findChild<QWidget *>(QStringLiteral("qrCancel"));
        QVERIFY(code->isVisible() && sign->isVisible() && steps->isVisible());
        QVERIFY2(onWindow(code).right() < onWindow(steps).left(), "the code is left of the steps");
        QVERIFY2(onWindow(sign).right() < onWindow(steps).left(), "Sign is left of the steps");
        QVERIFY2(onWindow(sign).top() > onWindow(code).bottom(), "Sign is under the code");
        QVERIFY2(onWindow(cancel).left() > onWindow(code).right(), "Cancel is under the steps");
        QVERIFY(code->height() >= 400); // still a large code
        for (const QWidget *widget : {code, sign, steps, cancel})
            QCOMPARE(layoutcheck::visibleRect(widget).size(), widget->size());
        snapshot(QStringLiteral("04-qr-landscape"));

        m_window->showPage(Page::Detail, MainWindow::Speak::No);
        found = check(QStringLiteral("Detail landscape ") + language);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        const auto *amount = m_window->findChild<QWidget *>(QStringLiteral("detailAmount"));
        const auto *question = m_window->findChild<QWidget *>(QStringLiteral("detailTitle"));
        QVERIFY2(onWindow(amount).right() < onWindow(question).left(),
                 "the purchase is left of the question");
        // The answers side by side: the labels fit whole in one row at this width.
        const auto *yes = m_window->findChild<QWidget *>(QStringLiteral("approveButton"));
        const auto *no = m_window->findChild<QWidget *>(QStringLiteral("rejectButton"));
        QCOMPARE(onWindow(yes).top(), onWindow(no).top());
        snapshot(QStringLiteral("03-detail-landscape"));

        // Portrait: one column, the code above the steps.
        m_size = QSize(1080, 1920);
        m_window->resize(m_size);
        m_window->showPage(Page::Qr, MainWindow::Speak::No);
        found = check(QStringLiteral("Qr portrait ") + language);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QVERIFY(!qr->isWide());
        QVERIFY(onWindow(code).bottom() < onWindow(steps).top());
    }
    fillPages();
}

// A display turned on its side (the screen's geometry changes, the window follows it): the
// page on screen is laid out again for the new shape and fits.
void TestLayout::rotationLaysOutAgain()
{
    useModes(QStringLiteral("en"), Mode::Normal);
    m_size = QSize(1080, 1920);
    m_window->resize(m_size);
    m_window->showPage(Page::Qr, MainWindow::Speak::No);
    auto *qr = m_window->findChild<kiosk::ui::QrScreen *>();
    QStringList found = check(QStringLiteral("before"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QVERIFY(!qr->isWide());
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768), QSize(1080, 1920)}) {
        m_size = size;
        m_window->resize(m_size);
        found = check(QStringLiteral("rotated to %1x%2").arg(size.width()).arg(size.height()));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QCOMPARE(qr->isWide(), size.width() > size.height());
    }
}

// Large text: the QR code and the countdown grow too (by half), as far as the screen allows.
void TestLayout::largeTextEnlargesPictures()
{
    m_size = QSize(1080, 1920);
    m_window->resize(m_size);
    m_window->showPage(Page::Qr, MainWindow::Speak::No);
    const auto *code = m_window->findChild<QWidget *>(QStringLiteral("qrCode"));
    const auto *ring = m_window->findChild<QWidget *>(QStringLiteral("countdownRing"));
    useModes(QStringLiteral("en"), Mode::Normal);
    check(QStringLiteral("normal"));
    const QSize normalCode = code->size();
    const QSize normalRing = ring->size();
    useModes(QStringLiteral("en"), Mode::LargeText);
    const QStringList found = check(QStringLiteral("large"));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    QVERIFY2(code->width() >= normalCode.width() * 14 / 10,
             qPrintable(QStringLiteral("%1 -> %2").arg(normalCode.width()).arg(code->width())));
    QVERIFY2(ring->width() >= normalRing.width() * 14 / 10,
             qPrintable(QStringLiteral("%1 -> %2").arg(normalRing.width()).arg(ring->width())));
    useModes(QStringLiteral("en"), Mode::Normal);
}

// Text sizes are millimetres on the glass: a denser screen gets more pixels for the same text,
// a screen reporting nonsense gets sizes within 72..200 DPI.
void TestLayout::textFollowsTheDpi()
{
    useModes(QStringLiteral("en"), Mode::Normal);
    m_size = QSize(1080, 1920);
    m_window->resize(m_size);
    m_window->showPage(Page::Qr, MainWindow::Speak::No);
    const auto *steps = m_window->findChild<QLabel *>(QStringLiteral("qrSteps"));
    const auto *cancel = m_window->findChild<QAbstractButton *>(QStringLiteral("qrCancel"));
    const auto pixels = [](const QWidget *widget) { return QFontInfo(widget->font()).pixelSize(); };
    m_window->setScreenDpi(96);
    check(QStringLiteral("96 dpi"));
    const int text96 = pixels(steps);
    const int button96 = cancel->height();
    m_window->setScreenDpi(144);
    const QStringList found = check(QStringLiteral("144 dpi"));
    const int text144 = pixels(steps);
    QVERIFY2(text144 >= text96 * 14 / 10,
             qPrintable(QStringLiteral("%1 px -> %2 px").arg(text96).arg(text144)));
    QVERIFY(cancel->height() > button96); // 15 mm is more pixels too
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    m_window->setScreenDpi(5000); // clamped: 200 DPI at most
    QCOMPARE(m_window->theme().dpi(), 200.0);
    m_window->setScreenDpi(96);
    QCOMPARE(pixels(steps), text96);
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
