// SPDX-License-Identifier: MIT
#pragma once

#include <QBoxLayout>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace kiosk::ui {

// One page of the kiosk. Texts are set in retranslate(), which runs again on every language
// switch; guidance() is what the kiosk says aloud when the page appears (with read aloud on).
// The content (m_layout) scrolls by touch when it is taller than the screen, with a cue that
// says so; the actions (m_buttons) stay below it, always on screen.
class Screen : public QWidget
{
    Q_OBJECT

public:
    explicit Screen(QWidget *parent = nullptr);

    virtual QString guidance() const = 0;
    // The amounts on this page, read aloud only when the customer asks ("Read the amount"):
    // guidance() leaves them out. Empty: no amount here.
    virtual QString amountGuidance() const { return {}; }
    // Drops every trace of the customer (the kiosk went back to its attract screen).
    virtual void clear() {}
    // Back to the top of the page's content (a page is shown again from its beginning).
    void scrollToTop();
    // A strip shared by every page (the speech controls) moves to the top of this page's
    // content: it scrolls with it rather than taking room from the page's actions.
    void holdTopStrip(QWidget *strip);

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

    // Widgets the screens are built from: a role for the style sheet, an object name for tests.
    QLabel *addLabel(const char *objectName, const char *role = nullptr);
    QPushButton *makeButton(const char *objectName, const char *role = nullptr);
    static void describe(QWidget *control, const QString &name, const QString &description);

    bool eventFilter(QObject *watched, QEvent *event) override;

    QBoxLayout *m_layout; // content from the top; buttons go into m_buttons at the bottom
    QBoxLayout *m_buttons;

private:
    void updateMoreCue();

    QScrollArea *m_scroll;
    QLabel *m_moreCue;
};

} // namespace kiosk::ui
