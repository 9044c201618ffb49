// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace kiosk::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_title = new QLabel(central);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSize(28);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(central);
    m_subtitle->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addStretch();
    setCentralWidget(central);
    resize(1080, 1920 / 2);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Loyalty Kiosk"));
    m_title->setText(tr("Loyalty Kiosk"));
    m_subtitle->setText(tr("Point refunds for cancelled purchases"));
    m_title->setAccessibleName(m_title->text());
    m_subtitle->setAccessibleName(m_subtitle->text());
}

} // namespace kiosk::ui
