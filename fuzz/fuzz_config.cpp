// SPDX-License-Identifier: MIT
// The configuration file (config/kioskconfig): the INI text as kiosk.conf, then as the staff
// overrides file on top of it, then the relay settings it describes.

#include "config/kioskconfig.h"
#include "fuzzcommon.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace kiosk;
using namespace kiosk::config;

KIOSK_FUZZ_TARGET(QCoreApplication)
{
    // Made once, on the first input (after the application), removed at exit.
    static const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/fuzz-config-XXXXXX"));
    // "@path" reads a secret from a file: a device or pipe there would only test the machine.
    if (input.contains(QByteArrayView("/dev")) || input.contains(QByteArrayView("/proc")) ||
        input.contains(QByteArrayView("/sys")))
        return;
    const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(input.data(), input.size());
    }
    const auto loaded = KioskConfig::load(path, true);
    if (!loaded)
        return;
    KioskConfig config = loaded.value();
    (void)config.relaySettings();
    (void)config.applyOverrides(path);
    (void)config.relaySettings();
}
