#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks scripts/report-test-times.py against this build's own test list: the slowest tests are
# printed with their limits, a test under half of its time-out passes, one over it fails the
# report and is named, and a Qt Test program is held to Qt Test's 300 s per function.
# Usage: check_report_test_times.sh BUILD_DIR
set -euo pipefail
report="$(cd "$(dirname "$0")/../.." && pwd)/scripts/report-test-times.py"
build="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "report-test-times: $*" >&2; exit 1; }

junit() { # junit NAME=SECONDS...
    echo '<?xml version="1.0" encoding="UTF-8"?><testsuite name="s">'
    for pair in "$@"; do echo "<testcase name=\"${pair%=*}\" time=\"${pair#*=}\"/>"; done
    echo '</testsuite>'
}

# stage_timer has no TIMEOUT of its own: ctest's 1500 s; tst_timeline_style is a Qt Test program.
junit stage_timer=700 tst_timeline_style=140 >"$work/under.xml"
python3 "$report" "$build" "$work/under.xml" >"$work/under.out" 2>&1 || fail "tests under half failed: $(cat "$work/under.out")"
grep -Eq '^stage_timer +700\.0 +1500 +47%$' "$work/under.out" || fail "no row for stage_timer: $(cat "$work/under.out")"
grep -Eq '^tst_timeline_style +140\.0 +300 +47%$' "$work/under.out" || fail "a Qt Test program not held to 300 s: $(cat "$work/under.out")"

junit stage_timer=10 tst_timeline_style=160 >"$work/over.xml"
if python3 "$report" "$build" "$work/over.xml" >"$work/over.out" 2>&1; then
    fail "a test over half of its limit passed: $(cat "$work/over.out")"
fi
grep -q 'tst_timeline_style took 160.0 s, over 50% of its 300 s limit' "$work/over.out" || fail "the slow test not named: $(cat "$work/over.out")"
echo "report-test-times: limits, rows and the half-time-out rule checked"
