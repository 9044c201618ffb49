// SPDX-License-Identifier: MIT
#include "metrics/buildinfo.h"

#include <QtGlobal>

namespace kiosk::metrics {

QString buildVersion()
{
    return QStringLiteral(KIOSK_VERSION);
}

QString buildCommit()
{
    return QStringLiteral(KIOSK_GIT_COMMIT);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace kiosk::metrics
