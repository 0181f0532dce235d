#!/usr/bin/env python3
"""Packs COPIES distinct copies of a folder of EDGAR XML filings into one tar.gz.

usage: synthetic_corpus.py COPIES XML_DIR OUT.tar.gz

Copy k of each filing has " #k" appended to the issuer's name, so that every
copy is a different filing (other facts, other content hash) of the same shape:
a larger ingest workload for benchmarks and crash tests, written to a temporary
place, never into the project.
"""
import io
import pathlib
import re
import sys
import tarfile


def main():
    copies, source, out = int(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
    files = sorted(source.glob("*.xml"))
    with tarfile.open(out, "w:gz", compresslevel=1) as archive:
        for copy in range(1, copies + 1):
            for file in files:
                text = file.read_bytes()
                text = re.sub(rb"(<issuerName>)([^<]*)(</issuerName>)",
                              lambda m: m.group(1) + m.group(2) + b" #%d" % copy + m.group(3), text, count=1)
                info = tarfile.TarInfo(f"copy{copy}/{file.name}")
                info.size = len(text)
                archive.addfile(info, io.BytesIO(text))


if __name__ == "__main__":
    main()
