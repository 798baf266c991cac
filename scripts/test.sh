#!/usr/bin/env bash
# Sets up, builds and runs every test headless: unit, agreement with Node, window tests,
# formatting and static analysis.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh --test
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
