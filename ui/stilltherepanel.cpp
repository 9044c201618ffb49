// SPDX-License-Identifier: MIT
#include "stilltherepanel.h"

#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

StillTherePanel::StillTherePanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_detail(new QLabel(this)),
      m_more(new QPushButton(this)), m_finish(new QPushButton(this))
{
    setObjectName(QStringLiteral("stillTherePanel"));
    m_title->setObjectName(QStringLiteral("stillThereTitle"));
    m_detail->setObjectName(QStringLiteral("stillThereDetail"));
    m_more->setObjectName(QStringLiteral("idleContinue"));
    m_finish->setObjectName(QStringLiteral("idleFinish"));
    setRole(m_title, "title");
    setRole(m_more, "primary");
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    m_detail->setAlignment(Qt::AlignCenter);
    m_more->setMinimumHeight(140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(24);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addWidget(m_more);
    layout->addWidget(m_finish);
    connect(m_more, &QPushButton::clicked, this, &StillTherePanel::moreTimeRequested);
    connect(m_finish, &QPushButton::clicked, this, &StillTherePanel::finishRequested);
    hide();
    retranslate();
}

void StillTherePanel::showWarning(int secondsLeft)
{
    setSecondsLeft(secondsLeft);
    if (parentWidget())
        setGeometry(parentWidget()->rect());
    raise();
    show();
    m_more->setFocus();
}

void StillTherePanel::setSecondsLeft(int secondsLeft)
{
    m_left = secondsLeft;
    retranslate();
}

QString StillTherePanel::guidance() const
{
    return m_title->text() + u' ' + m_detail->text();
}

void StillTherePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StillTherePanel::paintEvent(QPaintEvent *)
{
    // Opaque: the customer's data underneath stays hidden from passers-by too.
    QPainter(this).fillRect(rect(), Theme::current().colors().background);
}

void StillTherePanel::retranslate()
{
    m_title->setText(tr("Are you still there?"));
    m_detail->setText(tr("The kiosk goes back to the start in %n second(s) and clears this "
                         "screen.",
                         nullptr, m_left));
    m_more->setText(tr("I need more time"));
    m_more->setAccessibleName(tr("I need more time"));
    m_more->setAccessibleDescription(tr("Keeps this screen open"));
    m_finish->setText(tr("Finish now"));
    m_finish->setAccessibleName(tr("Finish now"));
    m_finish->setAccessibleDescription(tr("Clears the screen and goes back to the start"));
}

} // namespace kiosk::ui
