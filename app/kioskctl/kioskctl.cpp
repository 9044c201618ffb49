// SPDX-License-Identifier: MIT
// The command line: parsed against the registrations (registry.cpp), then one handler
// (commands/) runs with a Context.
#include "kioskctl.h"

#include "context.h"
#include "registry.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace kiosk::cli {

namespace {

void printUsage(FILE *stream)
{
    std::fputs(usage().toUtf8().constData(), stream);
}

int runCommand(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printUsage(stderr);
        return ExitBadInput;
    }
    const CommandSpec *command = findCommand(positional.first());
    if (!command)
        throw BadInput{
            QStringLiteral("unknown command '%1' (try --help)").arg(positional.first().left(40))};
    qCDebug(lcKioskCtl) << "command" << command->name;
    Context context(parser, *command);
    switch (command->needs) {
    case Needs::Nothing: // pin-hash and setup-code-hash only hash: no configuration file at all
        break;
    case Needs::Config: // history reads the journal only: no relay
        context.loadConfig();
        break;
    case Needs::Relay:
        context.setUp();
        break;
    }
    return command->handler(context);
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(parser);
    bool json = false; // only once the command line could be read
    try {
        if (!parser.parse(arguments))
            throw BadInput{parser.errorText()};
        if (parser.isSet(QStringLiteral("help"))) {
            printUsage(stdout);
            return ExitOk;
        }
        if (parser.isSet(QStringLiteral("list-options"))) {
            writeLine(stdout, registrationsJson());
            return ExitOk;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            writeLine(stdout, kProgram + u' ' + QCoreApplication::applicationVersion());
            return ExitOk;
        }
        json = parser.isSet(QStringLiteral("json"));
        // Per-call logs are for --verbose (or QT_LOGGING_RULES); warnings always show.
        if (!parser.isSet(QStringLiteral("verbose")) &&
            qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(
                QStringLiteral("kiosk.*.debug=false\nkiosk.*.info=false"));
        return runCommand(parser);
    } catch (const BadInput &error) {
        if (json)
            printJsonError({{QStringLiteral("kind"), QStringLiteral("bad-input")},
                            {QStringLiteral("message"), error.message}});
        writeLine(stderr, kProgram + u": " + error.message);
        return ExitBadInput;
    }
}

} // namespace kiosk::cli
