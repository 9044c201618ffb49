// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "qr/signingrequest.h"

#include <QString>

namespace kiosk::qr {

// Keeps the request shown for each payment in the state directory until it is answered or
// expires, so showing a request and taking its answer can be separate runs (or survive a
// restart). One small JSON file per payment, written atomically.
class RequestStore
{
public:
    explicit RequestStore(QString stateDir);

    Result<void> save(const SigningRequest &request);
    // "no request" is an error with a message that says what to do.
    Result<SigningRequest> load(const QString &paymentId) const;
    void remove(const QString &paymentId);

private:
    QString pathFor(const QString &paymentId) const;
    QString m_dir;
};

} // namespace kiosk::qr
