// SPDX-License-Identifier: MIT
// loyalty-kiosk: the touchscreen application.
#include "common/logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    kiosk::installLogHandler();
    QApplication::setApplicationName(QStringLiteral("loyalty-kiosk"));
    QApplication::setOrganizationName(QStringLiteral("loyalty-kiosk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("loyalty-kiosk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    kiosk::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
