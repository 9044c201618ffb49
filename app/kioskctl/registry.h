// SPDX-License-Identifier: MIT
// Every command and option of loyalty-kioskctl, registered once: the parser, --help and the
// option listing the tests read are all built from these tables.
#pragma once

#include <QString>
#include <QStringList>

#include <span>

class QCommandLineParser;

namespace kiosk::cli {

class Context;

// What a command needs before its handler runs.
enum class Needs
{
    Nothing, // only hashes its input: no configuration file, no relay
    Config,  // the configuration file with staff's settings on top
    Relay,   // that, and a relay client
};

struct CommandSpec
{
    QString name;
    QString arguments; // positional arguments after the name, as shown in the synopsis
    QString help;
    Needs needs = Needs::Relay;
    bool locks = false; // changes cancellations: holds the state directory's lock
    int (*handler)(Context &) = nullptr;
};

// Which commands read an option: a group derived from the commands' needs, or a list.
enum class Scope
{
    Every,    // every command
    Config,   // every command that reads the configuration
    Relay,    // every command that talks to the relay
    Locking,  // every command that holds the state directory's lock
    Commands, // the commands named in OptionSpec::commands
    Hidden,   // for developers and tests: not in the usage
};

struct OptionSpec
{
    QString name;
    QString valueName; // empty: a flag
    QString help;
    Scope scope = Scope::Commands;
    QStringList commands;  // Scope::Commands only
    bool required = false; // Scope::Commands: those commands need it

    bool usedBy(const CommandSpec &command) const;
};

std::span<const CommandSpec> commandSpecs();
std::span<const OptionSpec> optionSpecs();
const CommandSpec *findCommand(const QString &name);
const OptionSpec *findOption(const QString &name);

void addOptions(QCommandLineParser &parser);
QString usage();
// The registrations as one JSON document (--list-options), so a test can check the usage.
QString registrationsJson();

} // namespace kiosk::cli
