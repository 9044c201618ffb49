// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

// A secret for a kiosk tool's command line, which refuses secrets written there: the secret is
// put in an owner-only file, and "@FILE" is what goes on the command line. One file per
// secret, for the life of the test process.
inline QString secretArg(const QString &secret)
{
    static QTemporaryDir dir;
    static QHash<QString, QString> files;
    if (const auto known = files.constFind(secret); known != files.cend())
        return *known;
    const QString path = dir.filePath(QStringLiteral("secret-%1").arg(files.size()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret.toUtf8() + '\n');
    file.close();
    return *files.insert(secret, u'@' + path);
}
