// SPDX-License-Identifier: MIT
#include "screens/screen.h"

#include "theme.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

#include <algorithm>

namespace kiosk::ui {

namespace {
// The page's margins left and right of its content and actions.
constexpr int kSideMargin = 48;
} // namespace

Screen::Screen(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout), m_buttons(new QVBoxLayout),
      m_scroll(new QScrollArea(this)), m_moreCue(new QLabel(this)), m_side(new QWidget(this)),
      m_sideLayout(new QVBoxLayout(m_side)), m_actions(new QVBoxLayout)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("pageContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(kSideMargin, 32, kSideMargin, 16);
    contentLayout->setSpacing(0);
    contentLayout->addLayout(m_layout);
    contentLayout->addStretch(1);
    m_layout->setSpacing(20);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    // A finger drags the page; a mouse keeps clicking (and selecting) as usual.
    QScroller::grabGesture(m_scroll->viewport(), QScroller::TouchGesture);
    m_scroll->verticalScrollBar()->installEventFilter(this);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &Screen::updateMoreCue);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &Screen::updateMoreCue);

    m_moreCue->setObjectName(QStringLiteral("moreBelow"));
    m_moreCue->setAlignment(Qt::AlignCenter);
    setRole(m_moreCue, "small");
    m_moreCue->setText(QStringLiteral(" ")); // one line tall, shown or not

    m_buttons->setSpacing(16);
    m_actions->setContentsMargins(kSideMargin, 0, kSideMargin, 16);
    m_actions->setSpacing(8);
    m_actions->addWidget(m_moreCue);
    // Controls sit at the bottom of every page: within reach from a wheelchair, and where a
    // customer's hand already is after the previous tap.
    m_actions->addLayout(m_buttons);

    // Landscape: the side column (empty and hidden in portrait) left of the content and its
    // actions, as tall as the page; it never scrolls, so it takes only what fits.
    m_side->setObjectName(QStringLiteral("pageSide"));
    m_sideLayout->setContentsMargins(kSideMargin, 32, 0, 16);
    m_sideLayout->setSpacing(16);
    m_sideLayout->addStretch(1);
    m_side->hide();
    m_side->installEventFilter(this); // its texts changed: do they still fit?
    auto *column = new QVBoxLayout;
    column->setSpacing(0);
    column->addWidget(m_scroll, 1);
    column->addLayout(m_actions);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_side);
    outer->addLayout(column, 1);
}

bool Screen::hasHeightForWidth() const
{
    return false;
}

QSize Screen::minimumSizeHint() const
{
    // A page takes the size the window gives it and arranges itself for it (arrange()): the
    // minimum of how it is arranged now (two columns, a row of actions) must not keep a
    // rotated window from becoming narrower or shorter. What then does not fit is clipped
    // for everyone to see, and the layout test fails on it.
    return {0, 0};
}

void Screen::keepBeside(QWidget *widget, QBoxLayout *home)
{
    m_kept.append({widget, home, home->indexOf(widget), {}});
}

QMargins Screen::sideMargins() const
{
    return m_sideLayout->contentsMargins();
}

int Screen::sideSpacing() const
{
    return m_sideLayout->spacing();
}

int Screen::fitSide(bool wide, QSize side)
{
    if (!wide)
        return 0;
    // The kept widgets one above the other in 40 % of the page (of the half offered), with
    // the column's margins.
    side.setWidth(side.width() * 4 / 5);
    const QMargins margins = m_sideLayout->contentsMargins();
    const int width = side.width() - margins.left() - margins.right();
    int needed = margins.top() + margins.bottom();
    for (const Kept &kept : std::as_const(m_kept)) {
        if (kept.widget->isHidden())
            continue;
        needed += (kept.widget->hasHeightForWidth() ? kept.widget->heightForWidth(width)
                                                    : kept.widget->sizeHint().height()) +
                  m_sideLayout->spacing();
    }
    return needed <= side.height() ? side.width() : 0;
}

void Screen::arrange()
{
    if (m_arranging)
        return;
    m_arranging = true;
    // The display's orientation, not the page's: in low position a portrait page is short too.
    const bool landscape = window()->width() > window()->height();
    const QSize page = size();
    int sideWidth = 0;
    if (landscape && !m_kept.isEmpty())
        sideWidth = fitSide(true, QSize(page.width() / 2, page.height())); // at most half
    const bool wide = sideWidth > 0;
    if (wide) {
        m_side->setFixedWidth(sideWidth);
    } else {
        // The content's width, less a scroll bar it may need.
        const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
        fitSide(false, QSize(page.width() - 2 * kSideMargin - scrollBar, page.height()));
    }
    setWide(wide);
    // Actions side by side in landscape, when every label fits whole in one row: a short row
    // leaves the content its height. One above the other otherwise, each label whole.
    const int available = page.width() - (wide ? m_side->width() : 0) - 2 * kSideMargin;
    int needed = 0;
    int shown = 0;
    for (int i = 0; i < m_buttons->count(); ++i)
        if (QWidget *button = m_buttons->itemAt(i)->widget(); button && !button->isHidden()) {
            needed += button->sizeHint().width();
            ++shown;
        }
    needed += m_buttons->spacing() * std::max(0, shown - 1);
    const auto direction =
        landscape && needed <= available ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_buttons->direction() != direction)
        m_buttons->setDirection(direction);
    m_arranging = false;
}

void Screen::setWide(bool wide)
{
    if (wide == m_wide)
        return;
    m_wide = wide;
    if (wide) {
        // Where each one stands now: it goes back there in portrait.
        for (Kept &kept : m_kept) {
            kept.index = kept.home->indexOf(kept.widget);
            if (QLayoutItem *item = kept.home->itemAt(kept.index))
                kept.alignment = item->alignment();
        }
        for (int i = 0; i < m_kept.size(); ++i) {
            m_kept[i].home->removeWidget(m_kept[i].widget);
            // As they stood: pictures centred, texts and actions as wide as the column.
            m_sideLayout->insertWidget(i, m_kept[i].widget, 0, m_kept[i].alignment);
        }
    } else {
        QList<Kept> back = m_kept;
        std::stable_sort(back.begin(), back.end(),
                         [](const Kept &a, const Kept &b) { return a.index < b.index; });
        for (const Kept &kept : std::as_const(back)) {
            m_sideLayout->removeWidget(kept.widget);
            kept.home->insertWidget(kept.index, kept.widget, 0, kept.alignment);
        }
    }
    m_side->setVisible(wide);
}

void Screen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void Screen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    arrange();
}

void Screen::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

void Screen::holdTopStrip(QWidget *strip)
{
    QWidget *content = m_scroll->widget();
    if (strip->parentWidget() == content)
        return;
    const bool visible = strip->isVisibleTo(strip->parentWidget());
    // The layout it leaves lets go of it as it changes parent.
    static_cast<QBoxLayout *>(content->layout())->insertWidget(0, strip);
    strip->setVisible(visible);
}

bool Screen::event(QEvent *event)
{
    // An action shown or hidden, a label changed: whether the actions fit in one row and the
    // side column in the page's height may have changed. Arranging again with nothing changed
    // changes nothing, so this settles at once.
    if (event->type() == QEvent::LayoutRequest)
        arrange();
    return QWidget::event(event);
}

bool Screen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_side && event->type() == QEvent::LayoutRequest)
        arrange();
    if (watched == m_scroll->verticalScrollBar() &&
        (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        updateMoreCue();
    return QWidget::eventFilter(watched, event);
}

void Screen::updateMoreCue()
{
    // The visible cue that there is more: said in words, not only by a thin scroll bar.
    // Its room is kept when there is nothing below: showing it must not move the buttons (nor
    // change the page's height, which would change whether there is more below).
    const QScrollBar *bar = m_scroll->verticalScrollBar();
    m_moreCue->setText(bar->maximum() > 0 && bar->value() < bar->maximum() ? tr("▼ More below ▼")
                                                                           : QStringLiteral(" "));
}

void Screen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateMoreCue();
        retranslate();
    }
    QWidget::changeEvent(event);
    // Other words or another text size: the actions may no longer fit side by side.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::StyleChange)
        arrange();
}

QLabel *Screen::addLabel(const char *objectName, const char *role)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (role)
        setRole(label, role);
    m_layout->addWidget(label);
    return label;
}

QPushButton *Screen::makeButton(const char *objectName, const char *role)
{
    auto *button = new QPushButton(this);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setFocusPolicy(Qt::StrongFocus);
    if (role)
        setRole(button, role);
    return button;
}

void Screen::describe(QWidget *control, const QString &name, const QString &description)
{
    control->setAccessibleName(name);
    control->setAccessibleDescription(description);
}

} // namespace kiosk::ui
