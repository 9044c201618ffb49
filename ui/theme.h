// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

class QWidget;

namespace kiosk::ui {

// The one look of the kiosk: colours, type sizes and touch-target sizes for the accessibility
// modes, turned into the application's single style sheet.
struct Theme
{
    bool highContrast = false;
    bool largeText = false;   // 200 % type
    bool lowPosition = false; // every control in the lower part of the screen
    double screenDpi = 96;    // physical dots per inch of the touchscreen

    struct Colors
    {
        QColor background, text, mutedText, surface, primary, onPrimary, danger, onDanger,
            secondary, onSecondary, success, focus;
    };
    Colors colors() const;

    // Contrast each text/background pair must reach: 4.5:1, or 7:1 in high contrast (WCAG).
    double minimumContrast() const { return highContrast ? 7.0 : 4.5; }
    // The text/background pairs the style sheet uses, for the contrast check.
    struct ColorPair
    {
        QString name;
        QColor foreground, background;
    };
    QList<ColorPair> colorPairs() const;

    // A touch target: at least 44 px and about 15 mm at the screen's DPI (KS X 9211).
    int minimumTargetPx() const;
    // Body text in pixels (doubled in large-text mode).
    int bodyPx() const { return largeText ? 52 : 26; }
    int titlePx() const { return largeText ? 80 : 40; }
    int buttonPx() const { return largeText ? 52 : 28; }
    int smallPx() const { return largeText ? 40 : 20; }

    QString styleSheet() const;

    // The theme in use (custom-painted widgets read their colours from it).
    static const Theme &current();
    static void setCurrent(const Theme &theme);

    // WCAG 2.2 contrast ratio of two opaque colours, from 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);
};

// Object names that get a role in the style sheet: set with setRole(widget, "primary"). A new
// role restyles the widget at once; setting the same role again costs nothing.
void setRole(QWidget *widget, const char *role);

} // namespace kiosk::ui
