// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

namespace {
double channel(double value)
{
    const double c = value;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

QColor rgb(QRgb value)
{
    return QColor::fromRgb(value);
}

QString css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}
} // namespace

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Theme::Colors Theme::colors() const
{
    if (highContrast) // white and yellow on black: the usual high-contrast kiosk scheme
        return {rgb(0x000000), rgb(0xffffff), rgb(0xffffff), rgb(0x000000),
                rgb(0xffff00), rgb(0x000000), rgb(0xffffff), rgb(0x000000),
                rgb(0x000000), rgb(0xffffff), rgb(0x00ff66), rgb(0x00ffff)};
    return {rgb(0xf4f6fa), rgb(0x14213d), rgb(0x3d4a5c), rgb(0xffffff),
            rgb(0x0b57d0), rgb(0xffffff), rgb(0xb3261e), rgb(0xffffff),
            rgb(0xffffff), rgb(0x0b3a8c), rgb(0x1b6e3a), rgb(0xe8710a)};
}

QList<Theme::ColorPair> Theme::colorPairs() const
{
    const Colors c = colors();
    return {
        {QStringLiteral("text on background"), c.text, c.background},
        {QStringLiteral("muted text on background"), c.mutedText, c.background},
        {QStringLiteral("text on card"), c.text, c.surface},
        {QStringLiteral("muted text on card"), c.mutedText, c.surface},
        {QStringLiteral("primary button"), c.onPrimary, c.primary},
        {QStringLiteral("danger button"), c.onDanger, c.danger},
        {QStringLiteral("secondary button"), c.onSecondary, c.secondary},
        {QStringLiteral("success text"), c.success, c.surface},
    };
}

double Theme::dpi() const
{
    // NaN (a screen with no physical size) and 0 read as unknown: the usual desktop 96.
    if (!(screenDpi > 0))
        return 96;
    return std::clamp(screenDpi, kMinimumDpi, kMaximumDpi);
}

int Theme::mmToPx(double mm) const
{
    return int(std::lround(mm / 25.4 * dpi()));
}

int Theme::minimumTargetPx() const
{
    const int fifteenMm = int(std::ceil(15.0 / 25.4 * dpi()));
    return std::max(44, fifteenMm);
}

QString Theme::styleSheet() const
{
    const Colors c = colors();
    const int target = minimumTargetPx();
    const int border = highContrast ? 3 : 2;
    // Roles are dynamic properties ("role"), so screens say what a control is, not how it looks.
    return QStringLiteral(R"(
* { font-family: "Noto Sans CJK KR", "Noto Sans", sans-serif; }
QWidget#kioskRoot, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {
    background: %1; color: %2; }
QLabel { color: %2; background: transparent; font-size: %13px; }
QLabel[role="title"] { font-size: %14px; font-weight: 700; }
QLabel[role="muted"] { color: %3; }
QLabel[role="small"] { color: %3; font-size: %16px; }
QLabel[role="success"] { color: %11; font-weight: 700; }
QLabel[role="danger"] { color: %7; font-weight: 700; }
QLabel[role="countdown"] { font-size: %14px; font-weight: 700; }
QFrame[role="card"] { background: %4; border: %17px solid %3; border-radius: 16px; }
QFrame[role="card"] QLabel { color: %2; }
QAbstractButton { min-height: %12px; min-width: %12px; font-size: %15px; font-weight: 600;
    padding: 8px 24px; border-radius: 14px;
    background: %9; color: %10; border: %17px solid %10; }
QAbstractButton[role="primary"] { background: %5; color: %6; border-color: %5; }
QAbstractButton[role="danger"] { background: %7; color: %8; border-color: %7; }
QAbstractButton[role="card"] { background: %4; color: %2; border: %17px solid %3;
    text-align: left; padding: 16px 24px; }
QAbstractButton[role="key"] { min-width: 0px; padding: 0px; border-radius: 8px; }
QAbstractButton:focus { outline: none; border: %18px solid %19; }
QAbstractButton:disabled { background: %1; color: %3; border-color: %3; }
QAbstractButton:checked { background: %5; color: %6; border-color: %5; }
QAbstractButton:checked:focus { border: %18px solid %19; }
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTableView, QListWidget {
    font-size: %15px; min-height: %12px; background: %4; color: %2;
    border: %17px solid %3; border-radius: 8px; padding: 4px 8px; }
QTabBar::tab { min-height: %12px; min-width: %12px; font-size: %15px; padding: 8px 20px;
    background: %9; color: %10; }
QTabBar::tab:selected { background: %5; color: %6; }
QTabBar QToolButton { min-width: 0px; min-height: 0px; padding: 0px; border-radius: 0px; }
QHeaderView::section { background: %1; color: %2; font-size: %16px; }
)")
        .arg(css(c.background), css(c.text), css(c.mutedText), css(c.surface), css(c.primary),
             css(c.onPrimary), css(c.danger), css(c.onDanger), css(c.secondary))
        .arg(css(c.onSecondary), css(c.success))
        .arg(target)
        .arg(bodyPx())
        .arg(titlePx())
        .arg(buttonPx())
        .arg(smallPx())
        .arg(border)
        .arg(border + 2)
        .arg(css(c.focus));
}

namespace {
Theme &currentTheme()
{
    static Theme theme;
    return theme;
}
} // namespace

const Theme &Theme::current()
{
    return currentTheme();
}

void Theme::setCurrent(const Theme &theme)
{
    currentTheme() = theme;
}

void setRole(QWidget *widget, const char *role)
{
    const QString name = QString::fromLatin1(role);
    if (widget->property("role").toString() == name)
        return; // restyling is not free, and the countdown sets its role every tick
    widget->setProperty("role", name);
    // A changed role must restyle at once (e.g. the countdown turning to the warning colour).
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace kiosk::ui
