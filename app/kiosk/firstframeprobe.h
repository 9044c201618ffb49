// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>

namespace kiosk {

// For tools/bench/compare (--exit-after-first-frame): prints how long the first frame took since
// the process started and since main, then ends the application.
void reportFirstFrameAndExit(const QElapsedTimer &sinceMain);

} // namespace kiosk
