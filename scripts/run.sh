#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up, builds and opens Yieldscope on the countdown demo. Extra arguments go to the app
# (scripts/run.sh --list-demos prints the demos and exits, no display needed).
# Builds the app alone, in Release: the tests and their tools are scripts/test.sh's business.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
cmake --preset release >/dev/null
cmake --build --preset release --target yieldscope
exec build/release/app/yieldscope "$@"
