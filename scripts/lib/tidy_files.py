#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The files scripts/check-tidy.sh checks, and which of them need checking again.

Usage: tidy_files.py COMPILE_COMMANDS PART PARTS CACHE_DIR|off

Prints one line per file of the shard that must be checked: its key, a tab, the file as an exact
pattern (run-clang-tidy takes regular expressions). A file
whose key is in CACHE_DIR (written after a check of it found nothing) is left out: clang-tidy's
verdict depends on nothing but what the key covers, so checking it again would tell nothing new.
The key covers:
  - clang-tidy's version and the project's .clang-tidy;
  - the compile command, with the source tree's path taken out (so clones elsewhere share keys);
  - the file as clang's preprocessor sees it, every header included and every comment kept
    (NOLINT markers and argument comments are comments), again without the tree's path.
Only a clean verdict is ever kept: a file with a finding is checked on every run until it has none.
The last line, on stderr, counts the files left out.
"""
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

# Project sources only: not the files Qt's tools generate into the build, and not the embedded
# engine's host (the .cpp files of core/script that include the engine's headers): clang-tidy 14
# cannot parse SpiderMonkey 102's headers (its front end says __builtin_ctz is missing, which
# clang++ 14 itself does not).
OWN = re.compile(
    r"^(?!.*_autogen)"
    r"(?!.*core/script/(script_host|run|job_queue|host_natives|host_clock|host_values|stop_reasons)\.cpp)"
    r".*/(app|core|ui|tests|bench|resources)/.*\.cpp$"
)
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def tool(*names):
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    sys.exit(f"tidy: none of {', '.join(names)} is installed")


def arguments(entry):
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    args = [a for a in args if a != "ccache"]
    kept, skip = [], False
    for a in args[1:]:
        if skip:
            skip = False
        elif a == "-o":
            skip = True
        elif a != "-c":
            kept.append(a)
    return kept


def key(entry, common, clang):
    args = arguments(entry)
    # -P: no line markers (they name paths); -C: comments kept; -w: the flags of g++ that clang
    # does not know must not stop the preprocessor.
    run = subprocess.run(
        [clang, *args, "-E", "-P", "-C", "-w"],
        cwd=entry["directory"],
        capture_output=True,
    )
    if run.returncode != 0:
        return None  # checked again: clang-tidy will say what is wrong
    digest = hashlib.sha256(common)
    digest.update(" ".join(args).replace(ROOT, "@").encode())
    digest.update(b"\0")
    digest.update(run.stdout.replace(ROOT.encode(), b"@"))
    return digest.hexdigest()


def main():
    commands, part, parts, cache = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    entries = {e["file"]: e for e in json.load(open(commands)) if OWN.match(e["file"])}
    files = sorted(entries)[part - 1 :: parts]
    if not files:
        sys.exit(f"tidy: no files in shard {part}/{parts}")
    if cache == "off":
        for f in files:
            print(f"-\t^{re.escape(f)}$")
        print("tidy: no cache", file=sys.stderr)
        return
    tidy = tool("clang-tidy-14", "clang-tidy")
    clang = tool("clang++-14", "clang++")
    version = subprocess.run([tidy, "--version"], capture_output=True, check=True).stdout
    with open(os.path.join(ROOT, ".clang-tidy"), "rb") as config:
        common = version + b"\0" + config.read() + b"\0"
    unchanged = 0
    for f in files:
        k = key(entries[f], common, clang)
        if k and os.path.exists(os.path.join(cache, k)):
            unchanged += 1
        else:
            print(f"{k or '-'}\t^{re.escape(f)}$")
    print(f"tidy: {unchanged} files unchanged since a check that found nothing", file=sys.stderr)


if __name__ == "__main__":
    main()
