// SPDX-License-Identifier: MIT
#include "scan/scansource.h"

#include "scan/camerascansource.h"
#include "scan/keyboardwedgescansource.h"
#include "scan/scanlogging.h"
#include "scan/serialscansource.h"

namespace kiosk::scan {

Q_LOGGING_CATEGORY(lcScan, "kiosk.scan", QtInfoMsg)

QList<ScanSource *> createScanSources(const ScanConfig &config, QObject *parent)
{
    QList<ScanSource *> sources;
    for (const QString &name : config.sources) {
        if (name == u"camera")
            sources << new CameraScanSource(config.camera, parent);
        else if (name == u"wedge")
            sources << new KeyboardWedgeScanSource(config.wedge, parent);
        else if (name == u"serial")
            sources << new SerialScanSource(config.serial, parent);
    }
    return sources;
}

} // namespace kiosk::scan
