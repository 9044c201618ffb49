// SPDX-License-Identifier: MIT
// The command handlers; registry.cpp names them, with their arguments, options and help.
// Each returns the exit status (kioskctl.h), or throws BadInput.
#pragma once

namespace kiosk::cli {

class Context;

namespace commands {

int check(Context &context);         // check.cpp
int show(Context &context);          // cancellation.cpp
int open(Context &context);          // cancellation.cpp
int close(Context &context);         // cancellation.cpp
int request(Context &context);       // approval.cpp
int approve(Context &context);       // approval.cpp
int pair(Context &context);          // approval.cpp
int run(Context &context);           // flow.cpp
int resume(Context &context);        // flow.cpp
int pending(Context &context);       // journal.cpp
int history(Context &context);       // journal.cpp
int watch(Context &context);         // watch.cpp
int pinHash(Context &context);       // hashes.cpp
int setupCodeHash(Context &context); // hashes.cpp
int configuration(Context &context); // config.cpp
int health(Context &context);        // health.cpp

} // namespace commands
} // namespace kiosk::cli
