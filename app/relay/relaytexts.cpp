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

QString relayCodeText(int code)
{
    const char *text = nullptr;
    switch (code) {
    case 0:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Success");
        break;
    case 1501:
        text = QT_TRANSLATE_NOOP(
            "kiosk::relay",
            "The signature is not valid: wrong wallet, wrong nonce or wrong payment");
        break;
    case 1505:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "The secret is not valid");
        break;
    case 1532:
    case 1533:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "The payment's state on the blockchain does not allow this");
        break;
    case 1534:
        text = QT_TRANSLATE_NOOP(
            "kiosk::relay",
            "More than 7 days have passed since the payment: it can no longer be cancelled");
        break;
    case 2001:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "The request was not valid");
        break;
    case 2002:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "This terminal's access key was not accepted");
        break;
    case 2003:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "No payment with this id exists");
        break;
    case 2005:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "The shop has no app registered to approve this; "
                                                 "the cancellation will be closed later");
        break;
    case 2020:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "The payment's status does not allow an approval now");
        break;
    case 2022:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "The payment's status does not allow opening a cancellation");
        break;
    case 2024:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "The payment's status does not allow closing now");
        break;
    case 2025:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Already approved on the blockchain");
        break;
    case 2026:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "Already closed on the blockchain, or the payment failed");
        break;
    case 2027:
        text =
            QT_TRANSLATE_NOOP("kiosk::relay", "This cancellation already failed on the blockchain");
        break;
    case 2028:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "It is too late to reject: the blockchain has moved on");
        break;
    case 2029:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "This cancellation was closed by force");
        break;
    case 2030:
        text = QT_TRANSLATE_NOOP(
            "kiosk::relay",
            "Cannot close yet: the approval is not confirmed and the window is still open");
        break;
    case 3004:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "This relay has switched off the v1 payment API");
        break;
    case 4000:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "Denied");
        break;
    case 5000:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "The blockchain contract reported an error");
        break;
    case 7000:
        text = QT_TRANSLATE_NOOP("kiosk::relay",
                                 "The approval came too late: the time to approve has run out");
        break;
    case 9000:
        text = QT_TRANSLATE_NOOP("kiosk::relay", "The relay reported an error");
        break;
    default:
        if (code >= 1000 && code <= 1999)
            return QCoreApplication::translate("kiosk::relay",
                                               "The blockchain contract refused (code %1)")
                .arg(code);
        return QCoreApplication::translate("kiosk::relay", "The relay answered with code %1")
            .arg(code);
    }
    return QCoreApplication::translate("kiosk::relay", text);
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
