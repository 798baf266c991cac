# SPDX-License-Identifier: MIT
"""What the tree's Python checks share: which files they read, and how they test themselves."""
import subprocess
import tempfile
from pathlib import Path


def source_files(root, folders, suffixes):
    """The files below folders whose name ends in one of suffixes, as paths from root: those git
    tracks and the new ones not yet added (not the ignored: build output); every file outside a
    checkout."""
    try:
        command = ["git", "-C", str(root), "ls-files", "--cached", "--others", "--exclude-standard", "--", *folders]
        listed = subprocess.run(command, check=True, capture_output=True, text=True).stdout.split("\n")
    except (OSError, subprocess.CalledProcessError):
        listed = [str(p.relative_to(root)) for folder in folders for p in (root / folder).rglob("*")]
    return sorted(p for p in listed if p and Path(p).suffix in suffixes and (root / p).is_file())


def self_test(name, cases, check):
    """Runs check(root) on a made-up tree per case, (what, {path: text}, expected exit status);
    returns 1 when any case ends otherwise."""
    failed = 0
    for what, tree, expected in cases:
        with tempfile.TemporaryDirectory() as directory:
            root = Path(directory)
            for path, text in tree.items():
                (root / path).parent.mkdir(parents=True, exist_ok=True)
                (root / path).write_text(text + "\n", encoding="utf-8")
            print(f"-- {what}: expected to {'fail' if expected else 'pass'}")
            got = check(root)
            if got != expected:
                print(f"{name} self-test: {what}: the check returned {got}, not {expected}")
                failed += 1
    print(f"{name} self-test: {len(cases) - failed} of {len(cases)} cases as expected")
    return 1 if failed else 0
