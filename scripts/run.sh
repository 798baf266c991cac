#!/usr/bin/env bash
# Sets up, builds and opens Yieldscope on the countdown demo. Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
cmake --preset release
cmake --build --preset release
exec build/release/app/yieldscope "$@"
