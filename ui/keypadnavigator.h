// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QWidget;

namespace kiosk::ui {

// The customer screens from a tactile keypad or a keyboard (KS X 9211), for every page at
// once: Tab and the arrow keys move the focus through the controls in reading order (top to
// bottom, left to right within a row; the page, then the speech controls, then the language
// and accessibility bar), wrapping at either end; Enter, the keypad's Enter and Space press
// the focused control.
//
// Installed on the application, it looks at a key only where the window delivers it (the
// focused widget), after a keyboard-mode scanner has taken its bursts. Where the scope is
// empty (staff mode) it leaves every key alone.
class KeypadNavigator : public QObject
{
    Q_OBJECT

public:
    // Where the keypad moves now: containers in order (e.g. the current page, then the bars).
    using Scope = std::function<QList<QWidget *>()>;

    KeypadNavigator(QWidget *window, Scope scope, QObject *parent = nullptr);
    ~KeypadNavigator() override;

    // The controls a keypad reaches now, in the order it reaches them.
    QList<QWidget *> controls() const;
    bool inScope(const QWidget *widget) const;
    // A navigation key was pressed since reset(): this customer uses the keypad.
    bool isInUse() const { return m_inUse; }
    void reset();
    // After a page change: the keypad's customer finds the focus on the page's first control
    // (none while the page has nothing to press); anyone else is left no focus ring on a
    // control they did not choose.
    void pageShown();
    // The page changed in place (a control came or went): the focus stays where it is, unless
    // its control went.
    void pageChanged();
    // Controls in `container` are never where a page starts (e.g. the speech controls above
    // the page's own); nor is a control with the property keypadNotAStart (a page's Back
    // above its question).
    void setNotAStart(QWidget *container) { m_notAStart = container; }
    // The focus to the first control (e.g. when the page's list has just arrived), or to one
    // control, scrolled into view.
    void focusFirst();
    void focus(QWidget *control);

    // What read aloud says about a control: its name and state ("Large text, on"), then what
    // it does. Amounts are left out: a control that shows one keeps it apart
    // (setSpokenAmount) and it is read only when the customer asks.
    static QString describe(const QWidget *control);
    static void setSpokenAmount(QWidget *control, const QString &amount);
    static QString spokenAmount(const QWidget *control);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void move(int step);
    QWidget *firstControl() const;

    QWidget *m_window;
    Scope m_scope;
    QWidget *m_notAStart = nullptr;
    bool m_inUse = false;
};

} // namespace kiosk::ui
