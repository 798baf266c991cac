#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a text of the program has no finished translation.

Usage: scripts/check-translations.py --lupdate PATH [--root DIR] [--self-test]

Runs lupdate over core/, ui/ and app/ (with the options cmake/Translations.cmake gives it) into a
copy of each translations/*.ts, so that the texts of the sources as they are now are compared
with the translations kept, and lists every text that is new, unfinished or empty, and every
plural that lacks one of its language's forms, by context, ready to be translated. The .ts
files of the tree are not changed. --self-test checks the checker on a made-up tree.
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

SOURCE_FOLDERS = ("core", "ui", "app")
LUPDATE_OPTIONS = ["-tr-function-alias", "QT_TRANSLATE_NOOP+=YS_TRANSLATE_NOOP", "-locations", "none",
                   "-extensions", "cpp,hpp", "-no-obsolete", "-silent"]
# How many plural forms each language's translations must give.
PLURAL_FORMS = {"ru": 3}


def untranslated(ts_file):
    """(context, source) of every message of `ts_file` without a finished translation."""
    root = ET.parse(ts_file).getroot()
    forms = PLURAL_FORMS.get(root.get("language", "").split("_")[0], 1)
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                texts = [f.text for f in translation.iter("numerusform")]
                if len(texts) < forms or not all(texts):
                    missing.append((name, source))
            elif not translation.text:
                missing.append((name, source))
    return missing


def check(root, lupdate):
    ts_files = sorted((root / "translations").glob("*.ts"))
    if not ts_files:
        print("translations: no translations/*.ts")
        return 1
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        for kept in ts_files:
            fresh = Path(scratch) / kept.name
            shutil.copyfile(kept, fresh)
            folders = [root / f for f in SOURCE_FOLDERS if (root / f).is_dir()]
            # Includes are written from the root or, for older files, by name within a folder:
            # lupdate follows them to learn which class a tr() belongs to.
            includes = [f"-I{d}" for d in (root, *folders)]
            subprocess.run([lupdate, *LUPDATE_OPTIONS, *includes, *map(str, folders), "-ts", str(fresh)], check=True)
            messages = sum(1 for _ in ET.parse(fresh).getroot().iter("message"))
            missing = untranslated(fresh)
            print(f"translations: {kept.name}: {messages} texts, {len(missing)} without a translation")
            for context, source in missing:
                print(f"  {context}: {source!r}")
            failures += len(missing)
    if failures:
        print("translations: translate them in translations/*.ts "
              "(cmake --build BUILD --target update_translations adds the new ones)")
        return 1
    return 0


def self_test(lupdate):
    """The checker on a made-up tree: a text the .ts lacks must fail, then pass once translated."""
    ts_head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru_RU">\n'
    done = ('<context><name>Demo</name>\n<message><source>Countdown</source>'
            '<translation>Обратный отсчёт</translation></message>\n</context>\n')
    plural = ('<context><name>W</name>\n<message numerus="yes"><source>%n events</source><translation>'
              '<numerusform>%n событие</numerusform><numerusform>%n события</numerusform>'
              '<numerusform>%n событий</numerusform></translation></message>\n</context>\n')
    cases = [
        ("every text translated", 'YS_TRANSLATE_NOOP("Demo", "Countdown")', done, 0),
        ("a new tr() text", 'YS_TRANSLATE_NOOP("Demo", "Countdown")\nQString a = W::tr("Unheard of");', done, 1),
        ("a new core text", 'YS_TRANSLATE_NOOP("Demo", "Countdown")\nYS_TRANSLATE_NOOP("Demo", "Range")', done, 1),
        ("a plural with its three forms", 'QString a = W::tr("%n events", nullptr, 2);', plural, 0),
        ("a plural with one form", 'QString a = W::tr("%n events", nullptr, 2);',
         plural.replace('<numerusform>%n события</numerusform><numerusform>%n событий</numerusform>', ''), 1),
    ]
    failed = 0
    for name, code, ts, expected in cases:
        with tempfile.TemporaryDirectory() as tree:
            tree = Path(tree)
            (tree / "core").mkdir()
            (tree / "core" / "a.cpp").write_text("class W { Q_DECLARE_TR_FUNCTIONS(W) };\n" + code + "\n")
            (tree / "translations").mkdir()
            (tree / "translations" / "t_ru.ts").write_text(ts_head + ts + "</TS>\n", encoding="utf-8")
            got = 1 if check(tree, lupdate) else 0
        if got != expected:
            print(f"translations self-test: {name}: expected {'failure' if expected else 'success'}")
            failed += 1
    print(f"translations self-test: {len(cases) - failed} of {len(cases)} cases as expected")
    return 1 if failed else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--lupdate", required=True, help="Qt's lupdate")
    parser.add_argument("--self-test", action="store_true", help="check the checker on made-up trees")
    args = parser.parse_args()
    return self_test(args.lupdate) if args.self_test else check(args.root.resolve(), args.lupdate)


if __name__ == "__main__":
    sys.exit(main())
