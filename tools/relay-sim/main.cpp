// SPDX-License-Identifier: MIT
// loyalty-relay-sim: the loyalty relay's kiosk-facing API on 127.0.0.1, for development,
// demos and tests. See docs/relay-simulator.md.
#include "common/commandline.h"
#include "relaysimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

#include <cstdio>

using namespace kiosk;
using namespace kiosk::sim;

namespace {

constexpr int kExitRuntimeError = 1;
constexpr int kExitBadInput = 2;

// Every flag but the timings, in the order --help lists them: its name, the help text, then for
// a flag that takes a value, the value's name and its default.
struct Flag
{
    QStringView name;
    QStringView help;
    QStringView valueName = {}; // none: a switch
    QStringView defaultValue = {};
};
constexpr Flag kFlags[] = {
    {u"port", u"TCP port on 127.0.0.1; 0 picks a free one.", u"port", u"7070"},
    {u"seed",
     u"Demo data (default: the bundled relay-seed.json); a number instead keeps the "
     u"bundled data and makes new payment ids reproducible (as --id-seed).",
     u"file|n"},
    {u"id-seed",
     u"Payment ids made by /sim/payments are random as the relays make them; with this "
     u"number they are the same on every run.",
     u"n"},
    {u"flavor",
     u"Which published relay to play: v2 (payment-contract-boa: v1 and v2 paths, task "
     u"feed) or v1-only (dms-osx: no terminalId, no task feed, no /v2 paths, reopens "
     u"only from 18).",
     u"v2|v1-only", u"v2"},
    {u"close-idle", u"Close keep-alive connections idle for 5 s, as both relays do."},
    {u"idle-close", u"Close keep-alive connections idle for this long (0: never).", u"seconds"},
    {u"no-shop-app",
     u"Cancel open answers 2005 (the shop owner has no shop app and no delegator); the "
     u"cancellation is opened all the same."},
    {u"delegator", u"Every shop has a delegator whose key the relay holds: the relay approves each "
                   u"opened cancellation by itself, nobody signs."},
    {u"access-key", u"v1 access key (Authorization header or body accessKey); default: random.",
     u"key"},
    {u"callback-url", u"POST every event here, as the relay's v1 callback (loopback http only).",
     u"url"},
    {u"callback-key", u"The accessKey sent in callbacks; default: random.", u"key"},
    {u"payment-signer",
     u"A v2 terminal address the relay accepts (repeatable; default: the seed's "
     u"terminal).",
     u"address"},
    {u"approver",
     u"Who signs approvals: customer (the payment's account, its nonce) or shop (the "
     u"shop owner, the owner's nonce).",
     u"who", u"customer"},
    {u"chain-id", u"Overrides the seed's chain id.", u"n"},
};

// The timing flags, listed after the others: seconds, each setting one of the config's timings.
struct TimingFlag
{
    QStringView name;
    QStringView defaultSeconds;
    QStringView help;
    qint64 SimConfig::*target;
};
constexpr TimingFlag kTimingFlags[] = {
    {u"payment-timeout", u"45", u"Seconds after opening until an approval gets 7000.",
     &SimConfig::paymentTimeoutMs},
    {u"forced-close", u"300", u"Seconds after which a cancellation still in 51-57 is closed as 59.",
     &SimConfig::forcedCloseMs},
    {u"chain-delay", u"2", u"Seconds an approval transaction takes to be mined.",
     &SimConfig::chainDelayMs},
    {u"close-window", u"40",
     u"Seconds after opening during which closing an unconfirmed cancellation gets 2030.",
     &SimConfig::closeWindowMs},
};

// The bundled seed: next to an installed binary, in the install prefix, or in the source tree.
QString defaultSeedPath()
{
    const QStringList candidates{
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/loyalty-kiosk/relay-seed.json")),
        QStringLiteral(KIOSK_RELAYSIM_INSTALLED_SEED),
        QStringLiteral(KIOSK_RELAYSIM_SOURCE_SEED),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return candidates.constLast();
}

Result<qint64> secondsOption(const QCommandLineParser &parser, const QString &name)
{
    auto ms = parseSeconds(parser.value(name));
    if (!ms)
        return fail(QStringLiteral("--%1: %2").arg(name, ms.error()));
    return ms;
}

struct Setup
{
    quint16 port = 7070;
    QString seedPath;
    SimOptions options;
};

Setup parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A loyalty relay simulator for Loyalty Kiosk: the relay's v1/v2 cancellation API, a "
        "simulated chain, the task feed and v1 callbacks, on 127.0.0.1 only. Demo keys only."));
    parser.addHelpOption();
    for (const Flag &flag : kFlags)
        parser.addOption(QCommandLineOption(flag.name.toString(), flag.help.toString(),
                                            flag.valueName.toString(),
                                            flag.defaultValue.toString()));
    for (const TimingFlag &flag : kTimingFlags)
        parser.addOption(QCommandLineOption(flag.name.toString(), flag.help.toString(),
                                            QStringLiteral("seconds"),
                                            flag.defaultSeconds.toString()));

    if (!parser.parse(app.arguments()))
        throw BadInput{parser.errorText()};
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0); // exits
    if (!parser.positionalArguments().isEmpty())
        throw BadInput{QStringLiteral("unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst())};

    Setup setup;
    bool ok = false;
    const uint portNumber = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || portNumber > 65535)
        throw BadInput{QStringLiteral("--port: must be a number from 0 to 65535")};
    setup.port = quint16(portNumber);
    SimOptions &options = setup.options;
    // --seed N and --id-seed N.
    const auto seedNumber = [&](const QString &name) {
        bool isNumber = false;
        const quint64 n = parser.value(name).toULongLong(&isNumber);
        if (!isNumber)
            throw BadInput{QStringLiteral("--%1: must be a whole number").arg(name)};
        return n;
    };
    const bool seedIsSet = parser.isSet(QStringLiteral("seed"));
    const QString seedText = parser.value(QStringLiteral("seed"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (seedIsSet && digits.match(seedText).hasMatch()) {
        options.idSeed = seedNumber(QStringLiteral("seed"));
        setup.seedPath = defaultSeedPath();
    } else {
        setup.seedPath = seedIsSet ? seedText : defaultSeedPath();
    }
    if (parser.isSet(QStringLiteral("id-seed")))
        options.idSeed = seedNumber(QStringLiteral("id-seed"));
    const auto flavorValue = flavorFromName(parser.value(QStringLiteral("flavor")));
    if (!flavorValue)
        throw BadInput{QStringLiteral("--flavor: must be v2 or v1-only")};
    options.flavor = *flavorValue;
    if (parser.isSet(QStringLiteral("close-idle")))
        options.idleCloseMs = 5000;
    if (parser.isSet(QStringLiteral("idle-close"))) {
        auto ms = secondsOption(parser, QStringLiteral("idle-close"));
        if (!ms)
            throw BadInput{ms.error()};
        options.idleCloseMs = ms.value();
    }
    options.noShopApp = parser.isSet(QStringLiteral("no-shop-app"));
    options.delegators = parser.isSet(QStringLiteral("delegator"));
    if (parser.isSet(QStringLiteral("access-key"))) {
        options.accessKey = parser.value(QStringLiteral("access-key"));
        if (options.accessKey.trimmed().isEmpty() ||
            options.accessKey != options.accessKey.trimmed())
            throw BadInput{
                QStringLiteral("--access-key: must be non-empty, without surrounding spaces")};
    }
    if (parser.isSet(QStringLiteral("callback-key"))) {
        options.callbackKey = parser.value(QStringLiteral("callback-key"));
        if (options.callbackKey.trimmed().isEmpty())
            throw BadInput{QStringLiteral("--callback-key: must not be empty")};
    }
    if (parser.isSet(QStringLiteral("callback-url"))) {
        const QUrl url(parser.value(QStringLiteral("callback-url")), QUrl::StrictMode);
        const QString host = url.host();
        const bool loopback =
            host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
        if (!url.isValid() || url.scheme() != u"http" || !loopback)
            throw BadInput{QStringLiteral(
                "--callback-url: must be an http:// URL on 127.0.0.1, ::1 or localhost")};
        options.callbackUrl = url;
    }
    for (const QString &text : parser.values(QStringLiteral("payment-signer"))) {
        auto address = eth::Address::parse(text);
        if (!address)
            throw BadInput{QStringLiteral("--payment-signer %1: %2").arg(text, address.error())};
        options.paymentSigners.append(address.value());
    }
    const auto approverValue = approverFromName(parser.value(QStringLiteral("approver")));
    if (!approverValue)
        throw BadInput{QStringLiteral("--approver: must be customer or shop")};
    options.config.approver = *approverValue;
    if (parser.isSet(QStringLiteral("chain-id"))) {
        const qulonglong id = parser.value(QStringLiteral("chain-id")).toULongLong(&ok);
        if (!ok || id == 0)
            throw BadInput{QStringLiteral("--chain-id: must be a positive integer")};
        options.chainId = id;
    }
    for (const TimingFlag &flag : kTimingFlags) {
        auto ms = secondsOption(parser, flag.name.toString());
        if (!ms)
            throw BadInput{ms.error()};
        options.config.*flag.target = ms.value();
    }
    return setup;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loyalty-relay-sim"));

    Setup setup;
    try {
        setup = parseArguments(app);
    } catch (const BadInput &error) {
        writeLine(stderr, QStringLiteral("loyalty-relay-sim: ") + error.message);
        return kExitBadInput;
    }
    auto seed = Seed::load(setup.seedPath);
    if (!seed) {
        writeLine(stderr, QStringLiteral("loyalty-relay-sim: --seed: ") + seed.error());
        return kExitBadInput;
    }

    RelaySimulator simulator(std::move(seed).value(), setup.options);
    auto port = simulator.listen(setup.port);
    if (!port) {
        writeLine(stderr, QStringLiteral("loyalty-relay-sim: ") + port.error());
        return kExitRuntimeError;
    }
    // Tests read the first line for the URL: print it first, then everything else, then flush.
    for (const QString &line : simulator.banner())
        std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
    return app.exec();
}
