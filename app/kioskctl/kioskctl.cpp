// SPDX-License-Identifier: MIT
#include "kioskctl.h"

#include "config/kioskconfig.h"
#include "config/statedir.h"
#include "eth/amount.h"
#include "eth/signing.h"
#include "qr/pairing.h"
#include "qr/qrfile.h"
#include "qr/requestcodec.h"
#include "qr/requeststore.h"
#include "qr/responsereader.h"
#include "relay/callbackreceiver.h"
#include "relay/connectioncheck.h"
#include "relay/relayclient.h"
#include "relay/relaytexts.h"
#include "relay/taskfeed.h"
#include "staff/staffpin.h"
#include "workflow/approvalcontext.h"
#include "workflow/cancellationworkflow.h"
#include "workflow/journal.h"
#include "workflow/pendinglist.h"
#include "workflow/statelock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>

#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

namespace kiosk::cli {

using relay::PaymentItem;
using relay::RelayError;
using relay::RelayResult;

namespace {

const QString kProgram = QStringLiteral("loyalty-kioskctl");

const char kUsage[] = R"(Usage: loyalty-kioskctl [OPTIONS] COMMAND [ARGS]

The headless Loyalty Kiosk: the same core as the touchscreen application.

Commands:
  check                       relay reachable, chain id, clock skew, keys, terminal id, TLS
  show PAYMENT_ID             the payment and its cancellation status
  open PAYMENT_ID             open a cancellation for the payment at this terminal
  request PAYMENT_ID [--reject] [--format ur|json] [--png FILE]
                              show the signing request (text, and as a QR image); it is
                              kept in the state directory until answered or expired
  approve PAYMENT_ID --response TEXT|@FILE|-
                              take the wallet's answer to the request shown (a UR, native
                              JSON or a bare signature; @FILE is a QR image or text with
                              one animated-UR part per line; - is standard input), check
                              it locally, post it and follow the payment
  approve PAYMENT_ID --signature SIG [--reject] [--no-wait]
                              post a raw signature as given (diagnosis)
  close PAYMENT_ID [--abandon]
                              close the cancellation (--abandon: confirm=false, no refund)
  run PAYMENT_ID [--reject] [--response TEXT|@FILE|-] [--format ur|json] [--png FILE]
                              the whole flow: open if needed, show the request, take the
                              answer (else from standard input), post, follow, close
  resume                      finish every unfinished cancellation in the journal
  pair --ur TEXT|@FILE        remember a wallet's crypto-hdkey / crypto-account code, so
                              requests to it carry its path and fingerprint
  pending                     unfinished cancellations of this kiosk, with their status
  history [--csv] [--search TEXT]
                              what this kiosk did (journal)
  watch [--payment ID] [--for SECONDS] [--count N] [--events tasks|callback]
        [--interval-ms N] [--listen ADDRESS:PORT] [--callback-key @FILE|-]
                              print relay events as they come: from the task feed (polled
                              every --interval-ms), or as v1 callbacks received on --listen
                              (default 127.0.0.1:0) and checked against the callback key
  pin-hash                    read a new staff PIN (6 to 12 digits) from standard input
                              and print its hash for /etc/loyalty-kiosk/staff-pin
                              (mode 600; needs no relay)
  setup-code-hash             read the vendor's set-up code (8 to 16 digits) from standard
                              input and print its hash for /etc/loyalty-kiosk/setup-code
                              (mode 600): while no staff PIN is set up, whoever types the
                              code on the kiosk's screen chooses the staff PIN

Settings come from the configuration file (--config FILE, else $LOYALTY_KIOSK_CONFIG,
else /etc/loyalty-kiosk/kiosk.conf) with staff's touchscreen settings (settings.conf in the
state directory) on top, as the kiosk reads them; each can be overridden:
  --relay URL  --api v1|v2  --access-key @FILE|-  --terminal-key @FILE|-
  --terminal-id ID  --approver customer|shop  --timeout-ms N
Secrets are never written on the command line (any user can read it): @FILE reads the first
line of a file only the kiosk's user may read, - reads one line of standard input (before a
wallet's answer), and $CREDENTIALS_DIRECTORY/access-key, terminal-key and callback-key
(systemd credentials) replace the configuration file's.
  --state-dir DIR (else $STATE_DIRECTORY, else ~/.local/state/loyalty-kiosk)

Every command that changes a cancellation at the relay (open, request, approve, close, run,
resume) records it in the journal in the state directory first; if the journal cannot be
written (disk full, read-only, locked), nothing is sent and the command exits 2. Only one
such command, or the touchscreen kiosk, works in a state directory at a time; another waits
up to --lock-wait SECONDS (default 10) and then exits 2 naming the holder. history and
pending only read, alongside them.

Every command takes --json for one JSON object per result, and --verbose for a log line
per relay call.
Exit status: 0 success, 1 the relay refused (its code is shown), 2 bad input,
3 transport fault (timeout, refused, TLS, unreadable answer).
)";

struct BadInput
{
    QString message;
};

void writeLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stream);
    std::fflush(stream);
}

QString formatTime(qint64 unixSeconds)
{
    if (unixSeconds <= 0)
        return QStringLiteral("-");
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

int exitCodeFor(const RelayError &error)
{
    if (error.isRelayAnswer())
        return ExitRelayRefused;
    if (error.kind == RelayError::Kind::InvalidInput)
        return ExitBadInput;
    return ExitTransport;
}

QJsonObject errorJson(const RelayError &error)
{
    QJsonObject o{{QStringLiteral("kind"), RelayError::kindName(error.kind)},
                  {QStringLiteral("message"), error.message},
                  {QStringLiteral("text"), relay::describeError(error)}};
    if (error.kind == RelayError::Kind::Relay)
        o.insert(QStringLiteral("code"), error.relayCode);
    if (error.httpStatus != 0)
        o.insert(QStringLiteral("httpStatus"), error.httpStatus);
    return o;
}

// Runs the event loop until an asynchronous call answers. Fine in a CLI: there is no UI thread.
template<typename T, typename Start> RelayResult<T> await(Start start)
{
    std::optional<RelayResult<T>> result;
    QEventLoop loop;
    start([&](const RelayResult<T> &answer) {
        result = answer;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

class Cli
{
public:
    explicit Cli(const QStringList &arguments) : m_arguments(arguments) {}

    int run();

private:
    QString option(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    // A secret option's value: "@FILE" as given, or "-" read from standard input; the secret
    // itself on the command line is refused (every user can read it in ps and /proc).
    QString secretOption(const QString &name, const char *credential);
    void loadConfig(); // the configuration file with staff's settings on top
    void setUp();      // loadConfig() and the relay client
    QString paymentIdArgument() const;
    void expectArguments(int count) const;

    void print(const QJsonObject &json, const QString &human) const;
    int fail(const RelayError &error) const;

    QString describePayment(const PaymentItem &payment, const QString &shopName) const;
    QJsonObject paymentJson(const PaymentItem &payment) const;

    int commandCheck();
    int commandShow();
    int commandOpen();
    int commandApprove();
    int commandClose();
    int commandWatch();
    int commandRequest();
    int commandPair();
    int commandRun();
    int commandResume();
    int commandPending();
    int commandHistory();
    int commandPinHash();
    int commandSetupCodeHash();

    QString stateDir(config::StateDirUse use = config::StateDirUse::Write) const;
    // Commands that change cancellations hold the state directory's lock while they work.
    void lockStateDir();
    // Opens the journal in the state directory; a writer (which must hold the lock) also
    // applies the history retention.
    void openJournal(workflow::Journal &journal,
                     workflow::Journal::Mode mode = workflow::Journal::Mode::Writer);
    QStringList responseTexts(const QString &argument) const;
    // Runs one workflow to its end in the event loop; prints and returns the exit code.
    int runWorkflow(workflow::CancellationWorkflow &flow);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QStringList m_positional;
    config::KioskConfig m_config;
    QString m_configPath;
    relay::RelaySettings m_settings;
    relay::RelayClient *m_client = nullptr;
    bool m_json = false;
    workflow::StateLock m_lock;
    bool m_withdrawn = false; // run: no acceptable answer came, the cancellation was closed
    QString m_rejection;      // run: why the last answer was not accepted
    QObject m_scope;          // parent of everything the commands create
};

// The journal record of a one-step command (open, request, approve, close): the same entry
// and steps the workflow writes, so history shows what was done and resume can finish it.
// Every intent is written before its relay call; a write that fails stops the command.
class StepRecorder
{
public:
    StepRecorder(workflow::Journal &journal, const QString &paymentId, const QString &terminalId)
        : m_journal(journal)
    {
        auto existing = journal.openEntryFor(paymentId);
        if (!existing)
            refuse(existing.error());
        m_entry = existing.value();
        if (m_entry.id == 0) {
            m_entry.paymentId = paymentId;
            m_entry.terminalId = terminalId;
            m_entry.state = QStringLiteral("opening");
            auto id = journal.begin(m_entry);
            if (!id)
                refuse(id.error());
            m_entry.id = id.value();
            m_new = true;
        }
    }

    // Before the relay call: recorded, or the command stops with nothing sent.
    void intent(const QString &step, const QJsonObject &detail = {})
    {
        if (auto written = m_journal.addStep(m_entry.id, step, QStringLiteral("intent"), detail);
            !written)
            refuse(written.error());
    }
    void note(const QString &step, const QJsonObject &detail = {})
    {
        if (auto written = m_journal.addStep(m_entry.id, step, QStringLiteral("note"), detail);
            !written)
            refuse(written.error());
    }
    void setDecision(bool approval, const QString &signer)
    {
        m_entry.approval = approval ? 1 : 0;
        if (!signer.isEmpty())
            m_entry.signer = signer;
    }

    // After the call: what the relay answered. Failing to write it is logged, not fatal: the
    // relay has acted, and resume re-reads the payment whatever the journal missed.
    void answered(const QString &step, const PaymentItem &payment)
    {
        addAfter(step, QStringLiteral("answer"),
                 {{QStringLiteral("paymentStatus"), payment.paymentStatus},
                  {QStringLiteral("txHash"), payment.txHash}});
        if (m_entry.purchaseId.isEmpty()) {
            m_entry.purchaseId = payment.purchaseId;
            m_entry.amount = payment.amount.toDecimal();
            m_entry.currency = payment.currency;
        }
        m_entry.paymentStatus = payment.paymentStatus;
        m_entry.message = relay::paymentStatusText(payment.paymentStatus);
        m_entry.resultCode = 0;
        const int s = payment.paymentStatus;
        m_entry.finished = relay::isFinalCancelStatus(s) || s == relay::status::NewClosed;
        m_entry.state = m_entry.finished                   ? QStringLiteral("finished")
                        : relay::status::awaitsApproval(s) ? QStringLiteral("ready")
                                                           : QStringLiteral("following");
        save();
    }
    void refused(const QString &step, const RelayError &error)
    {
        addAfter(step, QStringLiteral("error"),
                 {{QStringLiteral("kind"), RelayError::kindName(error.kind)},
                  {QStringLiteral("code"), error.relayCode},
                  {QStringLiteral("message"), error.message}});
        m_entry.resultCode = error.relayCode;
        m_entry.message = relay::describeError(error);
        // Refused outright, on an entry this command began: nothing is left to finish. After a
        // transport fault the step may have happened; resume finds out from the relay.
        if (m_new && error.isRelayAnswer()) {
            m_entry.finished = true;
            m_entry.state = QStringLiteral("failed");
        }
        save();
    }

private:
    [[noreturn]] void refuse(const QString &why) const
    {
        throw BadInput{u"--state-dir: " + why + u"; nothing was sent to the relay"};
    }
    void addAfter(const QString &step, const QString &phase, const QJsonObject &detail)
    {
        if (auto written = m_journal.addStep(m_entry.id, step, phase, detail); !written)
            writeLine(stderr, kProgram + u": warning: " + written.error());
    }
    void save()
    {
        if (auto written = m_journal.update(m_entry); !written)
            writeLine(stderr, kProgram + u": warning: " + written.error());
    }

    workflow::Journal &m_journal;
    workflow::JournalEntry m_entry;
    bool m_new = false;
};

// Lines from standard input as they arrive, without blocking the event loop: the relay's
// deadline and the follow limit keep running while nobody types.
class InputLines
{
public:
    InputLines(std::function<void(const QString &)> onLine, std::function<void()> onEnded)
        : m_onLine(std::move(onLine)), m_onEnded(std::move(onEnded)),
          m_notifier(STDIN_FILENO, QSocketNotifier::Read)
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, &m_notifier,
                         [this] { readAvailable(); });
    }

private:
    void readAvailable()
    {
        char buffer[16384];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (n <= 0) {
            m_notifier.setEnabled(false);
            if (!m_pending.trimmed().isEmpty())
                m_onLine(QString::fromUtf8(m_pending));
            m_pending.clear();
            m_onEnded();
            return;
        }
        m_pending.append(buffer, n);
        if (m_pending.size() > 4 * 1024 * 1024)
            m_pending.clear(); // no answer is that long: drop it rather than grow without end
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            const QByteArray text = m_pending.left(newline);
            m_pending.remove(0, newline + 1);
            if (!text.trimmed().isEmpty())
                m_onLine(QString::fromUtf8(text));
        }
    }

    std::function<void(const QString &)> m_onLine;
    std::function<void()> m_onEnded;
    QSocketNotifier m_notifier;
    QByteArray m_pending;
};

void Cli::loadConfig()
{
    m_configPath = isSet(QStringLiteral("config")) ? option(QStringLiteral("config"))
                                                   : config::KioskConfig::defaultPath();
    auto loaded = config::KioskConfig::load(m_configPath, isSet(QStringLiteral("config")));
    if (!loaded)
        throw BadInput{u"--config: " + loaded.error()};
    m_config = loaded.value();
    // What staff changed on the touchscreen, as the kiosk itself applies it.
    if (auto dir = config::resolveStateDir(isSet(QStringLiteral("state-dir"))
                                               ? option(QStringLiteral("state-dir"))
                                               : m_config.stateDir,
                                           config::StateDirUse::Read);
        dir)
        if (auto applied = m_config.applyOverrides(config::KioskConfig::overridesPath(dir.value()));
            !applied)
            writeLine(stderr, u"loyalty-kioskctl: staff settings ignored: "_qs + applied.error());
}

void Cli::setUp()
{
    loadConfig();
    if (isSet(QStringLiteral("relay")))
        m_config.relayUrl = option(QStringLiteral("relay"));
    if (isSet(QStringLiteral("api"))) {
        auto api = relay::parseApiVersion(option(QStringLiteral("api")));
        if (!api)
            throw BadInput{u"--api: " + api.error()};
        m_config.api = api.value();
    }
    if (isSet(QStringLiteral("access-key")))
        m_config.accessKey =
            secretOption(QStringLiteral("access-key"), config::kAccessKeyCredential);
    if (isSet(QStringLiteral("terminal-key")))
        m_config.terminalKey =
            secretOption(QStringLiteral("terminal-key"), config::kTerminalKeyCredential);
    if (isSet(QStringLiteral("terminal-id")))
        m_config.terminalId = option(QStringLiteral("terminal-id"));
    if (isSet(QStringLiteral("approver"))) {
        auto approver = relay::parseApprover(option(QStringLiteral("approver")));
        if (!approver)
            throw BadInput{u"--approver: " + approver.error()};
        m_config.approver = approver.value();
    }
    if (isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        const int timeout = option(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || timeout < 1 || timeout > 600000)
            throw BadInput{QStringLiteral("--timeout-ms: must be a whole number from 1 to 600000")};
        m_config.timeoutMs = timeout;
    }
    if (m_config.relayUrl.isEmpty())
        throw BadInput{
            QStringLiteral(
                "--relay: no relay URL is configured (set [relay] url in %1 or pass --relay)")
                .arg(m_configPath)};
    if (m_config.terminalId.size() > eth::kMaxRelayTextLength)
        throw BadInput{QStringLiteral("--terminal-id: longer than %1 characters")
                           .arg(eth::kMaxRelayTextLength)};
    auto settings = m_config.relaySettings();
    if (!settings)
        throw BadInput{settings.error()};
    m_settings = settings.value();
    m_client = new relay::RelayClient(m_settings, &m_scope);
}

QString Cli::paymentIdArgument() const
{
    if (m_positional.size() < 2)
        throw BadInput{QStringLiteral("PAYMENT_ID: missing (0x + 64 hex digits)")};
    auto id = eth::normalizePaymentId(m_positional.at(1));
    if (!id)
        throw BadInput{u"PAYMENT_ID: " + id.error()};
    return id.value();
}

void Cli::expectArguments(int count) const
{
    if (m_positional.size() > count)
        throw BadInput{
            QStringLiteral("unexpected extra argument '%1'").arg(m_positional.at(count).left(80))};
}

void Cli::print(const QJsonObject &json, const QString &human) const
{
    if (m_json)
        writeLine(stdout, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    else
        writeLine(stdout, human);
}

int Cli::fail(const RelayError &error) const
{
    if (m_json)
        writeLine(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                                      {QStringLiteral("error"),
                                                                       errorJson(error)}})
                                                .toJson(QJsonDocument::Compact)));
    writeLine(stderr, kProgram + u": " + relay::describeError(error));
    return exitCodeFor(error);
}

QJsonObject Cli::paymentJson(const PaymentItem &payment) const
{
    QJsonObject o = payment.toJson();
    o.insert(QStringLiteral("statusText"), relay::paymentStatusText(payment.paymentStatus));
    return o;
}

QString Cli::describePayment(const PaymentItem &payment, const QString &shopName) const
{
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("Payment   %1").arg(payment.paymentId)
          << QStringLiteral("Purchase  %1").arg(payment.purchaseId)
          << QStringLiteral("Amount    %1 (%2 %3)")
                 .arg(eth::formatMoney(payment.amount, payment.currency, locale),
                      eth::formatUnits(payment.amount), payment.currency)
          << QStringLiteral("Shop      %1")
                 .arg(shopName.isEmpty() ? payment.shopId
                                         : shopName + u" (" + payment.shopId + u')')
          << QStringLiteral("Customer  %1").arg(payment.account.toChecksummed())
          << QStringLiteral("Terminal  %1")
                 .arg(payment.terminalId.isEmpty() ? QStringLiteral("-") : payment.terminalId)
          << QStringLiteral("Status    %1 %2")
                 .arg(payment.paymentStatus)
                 .arg(relay::paymentStatusText(payment.paymentStatus));
    if (payment.openCancelTimestamp > 0)
        lines << QStringLiteral("Cancel opened  %1").arg(formatTime(payment.openCancelTimestamp));
    if (payment.closeCancelTimestamp > 0 && payment.isCancelClosed()) // a reopened one keeps it
        lines << QStringLiteral("Cancel closed  %1").arg(formatTime(payment.closeCancelTimestamp));
    if (!payment.txHash.isEmpty())
        lines << QStringLiteral("Transaction    %1").arg(payment.txHash);
    if (payment.relayNotice != 0)
        lines << QStringLiteral("Relay notice   %1 %2")
                     .arg(payment.relayNotice)
                     .arg(relay::relayCodeText(payment.relayNotice));
    return lines.join(u'\n');
}

int Cli::commandCheck()
{
    expectArguments(1);
    QJsonArray checks;
    QStringList human;
    auto record = [&](const QString &name, bool ok, const QString &detail) {
        checks.append(QJsonObject{{QStringLiteral("check"), name},
                                  {QStringLiteral("ok"), ok},
                                  {QStringLiteral("detail"), detail}});
        human << QStringLiteral("%1 %2: %3")
                     .arg(ok ? QStringLiteral("[ok]  ") : QStringLiteral("[FAIL]"), name, detail);
    };

    relay::ConnectionCheck check(m_client);
    QEventLoop loop;
    QObject::connect(&check, &relay::ConnectionCheck::finished, &loop, &QEventLoop::quit);
    check.start();
    if (check.isRunning())
        loop.exec();
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
           m_config.approver == relay::Approver::Customer
               ? QStringLiteral("customer: the payment's wallet signs (the published relay accepts "
                                "only the shop owner)")
               : QStringLiteral("shop: the shop owner (or its delegator) signs"));

    print(QJsonObject{{QStringLiteral("ok"), report.allOk()}, {QStringLiteral("checks"), checks}},
          human.join(u'\n'));
    if (!report.reachable())
        return ExitTransport;
    return report.allOk() ? ExitOk : ExitBadInput;
}

int Cli::commandShow()
{
    expectArguments(2);
    const QString id = paymentIdArgument();
    const auto payment =
        await<PaymentItem>([&](auto done) { m_client->fetchPayment(id, &m_scope, done); });
    if (!payment)
        return fail(payment.failure());
    const auto shop = await<relay::ShopInfo>(
        [&](auto done) { m_client->fetchShop(payment->shopId, &m_scope, done); });
    QJsonObject json{{QStringLiteral("ok"), true},
                     {QStringLiteral("payment"), paymentJson(payment.value())}};
    if (shop)
        json.insert(QStringLiteral("shopName"), shop->name);
    print(json, describePayment(payment.value(), shop ? shop->name : QString()));
    return ExitOk;
}

int Cli::commandOpen()
{
    expectArguments(2);
    const QString id = paymentIdArgument();
    lockStateDir();
    workflow::Journal journal;
    openJournal(journal);
    StepRecorder record(journal, id, m_settings.terminalId);
    record.intent(QStringLiteral("open"));
    const auto payment =
        await<PaymentItem>([&](auto done) { m_client->openCancel(id, &m_scope, done); });
    if (!payment) {
        record.refused(QStringLiteral("open"), payment.failure());
        return fail(payment.failure());
    }
    record.answered(QStringLiteral("open"), payment.value());
    print({{QStringLiteral("ok"), true}, {QStringLiteral("payment"), paymentJson(payment.value())}},
          describePayment(payment.value(), {}));
    return ExitOk;
}

QString Cli::stateDir(config::StateDirUse use) const
{
    auto dir = config::resolveStateDir(isSet(QStringLiteral("state-dir"))
                                           ? option(QStringLiteral("state-dir"))
                                           : m_config.stateDir,
                                       use);
    if (!dir)
        throw BadInput{u"--state-dir: " + dir.error()};
    // root writing the kiosk's journal or lock would leave files the kiosk cannot open again.
    const QFileInfo info(dir.value());
    if (::geteuid() == 0 && info.exists() && info.ownerId() != 0)
        throw BadInput{QStringLiteral("--state-dir: %1 belongs to the user %2: run this as that "
                                      "user (sudo -u %2 loyalty-kioskctl ...), so every file it "
                                      "writes there stays theirs")
                           .arg(dir.value(), info.owner())};
    return dir.value();
}

void Cli::lockStateDir()
{
    int waitSeconds = 10;
    if (isSet(QStringLiteral("lock-wait"))) {
        bool ok = false;
        waitSeconds = option(QStringLiteral("lock-wait")).toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > 3600)
            throw BadInput{QStringLiteral("--lock-wait: must be a whole number of seconds from 0 "
                                          "to 3600")};
    }
    const QString what = kProgram + u' ' + m_positional.first();
    if (auto locked = m_lock.acquire(stateDir(), what, waitSeconds * 1000); !locked)
        throw BadInput{u"--state-dir: " + locked.error()};
}

void Cli::openJournal(workflow::Journal &journal, workflow::Journal::Mode mode)
{
    const auto use = mode == workflow::Journal::Mode::Reader ? config::StateDirUse::Read
                                                             : config::StateDirUse::Write;
    if (auto opened = journal.open(stateDir(use), mode); !opened)
        throw BadInput{u"--state-dir: " + opened.error()};
    if (!journal.keptDamagedCopy().isEmpty())
        writeLine(stderr, kProgram + u": the journal was damaged; it was kept as " +
                              journal.keptDamagedCopy() + u" and a new one started" +
                              QStringLiteral(" (%1 unfinished cancellations carried over)")
                                  .arg(journal.salvagedEntries()));
    if (mode == workflow::Journal::Mode::Writer)
        if (auto pruned =
                journal.prune(m_config.historyRetentionDays, QDateTime::currentSecsSinceEpoch());
            !pruned)
            writeLine(stderr, kProgram + u": warning: " + pruned.error());
}

QString Cli::secretOption(const QString &name, const char *credential)
{
    const QString value = option(name);
    if (value.startsWith(u'@') && value.size() > 1)
        return value; // read (and its permissions checked) where it is used
    if (value != u"-")
        throw BadInput{QStringLiteral("--%1: a secret written on the command line can be read by "
                                      "every user of this machine (ps, /proc); give @FILE (a "
                                      "file only the kiosk's user can read), - (one line of "
                                      "standard input), or $CREDENTIALS_DIRECTORY/%2")
                           .arg(name, QLatin1String(credential))};
    // A byte at a time from the descriptor, so whatever follows the line (run's answer)
    // is still there for the next reader.
    QByteArray line;
    const auto wipeLine = qScopeGuard([&line] {
        if (!line.isEmpty())
            OPENSSL_cleanse(line.data(), size_t(line.size()));
    });
    char byte = 0;
    while (line.size() < 4096 && ::read(STDIN_FILENO, &byte, 1) == 1 && byte != '\n')
        line.append(byte);
    const QString secret = QString::fromUtf8(line).trimmed();
    if (secret.isEmpty())
        throw BadInput{QStringLiteral("--%1 -: no line on standard input").arg(name)};
    return secret;
}

QStringList Cli::responseTexts(const QString &argument) const
{
    // A response is a text, "@file" (a QR image, or text with one UR part per line in any
    // order), or "-" for standard input.
    QByteArray content;
    if (argument == u"-") {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            throw BadInput{QStringLiteral("--response: cannot read standard input")};
        content = input.read(4 * 1024 * 1024);
    } else if (argument.startsWith(u'@')) {
        auto text = qr::readCodeFile(argument.mid(1));
        if (!text)
            throw BadInput{u"--response: " + text.error()};
        content = text->toUtf8();
    } else {
        content = argument.toUtf8();
    }
    QStringList texts;
    for (const QString &line : QString::fromUtf8(content).split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            texts << line.trimmed();
    if (texts.isEmpty())
        throw BadInput{QStringLiteral("--response: empty")};
    return texts;
}

int Cli::commandPair()
{
    expectArguments(1);
    if (!isSet(QStringLiteral("ur")))
        throw BadInput{QStringLiteral(
            "--ur: required (the wallet's crypto-hdkey or crypto-account code: text or @image)")};
    const QStringList texts = responseTexts(option(QStringLiteral("ur")));
    auto wallet = qr::pairFromUr(texts.join(u'\n'));
    if (!wallet)
        throw BadInput{u"--ur: " + wallet.error()};
    qr::PairingStore store(stateDir());
    if (auto added = store.add(wallet.value()); !added)
        throw BadInput{u"--state-dir: " + added.error()};
    print({{QStringLiteral("ok"), true},
           {QStringLiteral("address"), wallet->address.toChecksummed()},
           {QStringLiteral("derivationPath"), wallet->derivationPath},
           {QStringLiteral("sourceFingerprint"),
            QString::number(wallet->sourceFingerprint, 16).rightJustified(8, u'0')}},
          QStringLiteral("paired %1 (%2, fingerprint %3)")
              .arg(wallet->address.toChecksummed(), wallet->derivationPath,
                   QString::number(wallet->sourceFingerprint, 16).rightJustified(8, u'0')));
    return ExitOk;
}

int Cli::commandRequest()
{
    expectArguments(2);
    const QString id = paymentIdArgument();
    auto format = qr::parseRequestFormat(
        isSet(QStringLiteral("format")) ? option(QStringLiteral("format")) : QStringLiteral("ur"));
    if (!format)
        throw BadInput{u"--format: " + format.error()};
    const QString dir = stateDir();
    lockStateDir();
    workflow::Journal journal;
    openJournal(journal);
    const auto context = await<workflow::ApprovalContext>([&](auto done) {
        workflow::loadApprovalContext(m_client, id, m_config.approver, &m_scope, done);
    });
    if (!context)
        return fail(context.failure());
    const int status = context->payment.paymentStatus;
    if (!relay::status::awaitsApproval(status))
        return fail(RelayError{
            RelayError::Kind::NotFound,
            QStringLiteral(
                "the cancellation is not waiting for an approval (status %1: %2); open it first")
                .arg(status)
                .arg(relay::paymentStatusText(status))});
    const qint64 deadline =
        workflow::responseDeadline(context->payment, m_config.paymentTimeoutSeconds);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now >= deadline)
        return fail(RelayError{
            RelayError::Kind::NotFound,
            QStringLiteral("the time to approve this cancellation has run out (opened %1)")
                .arg(formatTime(context->payment.openCancelTimestamp))});
    qr::SigningRequest request =
        workflow::makeSigningRequest(context.value(), !isSet(QStringLiteral("reject")), deadline);
    qr::PairingStore(dir).decorate(request);
    // Recorded before it is shown: nobody signs a request the kiosk could not post.
    StepRecorder record(journal, id, m_settings.terminalId);
    record.setDecision(request.approval, request.signer.toChecksummed());
    record.note(QStringLiteral("request"),
                {{QStringLiteral("requestId"), request.requestId.toString(QUuid::WithoutBraces)},
                 {QStringLiteral("approval"), request.approval},
                 {QStringLiteral("expires"), deadline},
                 {QStringLiteral("nonce"), request.nonce.toDecimal()}});
    record.answered(QStringLiteral("load"), context->payment);
    if (auto saved = qr::RequestStore(dir).save(request); !saved)
        throw BadInput{u"--state-dir: " + saved.error()};
    const QStringList frames = qr::requestFrames(request, format.value());
    if (isSet(QStringLiteral("png"))) {
        auto written = qr::writeQrPng(frames.first(), option(QStringLiteral("png")), 800);
        if (!written)
            throw BadInput{u"--png: " + written.error()};
    }
    QJsonArray framesJson;
    for (const QString &frame : frames)
        framesJson.append(frame);
    print({{QStringLiteral("ok"), true},
           {QStringLiteral("request"), request.toJson()},
           {QStringLiteral("text"), frames.first()},
           {QStringLiteral("frames"), framesJson},
           {QStringLiteral("secondsLeft"), deadline - now}},
          frames.join(u'\n'));
    writeLine(stderr,
              QStringLiteral("%1: %2 must sign; %3 s left to answer (%4)")
                  .arg(kProgram, request.signer.toChecksummed())
                  .arg(deadline - now)
                  .arg(request.approval ? QStringLiteral("approve") : QStringLiteral("reject")));
    return ExitOk;
}

int Cli::commandApprove()
{
    expectArguments(2);
    const QString id = paymentIdArgument();
    const bool hasSignature = isSet(QStringLiteral("signature"));
    const bool hasResponse = isSet(QStringLiteral("response"));
    if (hasSignature == hasResponse)
        throw BadInput{
            QStringLiteral("--signature or --response: give exactly one (the wallet's answer)")};

    bool approval = !isSet(QStringLiteral("reject"));
    eth::Signature signature;
    std::optional<workflow::ApprovalContext> known;
    std::optional<qr::RequestStore> store;
    lockStateDir();
    workflow::Journal journal;
    openJournal(journal);
    if (hasResponse) {
        // The answer to the request shown: it must match that request, be in time, and come
        // from the expected wallet, or nothing is posted.
        store.emplace(stateDir());
        auto request = store->load(id);
        if (!request)
            throw BadInput{u"--response: " + request.error()};
        if (isSet(QStringLiteral("reject")) && request->approval)
            throw BadInput{QStringLiteral(
                "--reject: the request shown asked to approve; show a new one with --reject")};
        approval = request->approval;
        qr::ResponseReader reader;
        std::optional<qr::SigningResponse> response;
        for (const QString &text : responseTexts(option(QStringLiteral("response")))) {
            auto outcome = reader.add(text);
            if (!outcome)
                throw BadInput{u"--response: " + outcome.error()};
            if (outcome->response) {
                response = outcome->response;
                break;
            }
        }
        if (!response)
            throw BadInput{
                QStringLiteral("--response: the animated code is incomplete; scan more parts")};
        auto verified =
            qr::verifyResponse(*response, request.value(), QDateTime::currentSecsSinceEpoch());
        if (!verified)
            throw BadInput{u"--response: " + verified.error()};
        signature = verified.value();
    } else {
        const auto parsed = eth::Signature::parse(option(QStringLiteral("signature")));
        if (!parsed)
            throw BadInput{u"--signature: " + parsed.error()};
        signature = parsed.value();
        // A local check first, so staff learn at once why the relay will refuse. The signature is
        // still posted as given: this path is the relay's own check, for diagnosis.
        const auto context = await<workflow::ApprovalContext>([&](auto done) {
            workflow::loadApprovalContext(m_client, id, m_config.approver, &m_scope, done);
        });
        if (context) {
            known = context.value();
            if (auto verified = context->verify(signature); !verified)
                writeLine(stderr, kProgram + u": warning: " + verified.error() +
                                      u"; the relay will refuse it");
        }
    }

    StepRecorder record(journal, id, m_settings.terminalId);
    record.setDecision(approval, known ? known->expectedSigner.toChecksummed() : QString());
    record.intent(QStringLiteral("approve"), {{QStringLiteral("approval"), approval},
                                              {QStringLiteral("signature"), signature.toHex()}});
    const auto answer = await<PaymentItem>(
        [&](auto done) { m_client->approveCancel(id, approval, signature, &m_scope, done); });
    if (store && (answer || answer.failure().isRelayAnswer()))
        store->remove(id); // answered: the request is used up
    if (!answer) {
        record.refused(QStringLiteral("approve"), answer.failure());
        return fail(answer.failure());
    }
    record.answered(QStringLiteral("approve"), answer.value());
    PaymentItem final = answer.value();

    if (!isSet(QStringLiteral("no-wait"))) {
        // Follow the payment until the relay has settled the approval (no event comes for
        // 52/53, so poll the item).
        QElapsedTimer waited;
        waited.start();
        const auto settled = [](int s) {
            return s != relay::status::CancelOpened && s != relay::status::CancelApprovalSent;
        };
        while (!settled(final.paymentStatus) && waited.elapsed() < 120000) {
            QEventLoop pause;
            QTimer::singleShot(500, &pause, &QEventLoop::quit);
            pause.exec();
            const auto item =
                await<PaymentItem>([&](auto done) { m_client->fetchPayment(id, &m_scope, done); });
            if (!item)
                return fail(item.failure());
            const QString txHash = final.txHash;
            final = item.value();
            if (final.txHash.isEmpty())
                final.txHash = txHash;
        }
        record.answered(QStringLiteral("follow"), final);
    }
    print({{QStringLiteral("ok"), true},
           {QStringLiteral("approval"), approval},
           {QStringLiteral("payment"), paymentJson(final)}},
          describePayment(final, known && known->shopKnown ? known->shop.name : QString()));
    return ExitOk;
}

int Cli::commandClose()
{
    expectArguments(2);
    const QString id = paymentIdArgument();
    const bool confirm = !isSet(QStringLiteral("abandon"));
    lockStateDir();
    workflow::Journal journal;
    openJournal(journal);
    StepRecorder record(journal, id, m_settings.terminalId);
    record.intent(QStringLiteral("close"), {{QStringLiteral("confirm"), confirm}});
    const auto payment =
        await<PaymentItem>([&](auto done) { m_client->closeCancel(id, confirm, &m_scope, done); });
    if (!payment) {
        record.refused(QStringLiteral("close"), payment.failure());
        return fail(payment.failure());
    }
    record.answered(QStringLiteral("close"), payment.value());
    print({{QStringLiteral("ok"), true}, {QStringLiteral("payment"), paymentJson(payment.value())}},
          describePayment(payment.value(), {}));
    return ExitOk;
}

int Cli::runWorkflow(workflow::CancellationWorkflow &flow)
{
    using State = workflow::CancellationWorkflow::State;
    QEventLoop loop;
    QObject::connect(&flow, &workflow::CancellationWorkflow::stateChanged, &loop, [&](State state) {
        if (state == State::Finished || state == State::Failed || state == State::Idle)
            loop.quit();
    });
    // v2: the task feed tells as soon as something happens; polling covers what posts no event.
    // v1: the relay's callbacks, when this kiosk is configured to receive them.
    std::unique_ptr<relay::TaskFeed> feed;
    std::unique_ptr<relay::CallbackReceiver> receiver;
    if (m_settings.api == relay::ApiVersion::V2) {
        feed = std::make_unique<relay::TaskFeed>(m_client);
        QObject::connect(feed.get(), &relay::TaskFeed::eventReceived, &flow,
                         &workflow::CancellationWorkflow::handleRelayEvent);
        feed->start();
    } else if (!m_config.callbackListen.isEmpty()) {
        receiver = std::make_unique<relay::CallbackReceiver>(m_config.callbackKey);
        if (receiver->listen(m_config.callbackListen) != 0)
            QObject::connect(receiver.get(), &relay::CallbackReceiver::eventReceived, &flow,
                             &workflow::CancellationWorkflow::handleRelayEvent);
        else
            writeLine(stderr, kProgram + u": cannot receive relay callbacks on " +
                                  m_config.callbackListen + u"; following by polling only");
    }
    if (flow.state() != State::Finished && flow.state() != State::Failed)
        loop.exec();
    const PaymentItem &payment = flow.context().payment;
    // Ended (59) because the approval came too late: not the success that was asked for.
    const bool endedByRefusal = flow.state() == State::Finished && flow.relayCode() != 0;
    if (flow.state() == State::Finished && !m_withdrawn && !endedByRefusal) {
        print({{QStringLiteral("ok"), true},
               {QStringLiteral("paymentId"), flow.paymentId()},
               {QStringLiteral("paymentStatus"), payment.paymentStatus},
               {QStringLiteral("statusText"), relay::paymentStatusText(payment.paymentStatus)},
               {QStringLiteral("journalId"), flow.journalId()}},
              QStringLiteral("%1: %2 %3")
                  .arg(flow.paymentId())
                  .arg(payment.paymentStatus)
                  .arg(relay::paymentStatusText(payment.paymentStatus)));
        return ExitOk;
    }
    if (flow.journalFault()) {
        // Nothing was sent: the journal could not record the step first.
        print({{QStringLiteral("ok"), false},
               {QStringLiteral("paymentId"), flow.paymentId()},
               {QStringLiteral("error"),
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("journal")},
                            {QStringLiteral("message"), flow.message()}}}},
              QString());
        writeLine(stderr, kProgram + u": --state-dir: " + flow.message());
        return ExitBadInput;
    }
    if (m_withdrawn) {
        // Nothing was posted; the cancellation was closed (59) so it can be opened again.
        print({{QStringLiteral("ok"), false},
               {QStringLiteral("paymentId"), flow.paymentId()},
               {QStringLiteral("paymentStatus"), payment.paymentStatus},
               {QStringLiteral("error"),
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("bad-input")},
                            {QStringLiteral("message"),
                             m_rejection.isEmpty() ? QStringLiteral("no answer") : m_rejection}}}},
              QStringLiteral("%1: %2 %3 (no acceptable answer)")
                  .arg(flow.paymentId())
                  .arg(payment.paymentStatus)
                  .arg(relay::paymentStatusText(payment.paymentStatus)));
        return ExitBadInput;
    }
    // The kind the workflow stopped on: a relay refusal (1), a transport fault (3), or a status
    // that does not allow going on (1).
    // Ended by the relay's window (7000, then closed): reported as that refusal.
    return fail(RelayError{endedByRefusal ? RelayError::Kind::Relay : flow.errorKind(),
                           flow.message(), flow.relayCode()});
}

int Cli::commandRun()
{
    using State = workflow::CancellationWorkflow::State;
    expectArguments(2);
    const QString id = paymentIdArgument();
    const bool approval = !isSet(QStringLiteral("reject"));
    // "-" (or no --response) reads the answer from standard input once the request is shown.
    QStringList responses;
    if (isSet(QStringLiteral("response")) && option(QStringLiteral("response")) != u"-")
        responses = responseTexts(option(QStringLiteral("response")));
    auto format = qr::parseRequestFormat(
        isSet(QStringLiteral("format")) ? option(QStringLiteral("format")) : QStringLiteral("ur"));
    if (!format)
        throw BadInput{u"--format: " + format.error()};

    lockStateDir();
    workflow::Journal journal;
    openJournal(journal);
    const auto settings = workflow::WorkflowSettings::fromConfig(m_config);
    workflow::CancellationWorkflow flow(m_client, &journal, nullptr, settings);
    const qr::PairingStore pairings(stateDir());
    // No acceptable answer will come: nothing is posted, and the cancellation is closed (59)
    // so that it can be opened again.
    const auto withdraw = [&] {
        if (flow.state() != State::AwaitingResponse)
            return;
        writeLine(stderr, kProgram + u": no acceptable answer; nothing was posted; closing the "
                                     u"cancellation");
        m_withdrawn = true;
        flow.withdraw();
    };
    std::unique_ptr<InputLines> input;
    flow.setRequestDecorator(
        [&pairings](qr::SigningRequest &request) { pairings.decorate(request); });

    QObject::connect(&flow, &workflow::CancellationWorkflow::stateChanged, &flow, [&](State state) {
        if (state == State::Ready)
            flow.choose(approval);
    });
    QObject::connect(&flow, &workflow::CancellationWorkflow::requestReady, &flow,
                     [&](const qr::SigningRequest &request) {
                         const QStringList frames = qr::requestFrames(request, format.value());
                         if (isSet(QStringLiteral("png")))
                             if (auto written = qr::writeQrPng(frames.first(),
                                                               option(QStringLiteral("png")), 800);
                                 !written)
                                 writeLine(stderr, kProgram + u": --png: " + written.error());
                         writeLine(stderr, QStringLiteral("%1: %2 must sign (%3); %4 s left")
                                               .arg(kProgram, request.signer.toChecksummed(),
                                                    request.approval ? QStringLiteral("approve")
                                                                     : QStringLiteral("reject"))
                                               .arg(flow.secondsLeft()));
                         if (!m_json)
                             writeLine(stdout, frames.join(u'\n'));
                         if (responses.isEmpty()) {
                             // Interactive: one scanned text per line on standard input, read as it
                             // comes while the countdown runs (the deadline closes the
                             // cancellation).
                             if (!input)
                                 input = std::make_unique<InputLines>(
                                     [&](const QString &line) {
                                         if (flow.state() == State::AwaitingResponse)
                                             flow.submitResponse(line);
                                     },
                                     withdraw);
                             return;
                         }
                         for (const QString &text : std::as_const(responses)) {
                             if (flow.state() != State::AwaitingResponse)
                                 break;
                             flow.submitResponse(text);
                         }
                         withdraw();
                     });
    QObject::connect(&flow, &workflow::CancellationWorkflow::responseRejected, &flow,
                     [&](const QString &reason) {
                         m_rejection = reason;
                         writeLine(stderr, kProgram + u": answer not accepted: " + reason);
                     });
    flow.start(id, true);
    const int code = runWorkflow(flow);
    if (flow.state() == State::Idle) {
        print({{QStringLiteral("ok"), false},
               {QStringLiteral("error"),
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("bad-input")},
                            {QStringLiteral("message"), m_rejection}}}},
              QString());
        return ExitBadInput;
    }
    return code;
}

int Cli::commandResume()
{
    expectArguments(1);
    lockStateDir();
    workflow::Journal journal;
    openJournal(journal);
    const auto unfinished = journal.unfinished();
    if (!unfinished)
        throw BadInput{unfinished.error()};
    const auto settings = workflow::WorkflowSettings::fromConfig(m_config);
    int worst = ExitOk;
    for (const workflow::JournalEntry &entry : unfinished.value()) {
        workflow::CancellationWorkflow flow(m_client, &journal, nullptr, settings);
        flow.resume(entry);
        worst = qMax(worst, runWorkflow(flow));
    }
    if (unfinished->isEmpty())
        print({{QStringLiteral("ok"), true}, {QStringLiteral("resumed"), 0}},
              QStringLiteral("nothing to resume"));
    return worst;
}

QJsonObject entryJson(const workflow::JournalEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("paymentId"), e.paymentId},
            {QStringLiteral("purchaseId"), e.purchaseId},
            {QStringLiteral("amount"), e.amount},
            {QStringLiteral("currency"), e.currency},
            {QStringLiteral("shopName"), e.shopName},
            {QStringLiteral("decision"),
             e.approval < 0 ? QString()
                            : (e.approval ? QStringLiteral("approve") : QStringLiteral("reject"))},
            {QStringLiteral("state"), e.state},
            {QStringLiteral("paymentStatus"), e.paymentStatus},
            {QStringLiteral("resultCode"), e.resultCode},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("createdAt"), e.createdAt},
            {QStringLiteral("finished"), e.finished}};
}

int Cli::commandPending()
{
    expectArguments(1);
    workflow::Journal journal;
    openJournal(journal, workflow::Journal::Mode::Reader);
    // Opened here (journal), and reported by the relay for this terminal (today's task feed).
    workflow::PendingList pending(m_client, &journal);
    const auto today = await<QList<relay::TaskEvent>>(
        [&](auto done) { m_client->fetchTasks(eth::UInt256(), &m_scope, done); });
    if (today)
        for (const relay::TaskEvent &event : today.value())
            pending.handleRelayEvent(event);
    pending.refresh();
    if (pending.isBusy()) {
        QEventLoop loop;
        QObject::connect(&pending, &workflow::PendingList::settled, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QJsonArray list;
    QStringList lines;
    for (const workflow::PendingItem &item : pending.items()) {
        const PaymentItem &p = item.payment;
        QJsonObject json = paymentJson(p);
        json.insert(QStringLiteral("shopName"), item.shopName);
        json.insert(QStringLiteral("source"), item.source == workflow::PendingItem::Source::Journal
                                                  ? QStringLiteral("journal")
                                                  : QStringLiteral("relay"));
        list.append(json);
        lines << QStringLiteral("%1  %2  %3  %4  %5 %6")
                     .arg(p.paymentId, p.purchaseId,
                          eth::formatMoney(p.amount, p.currency, QLocale()),
                          item.shopName.isEmpty() ? QStringLiteral("-") : item.shopName)
                     .arg(p.paymentStatus)
                     .arg(relay::paymentStatusText(p.paymentStatus));
    }
    print({{QStringLiteral("ok"), true}, {QStringLiteral("pending"), list}},
          lines.isEmpty() ? QStringLiteral("no pending cancellations") : lines.join(u'\n'));
    return ExitOk;
}

int Cli::commandHistory()
{
    expectArguments(1);
    workflow::Journal journal;
    openJournal(journal, workflow::Journal::Mode::Reader);
    const QString search = option(QStringLiteral("search"));
    if (isSet(QStringLiteral("csv"))) {
        const auto csv = journal.exportCsv(search);
        if (!csv)
            throw BadInput{csv.error()};
        std::fputs(csv->toUtf8().constData(), stdout);
        return ExitOk;
    }
    const auto entries = journal.history(search);
    if (!entries)
        throw BadInput{entries.error()};
    QJsonArray list;
    QStringList lines;
    for (const workflow::JournalEntry &entry : entries.value()) {
        list.append(entryJson(entry));
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(formatTime(entry.createdAt), entry.paymentId, entry.purchaseId,
                          entry.approval < 0 ? QStringLiteral("-")
                                             : (entry.approval ? QStringLiteral("approve")
                                                               : QStringLiteral("reject")))
                     .arg(entry.paymentStatus)
                     .arg(entry.message);
    }
    print({{QStringLiteral("ok"), true}, {QStringLiteral("history"), list}},
          lines.isEmpty() ? QStringLiteral("no history") : lines.join(u'\n'));
    return ExitOk;
}

namespace {

// One line of standard input, without echo when typed at a terminal (after `prompt`).
QString readHiddenLine(const char *prompt)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    const bool hidden = terminal && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hidden) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    if (terminal)
        std::fputs(prompt, stderr);
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(256);
    if (hidden) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
    const QString text = QString::fromUtf8(line).trimmed();
    if (!line.isEmpty())
        OPENSSL_cleanse(line.data(), size_t(line.size()));
    return text;
}

} // namespace

int Cli::commandPinHash()
{
    expectArguments(1);
    QString pin = readHiddenLine("PIN: ");
    if (pin.isEmpty())
        throw BadInput{QStringLiteral("PIN: none on standard input (one line of 6 to 12 digits)")};
    const auto hash = staff::hashPin(pin);
    pin.fill(QChar(u'0')); // the PIN's copy in this process
    if (!hash)
        throw BadInput{hash.error()};
    print({{QStringLiteral("ok"), true}, {QStringLiteral("pinHash"), hash.value()}}, hash.value());
    return ExitOk;
}

int Cli::commandSetupCodeHash()
{
    expectArguments(1);
    QString code = readHiddenLine("Set-up code: ");
    if (code.isEmpty())
        throw BadInput{
            QStringLiteral("set-up code: none on standard input (one line of 8 to 16 digits)")};
    const auto hash = staff::hashSetupCode(code);
    code.fill(QChar(u'0'));
    if (!hash)
        throw BadInput{hash.error()};
    print({{QStringLiteral("ok"), true}, {QStringLiteral("setupCodeHash"), hash.value()}},
          hash.value());
    return ExitOk;
}

volatile std::sig_atomic_t g_interrupted = 0;

int Cli::commandWatch()
{
    expectArguments(1);
    QString paymentFilter;
    if (isSet(QStringLiteral("payment"))) {
        auto id = eth::normalizePaymentId(option(QStringLiteral("payment")));
        if (!id)
            throw BadInput{u"--payment: " + id.error()};
        paymentFilter = id.value();
    }
    int maxEvents = -1;
    if (isSet(QStringLiteral("count"))) {
        bool ok = false;
        maxEvents = option(QStringLiteral("count")).toInt(&ok);
        if (!ok || maxEvents < 1)
            throw BadInput{QStringLiteral("--count: must be a whole number of at least 1")};
    }
    double seconds = -1;
    if (isSet(QStringLiteral("for"))) {
        bool ok = false;
        seconds = option(QStringLiteral("for")).toDouble(&ok);
        if (!ok || seconds <= 0)
            throw BadInput{QStringLiteral("--for: must be a number of seconds above 0")};
    }
    QString mode = m_settings.api == relay::ApiVersion::V1 ? QStringLiteral("callback")
                                                           : QStringLiteral("tasks");
    if (isSet(QStringLiteral("events")))
        mode = option(QStringLiteral("events"));
    if (mode != u"tasks" && mode != u"callback")
        throw BadInput{QStringLiteral("--events: must be tasks or callback")};

    QEventLoop loop;
    bool noFeed = false; // the v1-only relay answers the feed with 404
    int seen = 0;
    auto onEvent = [&](const relay::TaskEvent &event) {
        if (!paymentFilter.isEmpty() && event.paymentId() != paymentFilter)
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
        print(json, QStringLiteral("#%1 %2 code %3 (%4) payment %5 terminal %6%7")
                        .arg(event.sequence.toDecimal(), event.type)
                        .arg(event.code)
                        .arg(relay::relayCodeText(event.code), event.paymentId(),
                             event.terminalId(), status));
        if (maxEvents > 0 && ++seen >= maxEvents)
            loop.quit();
    };

    std::unique_ptr<relay::TaskFeed> feed;
    std::unique_ptr<relay::CallbackReceiver> receiver;
    if (mode == u"tasks") {
        feed = std::make_unique<relay::TaskFeed>(m_client);
        if (isSet(QStringLiteral("interval-ms")))
            feed->setInterval(std::chrono::milliseconds(
                qBound(50, option(QStringLiteral("interval-ms")).toInt(), 60000)));
        QObject::connect(feed.get(), &relay::TaskFeed::eventReceived, &m_scope, onEvent);
        QObject::connect(feed.get(), &relay::TaskFeed::pollFailed, &m_scope,
                         [](const RelayError &error) {
                             writeLine(stderr, kProgram + u": " + relay::describeError(error) +
                                                   u" (still watching)");
                         });
        QObject::connect(
            feed.get(), &relay::TaskFeed::started, &m_scope, [](const eth::UInt256 &sequence) {
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
        const QString listen = isSet(QStringLiteral("listen")) ? option(QStringLiteral("listen"))
                                                               : QStringLiteral("127.0.0.1:0");
        const auto where = relay::parseListenAddress(listen);
        if (!where)
            throw BadInput{QStringLiteral("--listen: must be ADDRESS:PORT, e.g. 127.0.0.1:8099")};
        const QString configured =
            isSet(QStringLiteral("callback-key"))
                ? secretOption(QStringLiteral("callback-key"), config::kCallbackKeyCredential)
                : m_config.callbackKey;
        if (configured.isEmpty())
            throw BadInput{QStringLiteral(
                "--callback-key: required for callback events (the relay's callback key: "
                "@FILE, -, [events] callback_key or $CREDENTIALS_DIRECTORY/callback-key)")};
        auto callbackKey = config::readSecret(configured);
        if (!callbackKey)
            throw BadInput{u"--callback-key: " + callbackKey.error()};
        receiver = std::make_unique<relay::CallbackReceiver>(callbackKey.value());
        const quint16 bound = receiver->listen(where->address, where->port);
        if (bound == 0)
            throw BadInput{QStringLiteral("--listen: cannot listen on %1").arg(listen)};
        writeLine(stderr, QStringLiteral("%1: listening for relay callbacks on http://%2:%3/")
                              .arg(kProgram, where->address.toString())
                              .arg(bound));
        QObject::connect(receiver.get(), &relay::CallbackReceiver::eventReceived, &m_scope,
                         onEvent);
    }

    if (seconds > 0)
        QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
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

int Cli::run()
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto value = [](const char *name) {
        return QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("value"));
    };
    const auto flag = [](const char *name) { return QCommandLineOption(QLatin1String(name)); };
    m_parser.addOptions(
        {value("config"),       value("relay"),       value("api"),       value("access-key"),
         value("terminal-key"), value("terminal-id"), value("approver"),  value("timeout-ms"),
         value("state-dir"),    flag("json"),         value("signature"), flag("reject"),
         flag("no-wait"),       flag("abandon"),      value("payment"),   value("for"),
         value("count"),        value("events"),      value("listen"),    value("callback-key"),
         value("interval-ms"),  flag("verbose"),      flag("help"),       flag("version"),
         value("response"),     value("format"),      value("png"),       flag("csv"),
         value("search"),       value("ur"),          value("lock-wait")});
    try {
        if (!m_parser.parse(m_arguments))
            throw BadInput{m_parser.errorText()};
        if (isSet(QStringLiteral("help"))) {
            std::fputs(kUsage, stdout);
            return ExitOk;
        }
        if (isSet(QStringLiteral("version"))) {
            writeLine(stdout, kProgram + u' ' + QCoreApplication::applicationVersion());
            return ExitOk;
        }
        m_json = isSet(QStringLiteral("json"));
        // Per-call logs are for --verbose (or QT_LOGGING_RULES); warnings always show.
        if (!isSet(QStringLiteral("verbose")) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(
                QStringLiteral("kiosk.*.debug=false\nkiosk.*.info=false"));
        m_positional = m_parser.positionalArguments();
        if (m_positional.isEmpty()) {
            std::fputs(kUsage, stderr);
            return ExitBadInput;
        }
        const QString command = m_positional.first();
        const std::map<QString, int (Cli::*)()> commands = {
            {QStringLiteral("check"), &Cli::commandCheck},
            {QStringLiteral("show"), &Cli::commandShow},
            {QStringLiteral("open"), &Cli::commandOpen},
            {QStringLiteral("approve"), &Cli::commandApprove},
            {QStringLiteral("close"), &Cli::commandClose},
            {QStringLiteral("watch"), &Cli::commandWatch},
            {QStringLiteral("request"), &Cli::commandRequest},
            {QStringLiteral("pair"), &Cli::commandPair},
            {QStringLiteral("run"), &Cli::commandRun},
            {QStringLiteral("resume"), &Cli::commandResume},
            {QStringLiteral("pending"), &Cli::commandPending},
            {QStringLiteral("history"), &Cli::commandHistory},
            {QStringLiteral("pin-hash"), &Cli::commandPinHash},
            {QStringLiteral("setup-code-hash"), &Cli::commandSetupCodeHash},
        };
        const auto found = commands.find(command);
        if (found == commands.end())
            throw BadInput{
                QStringLiteral("unknown command '%1' (try --help)").arg(command.left(40))};
        // pin-hash and setup-code-hash only hash: they need no relay, and no configuration
        // file at all. history reads the journal only: no relay either.
        if (found->second == &Cli::commandHistory)
            loadConfig();
        else if (found->second != &Cli::commandPinHash &&
                 found->second != &Cli::commandSetupCodeHash)
            setUp();
        return (this->*found->second)();
    } catch (const BadInput &error) {
        if (m_json)
            writeLine(
                stdout,
                QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{
                            {QStringLiteral("ok"), false},
                            {QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("kind"), QStringLiteral("bad-input")},
                                         {QStringLiteral("message"), error.message}}}})
                        .toJson(QJsonDocument::Compact)));
        writeLine(stderr, kProgram + u": " + error.message);
        return ExitBadInput;
    }
}

} // namespace

int run(const QStringList &arguments)
{
    Cli cli(arguments);
    return cli.run();
}

} // namespace kiosk::cli
