#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails, listing the files, when a C++ file of the tree is not formatted by .clang-format.
# Fix with: scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find app core ui tests bench resources -name '*.cpp' -o -name '*.hpp' 2>/dev/null | sort)
if [[ "${1:-}" == "--fix" ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
clang-format --dry-run --Werror "${files[@]}"
echo "format: ${#files[@]} files checked, all formatted"
