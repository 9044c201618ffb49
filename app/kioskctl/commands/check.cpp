// SPDX-License-Identifier: MIT
// check: whether this kiosk can work with its relay, one line per check.
#include "commands.h"
#include "context.h"
#include "kioskctl.h"
#include "relay/connectioncheck.h"
#include "relay/relaytexts.h"

#include <QJsonArray>

#include <cmath>

namespace kiosk::cli::commands {

int check(Context &context)
{
    context.expectArguments(1);
    QJsonArray checks;
    QStringList human;
    auto record = [&](const QString &name, bool ok, const QString &detail) {
        checks.append(QJsonObject{{QStringLiteral("check"), name},
                                  {QStringLiteral("ok"), ok},
                                  {QStringLiteral("detail"), detail}});
        human << QStringLiteral("%1 %2: %3")
                     .arg(ok ? QStringLiteral("[ok]  ") : QStringLiteral("[FAIL]"), name, detail);
    };

    relay::ConnectionCheck check(context.client());
    check.start();
    Context::waitFor(&check, &relay::ConnectionCheck::finished, check.isRunning());
    const relay::ConnectionReport &report = check.report();
    QString transport;
    if (!report.https)
        transport = report.loopback
                        ? QStringLiteral("plain HTTP, only within this machine")
                        : QStringLiteral("plain HTTP to %1: anyone on the network can read and "
                                         "change it (use https://)")
                              .arg(report.url.host());
    else if (!report.caCertificates)
        transport = report.caCertificates.error();
    else
        transport =
            (report.caFile.isEmpty() ? QStringLiteral("HTTPS, system CA store")
                                     : QStringLiteral("HTTPS, %1 certificate(s) from %2")
                                           .arg(report.caCertificates.value())
                                           .arg(report.caFile)) +
            (report.pinnedKeys == 0 ? QString()
                                    : QStringLiteral(", %1 pinned key(s)").arg(report.pinnedKeys));
    record(QStringLiteral("transport"), report.transportOk(), transport);

    if (report.reachable()) {
        record(QStringLiteral("relay"), true,
               QStringLiteral("%1 answered in %2 ms")
                   .arg(report.url.toString())
                   .arg(report.answeredInMs));
        record(QStringLiteral("chain id"), true, report.chainId->value().toDecimal());
    } else {
        record(QStringLiteral("relay"), false,
               report.chainId ? relay::describeError(report.chainId->failure())
                              : QStringLiteral("not asked"));
    }
    if (const auto skew = report.clockSkewSeconds; skew) {
        record(QStringLiteral("clock"), report.clockOk(),
               QStringLiteral("this machine is %1 s %2 the relay%3")
                   .arg(std::abs(*skew))
                   .arg(*skew >= 0 ? QStringLiteral("ahead of") : QStringLiteral("behind"))
                   .arg(report.clockOk()
                            ? QString()
                            : QStringLiteral(
                                  " (the 45 s approval window needs a correct clock: check NTP)")));
    } else if (report.reachable()) {
        record(QStringLiteral("clock"), true,
               QStringLiteral("the relay sent no Date header; skew unknown"));
    }

    if (report.flavor && !*report.flavor) {
        record(QStringLiteral("relay kind"), false, relay::describeError(report.flavor->failure()));
    } else if (report.flavor) {
        const bool v1Only = report.flavor->value() == relay::RelayFlavor::V1OnlyRelay;
        record(QStringLiteral("relay kind"), report.flavorOk(),
               v1Only ? (report.flavorOk()
                             ? QStringLiteral("v1-only relay (bosagora/dms-osx): no task feed, no "
                                              "terminalId, following by polling and callbacks")
                             : QStringLiteral("v1-only relay (bosagora/dms-osx): it has no v2 "
                                              "API; use --api v1 with its access key"))
                      : QStringLiteral("v2 relay (bosagora/payment-contract-boa): v1 and v2 "
                                       "API, task feed"));
    }

    record(QStringLiteral("terminal id"), report.terminalIdOk(),
           report.terminalId.isEmpty() ? QStringLiteral("not configured") : report.terminalId);
    if (report.api == relay::ApiVersion::V2)
        record(QStringLiteral("terminal key"), report.credentialsOk(),
               report.terminalSigner
                   ? QStringLiteral("v2 requests are signed by %1 (the relay must list it in "
                                    "relay.paymentSigners)")
                         .arg(report.terminalSigner->toChecksummed())
                   : QStringLiteral(
                         "the v2 API needs a terminal key (--terminal-key or [terminal] key)"));
    else
        record(QStringLiteral("access key"), report.credentialsOk(),
               report.hasAccessKey ? QStringLiteral("configured")
                                   : QStringLiteral("the v1 API needs the relay's access key"));
    record(QStringLiteral("approver"), true,
           context.config().approver == relay::Approver::Customer
               ? QStringLiteral("customer: the payment's wallet signs (the published relay accepts "
                                "only the shop owner)")
               : QStringLiteral("shop: the shop owner (or its delegator) signs"));

    context.print(
        QJsonObject{{QStringLiteral("ok"), report.allOk()}, {QStringLiteral("checks"), checks}},
        human.join(u'\n'));
    if (!report.reachable())
        return ExitTransport;
    return report.allOk() ? ExitOk : ExitBadInput;
}

} // namespace kiosk::cli::commands
