// SPDX-License-Identifier: MIT
#pragma once

#include <QBoxLayout>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace kiosk::ui {

// One page of the kiosk. Texts are set in retranslate(), which runs again on every language
// switch; guidance() is what the kiosk says aloud when the page appears (with read aloud on).
// The content (m_layout) scrolls by touch when it is taller than the screen, with a cue that
// says so; the actions (m_buttons) stay below it, always on screen. In a landscape window the
// widgets given to keepBeside() (a QR code and its primary action) stand in a column of their
// own left of the content, and the actions stand side by side when their labels fit.
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
    // Whether the page is laid out in two columns (a landscape window, the side column fits).
    bool isWide() const { return m_wide; }
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    // Lays the page out again for its size, orientation and text size (on resizes, language
    // and style changes; the main window calls it when the theme changes).
    void arrange();

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

    // Widgets the screens are built from: a role for the style sheet, an object name for tests.
    QLabel *addLabel(const char *objectName, const char *role = nullptr);
    QPushButton *makeButton(const char *objectName, const char *role = nullptr);
    static void describe(QWidget *control, const QString &name, const QString &description);

    // In landscape, `widget` (already in `home`, a layout of the content or m_buttons) moves to
    // the side column, in the order given; in portrait it goes back to its place in `home`.
    void keepBeside(QWidget *widget, QBoxLayout *home);
    // Sizes the page's pictures for a side column of at most `side` (wide) or for a content
    // column `side.width()` wide (portrait). Wide, returns the side column's width, or 0 when
    // the kept widgets do not fit in it (the page stays in one column): the base measures them
    // at the column's width.
    virtual int fitSide(bool wide, QSize side);
    // The side column's margins (around the kept widgets) and spacing.
    QMargins sideMargins() const;
    int sideSpacing() const;

    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

    QBoxLayout *m_layout; // content from the top; buttons go into m_buttons at the bottom
    QBoxLayout *m_buttons;

private:
    void updateMoreCue();

    void setWide(bool wide);

    struct Kept
    {
        QWidget *widget;
        QBoxLayout *home;
        int index;
        Qt::Alignment alignment;
    };
    QList<Kept> m_kept;
    QScrollArea *m_scroll;
    QLabel *m_moreCue;
    QWidget *m_side;
    QVBoxLayout *m_sideLayout;
    QVBoxLayout *m_actions;
    bool m_wide = false;
    bool m_arranging = false;
};

} // namespace kiosk::ui
