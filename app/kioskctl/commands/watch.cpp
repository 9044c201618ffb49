// SPDX-License-Identifier: MIT
// watch: relay events as they come, from the task feed or as v1 callbacks.
#include "commands.h"
#include "context.h"
#include "kioskctl.h"
#include "relay/callbackreceiver.h"
#include "relay/relaytexts.h"
#include "relay/taskfeed.h"

#include <QTimer>

#include <csignal>
#include <memory>

namespace kiosk::cli::commands {

using relay::RelayError;

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

struct WatchLimits
{
    QString paymentFilter; // empty: every payment
    int maxEvents = -1;    // -1: no limit
    double seconds = -1;   // -1: no limit
};

WatchLimits watchLimits(const Context &context)
{
    WatchLimits limits;
    if (context.isSet(QStringLiteral("payment")))
        limits.paymentFilter =
            context.parsedOption(QStringLiteral("payment"), &eth::normalizePaymentId);
    if (context.isSet(QStringLiteral("count"))) {
        bool ok = false;
        limits.maxEvents = context.option(QStringLiteral("count")).toInt(&ok);
        if (!ok || limits.maxEvents < 1)
            throw BadInput{QStringLiteral("--count: must be a whole number of at least 1")};
    }
    if (context.isSet(QStringLiteral("for"))) {
        bool ok = false;
        limits.seconds = context.option(QStringLiteral("for")).toDouble(&ok);
        if (!ok || limits.seconds <= 0)
            throw BadInput{QStringLiteral("--for: must be a number of seconds above 0")};
    }
    return limits;
}

// The v1 callbacks' receiver, listening on --listen and checking the callback key.
std::unique_ptr<relay::CallbackReceiver> listenForCallbacks(Context &context)
{
    const QString listen = context.option(QStringLiteral("listen"), QStringLiteral("127.0.0.1:0"));
    const auto where = relay::parseListenAddress(listen);
    if (!where)
        throw BadInput{QStringLiteral("--listen: must be ADDRESS:PORT, e.g. 127.0.0.1:8099")};
    const QString configured =
        context.isSet(QStringLiteral("callback-key"))
            ? context.secretOption(QStringLiteral("callback-key"), config::kCallbackKeyCredential)
            : context.config().callbackKey;
    if (configured.isEmpty())
        throw BadInput{QStringLiteral(
            "--callback-key: required for callback events (the relay's callback key: "
            "@FILE, -, [events] callback_key or $CREDENTIALS_DIRECTORY/callback-key)")};
    auto callbackKey = config::readSecret(configured);
    if (!callbackKey)
        throw BadInput{u"--callback-key: " + callbackKey.error()};
    auto receiver = std::make_unique<relay::CallbackReceiver>(callbackKey.value());
    const quint16 bound = receiver->listen(where->address, where->port);
    if (bound == 0)
        throw BadInput{QStringLiteral("--listen: cannot listen on %1").arg(listen)};
    writeLine(stderr, QStringLiteral("%1: listening for relay callbacks on http://%2:%3/")
                          .arg(kProgram, where->address.toString())
                          .arg(bound));
    return receiver;
}

} // namespace

int watch(Context &context)
{
    context.expectArguments(1);
    const WatchLimits limits = watchLimits(context);
    const QString mode =
        context.option(QStringLiteral("events"), context.settings().api == relay::ApiVersion::V1
                                                     ? QStringLiteral("callback")
                                                     : QStringLiteral("tasks"));
    if (mode != u"tasks" && mode != u"callback")
        throw BadInput{QStringLiteral("--events: must be tasks or callback")};

    QEventLoop loop;
    bool noFeed = false; // the v1-only relay answers the feed with 404
    int seen = 0;
    auto onEvent = [&](const relay::TaskEvent &event) {
        if (!limits.paymentFilter.isEmpty() && event.paymentId() != limits.paymentFilter)
            return;
        QJsonObject json{{QStringLiteral("sequence"), event.sequence.toDecimal()},
                         {QStringLiteral("type"), event.type},
                         {QStringLiteral("code"), event.code},
                         {QStringLiteral("message"), event.message},
                         {QStringLiteral("data"), event.data}};
        const QString status = event.data.contains(QLatin1String("paymentStatus"))
                                   ? QStringLiteral(" status %1 (%2)")
                                         .arg(event.paymentStatus())
                                         .arg(relay::paymentStatusText(event.paymentStatus()))
                                   : QString();
        context.print(json, QStringLiteral("#%1 %2 code %3 (%4) payment %5 terminal %6%7")
                                .arg(event.sequence.toDecimal(), event.type)
                                .arg(event.code)
                                .arg(relay::relayCodeText(event.code), event.paymentId(),
                                     event.terminalId(), status));
        if (limits.maxEvents > 0 && ++seen >= limits.maxEvents)
            loop.quit();
    };

    QObject *scope = context.scope();
    std::unique_ptr<relay::TaskFeed> feed;
    std::unique_ptr<relay::CallbackReceiver> receiver;
    if (mode == u"tasks") {
        feed = std::make_unique<relay::TaskFeed>(context.client());
        if (context.isSet(QStringLiteral("interval-ms")))
            feed->setInterval(std::chrono::milliseconds(
                qBound(50, context.option(QStringLiteral("interval-ms")).toInt(), 60000)));
        QObject::connect(feed.get(), &relay::TaskFeed::eventReceived, scope, onEvent);
        QObject::connect(feed.get(), &relay::TaskFeed::pollFailed, scope,
                         [](const RelayError &error) {
                             writeLine(stderr, kProgram + u": " + relay::describeError(error) +
                                                   u" (still watching)");
                         });
        QObject::connect(
            feed.get(), &relay::TaskFeed::started, scope, [](const eth::UInt256 &sequence) {
                writeLine(stderr, kProgram + u": watching the task feed after sequence " +
                                      sequence.toDecimal());
            });
        QObject::connect(feed.get(), &relay::TaskFeed::unavailable, &loop, [&] {
            writeLine(stderr, kProgram + u": this relay has no task feed (the v1-only relay); use "
                                         u"--events callback to receive its v1 callbacks");
            noFeed = true;
            loop.quit();
        });
        feed->start();
    } else {
        receiver = listenForCallbacks(context);
        QObject::connect(receiver.get(), &relay::CallbackReceiver::eventReceived, scope, onEvent);
    }

    // Until --for runs out, --count events came, or an interrupt (SIGINT, SIGTERM).
    if (limits.seconds > 0)
        QTimer::singleShot(int(limits.seconds * 1000), &loop, &QEventLoop::quit);
    std::signal(SIGINT, [](int) { g_interrupted = 1; });
    std::signal(SIGTERM, [](int) { g_interrupted = 1; });
    QTimer interruptCheck;
    QObject::connect(&interruptCheck, &QTimer::timeout, &loop, [&] {
        if (g_interrupted)
            loop.quit();
    });
    interruptCheck.start(100);
    loop.exec();
    return noFeed ? ExitBadInput : ExitOk;
}

} // namespace kiosk::cli::commands
