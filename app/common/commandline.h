// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdio>

// What the command-line tools (loyalty-kioskctl, loyalty-wallet, loyalty-relay-sim) share.
namespace kiosk {

// Input a command cannot work with: the tool prints the message, which names the argument,
// as one line on stderr, prints nothing on stdout and exits with status 2.
struct BadInput
{
    QString message;
};

// One line on stdout or stderr, flushed at once: scripts and tests read the tools' output
// line by line while they run.
void writeLine(FILE *stream, const QString &line);

} // namespace kiosk
