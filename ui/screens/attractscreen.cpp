// SPDX-License-Identifier: MIT
#include "screens/attractscreen.h"

#include <QBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>

namespace kiosk::ui {

AttractScreen::AttractScreen(QWidget *parent)
    : Screen(parent), m_title(addLabel("attractTitle", "title")),
      m_subtitle(addLabel("attractSubtitle")), m_demo(addLabel("attractDemo", "muted")),
      m_status(addLabel("attractStatus", "danger")), m_start(makeButton("startButton", "primary")),
      m_staff(makeButton("staffButton"))
{
    m_title->setAlignment(Qt::AlignCenter);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_demo->setAlignment(Qt::AlignCenter);
    m_status->setAlignment(Qt::AlignCenter);
    m_demo->hide();
    // One row: Start wide and first, Staff small at the side; a short screen keeps both.
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    row->addWidget(m_start, 1);
    row->addWidget(m_staff);
    m_buttons->addLayout(row);
    connect(m_start, &QPushButton::clicked, this, &AttractScreen::startRequested);
    connect(m_staff, &QPushButton::clicked, this, &AttractScreen::staffRequested);
    retranslate();
}

void AttractScreen::setDemo(bool demo)
{
    m_isDemo = demo;
    m_demo->setVisible(demo);
}

void AttractScreen::setUnavailable(bool starting, const QString &reason)
{
    m_starting = starting;
    m_reason = reason;
    retranslate();
}

QString AttractScreen::guidance() const
{
    return m_title->text() + u' ' + m_subtitle->text();
}

void AttractScreen::mouseReleaseEvent(QMouseEvent *event)
{
    // "Touch anywhere to start": the whole page is a target, not only the button.
    if (m_start->isEnabled() && event->button() == Qt::LeftButton)
        Q_EMIT startRequested();
    Screen::mouseReleaseEvent(event);
}

void AttractScreen::retranslate()
{
    m_title->setText(tr("Cancel a purchase paid with points"));
    m_subtitle->setText(
        tr("If the shop cancelled your purchase, approve it here to get your points back."));
    m_demo->setText(tr("Demo mode: a simulated loyalty system and a demo wallet. No real points "
                       "are used.") +
                    u'\n' + tr("Staff PIN in this demo: %1").arg(QStringLiteral("0000")));
    const bool ready = !m_starting && m_reason.isEmpty();
    m_status->setVisible(!ready);
    m_status->setText(m_starting ? tr("Connecting to the loyalty system…")
                                 : tr("Out of service: %1").arg(m_reason));
    m_start->setEnabled(ready);
    m_start->setText(tr("Start"));
    describe(m_start, tr("Start"), tr("Shows the cancellations waiting at this kiosk"));
    m_staff->setText(tr("Staff"));
    describe(m_staff, tr("Staff mode"), tr("For shop staff: asks for the staff PIN"));
}

} // namespace kiosk::ui
