#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up, builds and runs every test headless: unit, agreement with Node, window tests,
# formatting and static analysis; then the whole suite again under AddressSanitizer,
# UndefinedBehaviorSanitizer and LeakSanitizer, and a short run of every fuzz target.
# Prints the ten slowest tests against their time-outs (and fails when one took more than
# half of its time-out), and ends with a table of how long each stage took (also when one fails).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/stage-timer.sh

stage "install" scripts/install-dependencies.sh --test

# What is unchanged since the last run is not redone: the builds go through ccache
# (~/.cache/ccache) and clang-tidy keeps its clean verdicts (~/.cache/yieldscope/tidy), both
# keyed by content with paths taken relative to this tree, so a clone elsewhere hits the same
# entries. The first run on a machine fills them; a launcher already chosen is kept.
export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER-ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}

stage "ci configure" cmake --preset ci
stage "ci build" cmake --build --preset ci
stage "ci tests" ctest --preset ci --output-junit "$PWD/build/ci/test-times.xml"
stage "ci test times" scripts/report-test-times.py build/ci build/ci/test-times.xml

stage "asan configure" cmake --preset asan
stage "asan build" cmake --build --preset asan
stage "asan tests" ctest --preset asan -LE "habits|soak"

stage "fuzzing" scripts/fuzz.sh "${YIELDSCOPE_FUZZ_SECONDS:-60}"
