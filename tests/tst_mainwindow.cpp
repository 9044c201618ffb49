// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "session/kiosksession.h"

#include <QLabel>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOnAttractScreen();
};

void TestMainWindow::startsOnAttractScreen()
{
    kiosk::config::KioskConfig config;
    config.fullScreen = false;
    kiosk::session::KioskSession session(config);
    kiosk::ui::MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.page(), kiosk::ui::MainWindow::Page::Attract);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
