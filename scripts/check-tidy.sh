#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs clang-tidy (.clang-tidy) over the project's own sources in a configured build
# (default build/ci); fails on any finding.
# Usage: scripts/check-tidy.sh [BUILD_DIR] [--shard K/N]
# --shard K/N checks only the K-th of N equal shares of the files (every N-th file of the sorted
# list, from the K-th), so the whole check can run as N tests, each far from its time-out.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/ci
shard=1/1
while (($#)); do
    case "$1" in
    --shard)
        shard="${2:-}"
        shift 2 || { echo "tidy: --shard needs K/N"; exit 1; }
        ;;
    *)
        build="$1"
        shift
        ;;
    esac
done
[[ "$shard" =~ ^([0-9]+)/([0-9]+)$ ]] && ((BASH_REMATCH[1] >= 1 && BASH_REMATCH[1] <= BASH_REMATCH[2])) ||
    { echo "tidy: --shard takes K/N with 1 <= K <= N, not '$shard'"; exit 1; }
part=${BASH_REMATCH[1]}
parts=${BASH_REMATCH[2]}
[[ -f "$build/compile_commands.json" ]] || { echo "tidy: no $build/compile_commands.json (configure first)"; exit 1; }
tool=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Project sources only: not the files Qt's tools generate into the build, and not the embedded
# engine's host (the .cpp files of core/script that include the engine's headers): clang-tidy 14 cannot parse SpiderMonkey 102's headers (its front end says
# __builtin_ctz is missing, which clang++ 14 itself does not). Each file is passed as an exact
# pattern (run-clang-tidy takes regular expressions).
mapfile -t files < <(python3 - "$build/compile_commands.json" "$part" "$parts" <<'PY'
import json, re, sys
entries = json.load(open(sys.argv[1]))
part, parts = int(sys.argv[2]), int(sys.argv[3])
own = re.compile(r'^(?!.*_autogen)(?!.*core/script/(script_host|run|job_queue|host_natives|host_clock|host_values|stop_reasons)\.cpp).*/(app|core|ui|tests|bench|resources)/.*\.cpp$')
files = sorted({e['file'] for e in entries if own.match(e['file'])})
for f in files[part - 1::parts]:
    print('^' + re.escape(f) + '$')
PY
)
((${#files[@]})) || { echo "tidy: no files in shard $shard"; exit 1; }
if ! "$tool" -p "$build" -quiet -j 2 "${files[@]}" >"$log" 2>&1 || grep -qE '(warning|error):' "$log"; then
    grep -E '(warning|error):' "$log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u
    echo "tidy: findings above"
    exit 1
fi
echo "tidy: $(grep -c '^clang-tidy' "$log" || true) files checked (shard $shard), no findings"
