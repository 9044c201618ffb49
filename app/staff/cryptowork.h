// SPDX-License-Identifier: MIT
#pragma once

#include "staff/staffpin.h"

#include <QFuture>
#include <QtConcurrentRun>

#include <utility>

namespace kiosk::staff {

// Runs `work` (hashing, verifying or sealing a PIN: a few hundred ms on purpose) on Qt's
// global thread pool, never on the UI thread, and frees that thread's OpenSSL state as soon
// as it is done (releaseThreadCrypto()). The future carries what `work` returns.
template<typename Work> auto runCryptoWork(Work work)
{
    return QtConcurrent::run([work = std::move(work)]() mutable {
        auto result = work();
        releaseThreadCrypto();
        return result;
    });
}

} // namespace kiosk::staff
