#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs a built tree into a temporary prefix and checks what a desktop needs: the program
# runs from there, the desktop entry and the AppStream metadata pass their validators and name
# each other and the icon, and every icon size is there at its size. Then makes the Debian
# package from the same tree and checks its files and control fields.
# Usage: check_install.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build=$1
id=$2
version=$3

for tool in desktop-file-validate appstreamcli dpkg-shlibdeps dpkg-deb; do
    command -v "$tool" >/dev/null || {
        echo "install: $tool is not installed (scripts/install-dependencies.sh --test)" >&2
        exit 1
    }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "install: $*" >&2
    exit 1
}
need() { [[ -e "$1" ]] || fail "missing ${1#"$tmp"/}"; }

# --- cmake --install ------------------------------------------------------------------------
prefix=$tmp/prefix
"${CMAKE:-cmake}" --install "$build" --prefix "$prefix" >"$tmp/install.log" || {
    cat "$tmp/install.log"
    fail "cmake --install failed"
}
desktop=$prefix/share/applications/$id.desktop
metainfo=$prefix/share/metainfo/$id.metainfo.xml
icons=$prefix/share/icons/hicolor
need "$prefix/bin/yieldscope"
need "$desktop"
need "$metainfo"
need "$icons/scalable/apps/$id.svg"
[[ -x "$prefix/bin/yieldscope" ]] || fail "bin/yieldscope is not executable"

# A PNG's width and height are the big-endian words at bytes 16 and 20 (the IHDR chunk).
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $3 * 256 + $4, $7 * 256 + $8 }'; }
pngs=0
for dir in "$icons"/*x*; do
    size=${dir##*/}
    need "$dir/apps/$id.png"
    [[ $(png_size "$dir/apps/$id.png") == "$size" ]] ||
        fail "$size/apps/$id.png is $(png_size "$dir/apps/$id.png")"
    pngs=$((pngs + 1))
done
((pngs >= 3)) || fail "only $pngs PNG sizes of the icon"

desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $id.desktop"
appstreamcli validate --no-net "$metainfo" >"$tmp/appstream.log" || {
    cat "$tmp/appstream.log"
    fail "appstreamcli rejects $id.metainfo.xml"
}

# The entry starts the installed program, shows the installed icon; the metadata names both.
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
program=${exec_line%% *}
[[ -x "$prefix/bin/$program" ]] || fail "Exec=$exec_line: no bin/$program installed"
[[ "$exec_line" == "$program %f" ]] || fail "Exec=$exec_line should take one file, %f"
[[ $(sed -n 's/^Icon=//p' "$desktop") == "$id" ]] || fail "Icon= is not $id"
grep -q "<id>$id</id>" "$metainfo" || fail "the metadata's id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "the metadata does not launch $id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metadata has no release $version"
grep -q "<project_license>MIT</project_license>" "$metainfo" || fail "the metadata's project_license is not MIT"
# The installed program runs (--version needs no display).
[[ $("$prefix/bin/$program" --version) == "yieldscope $version" ]] || fail "bin/$program --version"

# --- cpack -G DEB ---------------------------------------------------------------------------
(cd "$tmp" && "${CPACK:-cpack}" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/package" >"$tmp/cpack.log" 2>&1) || {
    cat "$tmp/cpack.log"
    fail "cpack -G DEB failed"
}
deb=("$tmp"/package/*.deb)
[[ ${#deb[@]} -eq 1 && -f "${deb[0]}" ]] || fail "cpack made no single .deb"
dpkg-deb -c "${deb[0]}" >"$tmp/contents"
for path in ./usr/bin/yieldscope "./usr/share/applications/$id.desktop" \
    "./usr/share/icons/hicolor/scalable/apps/$id.svg" "./usr/share/icons/hicolor/48x48/apps/$id.png" \
    "./usr/share/metainfo/$id.metainfo.xml" ./usr/share/doc/yieldscope/copyright; do
    grep -q " $path\$" "$tmp/contents" || fail "the package lacks $path"
done
# The copyright file in Debian's machine-readable format, carrying LICENSE's holder and text.
dpkg-deb --fsys-tarfile "${deb[0]}" | tar -xO ./usr/share/doc/yieldscope/copyright >"$tmp/copyright"
license=$(dirname "$0")/../../LICENSE
[[ $(head -n1 "$tmp/copyright") == "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" ]] ||
    fail "copyright: the first line is not the format's Format: line"
holder=$(sed -n 's/^Copyright (c) //p' "$license")
[[ -n "$holder" ]] || fail "LICENSE has no Copyright (c) line"
grep -qx "Files: \*" "$tmp/copyright" || fail "copyright: no Files: * paragraph"
grep -qx "Copyright: $holder" "$tmp/copyright" || fail "copyright: no Copyright: $holder"
grep -qx "License: MIT" "$tmp/copyright" || fail "copyright: no License: MIT"
# The licence text: LICENSE's lines after the copyright line, each indented one space, blank
# lines as " .".
sed '1,/^Copyright (c) /d' "$license" | sed -e '1{/^$/d}' -e 's/^$/./' -e 's/^/ /' >"$tmp/license-text"
diff <(sed -n '/^License: MIT$/,$p' "$tmp/copyright" | tail -n +2) "$tmp/license-text" >/dev/null ||
    fail "copyright: the licence text differs from LICENSE"
field() { dpkg-deb -f "${deb[0]}" "$1"; }
[[ $(field Package) == yieldscope ]] || fail "Package: $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version: $(field Version), not $version"
[[ $(field Section) == education ]] || fail "Section: $(field Section)"
# The Maintainer is the cache variable's value (a name, with an address only when one is given).
maintainer=$(sed -n 's/^YIELDSCOPE_PACKAGE_MAINTAINER:STRING=//p' "$build/CMakeCache.txt")
[[ -n "$maintainer" && $(field Maintainer) == "$maintainer" ]] ||
    fail "Maintainer: $(field Maintainer), not YIELDSCOPE_PACKAGE_MAINTAINER ($maintainer)"
# Computed by dpkg-shlibdeps from the program's libraries, with versions.
depends=$(field Depends)
for lib in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libmozjs-102-0; do
    [[ ", $depends" == *", $lib (>= "* ]] || fail "Depends lacks $lib (>= ...): $depends"
done
# Qt's own texts in the learner's language (data, so named by cmake/Packaging.cmake).
[[ ", $depends," == *", qt6-translations-l10n,"* ]] || fail "Depends lacks qt6-translations-l10n: $depends"
echo "install: $(wc -l <"$tmp/contents") files in ${deb[0]##*/}; Depends: $depends"
