// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

namespace kiosk::config {

// Where the kiosk keeps its state (journal, the request on screen): the explicit directory if
// given, else $STATE_DIRECTORY (systemd's StateDirectory=), else $XDG_STATE_HOME/loyalty-kiosk
// (~/.local/state/loyalty-kiosk). Created with owner-only permissions when missing. Reading
// (history, pending) needs only a readable directory; everything else needs a writable one.
enum class StateDirUse
{
    Write,
    Read,
};
Result<QString> resolveStateDir(const QString &explicitDir, StateDirUse use = StateDirUse::Write);

} // namespace kiosk::config
