// SPDX-License-Identifier: MIT
#include "scan/scansource.h"

#include "scan/scanlogging.h"

namespace kiosk::scan {

Q_LOGGING_CATEGORY(lcScan, "kiosk.scan", QtInfoMsg)

} // namespace kiosk::scan
