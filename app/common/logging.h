// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace kiosk {

// One log line per message, "category: message", on stderr. Under systemd (JOURNAL_STREAM is
// set) each line starts with its syslog priority ("<3>" error ... "<7>" debug), which journald
// reads as the entry's priority: `journalctl -u loyalty-kiosk -p warning` then works without
// linking libsystemd.
void installLogHandler();

// The last lines logged through that handler (at most `count`, oldest first), with their time
// and level: staff mode's diagnostics shows them without a shell or journalctl.
QStringList recentLogLines(int count = 200);

} // namespace kiosk
