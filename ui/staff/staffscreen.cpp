// SPDX-License-Identifier: MIT
#include "staff/staffscreen.h"

#include "keyboard/onscreenkeyboard.h"
#include "session/kiosksession.h"
#include "staff/connectiontab.h"
#include "staff/diagnosticstab.h"
#include "staff/historytab.h"
#include "staff/opentab.h"
#include "staff/settingstab.h"
#include "staff/stafftab.h"
#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
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
    connect(m_restart, &QPushButton::clicked, this, [this] { askToRestart(true); });
    m_restartQuestion = new QWidget(this);
    m_restartQuestion->setObjectName(QStringLiteral("staffRestartQuestion"));
    m_restartText = new QLabel(m_restartQuestion);
    m_restartText->setObjectName(QStringLiteral("staffRestartText"));
    m_restartText->setWordWrap(true);
    m_restartConfirm =
        makeStaffButton(QStringLiteral("staffRestartConfirm"), m_restartQuestion, "danger");
    connect(m_restartConfirm, &QPushButton::clicked, this, [this] {
        askToRestart(false);
        Q_EMIT restartRequested();
    });
    m_restartKeep = makeStaffButton(QStringLiteral("staffRestartKeep"), m_restartQuestion, nullptr);
    connect(m_restartKeep, &QPushButton::clicked, this, [this] { askToRestart(false); });
    auto *question = new QVBoxLayout(m_restartQuestion);
    question->setContentsMargins(0, 0, 0, 0);
    question->addWidget(m_restartText);
    auto *answers = new QHBoxLayout;
    answers->addWidget(m_restartKeep, 1);
    answers->addWidget(m_restartConfirm, 1);
    question->addLayout(answers);
    m_restartQuestion->hide();

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

    // Every staff field types with this keyboard: a kiosk has no USB keyboard.
    m_keyboard = new OnScreenKeyboard(m_tabs, this);
    connect(m_keyboard, &OnScreenKeyboard::targetChanged, this, &StaffScreen::keyboardMoved);

    // Title, then the way out on a row of its own: on a narrow screen both stay whole.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_mode);
    layout->addWidget(m_exit);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_restart);
    layout->addWidget(m_restartQuestion);
    layout->addWidget(m_keyboard);
    retranslate();
}

StaffScreen::~StaffScreen()
{
    // First: closing the window moves the focus, and the keyboard would report that to this
    // screen after its destructor (found by UBSan in tst_keyboard).
    delete m_keyboard;
}

void StaffScreen::keyboardMoved(QWidget *field)
{
    // While staff type, the keyboard takes the restart's place: less to scroll past, and no
    // restart a finger can hit on the way to a key.
    const bool typing = field != nullptr;
    if (typing)
        askToRestart(false);
    m_restart->setVisible(!typing);
    if (!field)
        return;
    // The page above has less room now: once it has its new height, the field must show.
    QTimer::singleShot(0, field, [field] {
        for (QWidget *p = field->parentWidget(); p; p = p->parentWidget())
            if (auto *area = qobject_cast<QScrollArea *>(p))
                return area->ensureWidgetVisible(field);
    });
}

void StaffScreen::askToRestart(bool asking)
{
    const bool answering = m_restartQuestion->isAncestorOf(QApplication::focusWidget());
    m_restartQuestion->setVisible(asking);
    m_restart->setVisible(!asking);
    if (asking)
        m_restartKeep->setFocus(); // the safe answer first
    else if (answering)
        m_restart->setFocus(); // the keypad stays where it was
}

void StaffScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Each visit starts from the settings in force: edits left unsaved last time are dropped.
    if (!event->spontaneous()) {
        m_settings->load();
        askToRestart(false);
    }
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
    setButtonTexts(m_exit, tr("Back to customer screens"),
                   tr("Leaves staff mode; unsaved settings are dropped"));
    setButtonTexts(m_restart, tr("Restart the kiosk"),
                   tr("Quits the application; the system service starts it again with the "
                      "saved settings"));
    m_restartText->setText(tr("Restart the kiosk now? The screen goes blank for a few "
                              "seconds; a cancellation in progress is kept and continues."));
    m_restartText->setAccessibleName(m_restartText->text());
    setButtonTexts(m_restartConfirm, tr("Yes, restart"), tr("Quits and starts the kiosk again"));
    setButtonTexts(m_restartKeep, tr("No, keep running"), tr("Nothing is restarted"));
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
