// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "scan/linesplitter.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace kiosk::scan {

struct CameraScanConfig
{
    QString camera;               // id or description (exact, then part of it); empty: default
    int duplicateWindowMs = 2000; // the same code again within this time is not reported
    int retryIntervalMs = 5000;   // after a camera error, try again this often
};

struct KeyboardWedgeConfig
{
    int maxKeyGapMs = 30;  // a scanner types faster than this between keys; people do not
    int minLength = 8;     // shorter bursts ending in Enter are typing, not a scan
    int flushDelayMs = 80; // held keys reach their widget at most this late when typing stops
};

struct SerialScanConfig
{
    QString portName;               // "/dev/ttyACM0" or "ttyACM0"
    qint32 baudRate = 9600;         // USB CDC scanners ignore it; RS-232 ones do not
    int reconnectIntervalMs = 2000; // how often to try again when the port is missing
    qsizetype maxLineBytes = LineSplitter::defaultMaxLineBytes;
};

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

} // namespace kiosk::scan
