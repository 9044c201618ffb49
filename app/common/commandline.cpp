// SPDX-License-Identifier: MIT
#include "common/commandline.h"

namespace kiosk {

void writeLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

} // namespace kiosk
