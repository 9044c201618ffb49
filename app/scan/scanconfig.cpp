// SPDX-License-Identifier: MIT
#include "scan/scanconfig.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSettings>

namespace kiosk::scan {

namespace {

Error badValue(const QString &key, const QString &value, const QString &expected)
{
    return fail(QCoreApplication::translate("kiosk::scan", "[scan] %1 = “%2”: %3")
                    .arg(key, value, expected));
}

// An integer in [low, high], or `fallback` when the key is absent.
Result<int> readInt(const QSettings &settings, const QString &key, int fallback, int low, int high)
{
    if (!settings.contains(key))
        return fallback;
    const QString raw = settings.value(key).toString().trimmed();
    bool ok = false;
    const int value = raw.toInt(&ok);
    if (!ok || value < low || value > high) {
        return badValue(
            key, raw,
            QCoreApplication::translate("kiosk::scan", "must be a whole number from %1 to %2")
                .arg(low)
                .arg(high));
    }
    return value;
}

} // namespace

Result<ScanConfig> ScanConfig::fromSettings(QSettings &settings)
{
    return fromSettings(settings, ScanConfig());
}

Result<ScanConfig> ScanConfig::fromSettings(QSettings &settings, const ScanConfig &base)
{
    ScanConfig config = base;
    settings.beginGroup(QStringLiteral("scan"));
    const auto endGroup = qScopeGuard([&settings] { settings.endGroup(); });

    if (settings.contains(QStringLiteral("sources"))) {
        // QSettings splits "a, b" into a list itself; a single name stays a string.
        QStringList names;
        const QVariant value = settings.value(QStringLiteral("sources"));
        const QStringList raw = value.typeId() == QMetaType::QStringList
                                    ? value.toStringList()
                                    : value.toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &entry : raw) {
            const QString name = entry.trimmed().toLower();
            if (name.isEmpty())
                continue;
            if (name != u"camera" && name != u"wedge" && name != u"serial") {
                return badValue(QStringLiteral("sources"), entry.trimmed(),
                                QCoreApplication::translate(
                                    "kiosk::scan", "the sources are camera, wedge and serial"));
            }
            if (!names.contains(name))
                names << name;
        }
        config.sources = names;
    }
    if (settings.contains(QStringLiteral("camera")))
        config.camera.camera = settings.value(QStringLiteral("camera")).toString().trimmed();

    struct IntKey
    {
        const char *key;
        int *target;
        int low;
        int high;
    };
    int baud = config.serial.baudRate;
    const IntKey ints[] = {
        {"duplicate_window_ms", &config.camera.duplicateWindowMs, 0, 600000},
        {"wedge_max_key_gap_ms", &config.wedge.maxKeyGapMs, 1, 1000},
        {"wedge_min_length", &config.wedge.minLength, 1, 8192},
        {"serial_baud_rate", &baud, 1200, 4000000},
        {"serial_reconnect_ms", &config.serial.reconnectIntervalMs, 100, 600000},
    };
    for (const IntKey &entry : ints) {
        const Result<int> value =
            readInt(settings, QString::fromLatin1(entry.key), *entry.target, entry.low, entry.high);
        if (!value)
            return value.failure();
        *entry.target = *value;
    }
    config.serial.baudRate = baud;
    if (settings.contains(QStringLiteral("serial_port")))
        config.serial.portName = settings.value(QStringLiteral("serial_port")).toString().trimmed();
    if (config.sources.contains(u"serial") && config.serial.portName.isEmpty()) {
        return fail(QCoreApplication::translate(
            "kiosk::scan", "[scan] serial_port is needed when the sources include serial"));
    }
    return config;
}

} // namespace kiosk::scan
