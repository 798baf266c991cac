#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails, listing the files, when a source file of the tree does not name its licence in an SPDX
# line near its top (within its first three lines, after a #! line if it has one):
#   // SPDX-License-Identifier: MIT      C++ sources, the Node harness
#   # SPDX-License-Identifier: MIT       shell scripts, CMake files
# The demos' listings (resources/demos/*.js) are left out: the window shows them as the
# tutorials wrote them; so are the programs of the test and fuzz corpora, which are data. Usage: scripts/check-spdx.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tag="SPDX-License-Identifier: MIT"

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files)
else
    mapfile -t files < <(find . -type f -not -path './build/*' -not -path './.git/*' | sed 's|^\./||')
fi

missing=()
checked=0
for file in "${files[@]}"; do
    case "$file" in
        resources/demos/* | tests/*/corpus/*) continue ;;
        *.cpp | *.hpp | *.js) comment="//" ;;
        *.sh | *.cmake | */CMakeLists.txt | CMakeLists.txt | .ci/run) comment="#" ;;
        *) continue ;;
    esac
    [[ -f "$file" ]] || continue
    checked=$((checked + 1))
    head -n 4 "$file" | grep -v '^#!' | head -n 3 | grep -qxF "$comment $tag" || missing+=("$file")
done
if ((${#missing[@]} > 0)); then
    printf '%s\n' "${missing[@]}"
    echo "spdx: ${#missing[@]} of $checked files lack the line \"<comment> $tag\" near their top"
    exit 1
fi
echo "spdx: $checked files checked, each names its licence"
