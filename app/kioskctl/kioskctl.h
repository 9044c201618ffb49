// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace kiosk::cli {

// Exit status contract: 0 success, 1 the relay refused (its code shown), 2 bad input,
// 3 transport fault.
enum ExitCode
{
    ExitOk = 0,
    ExitRelayRefused = 1,
    ExitBadInput = 2,
    ExitTransport = 3
};

int run(const QStringList &arguments);

} // namespace kiosk::cli
