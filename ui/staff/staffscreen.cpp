// SPDX-License-Identifier: MIT
#include "staff/staffscreen.h"

#include "session/kiosksession.h"
#include "staff/connectiontab.h"
#include "staff/diagnosticstab.h"
#include "staff/historytab.h"
#include "staff/opentab.h"
#include "staff/settingstab.h"
#include "staff/stafftab.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QShowEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kiosk::ui {

StaffScreen::StaffScreen(session::KioskSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("staffScreen"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("staffTitle"));
    setRole(m_title, "title");
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("staffMode"));
    setRole(m_mode, "muted");
    m_exit = makeStaffButton(QStringLiteral("staffExit"), this, "primary");
    connect(m_exit, &QPushButton::clicked, this, &StaffScreen::exitRequested);
    m_restart = makeStaffButton(QStringLiteral("staffRestart"), this, "danger");
    connect(m_restart, &QPushButton::clicked, this, &StaffScreen::restartRequested);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("staffTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setExpanding(true);
    m_settings = new SettingsTab(session, m_tabs);
    m_connection = new ConnectionTab(session, m_tabs);
    m_history = new HistoryTab(session, m_tabs);
    m_open = new OpenTab(session, m_tabs);
    m_diagnostics = new DiagnosticsTab(session, m_tabs);
    for (StaffTab *tab : std::initializer_list<StaffTab *>{m_settings, m_connection, m_history,
                                                           m_open, m_diagnostics})
        m_tabs->addTab(tab, tab->title());

    connect(m_settings, &SettingsTab::settingsSaved, this, &StaffScreen::settingsSaved);
    connect(m_settings, &SettingsTab::pinChanged, this, &StaffScreen::pinChanged);
    connect(m_open, &OpenTab::customerCancellationReady, this,
            &StaffScreen::customerCancellationReady);

    // Title, then the way out on a row of its own: on a narrow screen both stay whole.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_mode);
    layout->addWidget(m_exit);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_restart);
    retranslate();
}

void StaffScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Each visit starts from the settings in force: edits left unsaved last time are dropped.
    if (!event->spontaneous())
        m_settings->load();
}

void StaffScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::StyleChange) {
        // Another DPI or contrast: the style sheet gives the controls other sizes, and a form's
        // nested rows do not always notice on their own (they kept the old DPI's height).
        for (QLayout *layout : findChildren<QLayout *>())
            layout->invalidate();
    }
    QWidget::changeEvent(event);
}

void StaffScreen::retranslate()
{
    m_title->setText(tr("Staff mode"));
    m_title->setAccessibleName(m_title->text());
    const QString mode =
        m_session->isDemo() ? tr("Demo mode: no real payments are touched.") : QString();
    m_mode->setText(mode);
    m_mode->setAccessibleName(mode);
    m_mode->setVisible(!mode.isEmpty());
    m_exit->setText(tr("Back to customer screens"));
    setAccessibleTexts(m_exit, tr("Back to customer screens"),
                       tr("Leaves staff mode; unsaved settings are dropped"));
    m_restart->setText(tr("Restart the kiosk"));
    setAccessibleTexts(m_restart, tr("Restart the kiosk"),
                       tr("Quits the application; the system service starts it again with the "
                          "saved settings"));
    setAccessibleName(tr("Staff mode"));
    // The tabs retranslate their own contents on the same event; their titles live here.
    for (int index = 0; index < m_tabs->count(); ++index)
        if (auto *tab = qobject_cast<StaffTab *>(m_tabs->widget(index)))
            m_tabs->setTabText(index, tab->title());
    setAccessibleTexts(m_tabs, tr("Staff tasks"),
                       tr("Settings, connection, history, opening "
                          "a cancellation and diagnostics"));
}

} // namespace kiosk::ui
