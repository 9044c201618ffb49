// SPDX-License-Identifier: MIT
#pragma once

#include "keyboard/hangulcomposer.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace kiosk::ui {

// A keyboard on the screen for staff fields, so that a kiosk needs no USB keyboard: it shows
// below the staff pages whenever a text field in `scope` has the focus and types into that
// field. Layouts: letters (English QWERTY, or Korean two-set with syllables built as typed),
// symbols (for URLs and ports), digits (PINs, numbers) and hex (payment ids: 0-9, a-f, x).
// The field chooses: Qt::ImhDigitsOnly or a spin box gives digits; the property
// `keyboardLayout` = "hex" gives hex; URL, e-mail, Latin-only and password fields never get
// Korean. Its keys never take the focus, so the field keeps it (and its cursor) throughout.
//
// Not Qt Virtual Keyboard: that needs Qt Quick and opens its own top-level window, which a
// kiosk compositor (cage) would show full screen instead of the kiosk.
class OnScreenKeyboard : public QWidget
{
    Q_OBJECT

public:
    enum class Layout
    {
        Letters,
        Symbols,
        Digits,
        Hex,
    };
    Q_ENUM(Layout)

    // Fields inside `scope` get the keyboard.
    explicit OnScreenKeyboard(QWidget *scope, QWidget *parent = nullptr);
    ~OnScreenKeyboard() override;

    Layout layout() const { return m_layout; }
    // "ko" or "en": the letters shown. Starts in the UI's language for each new field.
    QString letters() const { return m_korean ? QStringLiteral("ko") : QStringLiteral("en"); }
    // The field being typed into (null while hidden).
    QWidget *target() const { return m_target; }
    // Types `key` as if its button were tapped (tests, and the buttons themselves).
    void press(const QString &key);

    // Key names press() takes besides the characters on the keys.
    static constexpr char kShift[] = "shift";
    static constexpr char kBackspace[] = "backspace";
    static constexpr char kSpace[] = "space";
    static constexpr char kDone[] = "done";
    static constexpr char kLanguage[] = "language";
    static constexpr char kSymbols[] = "symbols";
    static constexpr char kLetters[] = "letters";

Q_SIGNALS:
    // Shown for a field, or hidden: the page above may need to scroll the field into view.
    void targetChanged(QWidget *target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void focusMoved(QWidget *now);
    void attach(QWidget *field);
    void rebuild();
    QPushButton *addKey(const QString &key, int row, int column, int span = 1);
    QString keyLabel(const QString &key) const;
    void retranslate();
    void typeText(const QString &text);
    void sendKey(int key);
    // Commits `finished` to the field and shows the syllable still being composed.
    void sendComposition(const QString &finished);
    void finishComposing();
    bool koreanAllowed() const;

    QPointer<QWidget> m_scope;
    QPointer<QWidget> m_target;
    QGridLayout *m_grid = nullptr;
    Layout m_layout = Layout::Letters;
    bool m_korean = false;
    bool m_shift = false;
    HangulComposer m_composer;
    QMetaObject::Connection m_focusConnection;
};

} // namespace kiosk::ui
