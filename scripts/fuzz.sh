#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer on)
# and runs each for SECONDS (default 60) from its seed corpus, as many at once as there are
# cores (each fuzzer is one process). A crash leaves its input in build/fuzz/ and fails the
# script: turn it into a regression test.
# The project's libraries come from the asan preset's build (clang, the same sanitizers, no
# coverage: clang 14 miscompiles some of the engine's coroutines when coverage instrumentation is
# added too), which scripts/test.sh has built just before; the sources each target parses, lays
# out or draws with are compiled again with coverage into the target, so the fuzzer is guided
# where it matters. fuzz_views drives the window's views (Qt, offscreen) on every trace the
# reader accepts.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET]   (a long run: scripts/fuzz.sh 3600 fuzz_views)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
only=${2:-}
out=build/fuzz
lib=build/asan
suppressions=$PWD/tests/sanitizers/lsan.supp
mkdir -p "$out"
libraries=(yieldscope_core yieldscope_script)
[[ -z "$only" || "$only" == fuzz_views ]] && libraries+=(yieldscope_ui)
[[ -f "$lib/build.ninja" ]] || cmake --preset asan >/dev/null
cmake --build --preset asan --target "${libraries[@]}"
views_libs="$lib/ui/libyieldscope_ui.a $lib/ui/timeline/libyieldscope_timeline.a $lib/ui/libyieldscope_style.a
    $lib/core/script/libyieldscope_script.a $lib/core/libyieldscope_core.a"
# target -> the engine sources it exercises (instrumented for coverage)
declare -A sources=([fuzz_params]="core/demos/params.cpp core/demos/listing.cpp"
    [fuzz_trace_file]="core/io/trace_file.cpp core/io/json_value.cpp"
    [fuzz_script]="core/script/demo_world.cpp"
    [fuzz_views]="core/io/trace_file.cpp core/io/json_value.cpp core/narration/narration.cpp ui/timeline/timeline_layout.cpp
        ui/timeline/timeline_viewport.cpp ui/timeline/value_text.cpp ui/timeline/long_text.cpp")
# target -> what else it is compiled and linked with
declare -A extra=([fuzz_script]="-Icore/script $(pkg-config --cflags mozjs-102)
    $lib/core/script/libyieldscope_script.a $(pkg-config --libs mozjs-102)"
    [fuzz_views]="-fPIC -I. -Iui -Iui/timeline $(pkg-config --cflags Qt6Widgets) $views_libs
    $(pkg-config --libs Qt6Widgets Qt6Svg zlib mozjs-102)")

# Builds one target and fuzzes it; all it prints goes to $out/NAME.log.
fuzz_one() {
    local name=$1 corpus=tests/fuzz/corpus/${1#fuzz_} work status=0
    # shellcheck disable=SC2086
    clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer -I. -Icore \
        "tests/fuzz/$name.cpp" ${sources[$name]} ${extra[$name]:-} "$lib/core/libyieldscope_core.a" -lpthread \
        -o "$out/$name" || return 1
    work=$(mktemp -d)
    cp -r "$corpus"/. "$work"/
    # System libraries' own leaks (fontconfig, D-Bus, SpiderMonkey's caches) are not the project's.
    (cd "$out" && LSAN_OPTIONS="suppressions=$suppressions" \
        "./$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 "$work") || status=$?
    rm -rf "$work"
    return "$status"
}

targets=()
for target in tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$target" .cpp)
    [[ -n "$only" && "$name" != "$only" ]] && continue
    targets+=("$name")
done
((${#targets[@]})) || { echo "fuzz: no target named '$only'"; exit 1; }
# The longest first (fuzz_views links the window's libraries), then as cores free up.
mapfile -t targets < <(printf '%s\n' "${targets[@]}" | sort -r)
cores=$(nproc)
declare -A running=()
failed=()
report() { # the end of a finished target's log, and whether it failed
    local name=$1 status=$2
    echo "fuzz: $name for ${seconds}s: $( ((status == 0)) && echo "no crash" || echo "FAILED (exit $status)")"
    tail -n 3 "$out/$name.log"
    ((status == 0)) || failed+=("$name")
}
wait_for_one() {
    local pid status=0
    wait -n -p pid "${!running[@]}" || status=$?
    report "${running[$pid]}" "$status"
    unset "running[$pid]"
}
for name in "${targets[@]}"; do
    while ((${#running[@]} >= cores)); do wait_for_one; done
    fuzz_one "$name" >"$out/$name.log" 2>&1 &
    running[$!]=$name
done
while ((${#running[@]})); do wait_for_one; done
if ((${#failed[@]})); then
    for name in "${failed[@]}"; do
        echo "--- $out/$name.log"
        tail -n 60 "$out/$name.log"
    done
    echo "fuzz: ${failed[*]} failed"
    exit 1
fi
echo "fuzz: no crash"
