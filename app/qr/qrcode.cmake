# SPDX-License-Identifier: MIT
# Drawing QR codes (libqrencode) and reading them (ZXing-cpp); scan sources.
target_sources(kioskcore PRIVATE
)
