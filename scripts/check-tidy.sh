#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs clang-tidy (.clang-tidy) over the project's own sources in a configured build
# (default build/ci); fails on any finding.
# Usage: scripts/check-tidy.sh [BUILD_DIR] [--shard K/N] [--jobs J]
# --shard K/N checks only the K-th of N equal shares of the files (every N-th file of the sorted
# list, from the K-th), so the whole check can run as N tests, each far from its time-out.
# --jobs J runs J clang-tidy processes at once (default 2; the ctest shards use 1 each, so that
# ctest can pack them beside the other tests on every core).
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/ci
shard=1/1
jobs=2
while (($#)); do
    case "$1" in
    --shard)
        shard="${2:-}"
        shift 2 || { echo "tidy: --shard needs K/N"; exit 1; }
        ;;
    --jobs)
        jobs="${2:-}"
        shift 2 || { echo "tidy: --jobs needs a number"; exit 1; }
        [[ "$jobs" =~ ^[1-9][0-9]*$ ]] || { echo "tidy: --jobs takes a number of at least 1, not '$jobs'"; exit 1; }
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
# The files of the shard, less those unchanged since a check that found nothing (the cache: see
# scripts/lib/tidy_files.py for what a file's key covers; YIELDSCOPE_TIDY_CACHE=off checks all).
cache=${YIELDSCOPE_TIDY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/yieldscope/tidy}
[[ "$cache" == off ]] || mkdir -p "$cache"
keys=()
files=()
while IFS=$'\t' read -r key pattern; do
    keys+=("$key")
    files+=("$pattern")
done < <(python3 scripts/lib/tidy_files.py "$build/compile_commands.json" "$part" "$parts" "$cache" 2>"$log")
unchanged=$(tail -n 1 "$log")
[[ "$unchanged" == tidy:* ]] || { cat "$log"; echo "tidy: the shard's files could not be listed"; exit 1; }
if ((${#files[@]})); then
    if ! "$tool" -p "$build" -quiet -j "$jobs" "${files[@]}" >"$log" 2>&1 || grep -qE '(warning|error):' "$log"; then
        grep -E '(warning|error):' "$log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u
        echo "tidy: findings above"
        exit 1
    fi
    [[ "$cache" == off ]] || for key in "${keys[@]}"; do [[ "$key" == - ]] || : >"$cache/$key"; done
fi
echo "tidy: ${#files[@]} files checked (shard $shard), no findings; ${unchanged#tidy: }"
