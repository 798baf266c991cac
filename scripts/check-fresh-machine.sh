#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's commands on a fresh Debian 12 machine. Builds a clean bookworm root (mmdebstrap,
# variant minbase: nothing but the essential system and apt) from the apt sources this machine is
# configured with, copies the checkout in (its tracked files, as `git archive` gives them) and
# runs there what a new user runs after cloning:
#   scripts/run.sh --list-demos               builds the app, starts it, prints, exits (no display)
#   scripts/install-dependencies.sh --test    the install step of scripts/test.sh
#   cmake --preset ci                         configure only
# No test tool may be there before scripts/run.sh, nor after it: the run command installs what
# the app needs and nothing more. Any step failing fails the check, so a package the app needs
# that scripts/install-dependencies.sh does not list stops it.
#
# The base root is kept as a tarball in the cache folder, named after the apt sources it was
# made from, and rebuilt when it is missing or a week old; it never holds the project's packages:
# every run unpacks a fresh copy and installs them there. The packages downloaded inside are
# kept in the cache's archives/ folder (downloaded files, not installed), so later runs do not
# fetch them again.
#
# Usage: scripts/check-fresh-machine.sh          (as root: it builds and enters a chroot)
#   YIELDSCOPE_FRESH_CACHE=DIR   the cache folder (default /var/cache/yieldscope-fresh-root)
#   YIELDSCOPE_FRESH_KEEP=1      leave the unpacked root behind, to look inside
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "fresh: $*" >&2
    exit 1
}
[[ $(id -u) -eq 0 ]] || fail "run as root (it builds a Debian root and enters it with chroot)"
for tool in mmdebstrap unshare chroot git; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install mmdebstrap util-linux git)"
done
start=$SECONDS
elapsed() { printf '%dm%02ds' $(((SECONDS - start) / 60)) $(((SECONDS - start) % 60)); }

cache=${YIELDSCOPE_FRESH_CACHE:-/var/cache/yieldscope-fresh-root}
work=$(mktemp -d "${TMPDIR:-/var/tmp}/yieldscope-fresh.XXXXXX")
cleanup() {
    if [[ "${YIELDSCOPE_FRESH_KEEP:-}" == 1 ]]; then
        echo "fresh: the root is left in $work/root"
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT

# --- the machine's apt sources ----------------------------------------------------------------
# The one-line entries of sources.list and sources.list.d/*.list, and the deb822 files
# sources.list.d/*.sources, as apt reads them; the keyrings they name are copied in beside them.
mkdir "$work/sources"
mirrors=()
keyrings=()
one_line=$work/sources/machine.list
for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    if [[ -f "$file" ]]; then grep -E '^[[:space:]]*deb[[:space:]]' "$file" >>"$one_line" || true; fi
done
if [[ -s "$one_line" ]]; then
    while IFS= read -r line; do mirrors+=("$line"); done <"$one_line"
    while IFS= read -r key; do keyrings+=("$key"); done < <(grep -oE 'signed-by=[^] ]+' "$one_line" | cut -d= -f2)
fi
for file in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$file" ]] || continue
    cp "$file" "$work/sources/"
    mirrors+=("$work/sources/${file##*/}")
    while IFS= read -r key; do keyrings+=("$key"); done < <(sed -n 's/^Signed-By:[[:space:]]*\(\/[^[:space:]]*\)$/\1/p' "$file")
done
((${#mirrors[@]} > 0)) || fail "no apt sources configured on this machine"
options=(--variant=minbase --format=tar --quiet)
for key in "${keyrings[@]}"; do
    [[ -f "$key" ]] && options+=(--setup-hook="mkdir -p \"\$1${key%/*}\"" --setup-hook="copy-in $key ${key%/*}")
done
grep -qs 'https://' "$work/sources"/* && options+=(--include=ca-certificates)

# --- the base root, cached --------------------------------------------------------------------
key=$(cat "$work/sources"/* <(printf '%s\n' bookworm minbase "${keyrings[@]}") | sha256sum | cut -c1-12)
base=$cache/bookworm-minbase-$key.tar
mkdir -p "$cache/archives/partial"
if [[ -f "$base" && -z $(find "$base" -mtime +7) ]]; then
    echo "fresh: base root ${base##*/} (cached)"
else
    echo "fresh: building the base root ${base##*/} (Debian 12, minbase, this machine's apt sources)"
    rm -f "$cache"/bookworm-minbase-*.tar
    mmdebstrap "${options[@]}" bookworm "$base.part" "${mirrors[@]}"
    mv "$base.part" "$base"
fi
root=$work/root
mkdir "$root"
tar -C "$root" -xf "$base"
rm -f "$root/etc/resolv.conf"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
echo "fresh: base root ready at $(elapsed)"

# --- a clean checkout -------------------------------------------------------------------------
# The tracked files as committed, with any uncommitted change to them (so a change can be
# checked before it is committed); nothing untracked, no build output.
tree=$(git stash create)
git archive --format=tar --prefix=yieldscope/ "${tree:-HEAD}" | tar -C "$root/root" -x

# --- the steps, as root inside --------------------------------------------------------------------
cat >"$root/root/fresh-steps.sh" <<'STEPS'
set -euo pipefail
cd /root/yieldscope
start=$SECONDS
step() { printf '\nfresh: [%dm%02ds] %s\n' $(((SECONDS - start) / 60)) $(((SECONDS - start) % 60)) "$*"; }
fail() { echo "fresh: $*" >&2; exit 1; }
# (dpkg-dev, which the install test needs, is not among them: build-essential brings it.)
test_tools=(xvfb-run xdotool node nodejs clang-format clang-tidy run-clang-tidy ffmpeg ffprobe
            desktop-file-validate appstreamcli)
no_test_tools() {
    for tool in "${test_tools[@]}"; do
        ! command -v "$tool" >/dev/null || fail "$tool is installed $1"
    done
}
no_test_tools "before scripts/run.sh: the root is not a fresh machine"
for tool in c++ cmake ninja; do
    ! command -v "$tool" >/dev/null || fail "$tool is installed before scripts/run.sh: the root is not a fresh machine"
done

step "scripts/run.sh --list-demos"
scripts/run.sh --list-demos | tee /tmp/demos.txt || fail "scripts/run.sh --list-demos failed"
for demo in resources/demos/*.js; do
    name=$(basename "$demo" .js)
    grep -q "^$name  " /tmp/demos.txt || fail "scripts/run.sh --list-demos does not list $name"
done
no_test_tools "by scripts/run.sh, which should install only what the app needs"

step "scripts/install-dependencies.sh --test"
scripts/install-dependencies.sh --test
step "cmake --preset ci"
cmake --preset ci
step "done"
STEPS

# A private mount namespace: /proc and /dev are mounted for the chroot only and vanish with it;
# the download cache is bound over the root's apt archive folder.
# shellcheck disable=SC2016 # the inner script's variables are its own
unshare --mount --propagation private --pid --fork -- /bin/bash -euc '
    root=$1
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --bind "$2" "$root/var/cache/apt/archives"
    exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM=dumb /bin/bash /root/fresh-steps.sh </dev/null
' fresh "$root" "$cache/archives" || fail "the README's commands failed on a fresh Debian 12 ($(elapsed))"
echo "fresh: the README's commands work on a fresh Debian 12 ($(elapsed))"
