// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"

#include <QString>

namespace kiosk::ui {

// What a customer reads when something goes wrong: what happened, in plain words, and what to
// do next. Every error on a customer screen goes through here, so the same fault always reads
// the same way. Built at display time, so it follows the current language.
struct ErrorPresentation
{
    QString title;
    QString detail;   // what happened (the core's message, already translated)
    QString nextStep; // what to do now
    bool canRetry = false;
};

// `kind`: a relay answer gets the words of its code; "cannot be reached" is only for transport
// faults; a local stop (the payment's status does not allow going on) gets words for
// `paymentStatus` (52/53: the approval failed on the blockchain).
ErrorPresentation presentError(const QString &message, int relayCode, bool canRetry,
                               relay::RelayError::Kind kind = relay::RelayError::Kind::Relay,
                               int paymentStatus = 0);

} // namespace kiosk::ui
