#!/usr/bin/env python3
"""How often each finding rule fires over a folder of filings, as a markdown table.

Usage: scripts/rule_frequency.py build/form4 ../shared/corpus/dev/xml [--examples N]

Runs `form4 check --format json` over every file in the folder and counts, per
rule, the findings and the filings with at least one. --examples N also lists
the first N (file stem, path, message) of each rule, for reviewing by hand.
"""
import argparse
import collections
import json
import pathlib
import subprocess
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("form4")
    parser.add_argument("folder")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args()
    files = sorted(str(p) for p in pathlib.Path(args.folder).iterdir() if p.is_file())
    run = subprocess.run([args.form4, "check", "--format", "json", *files], capture_output=True, text=True)
    if run.returncode == 2:
        sys.stderr.write(run.stderr)
    findings = collections.Counter()
    filings = collections.defaultdict(set)
    severity = {}
    examples = collections.defaultdict(list)
    checked = 0
    for line in run.stdout.splitlines():
        record = json.loads(line)
        checked += 1
        stem = pathlib.Path(record["file"]).stem
        for finding in record["findings"]:
            rule = finding["rule"]
            findings[rule] += 1
            filings[rule].add(stem)
            severity[rule] = finding["severity"]
            if len(examples[rule]) < args.examples:
                examples[rule].append((stem, finding["path"], finding["message"]))
    print(f"{checked} filings checked from `{args.folder}`\n")
    print("| rule | severity | findings | filings |")
    print("|---|---|---|---|")
    for rule, count in sorted(findings.items(), key=lambda item: (-len(filings[item[0]]), item[0])):
        print(f"| `{rule}` | {severity[rule]} | {count} | {len(filings[rule])} |")
    for rule in sorted(examples) if args.examples > 0 else []:
        print(f"\n{rule}:")
        for stem, path, message in examples[rule]:
            print(f"  {stem}  {path}  {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
