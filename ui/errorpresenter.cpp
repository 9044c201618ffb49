// SPDX-License-Identifier: MIT
#include "errorpresenter.h"

#include "relay/relaytypes.h"

#include <QCoreApplication>

namespace kiosk::ui {

namespace {
// Gives the texts below their own translation context, one lupdate understands.
struct ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(kiosk::ui::ErrorPresenter)

public:
    static ErrorPresentation present(const QString &message, int relayCode, bool canRetry);
};
} // namespace

ErrorPresentation presentError(const QString &message, int relayCode, bool canRetry)
{
    return ErrorPresenter::present(message, relayCode, canRetry);
}

ErrorPresentation ErrorPresenter::present(const QString &message, int relayCode, bool canRetry)
{
    namespace codes = relay::codes;
    ErrorPresentation p;
    p.detail = message;
    p.canRetry = canRetry;
    switch (relayCode) {
    case codes::ApprovalTimeout:
        p.title = tr("The time to approve ran out");
        p.nextStep = tr("Nothing was changed. Choose the cancellation again to start over.");
        break;
    case codes::InvalidSignature:
        p.title = tr("The signature was not accepted");
        p.nextStep = tr("Make sure you use the wallet that paid, then try again.");
        break;
    case codes::PaymentNotFound:
        p.title = tr("This payment was not found");
        p.nextStep = tr("Please ask the shop staff for help.");
        break;
    case codes::AlreadyClosed:
    case codes::ForciblyClosed:
    case codes::CancelAlreadyFailed:
        p.title = tr("This cancellation is already closed");
        p.nextStep = tr("Please ask the shop staff to open it again if needed.");
        break;
    case 0:
        if (canRetry) {
            p.title = tr("The loyalty system cannot be reached");
            p.nextStep = tr("Please try again in a moment. If it keeps happening, ask the shop "
                            "staff.");
        } else {
            p.title = tr("This cancellation cannot go on");
            p.nextStep = tr("Please ask the shop staff for help.");
        }
        break;
    default:
        p.title = tr("The loyalty system refused this step");
        p.nextStep = canRetry ? tr("Please try again. If it keeps happening, ask the shop staff.")
                              : tr("Please ask the shop staff for help.");
        break;
    }
    return p;
}

} // namespace kiosk::ui
