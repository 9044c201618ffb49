// SPDX-License-Identifier: MIT
#pragma once

#include "scan/scanconfig.h"

#include <QList>
#include <QObject>
#include <QString>

namespace kiosk::scan {

// Anything that can hand the kiosk a scanned text: a camera reading QR codes, a 2D scanner
// typing like a keyboard, a scanner on a serial port. The workflow listens to textScanned()
// and does not care which one it was.
class ScanSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ScanSource() override = default;

    // Begin delivering texts. Problems are reported through errorOccurred(); a source keeps
    // trying (hot-plug, reconnect) until stop().
    virtual void start() = 0;
    virtual void stop() = 0;
    // Short, human-readable ("Camera “HD Webcam”", "Scanner on /dev/ttyACM0").
    virtual QString name() const = 0;
    // Started and able to deliver right now.
    virtual bool isActive() const = 0;

Q_SIGNALS:
    void textScanned(const QString &text);
    // What the source is doing, for a status line ("Camera ready", "Waiting for /dev/ttyACM0").
    void statusChanged(const QString &status);
    // Something went wrong that a person may have to fix (unplugged, no permission, ...).
    void errorOccurred(const QString &message);
};

// One source per entry in config.sources, owned by `parent`, not started.
QList<ScanSource *> createScanSources(const ScanConfig &config, QObject *parent);

} // namespace kiosk::scan
