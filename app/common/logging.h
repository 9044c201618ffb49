// SPDX-License-Identifier: MIT
#pragma once

namespace kiosk {

// One log line per message, "category: message", on stderr. Under systemd (JOURNAL_STREAM is
// set) each line starts with its syslog priority ("<3>" error ... "<7>" debug), which journald
// reads as the entry's priority: `journalctl -u loyalty-kiosk -p warning` then works without
// linking libsystemd.
void installLogHandler();

} // namespace kiosk
