#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks scripts/lib/stage-timer.sh: every stage gets a row with its time, the table is printed
# also when a stage fails, the failing stage's status ends the script and later stages never
# run, and a shell-function stage keeps set -e.
set -euo pipefail
timer="$(cd "$(dirname "$0")/../.." && pwd)/scripts/lib/stage-timer.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "stage timer: $*" >&2; exit 1; }

cat >"$work/passing.sh" <<SCRIPT
set -euo pipefail
source "$timer"
stage "first step" sleep 1
stage "second step" true
SCRIPT
bash "$work/passing.sh" 2>"$work/passing.err" || fail "a passing script failed"
grep -Eq '^first step +0:0[1-9]  ok$' "$work/passing.err" || fail "no timed row for the first stage: $(cat "$work/passing.err")"
grep -Eq '^second step +0:0[0-9]  ok$' "$work/passing.err" || fail "no row for the second stage"
grep -Eq '^total +0:0[1-9]  ok$' "$work/passing.err" || fail "no total row"

cat >"$work/failing.sh" <<SCRIPT
set -euo pipefail
source "$timer"
stops() { false; echo "set -e was off inside the stage"; }
stage "builds" true
stage "breaks" stops
stage "never" touch "$work/never-ran"
SCRIPT
status=0
bash "$work/failing.sh" >"$work/failing.out" 2>"$work/failing.err" || status=$?
((status == 1)) || fail "a failing stage's status 1 became $status"
[[ ! -e "$work/never-ran" ]] || fail "a stage ran after a failure"
! grep -q "set -e was off" "$work/failing.out" || fail "set -e was off inside a function stage"
grep -Eq '^builds +0:0[0-9]  ok$' "$work/failing.err" || fail "the table is missing after a failure"
grep -Eq '^breaks +0:0[0-9]  failed \(1\)$' "$work/failing.err" || fail "the failed stage is not marked"
grep -Eq '^total +0:0[0-9]  failed \(1\)$' "$work/failing.err" || fail "the total does not say failed"
! grep -q '^never' "$work/failing.err" || fail "a stage that never ran has a row"
echo "stage timer: rows, failure and set -e as expected"
