#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One entry point for newcomers and CI on Debian 12:
#   ./dev.sh run    install what is missing, build, run the kiosk
#   ./dev.sh test   install what is missing, build, run every test
#   ./dev.sh build  install what is missing and build
# Idempotent: apt-get runs only when a package is missing; builds are incremental.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build_dir="${KIOSK_BUILD_DIR:-$here/build}"

# qt6-declarative-dev: Debian 12's qt6-speech-dev needs its Qt6QmlIntegration CMake package.
# xvfb, weston, qt6-wayland: the GUI tests also run on a real X server and as a Wayland client;
# cage: the window fills the screen under the kiosk session's own compositor.
# python3-pil: the display session's out-of-service picture is drawn at build time.
# systemd: journald for the journal-fields test; prometheus: promtool checks /metrics.
# clang-14, libclang-rt-14-dev (libFuzzer, clang's ASan/UBSan runtimes), llvm-14 (llvm-symbolizer):
# the fuzzers and sanitizer run of .ci/sanitize (gcc's sanitizer runtimes come with g++).
packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-multimedia-dev qt6-serialport-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-speech-dev qt6-declarative-dev qt6-svg-dev libgl-dev libvulkan-dev
    libsecp256k1-dev libqrencode-dev libzxing-dev libstb-dev libbenchmark-dev libssl-dev libsystemd-dev
    xvfb xauth weston cage qt6-wayland fonts-noto-cjk
    sqlite3 util-linux python3-pil systemd prometheus
    clang-14 libclang-rt-14-dev llvm-14
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "==> installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() {
    install_missing
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIOSK_WERROR="$werror"
    fi
    cmake --build "$build_dir" --parallel "$(nproc)"
}

cmd="${1:-run}"
shift || true
case "$cmd" in
    build)
        build
        ;;
    test)
        build
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
        ctest --test-dir "$build_dir" --output-on-failure --timeout 600 "$@"
        ;;
    run)
        build
        # No configuration named: the demo (bundled relay simulator, demo data, demo wallet).
        # With --config FILE or $LOYALTY_KIOSK_CONFIG the kiosk runs as that file says.
        if [ -z "${LOYALTY_KIOSK_CONFIG:-}" ] && [[ " $* " != *" --config"* ]]; then
            set -- --demo "$@"
        fi
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            echo "==> no display found: running the kiosk in a virtual X server (xvfb-run)"
            exec xvfb-run -a -s "-screen 0 1080x1920x24" "$build_dir/app/loyalty-kiosk" --windowed "$@"
        fi
        # A developer's machine gets a window; the packaged service runs full screen.
        exec "$build_dir/app/loyalty-kiosk" --windowed "$@"
        ;;
    *)
        echo "usage: $0 run|test|build" >&2
        exit 2
        ;;
esac
