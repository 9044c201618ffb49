// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace kiosk::qr {
// "kiosk.qr": drawing and reading QR codes.
Q_DECLARE_LOGGING_CATEGORY(lcQrCode)
} // namespace kiosk::qr
