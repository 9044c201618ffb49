// SPDX-License-Identifier: MIT
// loyalty-kioskctl: the headless kiosk, for vendors, staff over SSH, and tests.
#include "common/hardening.h"
#include "common/logging.h"
#include "kioskctl.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    kiosk::keepSecretsInMemory();
    QCoreApplication app(argc, argv);
    kiosk::installLogHandler();
    QCoreApplication::setApplicationName(QStringLiteral("loyalty-kioskctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("loyalty-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    return kiosk::cli::run(QCoreApplication::arguments());
}
