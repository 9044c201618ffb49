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

void AttractScreen::setService(Service service, const QString &reason, bool comesBack)
{
    m_service = service;
    m_reason = reason;
    m_comesBack = comesBack;
    retranslate();
}

QString AttractScreen::guidance() const
{
    QString text = m_title->text() + u' ' + m_subtitle->text();
    if (m_status->isVisibleTo(this))
        text += u' ' + m_status->text();
    return text;
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
    const bool out = m_service == Service::OutOfService;
    if (out) {
        // What is wrong and what the customer can do about it, not only that it does not work.
        m_title->setText(tr("This kiosk is out of service right now"));
        m_subtitle->setText(
            tr("Please ask the staff at the counter for help, or come back a little later."));
    } else {
        m_title->setText(tr("Cancel a purchase paid with points"));
        m_subtitle->setText(
            tr("If the shop cancelled your purchase, approve it here to get your points back."));
    }
    m_demo->setText(tr("Demo mode: a simulated loyalty system and a demo wallet. No real points "
                       "are used.") +
                    u'\n' + tr("Staff PIN in this demo: %1").arg(QStringLiteral("0000")));
    const bool ready = m_service == Service::Ready;
    m_status->setVisible(!ready);
    QString status = tr("Connecting to the loyalty system…");
    if (out) {
        status = m_reason;
        if (m_comesBack)
            status += u' ' + tr("This screen comes back by itself when the kiosk works again.");
    }
    m_status->setText(status);
    m_start->setEnabled(ready);
    m_start->setText(tr("Start"));
    describe(m_start, tr("Start"), tr("Shows the cancellations waiting at this kiosk"));
    m_staff->setText(tr("Staff"));
    describe(m_staff, tr("Staff mode"), tr("For shop staff: asks for the staff PIN"));
}

} // namespace kiosk::ui
