// SPDX-License-Identifier: MIT
// request, approve and pair: the signing request shown to a wallet, and its answer.
#include "commands.h"
#include "context.h"
#include "kioskctl.h"
#include "payments.h"
#include "qr/pairing.h"
#include "qr/qrfile.h"
#include "qr/requestcodec.h"
#include "qr/requeststore.h"
#include "qr/responsereader.h"
#include "relay/relaytexts.h"
#include "steprecorder.h"
#include "workflow/approvalcontext.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>

namespace kiosk::cli::commands {

using relay::PaymentItem;
using relay::RelayError;
using namespace std::chrono_literals;

namespace {

relay::RelayResult<workflow::ApprovalContext> loadApprovalContext(Context &context,
                                                                  const QString &id)
{
    return Context::await<workflow::ApprovalContext>([&](auto done) {
        workflow::loadApprovalContext(context.client(), id, context.config().approver,
                                      context.scope(), done);
    });
}

// The wallet's answer (--response) to the request shown for `id`: it must match that request,
// be in time, and come from the expected wallet, or nothing is posted.
eth::Signature verifiedResponse(Context &context, const qr::RequestStore &store, const QString &id,
                                bool &approval)
{
    auto request = store.load(id);
    if (!request)
        throw BadInput{u"--response: " + request.error()};
    if (context.isSet(QStringLiteral("reject")) && request->approval)
        throw BadInput{QStringLiteral(
            "--reject: the request shown asked to approve; show a new one with --reject")};
    approval = request->approval;
    qr::ResponseReader reader;
    std::optional<qr::SigningResponse> response;
    for (const QString &text : context.responseTexts(context.option(QStringLiteral("response")))) {
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
    return verified.value();
}

// Follows the payment until the relay has settled the approval (no event comes for 52/53, so
// the item is polled), for up to two minutes.
relay::RelayResult<PaymentItem> followApproval(Context &context, const QString &id,
                                               PaymentItem final)
{
    const QDeadlineTimer deadline(120s);
    const auto settled = [](int s) {
        return s != relay::status::CancelOpened && s != relay::status::CancelApprovalSent;
    };
    while (!settled(final.paymentStatus) && !deadline.hasExpired()) {
        Context::pause(500ms);
        const auto item = Context::await<PaymentItem>(
            [&](auto done) { context.client()->fetchPayment(id, context.scope(), done); });
        if (!item)
            return item;
        const QString txHash = final.txHash;
        final = item.value();
        if (final.txHash.isEmpty())
            final.txHash = txHash;
    }
    return final;
}

} // namespace

int request(Context &context)
{
    context.expectArguments(2);
    const QString id = context.paymentIdArgument();
    const qr::RequestFormat format = context.parsedOption(
        QStringLiteral("format"), &qr::parseRequestFormat, QStringLiteral("ur"));
    const QString dir = context.stateDir();
    context.lockStateDir();
    workflow::Journal journal;
    context.openJournal(journal);
    const auto approvalContext = loadApprovalContext(context, id);
    if (!approvalContext)
        return context.fail(approvalContext.failure());
    const PaymentItem &payment = approvalContext->payment;
    const int status = payment.paymentStatus;
    if (!relay::status::awaitsApproval(status))
        return context.fail(RelayError{
            RelayError::Kind::NotFound,
            QStringLiteral(
                "the cancellation is not waiting for an approval (status %1: %2); open it first")
                .arg(status)
                .arg(relay::paymentStatusText(status))});
    const qint64 deadline =
        workflow::responseDeadline(payment, context.config().paymentTimeoutSeconds);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now >= deadline)
        return context.fail(RelayError{
            RelayError::Kind::NotFound,
            QStringLiteral("the time to approve this cancellation has run out (opened %1)")
                .arg(formatTime(payment.openCancelTimestamp))});
    qr::SigningRequest request = workflow::makeSigningRequest(
        approvalContext.value(), !context.isSet(QStringLiteral("reject")), deadline);
    qr::PairingStore(dir).decorate(request);
    // Recorded before it is shown: nobody signs a request the kiosk could not post.
    StepRecorder record(journal, id, context.settings().terminalId);
    record.setDecision(request.approval, request.signer.toChecksummed());
    record.note(QStringLiteral("request"),
                {{QStringLiteral("requestId"), request.requestId.toString(QUuid::WithoutBraces)},
                 {QStringLiteral("approval"), request.approval},
                 {QStringLiteral("expires"), deadline},
                 {QStringLiteral("nonce"), request.nonce.toDecimal()}});
    record.answered(QStringLiteral("load"), payment);
    if (auto saved = qr::RequestStore(dir).save(request); !saved)
        throw BadInput{u"--state-dir: " + saved.error()};
    const QStringList frames = qr::requestFrames(request, format);
    if (context.isSet(QStringLiteral("png"))) {
        auto written = qr::writeQrPng(frames.first(), context.option(QStringLiteral("png")), 800);
        if (!written)
            throw BadInput{u"--png: " + written.error()};
    }
    QJsonArray framesJson;
    for (const QString &frame : frames)
        framesJson.append(frame);
    context.print({{QStringLiteral("ok"), true},
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

int approve(Context &context)
{
    context.expectArguments(2);
    const QString id = context.paymentIdArgument();
    const bool hasSignature = context.isSet(QStringLiteral("signature"));
    const bool hasResponse = context.isSet(QStringLiteral("response"));
    if (hasSignature == hasResponse)
        throw BadInput{
            QStringLiteral("--signature or --response: give exactly one (the wallet's answer)")};

    bool approval = !context.isSet(QStringLiteral("reject"));
    eth::Signature signature;
    std::optional<workflow::ApprovalContext> known;
    std::optional<qr::RequestStore> store;
    context.lockStateDir();
    workflow::Journal journal;
    context.openJournal(journal);
    if (hasResponse) {
        store.emplace(context.stateDir());
        signature = verifiedResponse(context, *store, id, approval);
    } else {
        const auto parsed = eth::Signature::parse(context.option(QStringLiteral("signature")));
        if (!parsed)
            throw BadInput{u"--signature: " + parsed.error()};
        signature = parsed.value();
        // A local check first, so staff learn at once why the relay will refuse. The signature is
        // still posted as given: this path is the relay's own check, for diagnosis.
        if (const auto loaded = loadApprovalContext(context, id); loaded) {
            known = loaded.value();
            if (auto verified = loaded->verify(signature); !verified)
                writeLine(stderr, kProgram + u": warning: " + verified.error() +
                                      u"; the relay will refuse it");
        }
    }

    StepRecorder record(journal, id, context.settings().terminalId);
    record.setDecision(approval, known ? known->expectedSigner.toChecksummed() : QString());
    record.intent(QStringLiteral("approve"), {{QStringLiteral("approval"), approval},
                                              {QStringLiteral("signature"), signature.toHex()}});
    const auto answer = Context::await<PaymentItem>([&](auto done) {
        context.client()->approveCancel(id, approval, signature, context.scope(), done);
    });
    if (store && (answer || answer.failure().isRelayAnswer()))
        store->remove(id); // answered: the request is used up
    if (!answer) {
        record.refused(QStringLiteral("approve"), answer.failure());
        return context.fail(answer.failure());
    }
    record.answered(QStringLiteral("approve"), answer.value());
    PaymentItem final = answer.value();
    if (!context.isSet(QStringLiteral("no-wait"))) {
        const auto followed = followApproval(context, id, final);
        if (!followed)
            return context.fail(followed.failure());
        final = followed.value();
        record.answered(QStringLiteral("follow"), final);
    }
    printPayment(context, final, known && known->shopKnown ? known->shop.name : QString(),
                 {{QStringLiteral("approval"), approval}});
    return ExitOk;
}

int pair(Context &context)
{
    context.expectArguments(1);
    if (!context.isSet(QStringLiteral("ur")))
        throw BadInput{QStringLiteral(
            "--ur: required (the wallet's crypto-hdkey or crypto-account code: text or @image)")};
    const QStringList texts = context.responseTexts(context.option(QStringLiteral("ur")));
    auto wallet = qr::pairFromUr(texts.join(u'\n'));
    if (!wallet)
        throw BadInput{u"--ur: " + wallet.error()};
    qr::PairingStore store(context.stateDir());
    if (auto added = store.add(wallet.value()); !added)
        throw BadInput{u"--state-dir: " + added.error()};
    const QString fingerprint =
        QString::number(wallet->sourceFingerprint, 16).rightJustified(8, u'0');
    context.print({{QStringLiteral("ok"), true},
                   {QStringLiteral("address"), wallet->address.toChecksummed()},
                   {QStringLiteral("derivationPath"), wallet->derivationPath},
                   {QStringLiteral("sourceFingerprint"), fingerprint}},
                  QStringLiteral("paired %1 (%2, fingerprint %3)")
                      .arg(wallet->address.toChecksummed(), wallet->derivationPath, fingerprint));
    return ExitOk;
}

} // namespace kiosk::cli::commands
