// SPDX-License-Identifier: MIT
#pragma once

#include "relay/relaytypes.h"

#include <QString>

namespace kiosk::relay {

// Plain words for people (customers and staff), translated: Korean and English.
QString paymentStatusText(int paymentStatus);
// The status is final for a cancellation: nothing more will happen without a new request.
bool isFinalCancelStatus(int paymentStatus);
// What a relay error code means; codes the table does not know (contract reverts in 1000-1999)
// are described generically, and callers show the relay's own message with it.
QString relayCodeText(int code);
// One line for any RelayError: the meaning of the code plus the relay's message, or the
// transport fault.
QString describeError(const RelayError &error);

} // namespace kiosk::relay
