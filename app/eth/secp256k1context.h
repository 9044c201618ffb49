// SPDX-License-Identifier: MIT
#pragma once

struct secp256k1_context_struct;

namespace kiosk::eth {

// One process-wide, randomised libsecp256k1 context (thread-safe for signing and verifying
// once created).
const secp256k1_context_struct *secp256k1Context();

} // namespace kiosk::eth
