// SPDX-License-Identifier: MIT
#include "relay/relaytexts.h"

#include <QCoreApplication>

namespace kiosk::relay {

QString paymentStatusText(int paymentStatus)
{
    const char *text = nullptr;
    switch (paymentStatus) {
    case 11:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Payment opened");
        break;
    case 12:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Payment approval failed");
        break;
    case 13:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Payment approval was reverted");
        break;
    case 14:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Payment approval sent, confirming");
        break;
    case 15:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Payment approval confirmed");
        break;
    case 16:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Payment denied by the customer");
        break;
    case 17:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Payment result delivered");
        break;
    case 18:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Payment completed");
        break;
    case 19:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Payment failed");
        break;
    case 51:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Cancellation waiting for approval");
        break;
    case 52:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "Approval could not be recorded; it can be tried again");
        break;
    case 53:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "Approval was reverted on the blockchain; it can be tried again");
        break;
    case 54:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "Approval accepted, being confirmed on the blockchain");
        break;
    case 55:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Approval confirmed on the blockchain");
        break;
    case 56:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Cancellation rejected: the points stay spent");
        break;
    case 57:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Cancellation approved, finishing");
        break;
    case 58:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "Cancellation complete: your points have been returned");
        break;
    case 59:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Cancellation closed without a refund");
        break;
    default:
        return QCoreApplication::translate("kiosk::relay", "Unknown payment status %1")
            .arg(paymentStatus);
    }
    return QCoreApplication::translate("kiosk::relay", text);
}

bool isFinalCancelStatus(int paymentStatus)
{
    return paymentStatus == status::CancelCompleted || paymentStatus == status::CancelFailed;
}

std::optional<KnownCode> knownCode(int code)
{
    switch (KnownCode(code)) {
    case KnownCode::InvalidSignature:
    case KnownCode::InvalidSecret:
    case KnownCode::ChainStateDenied:
    case KnownCode::ChainStateDenied2:
    case KnownCode::TooOldToCancel:
    case KnownCode::ValidationFailed:
    case KnownCode::AccessKeyInvalid:
    case KnownCode::PaymentNotFound:
    case KnownCode::NoShopApp:
    case KnownCode::ApprovalNotAllowed:
    case KnownCode::OpenNotAllowed:
    case KnownCode::CloseNotAllowed:
    case KnownCode::AlreadyApproved:
    case KnownCode::AlreadyClosed:
    case KnownCode::CancelAlreadyFailed:
    case KnownCode::RejectTooLate:
    case KnownCode::ForciblyClosed:
    case KnownCode::CloseTooEarly:
    case KnownCode::V1Disabled:
    case KnownCode::Denied:
    case KnownCode::ContractError:
    case KnownCode::ApprovalTimeout:
    case KnownCode::OtherError:
        return KnownCode(code);
    }
    return std::nullopt;
}

namespace {
// Gives the texts below the context "kiosk::relay", one lupdate understands.
struct RelayTexts
{
    Q_DECLARE_TR_FUNCTIONS(kiosk::relay)

public:
    static CodeAdvice advice(KnownCode code);

    // What people can do, shared by several codes.
    static QString tryAgain()
    {
        return tr("Please try again. If it keeps happening, ask the shop staff.");
    }
    static QString askStaff() { return tr("Please ask the shop staff for help."); }
    static QString askStaffToReopen()
    {
        return tr("Nothing more happens to this cancellation. The shop staff can open it again "
                  "if needed.");
    }
    static QString staffConfiguration()
    {
        return tr(
            "Staff: check this kiosk's relay settings (access key, terminal key, API version).");
    }
    static QString nothingToDo()
    {
        return tr("Nothing needs to be done: the kiosk follows the payment to its end.");
    }
};
} // namespace

CodeAdvice adviceFor(KnownCode code)
{
    return RelayTexts::advice(code);
}

CodeAdvice RelayTexts::advice(KnownCode code)
{
    // Every known code has its own words; no default, so a new code cannot go unexplained.
    switch (code) {
    case KnownCode::InvalidSignature:
        return {tr("The signature was not accepted"),
                tr("The signature is not valid: wrong wallet, wrong nonce or wrong payment"),
                tr("Sign with the wallet the kiosk names, then try again."), true};
    case KnownCode::InvalidSecret:
        return {tr("The signature was not accepted"), tr("The secret is not valid"), tryAgain(),
                true};
    case KnownCode::ChainStateDenied:
    case KnownCode::ChainStateDenied2:
        return {tr("The blockchain does not allow this now"),
                tr("The payment's state on the blockchain does not allow this"), askStaff(), false};
    case KnownCode::TooOldToCancel:
        return {tr("This payment can no longer be cancelled"),
                tr("More than 7 days have passed since the payment: it can no longer be "
                   "cancelled"),
                askStaff(), false};
    case KnownCode::ValidationFailed:
        return {tr("The loyalty system refused this step"), tr("The request was not valid"),
                askStaff(), false};
    case KnownCode::AccessKeyInvalid:
        return {tr("This kiosk is not allowed to do this"),
                tr("This terminal's access key was not accepted"), staffConfiguration(), false};
    case KnownCode::PaymentNotFound:
        return {tr("This payment was not found"), tr("No payment with this id exists"), askStaff(),
                false};
    case KnownCode::NoShopApp:
        return {tr("The shop cannot be asked"),
                tr("The shop has no app registered to approve this; the cancellation will be "
                   "closed later"),
                askStaff(), false};
    case KnownCode::ApprovalNotAllowed:
        return {tr("This cancellation is not waiting for an approval"),
                tr("The payment's status does not allow an approval now"), askStaffToReopen(),
                false};
    case KnownCode::OpenNotAllowed:
        return {tr("This cancellation cannot be opened now"),
                tr("The payment's status does not allow opening a cancellation"), askStaff(),
                false};
    case KnownCode::CloseNotAllowed:
        return {tr("This cancellation cannot be closed now"),
                tr("The payment's status does not allow closing now"), askStaff(), false};
    case KnownCode::AlreadyApproved:
        return {tr("Already approved"), tr("Already approved on the blockchain"), nothingToDo(),
                false};
    case KnownCode::AlreadyClosed:
        return {tr("This cancellation is already closed"),
                tr("Already closed on the blockchain, or the payment failed"), askStaffToReopen(),
                false};
    case KnownCode::CancelAlreadyFailed:
        return {tr("This cancellation is already closed"),
                tr("This cancellation already failed on the blockchain"), askStaff(), false};
    case KnownCode::RejectTooLate:
        return {tr("It is too late to reject"),
                tr("It is too late to reject: the blockchain has moved on"), nothingToDo(), false};
    case KnownCode::ForciblyClosed:
        return {tr("This cancellation is already closed"),
                tr("This cancellation was closed by force"), askStaffToReopen(), false};
    case KnownCode::CloseTooEarly:
        return {tr("Not finished yet"),
                tr("Cannot close yet: the approval is not confirmed and the window is still "
                   "open"),
                nothingToDo(), false};
    case KnownCode::V1Disabled:
        return {tr("This kiosk is not allowed to do this"),
                tr("This relay has switched off the v1 payment API"), staffConfiguration(), false};
    case KnownCode::Denied:
        return {tr("Denied"), tr("Denied"), askStaff(), false};
    case KnownCode::ContractError:
        return {tr("The blockchain refused this step"),
                tr("The blockchain contract reported an error"), tryAgain(), true};
    case KnownCode::ApprovalTimeout:
        return {tr("The time to approve ran out"),
                tr("The approval came too late: the time to approve has run out"),
                tr("Nothing was changed. Choose the cancellation again to start over."), false};
    case KnownCode::OtherError:
        return {tr("The loyalty system refused this step"), tr("The relay reported an error"),
                tryAgain(), true};
    }
    return {};
}

QString relayCodeText(int code)
{
    if (code == 0)
        return QCoreApplication::translate("kiosk::relay", "Success");
    if (const auto known = knownCode(code))
        return adviceFor(*known).what;
    if (code >= 1000 && code <= 1999)
        return QCoreApplication::translate("kiosk::relay",
                                           "The blockchain contract refused (code %1)")
            .arg(code);
    return QCoreApplication::translate("kiosk::relay", "The relay answered with code %1").arg(code);
}

QString describeError(const RelayError &error)
{
    using Kind = RelayError::Kind;
    switch (error.kind) {
    case Kind::Relay:
        return QCoreApplication::translate("kiosk::relay", "%1 (relay code %2: %3)")
            .arg(relayCodeText(error.relayCode))
            .arg(error.relayCode)
            .arg(error.message);
    case Kind::Timeout:
        return QCoreApplication::translate("kiosk::relay", "The relay did not answer in time: %1")
            .arg(error.message);
    case Kind::ConnectionRefused:
    case Kind::Network:
        return QCoreApplication::translate("kiosk::relay", "The relay cannot be reached: %1")
            .arg(error.message);
    case Kind::Tls:
        return QCoreApplication::translate("kiosk::relay",
                                           "The relay's secure connection failed: %1")
            .arg(error.message);
    case Kind::HttpStatus:
    case Kind::NotJson:
    case Kind::BadResponse:
    case Kind::TooLarge:
        return QCoreApplication::translate("kiosk::relay",
                                           "The relay's answer could not be understood: %1")
            .arg(error.message);
    case Kind::NotFound:
    case Kind::InvalidInput:
        return error.message;
    }
    return error.message;
}

} // namespace kiosk::relay
