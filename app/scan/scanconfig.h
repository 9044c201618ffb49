// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "scan/camerascansource.h"
#include "scan/keyboardwedgescansource.h"
#include "scan/serialscansource.h"

#include <QList>
#include <QStringList>

class QSettings;

namespace kiosk::scan {

// Which scan sources the kiosk runs and how, from the [scan] group of the kiosk's INI file:
//
//   [scan]
//   sources = camera, wedge        ; any of camera, wedge, serial
//   camera = HD Webcam             ; id or (part of the) description; empty: the default
//   duplicate_window_ms = 2000
//   wedge_max_key_gap_ms = 30
//   wedge_min_length = 8
//   serial_port = /dev/ttyACM0
//   serial_baud_rate = 9600
//   serial_reconnect_ms = 2000
struct ScanConfig
{
    QStringList sources{QStringLiteral("camera"), QStringLiteral("wedge")};
    CameraScanConfig camera;
    KeyboardWedgeConfig wedge;
    SerialScanConfig serial;

    // Reads the [scan] group; missing keys keep their defaults, bad values are errors.
    static Result<ScanConfig> fromSettings(QSettings &settings);
    // The same, but missing keys keep their values in `base` (staff overrides on top of /etc).
    static Result<ScanConfig> fromSettings(QSettings &settings, const ScanConfig &base);
};

// One source per entry in config.sources, owned by `parent`, not started.
QList<ScanSource *> createScanSources(const ScanConfig &config, QObject *parent);

} // namespace kiosk::scan
