// SPDX-License-Identifier: MIT
#include "keypadnavigator.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QKeyEvent>
#include <QScrollArea>

#include <algorithm>

namespace kiosk::ui {

namespace {

const char *const kAmountProperty = "kioskSpokenAmount";

struct Block
{
    QRect rect;               // where it is, in its container
    QList<QWidget *> members; // in reading order
};

// Reading order: rows from the top, left to right within a row. A block whose top is above
// the middle of the row's first block belongs to that row.
QList<QWidget *> readingOrder(QList<Block> blocks)
{
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block &a, const Block &b) {
        return a.rect.top() != b.rect.top() ? a.rect.top() < b.rect.top()
                                            : a.rect.left() < b.rect.left();
    });
    QList<QList<Block>> rows;
    for (const Block &block : std::as_const(blocks)) {
        if (!rows.isEmpty() && block.rect.top() < rows.last().constFirst().rect.center().y())
            rows.last().append(block);
        else
            rows.append({block});
    }
    QList<QWidget *> order;
    for (QList<Block> &row : rows) {
        std::stable_sort(row.begin(), row.end(), [](const Block &a, const Block &b) {
            return a.rect.left() < b.rect.left();
        });
        for (const Block &block : std::as_const(row))
            order += block.members;
    }
    return order;
}

bool reachable(const QWidget *widget)
{
    return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

// The scroll area a control scrolls in, below `container`; null if none.
QAbstractScrollArea *scrollAreaOf(QWidget *control, const QWidget *container)
{
    for (QWidget *p = control->parentWidget(); p && p != container; p = p->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p))
            return area;
    return nullptr;
}

// The controls of one container in reading order. The controls of a scroll area are ordered
// by where they are in its content (also those scrolled out of sight) and keep the place of
// the area itself among the rest.
QList<QWidget *> controlsOf(QWidget *container)
{
    if (!container->isVisible())
        return {};
    QList<Block> blocks;
    QHash<QAbstractScrollArea *, QList<Block>> scrolled;
    for (QAbstractButton *control : container->findChildren<QAbstractButton *>()) {
        if (!reachable(control))
            continue;
        if (QAbstractScrollArea *area = scrollAreaOf(control, container))
            scrolled[area].append(
                {QRect(control->mapTo(area->viewport(), QPoint(0, 0)), control->size()),
                 {control}});
        else
            blocks.append(
                {QRect(control->mapTo(container, QPoint(0, 0)), control->size()), {control}});
    }
    for (auto it = scrolled.cbegin(); it != scrolled.cend(); ++it)
        blocks.append({QRect(it.key()->mapTo(container, QPoint(0, 0)), it.key()->size()),
                       readingOrder(it.value())});
    return readingOrder(blocks);
}

} // namespace

KeypadNavigator::KeypadNavigator(QWidget *window, Scope scope, QObject *parent)
    : QObject(parent), m_window(window), m_scope(std::move(scope))
{
    qApp->installEventFilter(this);
}

KeypadNavigator::~KeypadNavigator()
{
    qApp->removeEventFilter(this);
}

QList<QWidget *> KeypadNavigator::controls() const
{
    QList<QWidget *> order;
    for (QWidget *container : m_scope())
        order += controlsOf(container);
    return order;
}

bool KeypadNavigator::inScope(const QWidget *widget) const
{
    if (!widget)
        return false;
    const QList<QWidget *> containers = m_scope();
    return std::any_of(containers.cbegin(), containers.cend(),
                       [widget](const QWidget *c) { return c->isAncestorOf(widget); });
}

void KeypadNavigator::reset()
{
    m_inUse = false;
}

void KeypadNavigator::pageShown()
{
    if (m_scope().isEmpty())
        return; // staff mode sets its own focus (the PIN pad takes the digits)
    QWidget *current = m_window->focusWidget();
    if (QWidget *first = m_inUse ? firstControl() : nullptr)
        focus(first);
    else if (current && current != m_window)
        current->clearFocus(); // a page with nothing to press yet: Enter does not press the bar
}

void KeypadNavigator::pageChanged()
{
    QWidget *current = m_window->focusWidget();
    if (!m_inUse || !(current && current->isVisible() && controls().contains(current)))
        pageShown();
}

QWidget *KeypadNavigator::firstControl() const
{
    // Where the page starts: its own first control (not the bar's, nor the speech controls).
    const QList<QWidget *> containers = m_scope();
    if (containers.isEmpty())
        return nullptr;
    for (QWidget *control : controlsOf(containers.constFirst()))
        if ((!m_notAStart || !m_notAStart->isAncestorOf(control)) &&
            !control->property("keypadNotAStart").toBool())
            return control;
    return nullptr;
}

void KeypadNavigator::focusFirst()
{
    if (QWidget *first = firstControl())
        focus(first);
}

void KeypadNavigator::focus(QWidget *control)
{
    control->setFocus(Qt::TabFocusReason);
    // A control scrolled out of sight comes into view.
    for (QWidget *p = control->parentWidget(); p; p = p->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(p)) {
            area->ensureWidgetVisible(control, 0, 16);
            break;
        }
}

void KeypadNavigator::move(int step)
{
    const QList<QWidget *> order = controls();
    if (order.isEmpty())
        return;
    const qsizetype at = order.indexOf(m_window->focusWidget());
    qsizetype next;
    if (at < 0)
        next = step > 0 ? 0 : order.size() - 1; // from nowhere: the first, or the last
    else
        next = (at + step + order.size()) % order.size();
    focus(order.at(next));
}

bool KeypadNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    // Only where the window delivers it, not again on its way up to the parents.
    QWidget *focused = m_window->focusWidget();
    if (widget != (focused ? focused : m_window))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (m_scope().isEmpty())
        return false; // staff mode: its forms and PIN pad use keys their own way
    switch (key->key()) {
    case Qt::Key_Tab:
        m_inUse = true;
        move(key->modifiers() & Qt::ShiftModifier ? -1 : 1);
        return true;
    case Qt::Key_Backtab:
    case Qt::Key_Up:
    case Qt::Key_Left:
        m_inUse = true;
        move(-1);
        return true;
    case Qt::Key_Down:
    case Qt::Key_Right:
        m_inUse = true;
        move(1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        m_inUse = true;
        const QList<QWidget *> order = controls();
        auto *button = qobject_cast<QAbstractButton *>(focused);
        if (!button || !order.contains(button)) {
            move(1); // nothing chosen yet: show (and say) where the keypad starts
            return true;
        }
        button->click();
        return true;
    }
    default:
        return false;
    }
}

QString KeypadNavigator::describe(const QWidget *control)
{
    if (!control)
        return {};
    QString text = control->accessibleName();
    const auto *button = qobject_cast<const QAbstractButton *>(control);
    if (text.isEmpty() && button)
        text = button->text();
    if (button && button->isCheckable())
        text = button->isChecked() ? tr("%1, on").arg(text) : tr("%1, off").arg(text);
    if (!control->isEnabled())
        text = tr("%1, unavailable").arg(text);
    const QString description = control->accessibleDescription();
    if (!description.isEmpty())
        text = tr("%1. %2", "a control's name, then what it does").arg(text, description);
    return text;
}

void KeypadNavigator::setSpokenAmount(QWidget *control, const QString &amount)
{
    control->setProperty(kAmountProperty, amount);
}

QString KeypadNavigator::spokenAmount(const QWidget *control)
{
    return control ? control->property(kAmountProperty).toString() : QString();
}

} // namespace kiosk::ui
