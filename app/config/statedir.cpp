// SPDX-License-Identifier: MIT
#include "config/statedir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kiosk::config {

Result<QString> resolveStateDir(const QString &explicitDir, StateDirUse use)
{
    QString dir = explicitDir;
    if (dir.isEmpty()) {
        // systemd may pass several, colon-separated: the first is ours.
        dir = qEnvironmentVariable("STATE_DIRECTORY").section(u':', 0, 0);
    }
    if (dir.isEmpty()) {
        QString base = qEnvironmentVariable("XDG_STATE_HOME");
        if (base.isEmpty())
            base = QDir::homePath() + QStringLiteral("/.local/state");
        dir = base + QStringLiteral("/loyalty-kiosk");
    }
    QDir directory(dir);
    if (!directory.exists()) {
        if (!QDir().mkpath(dir))
            return fail(
                QCoreApplication::translate("kiosk::config", "cannot create the state directory %1")
                    .arg(dir));
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    }
    const QFileInfo info(dir);
    if (use == StateDirUse::Read && info.isDir() && info.isReadable())
        return info.absoluteFilePath();
    if (!info.isDir() || !info.isWritable())
        return fail(QCoreApplication::translate(
                        "kiosk::config", "the state directory %1 is not a writable directory")
                        .arg(dir));
    return info.absoluteFilePath();
}

} // namespace kiosk::config
