#!/usr/bin/env python3
"""Counts the rows each SEC data-set table gets from canonical JSON documents.

usage: count_sec_rows.py DIR_OR_FILE...   (*.json, one document each, or JSON Lines)
Prints "TABLE COUNT" lines in a fixed order: the expected row counts of a store
that ingested the same filings (the ingest tests compare them with SQL counts).
"""
import json
import pathlib
import sys

TABLES = [
    ("SUBMISSION", lambda d: 1),
    ("REPORTINGOWNER", lambda d: len(d["reporting_owners"])),
    ("NONDERIV_TRANS", lambda d: len(d["non_derivative_transactions"])),
    ("NONDERIV_HOLDING", lambda d: len(d["non_derivative_holdings"])),
    ("DERIV_TRANS", lambda d: len(d["derivative_transactions"])),
    ("DERIV_HOLDING", lambda d: len(d["derivative_holdings"])),
    ("FOOTNOTES", lambda d: len(d["footnotes"])),
    ("OWNER_SIGNATURE", lambda d: len(d["signatures"])),
]


def documents(paths):
    for arg in paths:
        path = pathlib.Path(arg)
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        for file in files:
            text = file.read_text(encoding="utf-8")
            if path.is_dir():
                yield json.loads(text)
            else:
                yield from (json.loads(line) for line in text.splitlines() if line.strip())


def main():
    totals = {name: 0 for name, _ in TABLES}
    for document in documents(sys.argv[1:]):
        for name, count in TABLES:
            totals[name] += count(document)
    for name, _ in TABLES:
        print(name, totals[name])


if __name__ == "__main__":
    main()
