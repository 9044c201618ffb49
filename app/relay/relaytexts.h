// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"

#include <QString>

#include <optional>

namespace kiosk::relay {

// Plain words for people (customers and staff), translated: Korean and English.
QString paymentStatusText(int paymentStatus);
// The status is final for a cancellation: nothing more will happen without a new request.
bool isFinalCancelStatus(int paymentStatus);
// What a relay error code means; codes the table does not know (contract reverts in 1000-1999)
// are described generically, and callers show the relay's own message with it.
QString relayCodeText(int code);
// The relay error codes the kiosk knows (relay-api.md); others are contract reverts (1000-1999)
// or unknown, and are shown with the relay's own message.
enum class KnownCode
{
    InvalidSignature = 1501,
    InvalidSecret = 1505,
    ChainStateDenied = 1532,
    ChainStateDenied2 = 1533,
    TooOldToCancel = 1534,
    ValidationFailed = 2001,
    AccessKeyInvalid = 2002,
    PaymentNotFound = 2003,
    NoShopApp = 2005,
    ApprovalNotAllowed = 2020,
    OpenNotAllowed = 2022,
    CloseNotAllowed = 2024,
    AlreadyApproved = 2025,
    AlreadyClosed = 2026,
    CancelAlreadyFailed = 2027,
    RejectTooLate = 2028,
    ForciblyClosed = 2029,
    CloseTooEarly = 2030,
    V1Disabled = 3004,
    Denied = 4000,
    ContractError = 5000,
    ApprovalTimeout = 7000,
    OtherError = 9000,
};
std::optional<KnownCode> knownCode(int code);

// What a known code means to people, translated (Korean and English): a title, what happened,
// and what the customer or the staff can do now.
struct CodeAdvice
{
    QString title;
    QString what;
    QString action;
    bool customerCanRetry = false; // trying again at the kiosk can succeed
};
CodeAdvice adviceFor(KnownCode code);

// One line for any RelayError: the meaning of the code plus the relay's message, or the
// transport fault.
QString describeError(const RelayError &error);

} // namespace kiosk::relay
