#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Prints the tests of a ctest run nearest to their time-outs, and fails when one took
more than half of its time-out.

A suite whose slowest test sits near its time-out passes or fails by the load of the machine
it runs on, so the margin is checked on every run rather than discovered on a busy day.

    report-test-times.py BUILD_DIR JUNIT_FILE [--count N] [--share S]

JUNIT_FILE is what `ctest --output-junit` wrote. The time-outs come from
`ctest --show-only=json-v1` in BUILD_DIR: a test's own TIMEOUT property, else ctest's default
of 1500 s. A Qt Test program also ends any single test function after 300 s, so for those the
limit used is the smaller of the two: when the whole program stays under half of it, so does
each of its functions.
"""
import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

CTEST_DEFAULT_TIMEOUT = 1500.0
QTEST_FUNCTION_TIMEOUT = 300.0


def time_outs(build_dir):
    shown = subprocess.run(["ctest", "--test-dir", build_dir, "--show-only=json-v1"],
                           check=True, capture_output=True, text=True).stdout
    limits = {}
    for test in json.loads(shown)["tests"]:
        properties = {p["name"]: p["value"] for p in test.get("properties", [])}
        limit = float(properties.get("TIMEOUT", CTEST_DEFAULT_TIMEOUT))
        command = test.get("command", [])
        if command and command[0].split("/")[-1].startswith("tst_"):
            limit = min(limit, QTEST_FUNCTION_TIMEOUT)
        limits[test["name"]] = limit
    return limits


def run_times(junit_file):
    times = {}
    for case in ET.parse(junit_file).getroot().iter("testcase"):
        times[case.get("name")] = float(case.get("time", "0"))
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir")
    parser.add_argument("junit_file")
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--share", type=float, default=0.5,
                        help="the largest share of its time-out a test may take")
    args = parser.parse_args()

    limits = time_outs(args.build_dir)
    times = run_times(args.junit_file)
    # Nearest to their limits first: a long test with a long time-out is less at risk than a
    # shorter one with a short time-out.
    rows = sorted(((t, name, limits.get(name, CTEST_DEFAULT_TIMEOUT)) for name, t in times.items()),
                  key=lambda row: (row[0] / row[2], row[0]), reverse=True)
    print(f"\nthe {min(args.count, len(rows))} of {len(rows)} tests nearest to their time-outs"
          f" (limit: the time-out, at most {QTEST_FUNCTION_TIMEOUT:.0f} s for a Qt Test program)")
    print(f"{'test':32} {'seconds':>8} {'limit':>7} {'share':>6}")
    for seconds, name, limit in rows[:args.count]:
        print(f"{name:32} {seconds:8.1f} {limit:7.0f} {seconds / limit:6.0%}")
    too_slow = [(name, seconds, limit) for seconds, name, limit in rows if seconds > args.share * limit]
    for name, seconds, limit in too_slow:
        print(f"test-times: {name} took {seconds:.1f} s, over {args.share:.0%} of its {limit:.0f} s limit",
              file=sys.stderr)
    return 1 if too_slow else 0


if __name__ == "__main__":
    sys.exit(main())
