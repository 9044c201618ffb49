// SPDX-License-Identifier: MIT
#pragma once

namespace kiosk {

// SIGTERM (systemctl stop, a package upgrade) and SIGINT end the event loop instead of the
// process: the journal closes, systemd hears STOPPING=1, and children (the demo relay) are
// stopped by their owners' destructors. Call once, after the QCoreApplication exists.
void quitOnTerminationSignals();

} // namespace kiosk
