// SPDX-License-Identifier: MIT
#include "screens/screen.h"

#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

namespace kiosk::ui {

Screen::Screen(QWidget *parent)
    : QWidget(parent), m_layout(new QVBoxLayout), m_buttons(new QVBoxLayout),
      m_scroll(new QScrollArea(this)), m_moreCue(new QLabel(this))
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("pageContent"));
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(48, 32, 48, 16);
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
    auto *actions = new QVBoxLayout;
    actions->setContentsMargins(48, 0, 48, 16);
    actions->setSpacing(8);
    actions->addWidget(m_moreCue);
    // Controls sit at the bottom of every page: within reach from a wheelchair, and where a
    // customer's hand already is after the previous tap.
    actions->addLayout(m_buttons);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_scroll, 1);
    outer->addLayout(actions);
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

bool Screen::eventFilter(QObject *watched, QEvent *event)
{
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
