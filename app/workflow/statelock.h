// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QString>

namespace kiosk::workflow {

// One kiosk per state directory: every process that changes cancellations (the touchscreen
// application, kioskctl's run, resume, open, approve, close) holds an exclusive flock(2) on
// stateDir/kiosk.lock while it works, so no cancellation is ever run twice at once. Readers
// (history, pending) do not take it. The kernel releases the lock when the process ends,
// kill -9 included, so a crash never leaves a stale lock behind. The file names the holder
// (pid and command) for the message a second process shows.
class StateLock
{
public:
    StateLock() = default;
    ~StateLock();
    StateLock(const StateLock &) = delete;
    StateLock &operator=(const StateLock &) = delete;

    // Takes the lock, waiting up to `waitMs` for another holder to finish. The error says who
    // holds it. `what` is written into the lock file for that message ("loyalty-kioskctl run").
    Result<void> acquire(const QString &stateDir, const QString &what, int waitMs);
    void release();
    bool isHeld() const { return m_fd >= 0; }

    static QString fileName(const QString &stateDir);
    // Who holds (or last held) the lock, as written in the file: "pid 1234 (loyalty-kiosk)".
    static QString holder(const QString &stateDir);

private:
    int m_fd = -1;
};

} // namespace kiosk::workflow
