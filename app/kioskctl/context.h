// SPDX-License-Identifier: MIT
// What every command handler shares: its options and arguments, the configuration and relay
// client, printing and failing with the exit status contract, the state directory, and waiting
// on the event loop.
#pragma once

#include "common/commandline.h"
#include "config/kioskconfig.h"
#include "config/statedir.h"
#include "relay/relayclient.h"
#include "workflow/journal.h"
#include "workflow/statelock.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdio>
#include <optional>

class QCommandLineParser;

namespace kiosk::cli {

Q_DECLARE_LOGGING_CATEGORY(lcKioskCtl)

struct CommandSpec;

inline const QString kProgram = QStringLiteral("loyalty-kioskctl");

// "-" for none, else ISO 8601 in UTC.
QString formatTime(qint64 unixSeconds);
// The `{"ok":false,"error":{...}}` line of --json.
void printJsonError(const QJsonObject &error);

class Context
{
public:
    Context(const QCommandLineParser &parser, const CommandSpec &command);
    Q_DISABLE_COPY_MOVE(Context)

    // Options are read by their registered name (registry.cpp).
    QString option(const QString &name) const;
    bool isSet(const QString &name) const;
    // The option's value, else `fallback`.
    QString option(const QString &name, const QString &fallback) const;
    // The option's value (else `fallback`) as `parse` reads it; bad input names the option.
    template<typename Parse>
    auto parsedOption(const QString &name, Parse parse, const QString &fallback = {}) const
    {
        auto parsed = parse(option(name, fallback));
        if (!parsed)
            throw BadInput{u"--" + name + u": " + parsed.error()};
        return parsed.value();
    }
    // A secret option's value: "@FILE" as given, or "-" read from standard input; the secret
    // itself on the command line is refused (every user can read it in ps and /proc).
    QString secretOption(const QString &name, const char *credential) const;
    // The command's name and positional arguments.
    const QStringList &positional() const { return m_positional; }
    QString paymentIdArgument() const;
    void expectArguments(int count) const;
    // A wallet's answer: a text, "@FILE" (a QR image, or text with one UR part per line in any
    // order), or "-" for standard input; its non-empty lines.
    QStringList responseTexts(const QString &argument) const;

    void loadConfig(); // the configuration file with staff's settings on top
    void setUp();      // loadConfig() and the relay client
    config::KioskConfig &config() { return m_config; }
    // After loadConfig(): the configuration file named, and the staff's settings.conf applied
    // on top ("" when there was none).
    const QString &configPath() const { return m_configPath; }
    const QString &overridesPath() const { return m_overridesPath; }
    const relay::RelaySettings &settings() const { return m_settings; }
    relay::RelayClient *client() const { return m_client; }
    QObject *scope() { return &m_scope; } // parent of everything the commands create

    bool json() const { return m_json; }
    void print(const QJsonObject &json, const QString &human) const;
    // Prints the relay's failure and returns its exit status.
    int fail(const relay::RelayError &error) const;

    QString stateDir(config::StateDirUse use = config::StateDirUse::Write) const;
    // Commands that change cancellations hold the state directory's lock while they work.
    void lockStateDir();
    // Opens the journal in the state directory; a writer (which must hold the lock) also
    // applies the history retention.
    void openJournal(workflow::Journal &journal,
                     workflow::Journal::Mode mode = workflow::Journal::Mode::Writer);

    // Runs the event loop until an asynchronous call answers. Fine in a CLI: there is no UI
    // thread, and the relay client's own timeout bounds the wait.
    template<typename T, typename Start> static relay::RelayResult<T> await(Start start)
    {
        std::optional<relay::RelayResult<T>> result;
        QEventLoop loop;
        start([&](const relay::RelayResult<T> &answer) {
            result = answer;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return *result;
    }
    // Runs the event loop until `sender` emits `signal`, unless `busy` says it is done already.
    template<typename Sender, typename Signal>
    static void waitFor(const Sender *sender, Signal signal, bool busy)
    {
        if (!busy)
            return;
        QEventLoop loop;
        QObject::connect(sender, signal, &loop, &QEventLoop::quit);
        loop.exec();
    }
    // Lets the event loop run for `duration` (between polls).
    static void pause(std::chrono::milliseconds duration);

private:
    QString stateDirOption() const;

    const QCommandLineParser &m_parser;
    const CommandSpec &m_command;
    QStringList m_positional;
    bool m_json = false;
    config::KioskConfig m_config;
    QString m_configPath;
    QString m_overridesPath;
    relay::RelaySettings m_settings;
    relay::RelayClient *m_client = nullptr;
    workflow::StateLock m_lock;
    QObject m_scope;
};

} // namespace kiosk::cli
