// SPDX-License-Identifier: MIT
#include "speechpanel.h"

#include <QPushButton>

namespace kiosk::ui {

SpeechPanel::SpeechPanel(QWidget *parent)
    : ButtonGrid(QMargins(0, 0, 0, 24), parent), m_amount(addButton("speechAmount")),
      m_volume(addButton("speechVolume")), m_rate(addButton("speechRate"))
{
    setObjectName(QStringLiteral("speechPanel"));
    // It sits on top of a page: a touch between its buttons is not a touch on the page
    // ("touch anywhere to start").
    setAttribute(Qt::WA_NoMousePropagation);
    connect(m_amount, &QPushButton::clicked, this, &SpeechPanel::amountRequested);
    connect(m_volume, &QPushButton::clicked, this, &SpeechPanel::volumeRequested);
    connect(m_rate, &QPushButton::clicked, this, &SpeechPanel::rateRequested);
    retranslate();
    remeasure();
}

void SpeechPanel::setLevels(int volume, int rate, int levels)
{
    m_volumeLevel = volume;
    m_rateLevel = rate;
    m_levels = levels;
    retranslate();
}

void SpeechPanel::retranslate()
{
    m_amount->setText(tr("Read amount"));
    m_amount->setAccessibleName(tr("Read amount"));
    m_amount->setAccessibleDescription(
        tr("Reads aloud the amount on this screen; amounts are not read otherwise"));
    m_volume->setText(tr("Volume %1/%2").arg(m_volumeLevel).arg(m_levels));
    m_volume->setAccessibleName(tr("Volume %1 of %2").arg(m_volumeLevel).arg(m_levels));
    m_volume->setAccessibleDescription(
        tr("Press for a louder voice; after the loudest it starts again from the quietest"));
    m_rate->setText(tr("Speed %1/%2").arg(m_rateLevel).arg(m_levels));
    m_rate->setAccessibleName(tr("Speed %1 of %2").arg(m_rateLevel).arg(m_levels));
    m_rate->setAccessibleDescription(
        tr("Press for a faster voice; after the fastest it starts again from the slowest"));
}

} // namespace kiosk::ui
