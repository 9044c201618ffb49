# SPDX-License-Identifier: MIT
# Sourced by .ci/package and .ci/upgrade: the installed relay simulator (loyalty-kiosk-tools),
# started through its unit where systemd runs, else by hand as the unit would (an unprivileged
# user, loopback; always so when given simulator flags). Sets relay_url and terminal_key (the demo terminal's, printed by the
# simulator); stop_relay_sim stops it again.
relay_sim_pid=""
relay_sim_unit=false

start_relay_sim() {
    local log=$1 end
    shift
    if [ -d /run/systemd/system ] && [ $# -eq 0 ]; then
        relay_sim_unit=true
        systemctl start loyalty-relay-sim.service
        end=$((SECONDS + 20))
        until journalctl -u loyalty-relay-sim -o cat --since "-1min" | grep -q '^payment '; do
            [ $SECONDS -lt $end ] || { echo "loyalty-relay-sim.service printed no demo data in 20 s" >&2; return 1; }
            sleep 0.2
        done
        journalctl -u loyalty-relay-sim -o cat --since "-1min" >"$log"
        relay_url=http://127.0.0.1:7070
    else
        : >"$log"
        runuser -u nobody -- /usr/bin/loyalty-relay-sim --port 0 "$@" >"$log" 2>"$log.err" &
        relay_sim_pid=$!
        end=$((SECONDS + 20))
        until grep -q '^payment ' "$log"; do
            kill -0 "$relay_sim_pid" 2>/dev/null || { cat "$log.err" >&2; echo "loyalty-relay-sim ended" >&2; return 1; }
            [ $SECONDS -lt $end ] || { echo "loyalty-relay-sim printed no demo data in 20 s" >&2; return 1; }
            sleep 0.2
        done
        relay_url=$(sed -n 's/^listening on //p' "$log" | head -n 1)
    fi
    terminal_key=$(sed -n 's/^terminal KIOSK0001: key \(0x[0-9a-f]*\) .*/\1/p' "$log" | tail -n 1)
    [ -n "$relay_url" ] && [ -n "$terminal_key" ] || { echo "no relay address or terminal key in $log" >&2; return 1; }
}

stop_relay_sim() {
    if [ "$relay_sim_unit" = true ]; then
        systemctl stop loyalty-relay-sim.service
    elif [ -n "$relay_sim_pid" ]; then
        # runuser's child (the simulator) gets the signal from runuser.
        kill -TERM "$relay_sim_pid" 2>/dev/null || true
        wait "$relay_sim_pid" 2>/dev/null || true
        relay_sim_pid=""
    fi
}
