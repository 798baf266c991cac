#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) over the project's own sources in a configured build
# (default build/ci); fails on any finding. Usage: scripts/check-tidy.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
[[ -f "$build/compile_commands.json" ]] || { echo "tidy: no $build/compile_commands.json (configure first)"; exit 1; }
tool=$(command -v run-clang-tidy-14 || command -v run-clang-tidy)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Project sources only: not the files Qt's tools generate into the build, and not the embedded
# engine's host: clang-tidy 14 cannot parse SpiderMonkey 102's headers (its front end says
# __builtin_ctz is missing, which clang++ 14 itself does not).
if ! "$tool" -p "$build" -quiet -j 2 '^(?!.*_autogen)(?!.*core/script/script_host\.cpp).*/(app|core|ui|tests|bench|resources)/.*\.cpp$' >"$log" 2>&1 ||
    grep -qE '(warning|error):' "$log"; then
    grep -E '(warning|error):' "$log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u
    echo "tidy: findings above"
    exit 1
fi
echo "tidy: $(grep -c '^clang-tidy' "$log" || true) files checked, no findings"
