#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates docs/screenshot.png, the README's picture: the real program's window on the
# pagination demo, stepped with → to the moment the second page's first user reaches the loop,
# as an X server (Xvfb, no window manager) shows it at 1920x1080.
# Usage: scripts/screenshot.sh [OUTPUT.png]   (default docs/screenshot.png)
set -euo pipefail
cd "$(dirname "$0")/.."
output=$(realpath -m "${1:-docs/screenshot.png}")
size=1920x1080
steps=31 # events 0..30: seq 30 is the loop receiving user4, the first of page 2

if [[ -z "${YS_SCREENSHOT_INSIDE:-}" ]]; then
    # Xvfb, xdotool and ffmpeg come with the test tools.
    scripts/install-dependencies.sh --test
    cmake --preset release >/dev/null
    cmake --build --preset release --target yieldscope
    YS_SCREENSHOT_INSIDE=1 exec xvfb-run -a -s "-screen 0 ${size}x24" "$0" "$output"
fi

app=build/release/app/yieldscope
out=$(mktemp)
# Preferences of its own: the defaults, whatever the user's are.
config=$(mktemp -d)
export XDG_CONFIG_HOME=$config QT_QPA_PLATFORM=xcb
trap 'rm -f "$out"; rm -rf "$config"; [[ -n "${pid:-}" ]] && kill "$pid" 2>/dev/null' EXIT
fail() {
    echo "screenshot: $*" >&2
    exit 1
}
wait_for() { # line, seconds
    for ((i = 0; i < $2 * 10; i++)); do
        grep -qx "$1" "$out" && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.1
    done
    return 1
}

"$app" --demo pagination --theme light --smoke-test >"$out" 2>&1 &
pid=$!
wait_for shown 30 || fail "the window was not shown: $(cat "$out")"
wid=$(xdotool search --sync --onlyvisible --name Yieldscope | head -n1)
[[ -n "$wid" ]] || fail "no visible window named Yieldscope"
# No window manager: the window is placed and sized to fill the screen exactly.
xdotool windowmove --sync "$wid" 0 0 windowsize --sync "$wid" "${size%x*}" "${size#*x}"
xdotool windowfocus --sync "$wid" 2>/dev/null || xdotool windowfocus "$wid"
sleep 0.3
for ((step = 0; step < steps; step++)); do
    xdotool key Right
    wait_for "cursor $step" 10 || fail "→ did not show event $step"
done
sleep 1 # the cursor's glide and the repaint settle
mkdir -p "$(dirname "$output")"
ffmpeg -loglevel error -y -f x11grab -draw_mouse 0 -video_size "$size" -i "$DISPLAY+0,0" -frames:v 1 "$output"
xdotool key ctrl+q
wait "$pid" || true
pid=
echo "screenshot: $output ($size, the pagination demo at event $((steps - 1)))"
