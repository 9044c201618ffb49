// SPDX-License-Identifier: MIT
// loyalty-relay-sim: the loyalty relay's kiosk-facing API on 127.0.0.1, for development,
// demos and tests. See docs/relay-simulator.md.
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

struct UsageError
{
    QString message;
};

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName, const QString &defaultValue = {})
{
    return QCommandLineOption(name, description, valueName, defaultValue);
}

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
    const QCommandLineOption port = valueOption(
        QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1; 0 picks a free one."),
        QStringLiteral("port"), QStringLiteral("7070"));
    const QCommandLineOption seed = valueOption(
        QStringLiteral("seed"),
        QStringLiteral("Demo data (default: the bundled relay-seed.json); a number instead "
                       "keeps the bundled data and makes new payment ids reproducible "
                       "(as --id-seed)."),
        QStringLiteral("file|n"));
    const QCommandLineOption idSeed = valueOption(
        QStringLiteral("id-seed"),
        QStringLiteral("Payment ids made by /sim/payments are random as the relays make them; "
                       "with this number they are the same on every run."),
        QStringLiteral("n"));
    const QCommandLineOption flavor = valueOption(
        QStringLiteral("flavor"),
        QStringLiteral("Which published relay to play: v2 (payment-contract-boa: v1 and v2 paths, "
                       "task feed) or v1-only (dms-osx: no terminalId, no task feed, no /v2 "
                       "paths, reopens only from 18)."),
        QStringLiteral("v2|v1-only"), QStringLiteral("v2"));
    const QCommandLineOption closeIdle(
        QStringLiteral("close-idle"),
        QStringLiteral("Close keep-alive connections idle for 5 s, as both relays do."));
    const QCommandLineOption idleClose =
        valueOption(QStringLiteral("idle-close"),
                    QStringLiteral("Close keep-alive connections idle for this long (0: never)."),
                    QStringLiteral("seconds"));
    const QCommandLineOption noShopApp(
        QStringLiteral("no-shop-app"),
        QStringLiteral("Cancel open answers 2005 (the shop owner has no shop app and no "
                       "delegator); the cancellation is opened all the same."));
    const QCommandLineOption accessKey = valueOption(
        QStringLiteral("access-key"),
        QStringLiteral("v1 access key (Authorization header or body accessKey); default: random."),
        QStringLiteral("key"));
    const QCommandLineOption callbackUrl = valueOption(
        QStringLiteral("callback-url"),
        QStringLiteral("POST every event here, as the relay's v1 callback (loopback http only)."),
        QStringLiteral("url"));
    const QCommandLineOption callbackKey = valueOption(
        QStringLiteral("callback-key"),
        QStringLiteral("The accessKey sent in callbacks; default: random."), QStringLiteral("key"));
    const QCommandLineOption signer = valueOption(
        QStringLiteral("payment-signer"),
        QStringLiteral("A v2 terminal address the relay accepts (repeatable; default: the seed's "
                       "terminal)."),
        QStringLiteral("address"));
    const QCommandLineOption approver = valueOption(
        QStringLiteral("approver"),
        QStringLiteral("Who signs approvals: customer (the payment's account, its nonce) or shop "
                       "(the shop owner, the owner's nonce)."),
        QStringLiteral("who"), QStringLiteral("customer"));
    const QCommandLineOption chainId =
        valueOption(QStringLiteral("chain-id"), QStringLiteral("Overrides the seed's chain id."),
                    QStringLiteral("n"));
    const QCommandLineOption paymentTimeout =
        valueOption(QStringLiteral("payment-timeout"),
                    QStringLiteral("Seconds after opening until an approval gets 7000."),
                    QStringLiteral("seconds"), QStringLiteral("45"));
    const QCommandLineOption forcedClose = valueOption(
        QStringLiteral("forced-close"),
        QStringLiteral("Seconds after which a cancellation still in 51-57 is closed as 59."),
        QStringLiteral("seconds"), QStringLiteral("300"));
    const QCommandLineOption chainDelay =
        valueOption(QStringLiteral("chain-delay"),
                    QStringLiteral("Seconds an approval transaction takes to be mined."),
                    QStringLiteral("seconds"), QStringLiteral("2"));
    const QCommandLineOption closeWindow = valueOption(
        QStringLiteral("close-window"),
        QStringLiteral("Seconds after opening during which closing an unconfirmed cancellation "
                       "gets 2030."),
        QStringLiteral("seconds"), QStringLiteral("40"));
    const QCommandLineOption delegators(
        QStringLiteral("delegator"),
        QStringLiteral("Every shop has a delegator whose key the relay holds: the relay approves "
                       "each opened cancellation by itself, nobody signs."));
    parser.addOptions({port, seed, idSeed, flavor, closeIdle, idleClose, noShopApp, delegators,
                       accessKey, callbackUrl, callbackKey, signer, approver, chainId,
                       paymentTimeout, forcedClose, chainDelay, closeWindow});

    if (!parser.parse(app.arguments()))
        throw UsageError{parser.errorText()};
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0); // exits
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{QStringLiteral("unexpected argument: %1")
                             .arg(parser.positionalArguments().constFirst())};

    Setup setup;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        throw UsageError{QStringLiteral("--port: must be a number from 0 to 65535")};
    setup.port = quint16(portNumber);
    SimOptions &options = setup.options;
    const auto seedNumber = [&](const QString &text, const QString &name) {
        bool isNumber = false;
        const quint64 n = text.toULongLong(&isNumber);
        if (!isNumber)
            throw UsageError{QStringLiteral("--%1: must be a whole number").arg(name)};
        return n;
    };
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    if (parser.isSet(seed) && digits.match(parser.value(seed)).hasMatch()) {
        options.idSeed = seedNumber(parser.value(seed), QStringLiteral("seed"));
        setup.seedPath = defaultSeedPath();
    } else {
        setup.seedPath = parser.isSet(seed) ? parser.value(seed) : defaultSeedPath();
    }
    if (parser.isSet(idSeed))
        options.idSeed = seedNumber(parser.value(idSeed), QStringLiteral("id-seed"));
    const auto flavorValue = flavorFromName(parser.value(flavor));
    if (!flavorValue)
        throw UsageError{QStringLiteral("--flavor: must be v2 or v1-only")};
    options.flavor = *flavorValue;
    if (parser.isSet(closeIdle))
        options.idleCloseMs = 5000;
    if (parser.isSet(idleClose)) {
        auto ms = secondsOption(parser, QStringLiteral("idle-close"));
        if (!ms)
            throw UsageError{ms.error()};
        options.idleCloseMs = ms.value();
    }
    options.noShopApp = parser.isSet(noShopApp);
    options.delegators = parser.isSet(delegators);
    if (parser.isSet(accessKey)) {
        options.accessKey = parser.value(accessKey);
        if (options.accessKey.trimmed().isEmpty() ||
            options.accessKey != options.accessKey.trimmed())
            throw UsageError{
                QStringLiteral("--access-key: must be non-empty, without surrounding spaces")};
    }
    if (parser.isSet(callbackKey)) {
        options.callbackKey = parser.value(callbackKey);
        if (options.callbackKey.trimmed().isEmpty())
            throw UsageError{QStringLiteral("--callback-key: must not be empty")};
    }
    if (parser.isSet(callbackUrl)) {
        const QUrl url(parser.value(callbackUrl), QUrl::StrictMode);
        const QString host = url.host();
        const bool loopback =
            host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
        if (!url.isValid() || url.scheme() != u"http" || !loopback)
            throw UsageError{QStringLiteral(
                "--callback-url: must be an http:// URL on 127.0.0.1, ::1 or localhost")};
        options.callbackUrl = url;
    }
    for (const QString &text : parser.values(signer)) {
        auto address = eth::Address::parse(text);
        if (!address)
            throw UsageError{QStringLiteral("--payment-signer %1: %2").arg(text, address.error())};
        options.paymentSigners.append(address.value());
    }
    const auto approverValue = approverFromName(parser.value(approver));
    if (!approverValue)
        throw UsageError{QStringLiteral("--approver: must be customer or shop")};
    options.config.approver = *approverValue;
    if (parser.isSet(chainId)) {
        const qulonglong id = parser.value(chainId).toULongLong(&ok);
        if (!ok || id == 0)
            throw UsageError{QStringLiteral("--chain-id: must be a positive integer")};
        options.chainId = id;
    }
    const std::pair<const QCommandLineOption *, qint64 *> timings[] = {
        {&paymentTimeout, &options.config.paymentTimeoutMs},
        {&forcedClose, &options.config.forcedCloseMs},
        {&chainDelay, &options.config.chainDelayMs},
        {&closeWindow, &options.config.closeWindowMs},
    };
    for (const auto &[option, target] : timings) {
        auto ms = secondsOption(parser, option->names().constFirst());
        if (!ms)
            throw UsageError{ms.error()};
        *target = ms.value();
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
    } catch (const UsageError &error) {
        printLine(stderr, QStringLiteral("loyalty-relay-sim: ") + error.message);
        return kExitBadInput;
    }
    auto seed = Seed::load(setup.seedPath);
    if (!seed) {
        printLine(stderr, QStringLiteral("loyalty-relay-sim: --seed: ") + seed.error());
        return kExitBadInput;
    }

    RelaySimulator simulator(std::move(seed).value(), setup.options);
    auto port = simulator.listen(setup.port);
    if (!port) {
        printLine(stderr, QStringLiteral("loyalty-relay-sim: ") + port.error());
        return kExitRuntimeError;
    }
    // Tests read the first line for the URL: print it first, then everything else, then flush.
    for (const QString &line : simulator.banner())
        std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
    return app.exec();
}
