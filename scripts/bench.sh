#!/usr/bin/env bash
# Builds in Release and prints the benchmark table (engine, Node, memory, command line,
# painting, stepping, start-up). Usage: scripts/bench.sh [--users N]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --test
cmake --preset release >/dev/null
cmake --build --preset release
QT_QPA_PLATFORM=offscreen exec build/release/bench/yieldscope_bench --app build/release/app/yieldscope \
    --node "$(command -v node || command -v nodejs)" --harness tests/js/harness.js "$@"
