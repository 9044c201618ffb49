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
    double screenDpi = 96;    // physical dots per inch of the touchscreen (0: unknown)

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

    // The DPI sizes are computed from: the configured or reported one, within 72..200 (a
    // screen that reports no or a nonsense physical size gets readable text all the same).
    double dpi() const;
    static constexpr double kMinimumDpi = 72;
    static constexpr double kMaximumDpi = 200;
    // A length on the glass in pixels at this screen's DPI.
    int mmToPx(double mm) const;

    // A touch target: at least 44 px and about 15 mm at the screen's DPI (KS X 9211).
    int minimumTargetPx() const;
    // Text sizes in pixels, from millimetres on the glass (at 96 DPI: 26, 40, 28 and 20 px);
    // doubled in large-text mode (buttons a little less, so two answers still fit a row).
    int bodyPx() const { return mmToPx(largeText ? 13.8 : 6.9); }
    int titlePx() const { return mmToPx(largeText ? 21.2 : 10.6); }
    int buttonPx() const { return mmToPx(largeText ? 13.8 : 7.4); }
    int smallPx() const { return mmToPx(largeText ? 10.6 : 5.3); }
    // Pictures read from a distance (the QR code, the countdown) grow by half in large-text
    // mode: doubled they would no longer fit beside their texts.
    double pictureScale() const { return largeText ? 1.5 : 1.0; }

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
