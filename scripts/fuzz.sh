#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer on)
# and runs each for SECONDS (default 60) from its seed corpus. A crash leaves its input in
# build/fuzz/ and fails the script: turn it into a regression test.
# The engine library is built with the sanitizers only (clang 14 miscompiles some of its
# coroutines when coverage instrumentation is added too); the sources each target parses are
# compiled again with coverage into the target, so the fuzzer is guided where it matters.
# fuzz_views drives the window's views (Qt, offscreen) on every trace the reader accepts: the
# window's libraries are built by CMake with the same sanitizers, and the sources it lays out
# and draws with are compiled again with coverage into the target.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET]   (a long run: scripts/fuzz.sh 3600 fuzz_views)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
only=${2:-}
out=build/fuzz
suppressions=$PWD/tests/sanitizers/lsan.supp
mkdir -p "$out"
cmake -S . -B "$out/core" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer" \
    -DYIELDSCOPE_CORE_ONLY=ON >/dev/null
cmake --build "$out/core" --target yieldscope_core yieldscope_script
if [[ -z "$only" || "$only" == fuzz_views ]]; then
    cmake -S . -B "$out/ui" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_CXX_FLAGS="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer" >/dev/null
    cmake --build "$out/ui" --target yieldscope_ui yieldscope_script
fi
views_libs="$out/ui/ui/libyieldscope_ui.a $out/ui/ui/timeline/libyieldscope_timeline.a $out/ui/ui/libyieldscope_style.a
    $out/ui/core/script/libyieldscope_script.a $out/ui/core/libyieldscope_core.a"
# target -> the engine sources it exercises (instrumented for coverage)
declare -A sources=([fuzz_params]="core/demos/params.cpp core/demos/listing.cpp"
    [fuzz_trace_file]="core/io/trace_file.cpp core/io/json_value.cpp"
    [fuzz_script]="core/script/demo_world.cpp"
    [fuzz_views]="core/io/trace_file.cpp core/io/json_value.cpp core/narration/narration.cpp ui/timeline/timeline_layout.cpp
        ui/timeline/timeline_viewport.cpp ui/timeline/value_text.cpp ui/timeline/long_text.cpp")
# target -> what else it is compiled and linked with
declare -A extra=([fuzz_script]="-Icore/script $(pkg-config --cflags mozjs-102)
    $out/core/core/script/libyieldscope_script.a $(pkg-config --libs mozjs-102)"
    [fuzz_views]="-fPIC -I. -Iui -Iui/timeline $(pkg-config --cflags Qt6Widgets) $views_libs
    $(pkg-config --libs Qt6Widgets Qt6Svg zlib mozjs-102)")
for target in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$target" .cpp)
    [[ -n "$only" && "$name" != "$only" ]] && continue
    corpus=tests/fuzz/corpus/${name#fuzz_}
    # shellcheck disable=SC2086
    clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer -I. -Icore \
        "$target" ${sources[$name]} ${extra[$name]:-} "$out/core/core/libyieldscope_core.a" -lpthread -o "$out/$name"
    work=$(mktemp -d)
    cp -r "$corpus"/. "$work"/
    echo "fuzz: $name for ${seconds}s"
    # System libraries' own leaks (fontconfig, D-Bus, SpiderMonkey's caches) are not the project's.
    (cd "$out" && LSAN_OPTIONS="suppressions=$suppressions" \
        "./$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 "$work" 2>&1 | tail -n 3)
    rm -rf "$work"
done
echo "fuzz: no crash"
