#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Starts the real program on an X server (run under xvfb-run, QT_QPA_PLATFORM=xcb), waits for
# its window to map, presses → with xdotool and expects the first event to be shown; then
# quits with Ctrl+Q and expects a clean exit. The program's hidden --smoke-test option reports
# "shown" and "cursor N" on standard output.
set -uo pipefail
app=$1
out=$(mktemp)
# Preferences of its own: the run starts from the defaults, and the user's are left alone.
config=$(mktemp -d)
export XDG_CONFIG_HOME=$config
trap 'rm -f "$out"; rm -rf "$config"; [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null' EXIT

fail() { echo "smoke: $*"; echo "--- program output:"; cat "$out"; exit 1; }
wait_for() { # pattern, seconds
    for ((i = 0; i < $2 * 10; i++)); do
        grep -qx "$1" "$out" && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

command -v xdotool >/dev/null || fail "xdotool is not installed"
"$app" --smoke-test >"$out" 2>&1 &
pid=$!

wait_for shown 30 || fail "the window was not shown"
wid=$(xdotool search --sync --onlyvisible --name "Yieldscope" | head -n1)
[[ -n "$wid" ]] || fail "no visible window named Yieldscope"
geometry=$(xdotool getwindowgeometry "$wid") || fail "cannot read the window's geometry"
echo "smoke: window $wid mapped: ${geometry//$'\n'/ }"
# The desktop entry's StartupWMClass and the window's class agree, and the window has its icon.
command -v xprop >/dev/null || fail "xprop is not installed"
xprop -id "$wid" WM_CLASS | grep -q '"yieldscope"$' || fail "WM_CLASS is not yieldscope: $(xprop -id "$wid" WM_CLASS)"
for ((i = 0; i < 50; i++)); do # the icon property may follow the mapping by a moment
    xprop -id "$wid" _NET_WM_ICON | grep -q 'Icon (' && break
    sleep 0.1
done
((i < 50)) || fail "the window has no icon"

xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
sleep 0.3
xdotool key Right
wait_for "cursor 0" 10 || fail "→ did not show the first event"
xdotool key Right
wait_for "cursor 1" 10 || fail "a second → did not show the second event"
echo "smoke: → stepped twice"

xdotool key ctrl+q
for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then fail "Ctrl+Q did not close the window"; fi
wait "$pid"
status=$?
pid=
[[ $status -eq 0 ]] || fail "exit status $status"
echo "smoke: closed with Ctrl+Q, exit status 0"
