// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace kiosk::scan {
// "kiosk.scan": scan sources (camera, keyboard-wedge and serial scanners).
Q_DECLARE_LOGGING_CATEGORY(lcScan)
} // namespace kiosk::scan
