// SPDX-License-Identifier: MIT
#include "registry.h"

#include "commands/commands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace kiosk::cli {

namespace {

using namespace Qt::StringLiterals;

// The order here is the order of --help.
const std::array kCommands = {
    CommandSpec{u"check"_s,
                {},
                u"relay reachable, chain id, clock skew, keys, terminal id, TLS"_s,
                Needs::Relay,
                false,
                &commands::check},
    CommandSpec{u"show"_s, u"PAYMENT_ID"_s, u"the payment and its cancellation status"_s,
                Needs::Relay, false, &commands::show},
    CommandSpec{u"open"_s, u"PAYMENT_ID"_s,
                u"open a cancellation for the payment at this terminal"_s, Needs::Relay, true,
                &commands::open},
    CommandSpec{u"request"_s, u"PAYMENT_ID"_s,
                u"show the signing request (text, and as a QR image); it is kept in the state "
                u"directory until answered or expired"_s,
                Needs::Relay, true, &commands::request},
    CommandSpec{u"approve"_s, u"PAYMENT_ID"_s,
                u"take the wallet's answer to the request shown (--response), check it locally, "
                u"post it and follow the payment; or post a raw signature as given (--signature, "
                u"for diagnosis)"_s,
                Needs::Relay, true, &commands::approve},
    CommandSpec{u"close"_s, u"PAYMENT_ID"_s, u"close the cancellation"_s, Needs::Relay, true,
                &commands::close},
    CommandSpec{u"run"_s, u"PAYMENT_ID"_s,
                u"the whole flow: open if needed, show the request, take the answer (else from "
                u"standard input), post, follow, close"_s,
                Needs::Relay, true, &commands::run},
    CommandSpec{u"resume"_s,
                {},
                u"finish every unfinished cancellation in the journal"_s,
                Needs::Relay,
                true,
                &commands::resume},
    CommandSpec{u"pair"_s,
                {},
                u"remember a wallet's crypto-hdkey / crypto-account code, so requests to it "
                u"carry its path and fingerprint"_s,
                Needs::Relay,
                false,
                &commands::pair},
    CommandSpec{u"pending"_s,
                {},
                u"unfinished cancellations of this kiosk, with their status"_s,
                Needs::Relay,
                false,
                &commands::pending},
    CommandSpec{u"history"_s,
                {},
                u"what this kiosk did (journal)"_s,
                Needs::Config,
                false,
                &commands::history},
    CommandSpec{u"watch"_s,
                {},
                u"print relay events as they come: from the task feed, or as v1 callbacks"_s,
                Needs::Relay,
                false,
                &commands::watch},
    CommandSpec{u"pin-hash"_s,
                {},
                u"read a new staff PIN (6 to 12 digits) from standard input and print its hash "
                u"for /etc/loyalty-kiosk/staff-pin (mode 600; needs no relay)"_s,
                Needs::Nothing,
                false,
                &commands::pinHash},
    CommandSpec{u"setup-code-hash"_s,
                {},
                u"read the vendor's set-up code (8 to 16 digits) from standard input and print "
                u"its hash for /etc/loyalty-kiosk/setup-code (mode 600): while no staff PIN is "
                u"set up, whoever types the code on the kiosk's screen chooses the staff PIN"_s,
                Needs::Nothing,
                false,
                &commands::setupCodeHash},
    CommandSpec{u"config"_s,
                {},
                u"print the configuration in effect: kiosk.conf, then its drop-ins (kiosk.conf.d/"
                u"*.conf in name order), then staff's settings.conf, each key with the file it "
                u"came from; secrets masked (needs no relay)"_s,
                Needs::Config,
                false,
                &commands::configuration},
    CommandSpec{u"health"_s,
                {},
                u"ask the running kiosk (at [metrics] listen) whether it can serve customers: "
                u"\"ready\" (exit 0), or \"out of service\" and why (exit 1); exit 3 when it "
                u"does not answer within 5 s"_s,
                Needs::Config,
                false,
                &commands::health},
};

// Secrets (@FILE or -) are explained once, in the notes below the options.
const std::array kOptions = {
    OptionSpec{u"json"_s, {}, u"one JSON object per result"_s, Scope::Every, {}},
    OptionSpec{u"verbose"_s, {}, u"a log line per relay call"_s, Scope::Every, {}},
    OptionSpec{u"help"_s, {}, u"show this help"_s, Scope::Every, {}},
    OptionSpec{u"version"_s, {}, u"show the version"_s, Scope::Every, {}},
    OptionSpec{u"list-options"_s,
               {},
               u"print the registered commands and options as JSON (for the tests)"_s,
               Scope::Hidden,
               {}},

    OptionSpec{u"config"_s,
               u"FILE"_s,
               u"the configuration file (else $LOYALTY_KIOSK_CONFIG, else "
               u"/etc/loyalty-kiosk/kiosk.conf); its drop-ins FILE.d/*.conf (in name order), then "
               u"staff's touchscreen settings (settings.conf in the state directory) apply on top, "
               u"as the kiosk reads them, and the relay settings below on top of all"_s,
               Scope::Config,
               {}},
    OptionSpec{u"state-dir"_s,
               u"DIR"_s,
               u"the state directory: journal, lock, requests shown, paired wallets (else "
               u"$STATE_DIRECTORY, else ~/.local/state/loyalty-kiosk)"_s,
               Scope::Config,
               {}},

    OptionSpec{u"relay"_s, u"URL"_s, u"the relay's URL"_s, Scope::Relay, {}},
    OptionSpec{u"api"_s, u"v1|v2"_s, u"the relay API to use"_s, Scope::Relay, {}},
    OptionSpec{
        u"access-key"_s, u"@FILE|-"_s, u"the relay's access key (v1 API)"_s, Scope::Relay, {}},
    OptionSpec{u"terminal-key"_s,
               u"@FILE|-"_s,
               u"the terminal's key that signs v2 requests (the relay must list its address in "
               u"relay.paymentSigners)"_s,
               Scope::Relay,
               {}},
    OptionSpec{u"terminal-id"_s, u"ID"_s, u"this kiosk's terminal id"_s, Scope::Relay, {}},
    OptionSpec{u"approver"_s,
               u"customer|shop"_s,
               u"who signs approvals: the payment's wallet, or the shop owner (or its "
               u"delegator)"_s,
               Scope::Relay,
               {}},
    OptionSpec{u"timeout-ms"_s,
               u"N"_s,
               u"how long a relay call may take (1 to 600000)"_s,
               Scope::Relay,
               {}},

    OptionSpec{u"lock-wait"_s,
               u"SECONDS"_s,
               u"how long to wait for the state directory's lock held by another command or the "
               u"touchscreen kiosk, before exiting 2 naming the holder (0 to 3600, default 10)"_s,
               Scope::Locking,
               {}},

    OptionSpec{u"reject"_s,
               {},
               u"reject the cancellation instead of approving it"_s,
               Scope::Commands,
               {u"request"_s, u"approve"_s, u"run"_s}},
    OptionSpec{u"format"_s,
               u"ur|json"_s,
               u"how the signing request is encoded (default ur)"_s,
               Scope::Commands,
               {u"request"_s, u"run"_s}},
    OptionSpec{u"png"_s,
               u"FILE"_s,
               u"also write the signing request as a QR image"_s,
               Scope::Commands,
               {u"request"_s, u"run"_s}},
    OptionSpec{u"response"_s,
               u"TEXT|@FILE|-"_s,
               u"the wallet's answer to the request shown: a UR, native JSON or a bare "
               u"signature; @FILE is a QR image or text with one animated-UR part per line; - "
               u"is standard input (run reads it from there by default)"_s,
               Scope::Commands,
               {u"approve"_s, u"run"_s}},
    OptionSpec{u"signature"_s,
               u"SIG"_s,
               u"post this raw signature as given, instead of --response (diagnosis)"_s,
               Scope::Commands,
               {u"approve"_s}},
    OptionSpec{u"no-wait"_s,
               {},
               u"do not follow the payment after posting"_s,
               Scope::Commands,
               {u"approve"_s}},
    OptionSpec{
        u"abandon"_s, {}, u"close with confirm=false: no refund"_s, Scope::Commands, {u"close"_s}},
    OptionSpec{u"ur"_s,
               u"TEXT|@FILE"_s,
               u"the wallet's crypto-hdkey or crypto-account code: text, or @FILE with a QR "
               u"image or the text"_s,
               Scope::Commands,
               {u"pair"_s},
               true},
    OptionSpec{u"csv"_s, {}, u"the history as CSV"_s, Scope::Commands, {u"history"_s}},
    OptionSpec{u"search"_s,
               u"TEXT"_s,
               u"only the history entries that match TEXT"_s,
               Scope::Commands,
               {u"history"_s}},
    OptionSpec{
        u"payment"_s, u"ID"_s, u"only this payment's events"_s, Scope::Commands, {u"watch"_s}},
    OptionSpec{u"for"_s, u"SECONDS"_s, u"stop after this long"_s, Scope::Commands, {u"watch"_s}},
    OptionSpec{u"count"_s, u"N"_s, u"stop after N events"_s, Scope::Commands, {u"watch"_s}},
    OptionSpec{u"events"_s,
               u"tasks|callback"_s,
               u"where events come from: the task feed (default with the v2 API) or v1 "
               u"callbacks (default with the v1 API)"_s,
               Scope::Commands,
               {u"watch"_s}},
    OptionSpec{u"interval-ms"_s,
               u"N"_s,
               u"how often the task feed is polled (50 to 60000)"_s,
               Scope::Commands,
               {u"watch"_s}},
    OptionSpec{u"listen"_s,
               u"ADDRESS:PORT"_s,
               u"where v1 callbacks are received (default 127.0.0.1:0)"_s,
               Scope::Commands,
               {u"watch"_s}},
    OptionSpec{u"callback-key"_s,
               u"@FILE|-"_s,
               u"the relay's callback key that v1 callbacks are checked against (else [events] "
               u"callback_key)"_s,
               Scope::Commands,
               {u"watch"_s}},
    OptionSpec{u"effective"_s,
               {},
               u"the merged configuration with the source of every value"_s,
               Scope::Commands,
               {u"config"_s},
               true},
};

constexpr int kWidth = 96;
constexpr int kHelpColumn = 30;

// `text` in lines of at most kWidth columns, the first after `lead`, the rest indented by
// `indent`.
QString wrapped(const QString &lead, const QString &text, int indent)
{
    QString out = lead;
    qsizetype lineStart = 0;
    bool fresh = true; // nothing written on the current line after its lead or indent
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!fresh && out.size() - lineStart + 1 + word.size() > kWidth) {
            out += u'\n';
            lineStart = out.size();
            out += QString(indent, u' ');
            fresh = true;
        }
        if (!fresh)
            out += u' ';
        out += word;
        fresh = false;
    }
    return out + u'\n';
}

// "  term                        help", the help on the next line when the term is long.
QString entry(const QString &term, const QString &help)
{
    if (term.size() + 4 > kHelpColumn)
        return wrapped(u"  "_s, term, 8) + wrapped(QString(kHelpColumn, u' '), help, kHelpColumn);
    return wrapped(QString(u"  "_s + term).leftJustified(kHelpColumn), help, kHelpColumn);
}

QString optionTerm(const OptionSpec &option)
{
    const QString name = u"--"_s + option.name;
    return option.valueName.isEmpty() ? name : name + u' ' + option.valueName;
}

QStringList commandsUsing(const OptionSpec &option)
{
    QStringList names;
    for (const CommandSpec &command : kCommands)
        if (option.usedBy(command))
            names << command.name;
    return names;
}

QString synopsis(const CommandSpec &command)
{
    QString text = command.name;
    if (!command.arguments.isEmpty())
        text += u' ' + command.arguments;
    for (const OptionSpec &option : kOptions)
        if (option.scope == Scope::Commands && option.usedBy(command))
            text += option.required ? QString(u' ' + optionTerm(option))
                                    : QString(u" ["_s + optionTerm(option) + u']');
    return text;
}

// The commands that read options of `scope`: "every command", "every command but a and b" or a
// list, whichever is shorter.
QString readers(Scope scope)
{
    QStringList users;
    QStringList others;
    const OptionSpec probe{{}, {}, {}, scope, {}};
    for (const CommandSpec &command : kCommands)
        (probe.usedBy(command) ? users : others) << command.name;
    const auto list = [](QStringList names) {
        const QString last = names.takeLast();
        return names.isEmpty() ? last : names.join(u", "_s) + u" and "_s + last;
    };
    if (others.isEmpty())
        return u"every command"_s;
    return others.size() < users.size() ? u"every command but "_s + list(others) : list(users);
}

// The options of one scope, under a heading.
QString optionSection(Scope scope, const QString &heading)
{
    QString out = u"\n"_s + wrapped({}, heading + u':', 0);
    for (const OptionSpec &option : kOptions) {
        if (option.scope != scope)
            continue;
        QString help = option.help;
        if (scope == Scope::Commands)
            help += u" ["_s + commandsUsing(option).join(u", "_s) + u']';
        out += entry(optionTerm(option), help);
    }
    return out;
}

} // namespace

bool OptionSpec::usedBy(const CommandSpec &command) const
{
    switch (scope) {
    case Scope::Every:
        return true;
    case Scope::Config:
        return command.needs != Needs::Nothing;
    case Scope::Relay:
        return command.needs == Needs::Relay;
    case Scope::Locking:
        return command.locks;
    case Scope::Commands:
        return commands.contains(command.name);
    case Scope::Hidden:
        return false;
    }
    return false;
}

std::span<const CommandSpec> commandSpecs()
{
    return kCommands;
}

std::span<const OptionSpec> optionSpecs()
{
    return kOptions;
}

const CommandSpec *findCommand(const QString &name)
{
    const auto found = std::find_if(kCommands.begin(), kCommands.end(),
                                    [&](const CommandSpec &c) { return c.name == name; });
    return found == kCommands.end() ? nullptr : &*found;
}

const OptionSpec *findOption(const QString &name)
{
    const auto found = std::find_if(kOptions.begin(), kOptions.end(),
                                    [&](const OptionSpec &o) { return o.name == name; });
    return found == kOptions.end() ? nullptr : &*found;
}

void addOptions(QCommandLineParser &parser)
{
    for (const OptionSpec &option : kOptions) {
        QCommandLineOption parsed(option.name, option.help, option.valueName);
        if (option.scope == Scope::Hidden)
            parsed.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(parsed);
    }
}

QString usage()
{
    QString out = u"Usage: loyalty-kioskctl [OPTIONS] COMMAND [ARGS]\n\n"
                  u"The headless Loyalty Kiosk: the same core as the touchscreen application.\n\n"
                  u"Commands:\n"_s;
    for (const CommandSpec &command : kCommands)
        out += entry(synopsis(command), command.help);
    out += optionSection(Scope::Every, u"Options of every command"_s);
    out += optionSection(Scope::Config, u"Settings ("_s + readers(Scope::Config) + u')');
    out += optionSection(Scope::Relay, u"Relay settings ("_s + readers(Scope::Relay) + u')');
    out += optionSection(Scope::Locking,
                         u"The state directory's lock ("_s + readers(Scope::Locking) + u')');
    out += optionSection(Scope::Commands,
                         u"Options of some commands (in brackets: the commands that read them)"_s);
    out += u"\n"_s +
           wrapped({},
                   u"Secrets are never written on the command line (any user can read it): @FILE "
                   u"reads the first line of a file only the kiosk's user may read, - reads one "
                   u"line of standard input (before a wallet's answer), and "
                   u"$CREDENTIALS_DIRECTORY/access-key, terminal-key and callback-key (systemd "
                   u"credentials) replace the configuration file's."_s,
                   0);
    out += u"\n"_s +
           wrapped({},
                   u"Every command that changes a cancellation at the relay (%1) records it in the "
                   u"journal in the state directory first; if the journal cannot be written (disk "
                   u"full, read-only, locked), nothing is sent and the command exits 2. Only one "
                   u"such command, or the touchscreen kiosk, works in a state directory at a "
                   u"time; another waits up to --lock-wait. history and pending only read, "
                   u"alongside them."_s.arg(readers(Scope::Locking)),
                   0);
    out += u"\nExit status: 0 success, 1 the relay refused (its code is shown), 2 bad input,\n"
           u"3 transport fault (timeout, refused, TLS, unreadable answer).\n"_s;
    return out;
}

QString registrationsJson()
{
    QJsonArray commandList;
    for (const CommandSpec &command : kCommands)
        commandList.append(QJsonObject{{u"name"_s, command.name},
                                       {u"synopsis"_s, synopsis(command)},
                                       {u"help"_s, command.help}});
    QJsonArray optionList;
    for (const OptionSpec &option : kOptions) {
        QJsonObject json{
            {u"name"_s, option.name}, {u"valueName"_s, option.valueName}, {u"help"_s, option.help}};
        json.insert(u"hidden"_s, option.scope == Scope::Hidden);
        json.insert(u"commands"_s, QJsonArray::fromStringList(commandsUsing(option)));
        optionList.append(json);
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"commands"_s, commandList}, {u"options"_s, optionList}})
            .toJson(QJsonDocument::Compact));
}

} // namespace kiosk::cli
