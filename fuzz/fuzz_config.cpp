// SPDX-License-Identifier: MIT
// The configuration file (config/kioskconfig): the INI text as kiosk.conf, then as the staff
// overrides file on top of it, then the relay settings it describes.

#include "config/kioskconfig.h"
#include "fuzzcommon.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace kiosk;
using namespace kiosk::config;

namespace {
std::unique_ptr<QTemporaryDir> g_dir;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initQt(argc, argv);
    g_dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/fuzz-config-XXXXXX"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzz::view(data, size);
    // "@path" reads a secret from a file: a device or pipe there would only test the machine.
    if (input.contains(QByteArrayView("/dev")) || input.contains(QByteArrayView("/proc")) ||
        input.contains(QByteArrayView("/sys")))
        return 0;
    const QString path = g_dir->filePath(QStringLiteral("kiosk.conf"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(input.data(), input.size());
    }
    const auto loaded = KioskConfig::load(path, true);
    if (!loaded)
        return 0;
    KioskConfig config = loaded.value();
    (void)config.relaySettings();
    (void)config.applyOverrides(path);
    (void)config.relaySettings();
    return 0;
}
