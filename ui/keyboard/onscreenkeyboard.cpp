// SPDX-License-Identifier: MIT
#include "keyboard/onscreenkeyboard.h"

#include "theme.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QGridLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCharFormat>

namespace kiosk::ui {

namespace {

// Rows of the letter layouts, by key position (QWERTY and the Korean two-set on the same keys).
constexpr QStringView kEnglishRows[] = {u"qwertyuiop", u"asdfghjkl", u"zxcvbnm"};
constexpr QStringView kKoreanRows[] = {u"ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", u"ㅁㄴㅇㄹㅎㅗㅓㅏㅣ",
                                       u"ㅋㅌㅊㅍㅠㅜㅡ"};
constexpr QStringView kKoreanShiftedRows[] = {u"ㅃㅉㄸㄲㅆㅛㅕㅑㅒㅖ", u"ㅁㄴㅇㄹㅎㅗㅓㅏㅣ",
                                              u"ㅋㅌㅊㅍㅠㅜㅡ"};
// What URLs, serial ports and ids need, and the rest of printable ASCII.
constexpr QStringView kSymbolRows[] = {u"-_.:/@#?&=", u"+%~!()',;", u"\"*$<>[]"};
constexpr QStringView kDigitRow = u"1234567890";
constexpr QStringView kDigitPad[] = {u"123", u"456", u"789"};
constexpr QStringView kHexPad[] = {u"789ab", u"456cd", u"123ef"};

bool isTextField(const QWidget *widget)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget))
        return !spin->isReadOnly();
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(widget))
        return !text->isReadOnly();
    return false;
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget *scope, QWidget *parent)
    : QWidget(parent), m_scope(scope)
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 8, 0, 0);
    m_grid->setSpacing(6);
    hide();
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this,
                                [this](QWidget *, QWidget *now) { focusMoved(now); });
}

OnScreenKeyboard::~OnScreenKeyboard()
{
    // The focus moves while the window is torn down, after this object has stopped being one.
    disconnect(m_focusConnection);
}

void OnScreenKeyboard::focusMoved(QWidget *now)
{
    const bool ours = now && m_scope && m_scope->isAncestorOf(now) && isTextField(now);
    attach(ours ? now : nullptr);
}

void OnScreenKeyboard::attach(QWidget *field)
{
    if (field == m_target)
        return;
    finishComposing(); // what was being typed belongs to the field that had it
    m_target = field;
    m_shift = false;
    if (field) {
        const Qt::InputMethodHints hints = field->inputMethodHints();
        if (hints & (Qt::ImhDigitsOnly | Qt::ImhFormattedNumbersOnly) ||
            qobject_cast<QAbstractSpinBox *>(field))
            m_layout = Layout::Digits;
        else if (field->property("keyboardLayout").toString() == u"hex")
            m_layout = Layout::Hex;
        else
            m_layout = Layout::Letters;
        m_korean = koreanAllowed() && QLocale().language() == QLocale::Korean;
        rebuild();
    }
    setVisible(field != nullptr);
    Q_EMIT targetChanged(field);
}

bool OnScreenKeyboard::koreanAllowed() const
{
    if (!m_target)
        return false;
    const Qt::InputMethodHints latinOnly = Qt::ImhLatinOnly | Qt::ImhUrlCharactersOnly |
                                           Qt::ImhEmailCharactersOnly | Qt::ImhHiddenText |
                                           Qt::ImhSensitiveData;
    if (m_target->inputMethodHints() & latinOnly)
        return false;
    const auto *line = qobject_cast<const QLineEdit *>(m_target.data());
    return !line || line->echoMode() == QLineEdit::Normal;
}

QString OnScreenKeyboard::keyLabel(const QString &key) const
{
    if (key == QLatin1String(kShift))
        return QStringLiteral("⇧");
    if (key == QLatin1String(kBackspace))
        return tr("Delete");
    if (key == QLatin1String(kSpace))
        return tr("Space");
    if (key == QLatin1String(kDone))
        return tr("Done");
    if (key == QLatin1String(kLanguage))
        return m_korean ? QStringLiteral("ABC") : QStringLiteral("한글"); // never translated
    if (key == QLatin1String(kSymbols))
        return QStringLiteral("#+=");
    if (key == QLatin1String(kLetters))
        return m_korean ? QStringLiteral("한글") : QStringLiteral("ABC");
    if (m_shift && !m_korean)
        return key.toUpper();
    return key;
}

QPushButton *OnScreenKeyboard::addKey(const QString &key, int row, int column, int span)
{
    auto *button = new QPushButton(keyLabel(key), this);
    button->setObjectName(QStringLiteral("oskKey_") + key);
    // The field keeps the focus, and with it the cursor and what is being composed.
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(Theme::current().minimumTargetPx());
    button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setRole(button, "key");
    if (key == QLatin1String(kDone))
        setRole(button, "primary");
    if (key == QLatin1String(kShift)) {
        button->setCheckable(true);
        button->setChecked(m_shift);
    }
    if (key == QLatin1String(kBackspace))
        button->setAutoRepeat(true); // held down, it keeps deleting
    connect(button, &QPushButton::clicked, this, [this, key] { press(key); });
    m_grid->addWidget(button, row, column, 1, span);
    button->show(); // at once: the layout would only show it from the event loop
    return button;
}

void OnScreenKeyboard::rebuild()
{
    // Keys are few and cheap; a new set per layout keeps each layout's grid simple.
    // The old keys go later: the one tapped is still delivering its click.
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        if (QWidget *key = item->widget()) {
            key->hide();
            key->setObjectName(QString()); // no longer a key by name
            key->deleteLater();
        }
        delete item;
    }
    for (int column = 0; column < 20; ++column)
        m_grid->setColumnStretch(column, 0);
    // One key per character of `keys`, `span` columns each, from `firstColumn` on.
    const auto addRow = [this](QStringView keys, int row, int firstColumn, int span) {
        for (qsizetype i = 0; i < keys.size(); ++i)
            addKey(QString(keys.at(i)), row, firstColumn + int(i) * span, span);
    };
    int columns = 0;
    switch (m_layout) {
    case Layout::Letters:
    case Layout::Symbols: {
        // Twenty half-key columns, so the rows can be staggered as on a real keyboard.
        columns = 20;
        const bool symbols = m_layout == Layout::Symbols;
        const QStringView *rows =
            symbols ? kSymbolRows
                    : (m_korean ? (m_shift ? kKoreanShiftedRows : kKoreanRows) : kEnglishRows);
        addRow(kDigitRow, 0, 0, 2);
        addRow(rows[0], 1, 0, 2);
        addRow(rows[1], 2, 1, 2);
        addKey(QLatin1String(symbols ? kLetters : kShift), 3, 0, 3);
        addRow(rows[2], 3, 3, 2);
        addKey(QLatin1String(kBackspace), 3, 17, 3);
        int column = 0;
        if (koreanAllowed())
            addKey(QLatin1String(kLanguage), 4, column, 3), column += 3;
        addKey(QLatin1String(symbols ? kLetters : kSymbols), 4, column, 3);
        column += 3;
        const int spaceSpan = 20 - column - 8;
        addKey(QLatin1String(kSpace), 4, column, spaceSpan);
        addKey(QStringLiteral("."), 4, 20 - 8, 2);
        addKey(QStringLiteral("-"), 4, 20 - 6, 2);
        addKey(QLatin1String(kDone), 4, 20 - 4, 4);
        break;
    }
    case Layout::Digits: {
        columns = 3;
        for (int row = 0; row < 3; ++row)
            addRow(kDigitPad[row], row, 0, 1);
        addKey(QLatin1String(kBackspace), 3, 0);
        addKey(QStringLiteral("0"), 3, 1);
        addKey(QLatin1String(kDone), 3, 2);
        break;
    }
    case Layout::Hex: {
        columns = 5;
        for (int row = 0; row < 3; ++row)
            addRow(kHexPad[row], row, 0, 1);
        addKey(QLatin1String(kLetters), 3, 0);
        addKey(QStringLiteral("x"), 3, 1);
        addKey(QStringLiteral("0"), 3, 2);
        addKey(QLatin1String(kBackspace), 3, 3, 2);
        addKey(QLatin1String(kDone), 4, 0, 5);
        break;
    }
    }
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
    retranslate();
}

void OnScreenKeyboard::press(const QString &key)
{
    if (!m_target)
        return;
    if (key == QLatin1String(kShift)) {
        m_shift = !m_shift;
        return rebuild();
    }
    if (key == QLatin1String(kLanguage)) {
        finishComposing();
        m_korean = !m_korean && koreanAllowed();
        m_shift = false;
        m_layout = Layout::Letters;
        return rebuild();
    }
    if (key == QLatin1String(kSymbols) || key == QLatin1String(kLetters)) {
        finishComposing();
        m_layout = key == QLatin1String(kSymbols) ? Layout::Symbols : Layout::Letters;
        m_shift = false;
        return rebuild();
    }
    if (key == QLatin1String(kBackspace)) {
        if (m_composer.backspace())
            return sendComposition({});
        return sendKey(Qt::Key_Backspace);
    }
    if (key == QLatin1String(kDone)) {
        finishComposing();
        sendKey(Qt::Key_Return);
        // Done: the field lets go of the focus, and the keyboard goes away with it.
        if (m_target)
            m_target->clearFocus();
        return;
    }
    const QString text = key == QLatin1String(kSpace) ? QStringLiteral(" ") : key;
    if (text.size() == 1 && m_layout == Layout::Letters && m_korean &&
        HangulComposer::isJamo(text.front())) {
        sendComposition(m_composer.add(text.front()));
    } else {
        finishComposing();
        typeText(m_shift && m_layout == Layout::Letters ? text.toUpper() : text);
    }
    if (m_shift) { // one letter, as on a phone
        m_shift = false;
        rebuild();
    }
}

void OnScreenKeyboard::typeText(const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(m_target, &event);
}

void OnScreenKeyboard::sendKey(int key)
{
    if (!m_target)
        return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QCoreApplication::sendEvent(m_target, &press);
    if (!m_target) // Return may have moved on to another page
        return;
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QCoreApplication::sendEvent(m_target, &release);
}

void OnScreenKeyboard::sendComposition(const QString &finished)
{
    if (!m_target)
        return;
    // The syllable in progress is underlined in the field, as a system input method shows it.
    const QString preedit = m_composer.preedit();
    QTextCharFormat underline;
    underline.setFontUnderline(true);
    QInputMethodEvent event(preedit,
                            {{QInputMethodEvent::TextFormat, 0, int(preedit.size()), underline},
                             {QInputMethodEvent::Cursor, int(preedit.size()), 1, {}}});
    event.setCommitString(finished);
    QCoreApplication::sendEvent(m_target, &event);
}

void OnScreenKeyboard::finishComposing()
{
    if (!m_composer.isComposing())
        return;
    const QString done = m_composer.commit();
    if (m_target)
        typeText(done);
}

void OnScreenKeyboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OnScreenKeyboard::retranslate()
{
    setAccessibleName(tr("On-screen keyboard"));
    for (int i = 0; i < m_grid->count(); ++i) {
        auto *button = qobject_cast<QPushButton *>(m_grid->itemAt(i)->widget());
        if (!button)
            continue;
        const QString key = button->objectName().mid(int(qstrlen("oskKey_")));
        button->setText(keyLabel(key));
        QString name = button->text();
        if (key == QLatin1String(kShift))
            name = tr("Shift: the next letter in capitals");
        else if (key == QLatin1String(kLanguage))
            name = m_korean ? tr("English letters") : tr("Korean letters");
        else if (key == QLatin1String(kSymbols))
            name = tr("Symbols");
        else if (key == QLatin1String(kLetters))
            name = tr("Letters");
        button->setAccessibleName(name);
    }
}

} // namespace kiosk::ui
