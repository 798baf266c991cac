#!/usr/bin/env bash
# Sets up, builds and runs every test headless: unit, agreement with Node, window tests,
# formatting and static analysis; then the whole suite again under AddressSanitizer,
# UndefinedBehaviorSanitizer and LeakSanitizer, and a short run of every fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --test

cmake --preset ci
cmake --build --preset ci
ctest --preset ci

cmake --preset asan
cmake --build --preset asan
ctest --preset asan -LE "habits|soak"

scripts/fuzz.sh "${YIELDSCOPE_FUZZ_SECONDS:-60}"
