#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a test program as the only client of a headless cage (the kiosk session's compositor),
# and exits with the program's status (cage's own is always 0).   run-under-cage.sh PROGRAM [ARGS...]
# cage refuses to run as root: as root, the program runs as nobody, from a copy in a private
# directory (the build tree may not be readable by nobody; the test programs link Qt only).
set -euo pipefail
runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
chmod 700 "$runtime"
program="$runtime/$(basename "$1")"
cp "$1" "$program"
shift
as=()
if [ "$(id -u)" -eq 0 ]; then
    chown nobody "$runtime" "$program"
    as=(runuser -u nobody --)
fi
"${as[@]}" env XDG_RUNTIME_DIR="$runtime" HOME="$runtime" WLR_BACKENDS=headless \
    WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland \
    cage -- sh -c '"$@"; echo $? >"$XDG_RUNTIME_DIR/status"' sh "$program" "$@" \
    >"$runtime/cage.log" 2>&1 || true
if [ ! -s "$runtime/status" ]; then
    cat "$runtime/cage.log" >&2
    echo "cage did not run the program" >&2
    exit 1
fi
grep -v '^[0-9:.]* \[' "$runtime/cage.log" || true # the program's output, not cage's
exit "$(cat "$runtime/status")"
