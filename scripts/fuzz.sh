#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer on)
# and runs each for SECONDS (default 60) from its seed corpus. A crash leaves its input in
# build/fuzz/ and fails the script: turn it into a regression test.
# The engine library is built with the sanitizers only (clang 14 miscompiles some of its
# coroutines when coverage instrumentation is added too); the sources each target parses are
# compiled again with coverage into the target, so the fuzzer is guided where it matters.
# Usage: scripts/fuzz.sh [SECONDS]   (a long run: scripts/fuzz.sh 3600)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=build/fuzz
suppressions=$PWD/tests/fuzz/lsan.supp
mkdir -p "$out"
cmake -S . -B "$out/core" -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer" \
    -DYIELDSCOPE_CORE_ONLY=ON >/dev/null
cmake --build "$out/core" --target yieldscope_core yieldscope_script
# target -> the engine sources it exercises (instrumented for coverage)
declare -A sources=([fuzz_params]="core/params.cpp core/listing.cpp"
    [fuzz_trace_file]="core/trace_file.cpp core/json_value.cpp"
    [fuzz_script]="core/script/demo_world.cpp")
# target -> what else it links (the embedded engine's host and the engine itself)
declare -A libraries=([fuzz_script]="$out/core/core/script/libyieldscope_script.a $(pkg-config --libs mozjs-102)")
declare -A includes=([fuzz_script]="-Icore/script $(pkg-config --cflags mozjs-102)")
for target in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$target" .cpp)
    corpus=tests/fuzz/corpus/${name#fuzz_}
    # shellcheck disable=SC2086
    clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer -Icore ${includes[$name]:-} \
        "$target" ${sources[$name]} ${libraries[$name]:-} "$out/core/core/libyieldscope_core.a" -lpthread -o "$out/$name"
    work=$(mktemp -d)
    cp -r "$corpus"/. "$work"/
    echo "fuzz: $name for ${seconds}s"
    (cd "$out" && LSAN_OPTIONS="suppressions=$suppressions" "./$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 "$work" 2>&1 | tail -n 3)
    rm -rf "$work"
done
echo "fuzz: no crash"
