// SPDX-License-Identifier: MIT
#pragma once

#include "session/kiosksession.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QAbstractScrollArea;
class QLabel;
class QPushButton;

namespace kiosk::ui {

// One page of the staff screen. Texts are set in retranslate(), which runs at construction and
// again on every language change.
class StaffTab : public QWidget
{
    Q_OBJECT

public:
    explicit StaffTab(session::KioskSession *session, QWidget *parent = nullptr);

    // The tab's title in the current language.
    virtual QString title() const = 0;
    virtual void retranslate() = 0;

protected:
    void changeEvent(QEvent *event) override;

    // Guarded: a tab going away after the session must not touch it.
    QPointer<session::KioskSession> m_session;
};

// A label that tells staff how an action went: hidden while empty, styled as a problem or a
// success, and rebuilt in the current language by retranslate() (the text is kept as a
// function, so a message with arguments is translated again, not frozen).
class StaffMessage
{
public:
    using Text = std::function<QString()>;
    explicit StaffMessage(QLabel *label = nullptr) : m_label(label) {}

    void show(Text text, bool problem);
    void clear() { show({}, false); }
    void retranslate();

private:
    QLabel *m_label;
    Text m_text;
};

// A staff-screen button: named for tests, at least one touch target, styled by `role`.
QPushButton *makeStaffButton(const QString &objectName, QWidget *parent,
                             const char *role = nullptr);
// Screen readers read `name`; `description` says what happens when it is used.
void setAccessibleTexts(QWidget *widget, const QString &name, const QString &description);
// A button's label, which is also what a screen reader calls it, and what pressing it does.
void setButtonTexts(QAbstractButton *button, const QString &label, const QString &description);
// Lists and tables scroll with a finger drag, like the rest of the kiosk.
void enableTouchScrolling(QAbstractScrollArea *area);
// KioskSession::settingsDir() (staff settings, KioskConfig::overridesPath, and the staff PIN),
// empty before the session has started.
QString staffSettingsDir(const session::KioskSession *session);
// The smallest touch target the theme allows (rows of lists and tables get this height).
int staffTargetPx();

} // namespace kiosk::ui
