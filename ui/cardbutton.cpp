// SPDX-License-Identifier: MIT
#include "cardbutton.h"

#include "theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kiosk::ui {

CardButton::CardButton(QWidget *parent) : QPushButton(parent), m_lines(new QVBoxLayout(this))
{
    m_lines->setContentsMargins(24, 16, 24, 16);
    m_lines->setSpacing(4);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

QLabel *CardButton::addLine(const QString &text, const char *role)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    if (role)
        setRole(label, role);
    m_lines->addWidget(label);
    return label;
}

namespace {
// A touch target at least (QPushButton's own hints would ask this class's sizeHint again).
QSize targetSize()
{
    const int target = Theme::current().minimumTargetPx();
    return {target, target};
}
} // namespace

QSize CardButton::sizeHint() const
{
    return m_lines->totalSizeHint().expandedTo(targetSize());
}

QSize CardButton::minimumSizeHint() const
{
    // As narrow as the lines' longest word; the height at a given width is heightForWidth's.
    return m_lines->totalMinimumSize().expandedTo(targetSize());
}

int CardButton::heightForWidth(int width) const
{
    return std::max(m_lines->totalHeightForWidth(width), targetSize().height());
}

} // namespace kiosk::ui
