#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a source file includes what its layer may not.

Usage: scripts/check-layers.py [--self-test] [--root DIR]

Three rules, over the C++ sources of core/, ui/, app/, tests/ and bench/:
  1. nothing in core/ includes a Qt header: the engine runs without Qt;
  2. only core/script/ includes SpiderMonkey (jsapi.h, js/..., mozilla/...): one place knows it;
  3. a folder includes only its own files and those of the folders LAYERS allows it, so that
     lower layers never include higher ones (core never the window, the trace never the demos).
A file belongs to the longest folder of LAYERS its path starts with; a folder not there yet
matches nothing, and the report says so. An include "x.hpp" is found next to the file, from the
project root, or by its name alone (the include path has every source folder), in that order.
--self-test checks the checker on made-up trees.
"""
import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "lib"))
import tree_check  # noqa: E402  (scripts/lib/tree_check.py)

# Each folder, and the folders its files may include besides its own: from the bottom, text
# (how values print, UTF-8, marks for translation), the trace (events and values), the
# JavaScript runtime that records them,
# the demos that run on it, files (trace files name their demo and parameters), the narration,
# and the embedded engine. "core" is whatever of core/ is in none of those folders yet: every
# part of core may include it until it is placed.
CORE_PARTS = ["core/text", "core/trace", "core/js", "core/demos", "core/io", "core/narration", "core/script"]
LAYERS = {
    "core/text": ["core"],
    "core/trace": ["core", "core/text"],
    "core/js": ["core", "core/trace", "core/text"],
    "core/demos": ["core", "core/trace", "core/text", "core/js"],
    "core/io": ["core", "core/trace", "core/text", "core/js", "core/demos"],
    "core/narration": ["core", "core/trace", "core/text", "core/js", "core/demos", "core/io"],
    "core/script": ["core", "core/trace", "core/text", "core/js", "core/demos", "core/io"],
    "core": CORE_PARTS,
    "ui": ["core", *CORE_PARTS],
    "app": ["ui", "core", *CORE_PARTS],
}

FOLDERS = ("core", "ui", "app", "tests", "bench")
CPP_SUFFIXES = {".cpp", ".hpp", ".h"}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
QT_HEADER = re.compile(r"^(Q[A-Z]\w*|Qt\w*/.*|qt\w*\.h)$")
SPIDERMONKEY_HEADER = re.compile(r"^(jsapi\.h|jsfriendapi\.h|js-config\.h|js/.*|mozilla/.*)$")


def layer_of(path):
    """The longest folder of LAYERS that holds path, or None."""
    matches = [folder for folder in LAYERS if path.startswith(folder + "/")]
    return max(matches, key=len) if matches else None


def resolve(include, including, files, by_name):
    """The tree's file an include names: [path], [] when it is not the tree's, or several."""
    for candidate in (str(Path(including).parent / include), include):
        normal = normalise(candidate)
        if normal in files:
            return [normal]
    return by_name.get(Path(include).name, []) if "/" not in include else []


def normalise(path):
    """a/b/../c as a/c, without asking the file system."""
    parts = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def check(root):
    files = tree_check.source_files(root, FOLDERS, CPP_SUFFIXES)
    file_set = set(files)
    by_name = {}
    for path in files:
        by_name.setdefault(Path(path).name, []).append(path)

    failures = []
    per_layer = {folder: 0 for folder in LAYERS}
    includes = {"Qt": 0, "SpiderMonkey": 0, "project": 0, "crossing layers": 0}
    for path in files:
        layer = layer_of(path)
        if layer is not None:
            per_layer[layer] += 1
        text = (root / path).read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.split("\n"), 1):
            match = INCLUDE.match(line)
            if match is None:
                continue
            angle, name = match.group(1) == "<", match.group(2)
            where = f"{path}:{number}: {line.strip()}"
            if angle and QT_HEADER.match(name):
                includes["Qt"] += 1
                if path.startswith("core/"):
                    failures.append(f"{where}: core/ includes no Qt header (rule 1)")
            if angle and SPIDERMONKEY_HEADER.match(name):
                includes["SpiderMonkey"] += 1
                if not path.startswith("core/script/"):
                    failures.append(f"{where}: only core/script/ includes SpiderMonkey (rule 2)")
            if angle or layer is None:
                continue
            targets = resolve(name, path, file_set, by_name)
            if len(targets) > 1:
                failures.append(f"{where}: could be any of {', '.join(targets)}: write it from the project root")
                continue
            if not targets:
                continue  # generated (moc) or not the tree's
            includes["project"] += 1
            target_layer = layer_of(targets[0])
            if target_layer is None or target_layer == layer:
                continue
            includes["crossing layers"] += 1
            if target_layer not in LAYERS[layer]:
                failures.append(f"{where}: {layer}/ may not include {targets[0]} of {target_layer}/ "
                                f"(it may include {', '.join(f + '/' for f in LAYERS[layer])}) (rule 3)")

    for failure in failures:
        print(failure)
    print(f"layers: {len(files)} C++ files of {', '.join(f + '/' for f in FOLDERS)} checked; includes: "
          + ", ".join(f"{count} {kind}" for kind, count in includes.items()))
    print("layers: files in each folder of the table (0: not there yet, its rule matches nothing): "
          + ", ".join(f"{folder}/ {count}" for folder, count in per_layer.items()))
    if failures:
        print(f"layers: {len(failures)} includes against the rules")
        return 1
    return 0


def self_test():
    """The checker itself: each case is a tree of files, and whether the check must fail."""
    cases = [
        ("core includes a Qt header", {"core/a.cpp": "#include <QString>"}, 1),
        ("core includes the standard library", {"core/a.cpp": "#include <string>"}, 0),
        ("ui includes a Qt header", {"ui/a.cpp": "#include <QtWidgets/QWidget>"}, 0),
        ("core/script includes SpiderMonkey", {"core/script/h.cpp": "#include <js/Array.h>\n#include <jsapi.h>"}, 0),
        ("core/js includes SpiderMonkey", {"core/js/h.cpp": "#include <jsapi.h>"}, 1),
        ("a test includes SpiderMonkey", {"tests/t.cpp": "#include <mozilla/Maybe.h>"}, 1),
        ("core includes the window", {"core/a.cpp": '#include "ui/w.hpp"', "ui/w.hpp": ""}, 1),
        ("the window includes core", {"ui/w.cpp": '#include "core/trace/t.hpp"', "core/trace/t.hpp": ""}, 0),
        ("the trace includes a demo by its name", {"core/trace/t.cpp": '#include "demo.hpp"', "core/demos/demo.hpp": ""}, 1),
        ("a demo includes the trace", {"core/demos/d.cpp": '#include "../trace/t.hpp"', "core/trace/t.hpp": ""}, 0),
        ("core includes the program", {"core/a.cpp": '#include "app/m.hpp"', "app/m.hpp": ""}, 1),
        ("an include two files could be", {"core/a.cpp": '#include "x.hpp"', "core/js/x.hpp": "", "core/io/x.hpp": ""}, 1),
    ]
    return tree_check.self_test("layers", cases, check)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--self-test", action="store_true", help="check the checker on made-up trees")
    args = parser.parse_args()
    return self_test() if args.self_test else check(args.root.resolve())


if __name__ == "__main__":
    sys.exit(main())
