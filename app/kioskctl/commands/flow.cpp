// SPDX-License-Identifier: MIT
// run and resume: whole cancellations, driven by the same workflow as the touchscreen kiosk.
#include "commands.h"
#include "context.h"
#include "kioskctl.h"
#include "qr/pairing.h"
#include "qr/qrfile.h"
#include "qr/requestcodec.h"
#include "relay/callbackreceiver.h"
#include "relay/relaytexts.h"
#include "relay/taskfeed.h"
#include "workflow/cancellationworkflow.h"

#include <QSocketNotifier>

#include <cerrno>
#include <functional>
#include <memory>

#include <unistd.h>

namespace kiosk::cli::commands {

using relay::PaymentItem;
using relay::RelayError;
using State = workflow::CancellationWorkflow::State;

namespace {

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

// How run's answers went: no acceptable one came (the cancellation was withdrawn), and why the
// last one was not accepted.
struct Answers
{
    bool withdrawn = false;
    QString rejection;
};

// Runs one workflow to its end in the event loop; prints and returns the exit status.
int runWorkflow(Context &context, workflow::CancellationWorkflow &flow, const Answers &answers)
{
    QEventLoop loop;
    QObject::connect(&flow, &workflow::CancellationWorkflow::stateChanged, &loop, [&](State state) {
        if (state == State::Finished || state == State::Failed || state == State::Idle)
            loop.quit();
    });
    // v2: the task feed tells as soon as something happens; polling covers what posts no event.
    // v1: the relay's callbacks, when this kiosk is configured to receive them.
    const config::KioskConfig &config = context.config();
    std::unique_ptr<relay::TaskFeed> feed;
    std::unique_ptr<relay::CallbackReceiver> receiver;
    if (context.settings().api == relay::ApiVersion::V2) {
        feed = std::make_unique<relay::TaskFeed>(context.client());
        QObject::connect(feed.get(), &relay::TaskFeed::eventReceived, &flow,
                         &workflow::CancellationWorkflow::handleRelayEvent);
        feed->start();
    } else if (!config.callbackListen.isEmpty()) {
        receiver = std::make_unique<relay::CallbackReceiver>(config.callbackKey);
        if (receiver->listen(config.callbackListen) != 0)
            QObject::connect(receiver.get(), &relay::CallbackReceiver::eventReceived, &flow,
                             &workflow::CancellationWorkflow::handleRelayEvent);
        else
            writeLine(stderr, kProgram + u": cannot receive relay callbacks on " +
                                  config.callbackListen + u"; following by polling only");
    }
    if (flow.state() != State::Finished && flow.state() != State::Failed)
        loop.exec();
    const PaymentItem &payment = flow.context().payment;
    // Ended (59) because the approval came too late: not the success that was asked for.
    const bool endedByRefusal = flow.state() == State::Finished && flow.relayCode() != 0;
    if (flow.state() == State::Finished && !answers.withdrawn && !endedByRefusal) {
        context.print(
            {{QStringLiteral("ok"), true},
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
        context.print({{QStringLiteral("ok"), false},
                       {QStringLiteral("paymentId"), flow.paymentId()},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("journal")},
                                    {QStringLiteral("message"), flow.message()}}}},
                      QString());
        writeLine(stderr, kProgram + u": --state-dir: " + flow.message());
        return ExitBadInput;
    }
    if (answers.withdrawn) {
        // Nothing was posted; the cancellation was closed (59) so it can be opened again.
        context.print({{QStringLiteral("ok"), false},
                       {QStringLiteral("paymentId"), flow.paymentId()},
                       {QStringLiteral("paymentStatus"), payment.paymentStatus},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("bad-input")},
                                    {QStringLiteral("message"), answers.rejection.isEmpty()
                                                                    ? QStringLiteral("no answer")
                                                                    : answers.rejection}}}},
                      QStringLiteral("%1: %2 %3 (no acceptable answer)")
                          .arg(flow.paymentId())
                          .arg(payment.paymentStatus)
                          .arg(relay::paymentStatusText(payment.paymentStatus)));
        return ExitBadInput;
    }
    // The kind the workflow stopped on: a relay refusal (1), a transport fault (3), or a status
    // that does not allow going on (1).
    // Ended by the relay's window (7000, then closed): reported as that refusal.
    return context.fail(RelayError{endedByRefusal ? RelayError::Kind::Relay : flow.errorKind(),
                                   flow.message(), flow.relayCode()});
}

} // namespace

int run(Context &context)
{
    context.expectArguments(2);
    const QString id = context.paymentIdArgument();
    const bool approval = !context.isSet(QStringLiteral("reject"));
    // "-" (or no --response) reads the answer from standard input once the request is shown.
    QStringList responses;
    if (const QString response = context.option(QStringLiteral("response"), QStringLiteral("-"));
        response != u"-")
        responses = context.responseTexts(response);
    const qr::RequestFormat format = context.parsedOption(
        QStringLiteral("format"), &qr::parseRequestFormat, QStringLiteral("ur"));

    context.lockStateDir();
    workflow::Journal journal;
    context.openJournal(journal);
    const auto settings = workflow::WorkflowSettings::fromConfig(context.config());
    workflow::CancellationWorkflow flow(context.client(), &journal, nullptr, settings);
    const qr::PairingStore pairings(context.stateDir());
    Answers answers;
    // No acceptable answer will come: nothing is posted, and the cancellation is closed (59)
    // so that it can be opened again.
    const auto withdraw = [&] {
        if (flow.state() != State::AwaitingResponse)
            return;
        writeLine(stderr, kProgram + u": no acceptable answer; nothing was posted; closing the "
                                     u"cancellation");
        answers.withdrawn = true;
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
                         const QStringList frames = qr::requestFrames(request, format);
                         if (context.isSet(QStringLiteral("png")))
                             if (auto written = qr::writeQrPng(
                                     frames.first(), context.option(QStringLiteral("png")), 800);
                                 !written)
                                 writeLine(stderr, kProgram + u": --png: " + written.error());
                         writeLine(stderr, QStringLiteral("%1: %2 must sign (%3); %4 s left")
                                               .arg(kProgram, request.signer.toChecksummed(),
                                                    request.approval ? QStringLiteral("approve")
                                                                     : QStringLiteral("reject"))
                                               .arg(flow.secondsLeft()));
                         if (!context.json())
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
                         answers.rejection = reason;
                         writeLine(stderr, kProgram + u": answer not accepted: " + reason);
                     });
    flow.start(id, true);
    const int code = runWorkflow(context, flow, answers);
    if (flow.state() == State::Idle) {
        context.print({{QStringLiteral("ok"), false},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("bad-input")},
                                    {QStringLiteral("message"), answers.rejection}}}},
                      QString());
        return ExitBadInput;
    }
    return code;
}

int resume(Context &context)
{
    context.expectArguments(1);
    context.lockStateDir();
    workflow::Journal journal;
    context.openJournal(journal);
    const auto unfinished = journal.unfinished();
    if (!unfinished)
        throw BadInput{unfinished.error()};
    const auto settings = workflow::WorkflowSettings::fromConfig(context.config());
    int worst = ExitOk;
    for (const workflow::JournalEntry &entry : unfinished.value()) {
        workflow::CancellationWorkflow flow(context.client(), &journal, nullptr, settings);
        flow.resume(entry);
        worst = qMax(worst, runWorkflow(context, flow, {}));
    }
    if (unfinished->isEmpty())
        context.print({{QStringLiteral("ok"), true}, {QStringLiteral("resumed"), 0}},
                      QStringLiteral("nothing to resume"));
    return worst;
}

} // namespace kiosk::cli::commands
