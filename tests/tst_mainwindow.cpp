// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QLabel>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTitle();
};

void TestMainWindow::startsWithTitle()
{
    kiosk::ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *title = window.findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY(title);
    QVERIFY(!title->text().isEmpty());
    QVERIFY(!title->accessibleName().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
