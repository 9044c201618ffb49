// SPDX-License-Identifier: MIT
#pragma once

namespace kiosk {

// The terminal key, access keys and the staff PIN pass through this process's memory: no core
// file may carry them to disk, and no other process of the same user may read that memory
// (PR_SET_DUMPABLE 0 also refuses ptrace and /proc/PID/mem). Call first thing in main().
void keepSecretsInMemory();

} // namespace kiosk
