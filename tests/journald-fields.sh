#!/bin/bash
# SPDX-License-Identifier: MIT
# journalctl PAYMENT_ID=0x… finds one cancellation, against a real systemd-journald: kioskctl
# opens and approves a cancellation step by step with its stderr as the journal, and
# every record of that payment carries its id, its step and the terminal. Starts its own journald where none runs (a container); needs root for that.
# Usage: journald-fields.sh BUILD_DIR
set -euo pipefail
build=$1
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

command -v journalctl >/dev/null && command -v systemd-cat >/dev/null || skip "no journalctl"
scratch=$(mktemp -d)
journald_pid="" sim_pid=""
cleanup() {
    [ -z "$sim_pid" ] || kill "$sim_pid" 2>/dev/null || true
    [ -z "$journald_pid" ] || kill "$journald_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

# A socket file is left behind by a journald that ended: only a journald that answers counts.
if ! echo probe | systemd-cat -t journald-fields-test 2>/dev/null; then
    [ "$(id -u)" = 0 ] || skip "no journald runs here and starting one needs root"
    [ -x /lib/systemd/systemd-journald ] || skip "systemd-journald is not installed"
    mkdir -p /run/systemd/journal
    rm -f /run/systemd/journal/socket /run/systemd/journal/stdout
    /lib/systemd/systemd-journald &
    journald_pid=$!
    for _ in $(seq 100); do [ -S /run/systemd/journal/socket ] && break; sleep 0.05; done
    [ -S /run/systemd/journal/socket ] || fail "systemd-journald did not start"
fi

# The demo payment ids are the same on every run: only what this run logs counts.
started=$(date +%s)

"$build/tools/loyalty-relay-sim" --port 0 >"$scratch/sim.out" 2>"$scratch/sim.err" &
sim_pid=$!
for _ in $(seq 200); do grep -q '^payment ' "$scratch/sim.out" && break; sleep 0.05; done
url=$(sed -n 's/^listening on //p' "$scratch/sim.out")
terminal_key=$(sed -n 's/^terminal KIOSK0001: key \(0x[0-9a-f]*\) .*/\1/p' "$scratch/sim.out")
customer_key=$(sed -n 's/^customer Demo customer (Kim): key \(0x[0-9a-f]*\) .*/\1/p' "$scratch/sim.out")
payment=$(sed -n 's/^payment P00000000000203 .*: \(0x[0-9a-f]*\)$/\1/p' "$scratch/sim.out")
[ -n "$url" ] && [ -n "$payment" ] && [ -n "$customer_key" ] || fail "no demo data from the simulator"
(umask 077 && echo "$terminal_key" >"$scratch/terminal.key")

ctl=("$build/app/loyalty-kioskctl" --relay "$url" --terminal-key "@$scratch/terminal.key"
    --terminal-id KIOSK0001 --state-dir "$scratch/state")
# kioskctl COMMAND... with its stderr as the journal, as systemd runs a unit: JOURNAL_STREAM
# names the device and inode of stderr. What it sends natively must not reach stderr too.
journaled() {
    local err="$scratch/$1.err"
    : >"$err"
    JOURNAL_STREAM=$(stat -L -c '%d:%i' "$err") "${ctl[@]}" --verbose "$@" >/dev/null 2>"$err" ||
        fail "$1: $(cat "$err")"
    [ ! -s "$err" ] || fail "$1 wrote to stderr what went to the journal: $(cat "$err")"
}
journaled open "$payment"
request=$("${ctl[@]}" request "$payment" --format json --json 2>/dev/null | sed -n 's/.*"text":"\(.*\)"[,}].*/\1/p' | sed 's/\\"/"/g')
[ -n "$request" ] || fail "no signing request"
answer=$("$build/tools/loyalty-wallet" respond --key "$customer_key" --request "$request" 2>/dev/null)
journaled approve "$payment" --response "$answer"

# journald may take a moment to index what it received.
records=""
for _ in $(seq 100); do
    records=$(journalctl --no-pager -o json --since "@$started" "PAYMENT_ID=$payment" 2>/dev/null || true)
    grep -q '"STEP":"approve"' <<<"$records" && break
    sleep 0.1
done
[ -n "$records" ] || fail "journalctl PAYMENT_ID=$payment finds nothing"
grep -q '"KIOSK_TERMINAL_ID":"KIOSK0001"' <<<"$records" || fail "no KIOSK_TERMINAL_ID: $records"
grep -q '"KIOSK_CATEGORY":"kiosk.relay"' <<<"$records" || fail "no relay call records: $records"
grep '"STEP":"open"' <<<"$records" | grep 'POST /v2/payment/cancel/open -> ok' >/dev/null ||
    fail "no record of the open call in step open: $records"
grep '"STEP":"approve"' <<<"$records" | grep 'POST /v2/payment/cancel/approval -> ok' >/dev/null ||
    fail "no record of the approval call in step approve: $records"
if grep -q '"CODE_FUNC":"sendToJournal"' <<<"$records"; then
    fail "records name the logger as their source"
fi
if grep -v "\"PAYMENT_ID\":\"$payment\"" <<<"$records" | grep -q PAYMENT_ID; then
    fail "journalctl PAYMENT_ID=$payment returned another payment's records"
fi
echo "journalctl PAYMENT_ID=$payment: $(wc -l <<<"$records") records"
