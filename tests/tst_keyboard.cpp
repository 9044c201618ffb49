// SPDX-License-Identifier: MIT
// The on-screen keyboard of staff mode: Hangul built as a Korean keyboard builds it, and every
// staff field typed into with the keys alone, with the field in view above the keyboard.
#include "keyboard/hangulcomposer.h"
#include "keyboard/onscreenkeyboard.h"
#include "languageswitcher.h"
#include "layoutcheck.h"
#include "session/kiosksession.h"
#include "staff/staffscreen.h"
#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kiosk;
using kiosk::ui::HangulComposer;
using kiosk::ui::OnScreenKeyboard;
using kiosk::ui::StaffScreen;

namespace {
// Feeds `keys` one by one ('<' is Backspace) and returns the field's text as it would read:
// everything committed, then what is still being composed.
QString typeHangul(HangulComposer &composer, const QString &keys)
{
    QString committed;
    for (const QChar key : keys) {
        if (key == u'<') {
            if (!composer.backspace())
                committed.chop(1);
        } else {
            committed += composer.add(key);
        }
    }
    return committed + composer.preedit();
}
} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void hangul_data();
    void hangul();
    void hangulPreeditAndCommit();

    void urlFieldTypesLatinAndSymbols();
    void pinFieldGetsDigits();
    void paymentIdGetsHex();
    void spinBoxGetsDigits();
    void koreanSearchComposesSyllables();
    void languageKeySwitchesLetters();
    void doneHidesAndSubmits();
    void fieldStaysInViewAboveTheKeyboard_data();
    void fieldStaysInViewAboveTheKeyboard();

private:
    std::unique_ptr<StaffScreen> makeScreen(QSize size = {1080, 1920});
    QLineEdit *focusField(StaffScreen &screen, const char *tab, const char *name);
    static void tap(OnScreenKeyboard *keyboard, const QString &keys);
    // With KIOSK_SCREENSHOT_DIR set, saves the screen as NAME-LANGUAGE.png (docs/screens).
    void snapshot(QWidget *screen, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<session::KioskSession> m_session;
    ui::LanguageSwitcher m_languages;
};

void TestKeyboard::initTestCase()
{
    qApp->setStyleSheet(ui::Theme{}.styleSheet());
    QVERIFY(m_dir.isValid());
    config::KioskConfig config;
    config.demo = true;
    config.stateDir = m_dir.path();
    // Never started: the keyboard needs the staff pages, not a relay.
    m_session = std::make_unique<session::KioskSession>(config);
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestKeyboard::hangul_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("text");
    QTest::newRow("two syllables") << u"ㅎㅏㄴㄱㅡㄹ"_qs << u"한글"_qs;
    QTest::newRow("compound final") << u"ㄷㅏㄹㄱ"_qs << u"닭"_qs;
    QTest::newRow("compound final splits before a vowel") << u"ㄷㅏㄹㄱㅏ"_qs << u"달가"_qs;
    QTest::newRow("final moves to the next syllable") << u"ㅇㅏㄴㅈㅏ"_qs << u"안자"_qs;
    QTest::newRow("compound vowel") << u"ㄱㅗㅏ"_qs << u"과"_qs;
    QTest::newRow("compound vowel and final") << u"ㅇㅜㅓㄴ"_qs << u"원"_qs;
    QTest::newRow("double final") << u"ㅇㅣㅆㅇㅓ"_qs << u"있어"_qs;
    QTest::newRow("ㅂㅅ final") << u"ㄱㅏㅂㅅㅣ"_qs << u"갑시"_qs;
    QTest::newRow("ㄸ never ends a syllable") << u"ㄸㅏㄸ"_qs << u"따ㄸ"_qs;
    QTest::newRow("consonants alone") << u"ㄱㄱ"_qs << u"ㄱㄱ"_qs;
    QTest::newRow("vowels alone") << u"ㅏㅏ"_qs << u"ㅏㅏ"_qs;
    QTest::newRow("lone compound vowel") << u"ㅗㅏ"_qs << u"ㅘ"_qs;
    QTest::newRow("vowel then syllable") << u"ㅏㄱㅏ"_qs << u"ㅏ가"_qs;
    QTest::newRow("backspace takes one key") << u"ㄷㅏㄹㄱ<"_qs << u"달"_qs;
    QTest::newRow("backspace splits a vowel") << u"ㄱㅗㅏ<"_qs << u"고"_qs;
    QTest::newRow("backspace to nothing") << u"ㄷㅏ<<"_qs << QString();
    // A finished syllable goes whole, as with any Korean keyboard.
    QTest::newRow("backspace into what is committed") << u"ㅎㅏㄴㄱㅡㄹㅇ<<"_qs << u"한"_qs;
}

void TestKeyboard::hangul()
{
    QFETCH(QString, keys);
    QFETCH(QString, text);
    HangulComposer composer;
    QCOMPARE(typeHangul(composer, keys), text);
}

void TestKeyboard::hangulPreeditAndCommit()
{
    HangulComposer composer;
    QCOMPARE(composer.add(u'ㅎ'), QString());
    QCOMPARE(composer.preedit(), u"ㅎ"_qs);
    QCOMPARE(composer.add(u'ㅏ'), QString());
    QCOMPARE(composer.add(u'ㄴ'), QString());
    QCOMPARE(composer.preedit(), u"한"_qs);
    // The ㄴ may still become the next syllable's first sound: 한 is not finished yet.
    QCOMPARE(composer.add(u'ㅏ'), u"하"_qs);
    QCOMPARE(composer.preedit(), u"나"_qs);
    QCOMPARE(composer.add(u'1'), u"나1"_qs); // anything else ends the syllable
    QVERIFY(!composer.isComposing());
    QCOMPARE(composer.commit(), QString());
}

std::unique_ptr<StaffScreen> TestKeyboard::makeScreen(QSize size)
{
    auto screen = std::make_unique<StaffScreen>(m_session.get());
    screen->resize(size);
    screen->show();
    screen->activateWindow();
    [[maybe_unused]] const bool exposed = QTest::qWaitForWindowExposed(screen.get());
    return screen;
}

QLineEdit *TestKeyboard::focusField(StaffScreen &screen, const char *tab, const char *name)
{
    QTabWidget *tabs = screen.tabs();
    tabs->setCurrentWidget(tabs->findChild<QWidget *>(QString::fromLatin1(tab)));
    auto *field = screen.findChild<QLineEdit *>(QString::fromLatin1(name));
    if (!field)
        return nullptr;
    field->clear();
    // A finger on the field: it takes the focus as a tap would.
    QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(10, field->height() / 2));
    return field;
}

void TestKeyboard::tap(OnScreenKeyboard *keyboard, const QString &keys)
{
    // Each character names its key; "{name}" a special key.
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QString key = keys.at(i);
        if (key == u"{") {
            const qsizetype end = keys.indexOf(u'}', i);
            key = keys.mid(i + 1, end - i - 1);
            i = end;
        }
        auto *button = keyboard->findChild<QAbstractButton *>(QStringLiteral("oskKey_") + key);
        QVERIFY2(button && button->isVisible(), qPrintable(u"no key "_qs + key));
        QTest::mouseClick(button, Qt::LeftButton);
    }
}

void TestKeyboard::snapshot(QWidget *screen, const QString &name)
{
    const QString dir = qEnvironmentVariable("KIOSK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString file = name + u'-' + m_languages.language() + u".png";
    QVERIFY(screen->grab().save(QDir(dir).filePath(file)));
}

void TestKeyboard::urlFieldTypesLatinAndSymbols()
{
    auto screen = makeScreen();
    OnScreenKeyboard *keyboard = screen->keyboard();
    QVERIFY(!keyboard->isVisible());
    QLineEdit *url = focusField(*screen, "settings", "settingRelayUrl");
    QVERIFY(url);
    QTRY_VERIFY(keyboard->isVisible());
    QCOMPARE(keyboard->target(), url);
    QCOMPARE(keyboard->layout(), OnScreenKeyboard::Layout::Letters);
    // A URL is never Korean: no key offers it.
    QVERIFY(!keyboard->findChild<QAbstractButton *>(u"oskKey_language"_qs));
    tap(keyboard, u"https{symbols}://{letters}relay{symbols}:{letters}8443"_qs);
    QCOMPARE(url->text(), u"https://relay:8443"_qs);
    snapshot(screen.get(), u"15-staff-keyboard"_qs);
    tap(keyboard, u"{backspace}{backspace}"_qs);
    QCOMPARE(url->text(), u"https://relay:84"_qs);
    tap(keyboard, u"{shift}x"_qs);
    tap(keyboard, u"y"_qs); // shift is for one letter
    QCOMPARE(url->text(), u"https://relay:84Xy"_qs);
    QVERIFY(url->hasFocus()); // the keys never took it
}

void TestKeyboard::pinFieldGetsDigits()
{
    auto screen = makeScreen();
    OnScreenKeyboard *keyboard = screen->keyboard();
    QLineEdit *pin = focusField(*screen, "settings", "settingNewPin");
    QVERIFY(pin);
    QTRY_COMPARE(keyboard->target(), pin);
    QCOMPARE(keyboard->layout(), OnScreenKeyboard::Layout::Digits);
    QVERIFY(!keyboard->findChild<QAbstractButton *>(u"oskKey_a"_qs));
    tap(keyboard, u"135790{backspace}8"_qs);
    QCOMPARE(pin->text(), u"135798"_qs);
}

void TestKeyboard::paymentIdGetsHex()
{
    auto screen = makeScreen();
    OnScreenKeyboard *keyboard = screen->keyboard();
    QLineEdit *id = focusField(*screen, "open", "openId");
    QVERIFY(id);
    QTRY_COMPARE(keyboard->target(), id);
    QCOMPARE(keyboard->layout(), OnScreenKeyboard::Layout::Hex);
    tap(keyboard, u"0x88fa"_qs);
    QCOMPARE(id->text(), u"0x88fa"_qs);
    snapshot(screen.get(), u"15-staff-keyboard-hex"_qs);
    // A purchase id may have other letters: the whole keyboard is one key away.
    tap(keyboard, u"{letters}k"_qs);
    QCOMPARE(keyboard->layout(), OnScreenKeyboard::Layout::Letters);
    QCOMPARE(id->text(), u"0x88fak"_qs);
}

void TestKeyboard::spinBoxGetsDigits()
{
    auto screen = makeScreen();
    OnScreenKeyboard *keyboard = screen->keyboard();
    screen->tabs()->setCurrentIndex(0);
    auto *idle = screen->findChild<QSpinBox *>(u"settingIdleSeconds"_qs);
    QVERIFY(idle);
    idle->setFocus(Qt::MouseFocusReason);
    QTRY_COMPARE(keyboard->target(), idle);
    QCOMPARE(keyboard->layout(), OnScreenKeyboard::Layout::Digits);
    idle->selectAll();
    tap(keyboard, u"95"_qs);
    QCOMPARE(idle->value(), 95);
}

void TestKeyboard::koreanSearchComposesSyllables()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("ko")));
    auto restore = qScopeGuard([this] { m_languages.setLanguage(QStringLiteral("en")); });
    auto screen = makeScreen();
    OnScreenKeyboard *keyboard = screen->keyboard();
    QLineEdit *terminal = focusField(*screen, "settings", "settingTerminalId");
    QVERIFY(terminal);
    QTRY_COMPARE(keyboard->target(), terminal);
    // The letters start in the screen's language.
    QCOMPARE(keyboard->letters(), u"ko"_qs);
    tap(keyboard, u"ㅎㅏㄴㄱㅡㄹ"_qs);
    // 글 is still being composed: shown in the field, not yet its text.
    QCOMPARE(terminal->text(), u"한"_qs);
    QCOMPARE(terminal->displayText(), u"한"_qs);
    snapshot(screen.get(), u"15-staff-keyboard"_qs);
    tap(keyboard, u"{space}1"_qs);
    QCOMPARE(terminal->text(), u"한글 1"_qs);
    // Shift gives the doubled consonants.
    tap(keyboard, u"{shift}ㄲ"_qs);
    tap(keyboard, u"ㅗㅊ{backspace}"_qs);
    tap(keyboard, u"{done}"_qs);
    QCOMPARE(terminal->text(), u"한글 1꼬"_qs);
}

void TestKeyboard::languageKeySwitchesLetters()
{
    auto screen = makeScreen();
    OnScreenKeyboard *keyboard = screen->keyboard();
    QLineEdit *terminal = focusField(*screen, "settings", "settingTerminalId");
    QVERIFY(terminal);
    QTRY_COMPARE(keyboard->target(), terminal);
    QCOMPARE(keyboard->letters(), u"en"_qs);
    tap(keyboard, u"k{language}ㅋ"_qs);
    QCOMPARE(keyboard->letters(), u"ko"_qs);
    tap(keyboard, u"ㅣ{language}o"_qs);
    QCOMPARE(keyboard->letters(), u"en"_qs);
    QCOMPARE(terminal->text(), u"k키o"_qs);
    auto *language = keyboard->findChild<QAbstractButton *>(u"oskKey_language"_qs);
    QCOMPARE(language->text(), u"한글"_qs); // each language is named in its own words
}

void TestKeyboard::doneHidesAndSubmits()
{
    auto screen = makeScreen();
    OnScreenKeyboard *keyboard = screen->keyboard();
    QLineEdit *id = focusField(*screen, "open", "openId");
    QVERIFY(id);
    QTRY_VERIFY(keyboard->isVisible());
    QVERIFY(!screen->findChild<QWidget *>(u"staffRestart"_qs)->isVisible());
    QSignalSpy submitted(id, &QLineEdit::returnPressed);
    tap(keyboard, u"0x1{done}"_qs);
    QCOMPARE(submitted.count(), 1);
    QTRY_VERIFY(!keyboard->isVisible());
    QVERIFY(!id->hasFocus());
    QVERIFY(screen->findChild<QWidget *>(u"staffRestart"_qs)->isVisible());
}

void TestKeyboard::fieldStaysInViewAboveTheKeyboard_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("field");
    for (const QSize size : {QSize(1080, 1920), QSize(1366, 768), QSize(768, 1024)})
        for (const char *field : {"settingRelayUrl", "settingTerminalId", "settingNewPinAgain"})
            QTest::addRow("%dx%d %s", size.width(), size.height(), field)
                << size << QString::fromLatin1(field);
}

void TestKeyboard::fieldStaysInViewAboveTheKeyboard()
{
    QFETCH(QSize, size);
    QFETCH(QString, field);
    auto screen = makeScreen(size);
    OnScreenKeyboard *keyboard = screen->keyboard();
    QLineEdit *edit = focusField(*screen, "settings", qPrintable(field));
    QVERIFY(edit);
    QTRY_VERIFY(keyboard->isVisible());
    // Once the page has made room, the whole field shows, above the keys.
    QTRY_COMPARE(layoutcheck::visibleRect(edit),
                 QRect(edit->mapTo(screen.get(), QPoint(0, 0)), edit->size()));
    const QRect keys(keyboard->mapTo(screen.get(), QPoint(0, 0)), keyboard->size());
    QVERIFY(screen->rect().contains(keys));
    QVERIFY(!keys.intersects(layoutcheck::visibleRect(edit)));
    // Every key's label fits its key, and no key covers another.
    QStringList problems;
    for (auto *key : keyboard->findChildren<QAbstractButton *>())
        if (key->isVisible())
            problems << layoutcheck::textProblems(key);
    problems << layoutcheck::overlapProblems(keyboard);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
