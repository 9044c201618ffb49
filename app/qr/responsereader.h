// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "qr/signingrequest.h"

#include <QString>

#include <memory>
#include <optional>

namespace kiosk::qr {

class UrDecoderState;

// Turns scanned texts into one wallet answer. Accepts an ERC-4527 eth-signature UR (single or
// animated: parts in any order), the native JSON response, or a bare 0x signature. Anything else
// gets a specific message (the kiosk's own request scanned back, another UR type, not a
// signature at all). Checking the answer against the request is verifyResponse's job.
class ResponseReader
{
public:
    ResponseReader();
    ~ResponseReader();

    struct Outcome
    {
        std::optional<SigningResponse> response; // set when complete
        double progress = 0;                     // 0..1 for animated URs
    };
    // One scanned text. An error leaves earlier parts of an animated answer in place.
    Result<Outcome> add(const QString &text);
    void reset();

private:
    std::unique_ptr<UrDecoderState> m_ur;
};

} // namespace kiosk::qr
