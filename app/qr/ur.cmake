# SPDX-License-Identifier: MIT
# Uniform Resources (BCR-2020-005/006/012) and the ERC-4527 registry types.
target_sources(kioskcore PRIVATE
)
