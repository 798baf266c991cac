#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a source file of core/ or ui/ is over 600 lines, or a C++ function there is over 80.

Usage: scripts/check-size.py [--list | --self-test] [--root DIR] [--exemptions FILE]

A function's length is counted as clang-tidy's readability-function-size counts it: the line of
its body's closing brace minus the line of its opening brace. The tree's format (.clang-format,
AfterFunction) puts a function body's opening brace alone on its line, and no other brace there
(classes, namespaces, lambdas and statements keep theirs at the end of the line), so a brace
alone on its line outside any function opens a function body, and the first closing brace at
its indentation ends it. Lambdas count in the function that holds them.

Exemptions (scripts/size-exemptions.txt: tests and generated files are not in core/ or ui/;
data tables, and for now the files being split) are listed there one a line with a reason.
An exemption that matches nothing is named, to be removed (it does not fail: files are being
split in parallel). --list prints every file and function over its limit, exempted or not,
with its length. --self-test checks the checker on a made-up tree: a function of 81 lines and a
file of 601 fail, 80 and 600 pass, an exempted one passes.
"""
import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "lib"))
import tree_check  # noqa: E402  (scripts/lib/tree_check.py)

MAX_FILE_LINES = 600
MAX_FUNCTION_LINES = 80
FOLDERS = ("core", "ui")
SOURCE_SUFFIXES = {".cpp", ".hpp", ".h", ".js"}
CPP_SUFFIXES = {".cpp", ".hpp", ".h"}

NOT_A_NAME = {"if", "for", "while", "switch", "return", "sizeof", "alignof", "decltype", "catch"}


def function_name(lines, brace):
    """The name in the signature above a body's opening brace: 'MainWindow::buildActions'."""
    signature = []
    for line in reversed(lines[max(0, brace - 8):brace]):
        stripped = line.strip()
        if not stripped or stripped.endswith((";", "}", "{")) or stripped.startswith(("//", "#")):
            break
        signature.insert(0, stripped)
    for match in re.finditer(r"(~?[A-Za-z_][\w:]*(?:operator\s*\S+?)?)\s*\(", " ".join(signature)):
        if match.group(1) not in NOT_A_NAME:
            return match.group(1)
    return "(unnamed)"


def functions(lines):
    """(name, first line, length) of every function body in a clang-formatted C++ file."""
    found = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.strip() == "{":
            indent = line[: len(line) - len(line.lstrip())]
            end = next((j for j in range(i + 1, len(lines)) if lines[j].rstrip() in (indent + "}", indent + "};")),
                       None)
            if end is None:
                raise ValueError(f"line {i + 1}: no closing brace at this brace's indentation")
            found.append((function_name(lines, i), i + 1, end - i))
            i = end  # what is inside belongs to this function
        i += 1
    return found


def read_exemptions(path):
    """{'ui/x.cpp': reason, 'ui/x.cpp MainWindow::f': reason}; a line: PATH [FUNCTION] -- REASON."""
    exemptions = {}
    problems = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        what, sep, reason = line.partition(" -- ")
        if not sep or not reason.strip() or len(what.split()) not in (1, 2):
            problems.append(f"{path.name}:{number}: expected 'PATH [FUNCTION] -- REASON', got '{line}'")
            continue
        exemptions[" ".join(what.split())] = reason.strip()
    return exemptions, problems


def check(root, exemptions_path, listing=False):
    exemptions, problems = read_exemptions(exemptions_path)

    over = []  # (key, what, length, limit)
    files = tree_check.source_files(root, FOLDERS, SOURCE_SUFFIXES)
    function_count = 0
    for path in files:
        lines = (root / path).read_text(encoding="utf-8", errors="replace").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if len(lines) > MAX_FILE_LINES:
            over.append((path, f"{path}: {len(lines)} lines", len(lines), MAX_FILE_LINES))
        if Path(path).suffix not in CPP_SUFFIXES:
            continue
        try:
            found = functions(lines)
        except ValueError as error:
            problems.append(f"{path}:{error}")
            continue
        function_count += len(found)
        for name, first, length in found:
            if length > MAX_FUNCTION_LINES:
                over.append((f"{path} {name}", f"{path}:{first}: function {name}: {length} lines", length,
                             MAX_FUNCTION_LINES))

    if listing:
        for key, what, length, limit in over:
            print(f"{what} (limit {limit}){'; exempt: ' + exemptions[key] if key in exemptions else ''}")
        return 0

    failures = [what + f" (limit {limit})" for key, what, length, limit in over if key not in exemptions]
    matched = {key for key, *_ in over}
    unused = [f"note: {exemptions_path.name}: '{key}' is within its limit now (or gone): remove its line"
              for key in exemptions if key not in matched]
    for line in problems + failures + unused:
        print(line)
    exempted = len(matched & exemptions.keys())
    print(f"size: {len(files)} files of {', '.join(f + '/' for f in FOLDERS)} and {function_count} functions checked "
          f"(files up to {MAX_FILE_LINES} lines, functions up to {MAX_FUNCTION_LINES}); {exempted} exempted "
          f"in {exemptions_path.name}")
    if problems or failures:
        print(f"size: {len(failures)} over their limit, {len(problems)} problems")
        return 1
    return 0


def cpp_function(name, body_lines):
    return "\n".join([f"void {name}()", "{", *[f"    step({i});" for i in range(body_lines - 1)], "}"])


def self_test():
    """The checker itself, on made-up trees (each with its exemptions.txt)."""
    exempt = "core/exempt.cpp tooLong -- a test of the exemptions"
    in_class = "\n".join(["class B {", "public:", *["    " + line for line in cpp_function("tooLong", 81).split("\n")],
                          "};"])
    cases = [
        ("a function of 80 lines", {"core/a.cpp": cpp_function("fits", 80)}, 0),
        ("a function of 81 lines", {"core/a.cpp": cpp_function("tooLong", 81)}, 1),
        ("a member function of 81 lines in a class", {"ui/b.hpp": in_class}, 1),
        ("an exempted function of 81 lines", {"core/exempt.cpp": cpp_function("tooLong", 81), "exemptions.txt": exempt}, 0),
        ("a file of 600 lines", {"ui/c.js": "\n".join(["x();"] * 600)}, 0),
        ("a file of 601 lines", {"ui/c.js": "\n".join(["x();"] * 601)}, 1),
        ("a file of 601 lines outside core/ and ui/", {"tests/c.cpp": "\n".join(["x();"] * 601)}, 0),
    ]
    for _, tree, _ in cases:
        tree.setdefault("exemptions.txt", "")
    return tree_check.self_test("size", cases, lambda root: check(root, root / "exemptions.txt"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--exemptions", type=Path)
    parser.add_argument("--list", action="store_true", help="print every file and function over its limit")
    parser.add_argument("--self-test", action="store_true", help="check the checker on made-up trees")
    args = parser.parse_args()
    if args.self_test:
        return self_test()
    root = args.root.resolve()
    return check(root, args.exemptions or root / "scripts" / "size-exemptions.txt", args.list)


if __name__ == "__main__":
    sys.exit(main())
