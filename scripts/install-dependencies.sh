#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages Yieldscope needs, when missing: by default exactly what building
# and running the app takes (scripts/run.sh); --test adds what the test suite takes
# (scripts/test.sh). scripts/check-fresh-machine.sh proves both lists on a clean Debian 12.
# Usage: scripts/install-dependencies.sh [--test]
set -euo pipefail

# The compiler and build tools; Qt's Widgets and SVG modules (their platform plugins come with
# them); the fonts the window and its recordings are drawn with.
packages=(
    build-essential cmake ninja-build
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev libgl-dev zlib1g-dev
    # The translations: lupdate and lrelease with their CMake functions (the build compiles the
    # .ts files), and Qt's own texts in Russian (standard buttons and dialogs) the app loads.
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # The embedded JavaScript engine that runs programs of one's own (SpiderMonkey 102).
    pkg-config libmozjs-102-dev
    fonts-dejavu-core
)
if [[ "${1:-}" == "--test" ]]; then
    # Headless window tests, formatting and static analysis, fuzzing runtime.
    packages+=(xvfb xauth xdotool x11-utils clang clang-format clang-tidy libclang-rt-14-dev)
    # The compiler cache scripts/test.sh builds through: a second run rebuilds only what changed.
    packages+=(ccache)
    # The install test: the desktop's validators, and dpkg-shlibdeps for cpack -G DEB.
    packages+=(desktop-file-utils appstream dpkg-dev)
    # The tree's size and layering checks (scripts/check-size.py, scripts/check-layers.py).
    packages+=(python3)
    # Recording a video pipes frames into ffmpeg; the tests check the video with ffprobe.
    packages+=(ffmpeg)
    # The web page export is checked in a real browser: Debian's chromium, headless.
    packages+=(chromium)
    # The agreement tests compare with real JavaScript: Node must be there (Debian's nodejs
    # when none is installed), never skipped.
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
"${sudo[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
