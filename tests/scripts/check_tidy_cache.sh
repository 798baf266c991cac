#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks scripts/check-tidy.sh's cache on a made-up tree of one file: a clean file is checked once
# and then left out while nothing it is made of changes; a file with a finding fails every run (a
# finding is never cached); a changed comment (a NOLINT) makes the file be checked again.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "tidy cache: $*" >&2; exit 1; }

mkdir -p "$work/tree/core" "$work/build"
cp "$root/.clang-tidy" "$work/tree/"
cat >"$work/build/compile_commands.json" <<JSON
[{"directory": "$work/tree", "command": "clang++ -std=c++20 -c core/a.cpp -o a.o", "file": "$work/tree/core/a.cpp"}]
JSON
tidy() { YIELDSCOPE_TIDY_CACHE="$work/cache" "$root/scripts/check-tidy.sh" "$work/build" >"$work/out" 2>&1; }
clean='int answer() { return 42; }'
finding='int* none() { return 0; }' # modernize-use-nullptr

echo "$clean" >"$work/tree/core/a.cpp"
tidy || fail "a clean file failed: $(cat "$work/out")"
grep -q '^tidy: 1 files checked .*; 0 files unchanged' "$work/out" || fail "first run: $(cat "$work/out")"
tidy || fail "the second run failed: $(cat "$work/out")"
grep -q '^tidy: 0 files checked .*; 1 files unchanged' "$work/out" || fail "an unchanged file checked again: $(cat "$work/out")"

echo "$finding" >"$work/tree/core/a.cpp"
for run in 1 2; do
    if tidy; then fail "run $run passed a finding: $(cat "$work/out")"; fi
    grep -q 'modernize-use-nullptr' "$work/out" || fail "run $run did not name the finding: $(cat "$work/out")"
done

echo "$finding // NOLINT(modernize-use-nullptr)" >"$work/tree/core/a.cpp"
tidy || fail "a marked finding failed: $(cat "$work/out")"
grep -q '^tidy: 1 files checked' "$work/out" || fail "a changed comment not checked again: $(cat "$work/out")"
echo "$finding" >"$work/tree/core/a.cpp"
if tidy; then fail "the finding passed once its NOLINT was gone: $(cat "$work/out")"; fi
echo "tidy cache: ok"
