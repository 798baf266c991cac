#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds in Release and prints the benchmark table (engine, Node, memory, command line,
# painting, stepping, start-up). Usage: scripts/bench.sh [--users N]
# The build goes to build/release, or to YIELDSCOPE_BENCH_DIR when that is set.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --test
dir="${YIELDSCOPE_BENCH_DIR:-build/release}"
cmake --preset release -B "$dir" -DYIELDSCOPE_BUILD_BENCH=ON >/dev/null
cmake --build "$dir" --target yieldscope yieldscope_bench
QT_QPA_PLATFORM=offscreen exec "$dir/bench/yieldscope_bench" --app "$dir/app/yieldscope" \
    --node "$(command -v node || command -v nodejs)" --harness tests/js/harness.js "$@"
