// SPDX-License-Identifier: MIT
#include "errorpresenter.h"

#include "relay/relaytexts.h"
#include "relay/relaytypes.h"

#include <QCoreApplication>

namespace kiosk::ui {

namespace {
// Gives the texts below their own translation context, one lupdate understands.
struct ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(kiosk::ui::ErrorPresenter)

public:
    static ErrorPresentation present(const QString &message, int relayCode, bool canRetry,
                                     relay::RelayError::Kind kind, int paymentStatus);
};
} // namespace

ErrorPresentation presentError(const QString &message, int relayCode, bool canRetry,
                               relay::RelayError::Kind kind, int paymentStatus)
{
    return ErrorPresenter::present(message, relayCode, canRetry, kind, paymentStatus);
}

ErrorPresentation ErrorPresenter::present(const QString &message, int relayCode, bool canRetry,
                                          relay::RelayError::Kind kind, int paymentStatus)
{
    using Kind = relay::RelayError::Kind;
    ErrorPresentation p;
    p.detail = message;
    p.canRetry = canRetry;
    const auto staffOrRetry = [&] {
        return canRetry ? tr("Please try again. If it keeps happening, ask the shop staff.")
                        : tr("Please ask the shop staff for help.");
    };
    if (relayCode != 0) {
        // The relay's own answer: its code has its own words. The code itself and the relay's
        // message are for staff (journal, History), never on the customer's screen.
        if (relayCode == relay::codes::OpenNotAllowed) {
            // The relay does not open this cancellation again (a v1-only relay, or its status).
            p.title = tr("This purchase can no longer be cancelled here");
            p.detail.clear();
            p.nextStep = tr("Please ask the staff.");
            p.canRetry = false;
            return p;
        }
        if (const auto known = relay::knownCode(relayCode)) {
            const relay::CodeAdvice advice = relay::adviceFor(*known);
            p.title = advice.title;
            p.detail = advice.what;
            p.nextStep = advice.action;
            p.canRetry = canRetry && advice.customerCanRetry;
            if (*known == relay::KnownCode::ApprovalTimeout && canRetry) {
                // Trying again gets a fresh code and the whole time, where the relay allows it.
                p.nextStep = tr("Nothing was changed. Tap Try again to get a new code with the "
                                "full time, or Done to stop.");
                p.canRetry = true;
            }
            return p;
        }
        p.title = tr("The loyalty system refused this step");
        p.detail = tr("The staff can look up the reason.");
        p.nextStep = staffOrRetry();
        return p;
    }
    switch (kind) {
    case Kind::Timeout:
    case Kind::ConnectionRefused:
    case Kind::Tls:
    case Kind::Network:
        p.title = tr("The loyalty system cannot be reached");
        p.detail.clear(); // the fault's technical words are for staff and the log
        p.nextStep = tr("Please try again in a moment. If it keeps happening, ask the shop "
                        "staff.");
        return p;
    case Kind::HttpStatus:
    case Kind::NotJson:
    case Kind::BadResponse:
    case Kind::TooLarge:
        p.title = tr("The loyalty system's answer could not be read");
        p.detail.clear();
        p.nextStep = staffOrRetry();
        return p;
    case Kind::Relay:
    case Kind::NotFound:
    case Kind::InvalidInput:
        break;
    }
    if (paymentStatus == relay::status::CancelApprovalFailed ||
        paymentStatus == relay::status::CancelApprovalReverted) {
        p.title = tr("The approval failed on the blockchain");
        p.nextStep = tr("Nothing was changed. Please try the approval again.");
        return p;
    }
    p.title = tr("This cancellation cannot go on");
    p.nextStep = staffOrRetry();
    return p;
}

} // namespace kiosk::ui
