// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace kiosk::metrics {

// The project's version, the git commit it was built from ("unknown" when not built from a
// checkout), and the Qt it runs with.
QString buildVersion();
QString buildCommit();
QString qtVersion();

} // namespace kiosk::metrics
