// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

// The result of running one of the built command-line tools (loyalty-wallet, loyalty-kioskctl,
// loyalty-kiosk's command line): every test runs them through runTool below.
struct ToolRun
{
    int exitCode = -1; // -2 when it crashed
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Runs a tool to its end (killed after 90 s), feeding `input` on standard input.
inline ToolRun runTool(const QString &program, const QStringList &args,
                       const QByteArray &input = {},
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::CrashExit ? -2 : process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
