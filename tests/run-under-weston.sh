#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a test program as a Wayland client of a headless Weston compositor (the kiosk's
# Wayland case), then stops the compositor.   run-under-weston.sh PROGRAM [ARGS...]
# WESTON_SHELL picks the shell (default desktop-shell.so; kiosk-shell.so as on a kiosk).
set -euo pipefail
runtime=$(mktemp -d)
chmod 700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"
weston --backend=headless-backend.so --shell="${WESTON_SHELL:-desktop-shell.so}" --socket=wayland-test --width=1080 --height=1920 \
    >"$runtime/weston.log" 2>&1 &
weston_pid=$!
trap 'kill "$weston_pid" 2>/dev/null; wait "$weston_pid" 2>/dev/null; rm -rf "$runtime"' EXIT
for _ in $(seq 100); do
    [ -S "$runtime/wayland-test" ] && break
    sleep 0.1
done
[ -S "$runtime/wayland-test" ] || { cat "$runtime/weston.log" >&2; echo "weston did not start" >&2; exit 1; }
WAYLAND_DISPLAY=wayland-test QT_QPA_PLATFORM=wayland "$@"
