// SPDX-License-Identifier: MIT
#pragma once

// What a person standing at the kiosk would notice about a window's layout, as a list of
// problems (empty: every visible text can be read and every visible control reached):
// - a text that needs more room than it has (wrapped text taller than its label, a label or a
//   button narrower than its text: the text is cut or printed over its neighbour);
// - a widget reaching outside its parent (the parent clips it), unless the parent is a scroll
//   area's viewport that can scroll to all of it;
// - visible siblings that overlap;
// - a window that could not take the size asked (its content needs more: part is off screen);
// - one of `mustBeOnScreen` (the page's actions) not wholly on screen without scrolling.

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QLabel>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

namespace layoutcheck {

inline QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    text = text.simplified();
    if (text.size() > 30)
        text = text.left(30) + u'…';
    const QString name = widget->objectName().isEmpty()
                             ? QString::fromLatin1(widget->metaObject()->className())
                             : widget->objectName();
    return text.isEmpty() ? name : QStringLiteral("%1 \"%2\"").arg(name, text);
}

// The part of `widget` a person can see: its rectangle clipped by every ancestor, in window
// coordinates.
inline QRect visibleRect(const QWidget *widget)
{
    const QWidget *window = widget->window();
    QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (const QWidget *p = widget->parentWidget(); p && p != window; p = p->parentWidget())
        rect &= QRect(p->mapTo(window, QPoint(0, 0)), p->size());
    return rect & window->rect();
}

inline const QAbstractScrollArea *scrollAreaOfViewport(const QWidget *widget)
{
    const auto *area =
        widget ? qobject_cast<const QAbstractScrollArea *>(widget->parentWidget()) : nullptr;
    return area && area->viewport() == widget ? area : nullptr;
}

inline bool skipped(const QWidget *widget)
{
    // Deliberate overlays drawn over the page.
    return widget->objectName() == u"stillTherePanel";
}

inline QStringList textProblems(const QWidget *widget)
{
    QStringList problems;
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        if (label->text().isEmpty())
            return problems;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height())
                problems << QStringLiteral("%1 needs %2 px of height, has %3")
                                .arg(describe(label))
                                .arg(needed)
                                .arg(label->height());
            // A single word wider than the label is cut even when wrapping.
            if (label->minimumSizeHint().width() > label->width())
                problems << QStringLiteral("%1 has a word wider (%2 px) than its label (%3 px)")
                                .arg(describe(label))
                                .arg(label->minimumSizeHint().width())
                                .arg(label->width());
        } else {
            const QSize hint = label->sizeHint();
            if (hint.width() > label->width() || hint.height() > label->height())
                problems << QStringLiteral("%1 needs %2x%3, has %4x%5")
                                .arg(describe(label))
                                .arg(hint.width())
                                .arg(hint.height())
                                .arg(label->width())
                                .arg(label->height());
        }
    } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        if (button->text().isEmpty())
            return problems;
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width() || hint.height() > button->height())
            problems << QStringLiteral("%1 needs %2x%3, has %4x%5 (its text is cut)")
                            .arg(describe(button))
                            .arg(hint.width())
                            .arg(hint.height())
                            .arg(button->width())
                            .arg(button->height());
    }
    return problems;
}

inline QStringList placeProblems(const QWidget *widget)
{
    QStringList problems;
    const QWidget *parent = widget->parentWidget();
    if (!parent || widget->isWindow())
        return problems;
    if (const QAbstractScrollArea *area = scrollAreaOfViewport(parent)) {
        // Scrolled content: all of it must be reachable by scrolling, and never sideways.
        const int hiddenBelow = widget->height() - parent->height();
        if (hiddenBelow > area->verticalScrollBar()->maximum())
            problems << QStringLiteral("%1: %2 px below the fold cannot be scrolled to")
                            .arg(describe(widget))
                            .arg(hiddenBelow - area->verticalScrollBar()->maximum());
        if (widget->width() > parent->width())
            problems << QStringLiteral("%1 is %2 px wider than the screen (sideways scrolling)")
                            .arg(describe(widget))
                            .arg(widget->width() - parent->width());
        return problems;
    }
    if (!parent->rect().contains(widget->geometry()))
        problems << QStringLiteral("%1 at %2,%3 %4x%5 is clipped by %6 (%7x%8)")
                        .arg(describe(widget))
                        .arg(widget->x())
                        .arg(widget->y())
                        .arg(widget->width())
                        .arg(widget->height())
                        .arg(describe(parent))
                        .arg(parent->width())
                        .arg(parent->height());
    return problems;
}

inline QStringList overlapProblems(const QWidget *parent)
{
    QStringList problems;
    // A tab bar's own scroll arrows: Qt places them one pixel over each other by design.
    if (parent->inherits("QTabBar"))
        return problems;
    QList<const QWidget *> children;
    for (const QObject *object : parent->children())
        if (const auto *child = qobject_cast<const QWidget *>(object);
            child && child->isVisible() && !child->isWindow() && !skipped(child))
            children << child;
    for (qsizetype i = 0; i < children.size(); ++i)
        for (qsizetype j = i + 1; j < children.size(); ++j)
            if (const QRect both = children[i]->geometry() & children[j]->geometry();
                !both.isEmpty())
                problems << QStringLiteral("%1 and %2 overlap by %3x%4 px")
                                .arg(describe(children[i]), describe(children[j]))
                                .arg(both.width())
                                .arg(both.height());
    return problems;
}

inline QStringList problems(QWidget *window, QSize asked, const QStringList &mustBeOnScreen = {})
{
    QStringList found;
    if (window->size() != asked)
        found << QStringLiteral("the window needs %1x%2 and cannot fit the %3x%4 screen")
                     .arg(window->width())
                     .arg(window->height())
                     .arg(asked.width())
                     .arg(asked.height());
    QList<QWidget *> widgets{window};
    widgets << window->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || (widget != window && widget->isWindow()))
            continue;
        bool insideOverlay = false;
        for (const QWidget *p = widget; p && p != window; p = p->parentWidget())
            insideOverlay = insideOverlay || skipped(p);
        if (insideOverlay)
            continue;
        found << textProblems(widget) << placeProblems(widget) << overlapProblems(widget);
        if (mustBeOnScreen.contains(widget->objectName()) &&
            visibleRect(widget).size() != widget->size())
            found << QStringLiteral("%1 is not wholly on screen without scrolling")
                         .arg(describe(widget));
    }
    return found;
}

} // namespace layoutcheck
