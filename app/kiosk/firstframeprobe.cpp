// SPDX-License-Identifier: MIT
#include "firstframeprobe.h"

#include <QApplication>
#include <QFile>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace kiosk {

namespace {

// Milliseconds since the kernel started this process (/proc/self/stat, in clock ticks: 10 ms
// steps), or -1 when that cannot be read.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime); the fields after the command name in parentheses start at 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    timespec now{};
    if (fields.size() < 20 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double startMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs;
}

} // namespace

void reportFirstFrameAndExit(const QElapsedTimer &sinceMain)
{
    std::printf("first frame: %.1f ms after process start, %.1f ms after main\n",
                msSinceProcessStart(), double(sinceMain.nsecsElapsed()) / 1e6);
    std::fflush(stdout);
    QApplication::exit(0);
}

} // namespace kiosk
