#!/usr/bin/env bash
# End-to-end test of `form4 convert`: outputs, file names, stdout rules and exit codes.
# usage: convert_e2e.sh FORM4_BIN GOLDEN_DIR
set -uo pipefail
bin=$1 golden=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
facts() {  # facts JSON_LINES_FILE: the canonical facts, without source and warnings
  /usr/bin/python3 -c '
import json, sys
for line in open(sys.argv[1]):
    doc = json.loads(line, parse_float=str, parse_int=str)
    doc.pop("source"); doc.pop("warnings")
    print(json.dumps(doc, sort_keys=True))' "$1"
}

xml_case=$golden/form4_x0609_10b5_sale_and_exercise/input.xml
pdf_case=$golden/pdftotext_form4_two_pages/input.txt
cp "$xml_case" "$work/sale.xml"
cp "$pdf_case" "$work/printed.txt"

# One input to stdout: one well-formed X0508 document that reads back to the same facts.
"$bin" convert --to xml "$work/printed.txt" >"$work/printed.out.xml" 2>"$work/err"; rc=$?
check "xml exits 0" test $rc -eq 0
check "xml stderr empty" test ! -s "$work/err"
check "xml well-formed" /usr/bin/python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$work/printed.out.xml"
check "xml schema version" grep -q "<schemaVersion>X0508</schemaVersion>" "$work/printed.out.xml"
"$bin" parse "$work/printed.txt" >"$work/printed.jsonl"
"$bin" parse "$work/printed.out.xml" >"$work/back.jsonl"
check "xml reads back to the same facts" cmp -s <(facts "$work/printed.jsonl") <(facts "$work/back.jsonl")

# Several XML outputs need --out; with it, DIR/<stem>.xml per input.
"$bin" convert --to xml "$work/sale.xml" "$work/printed.txt" >"$work/out" 2>"$work/err"; rc=$?
check "xml to stdout for two inputs exits 2" test $rc -eq 2
check "xml to stdout names --out" grep -q -- "--out DIR" "$work/err"
"$bin" convert --to xml --out "$work/xml" "$work/sale.xml" "$work/printed.txt" >"$work/out"; rc=$?
check "xml --out exits 0" test $rc -eq 0
check "xml --out files" test -s "$work/xml/sale.xml" -a -s "$work/xml/printed.xml"
check "xml --out no stdout" test ! -s "$work/out"

# CSV: one header, then one record per transaction of every input.
"$bin" convert --to csv "$work/sale.xml" "$work/printed.txt" >"$work/all.csv"; rc=$?
check "csv exits 0" test $rc -eq 0
check "csv records" /usr/bin/python3 -c '
import csv, json, subprocess, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0][:3] == ["accession_number", "source_file", "filing_date"], rows[0]
assert sum(r == rows[0] for r in rows) == 1, "one header"
expected = 0
for line in subprocess.run([sys.argv[2], "parse", *sys.argv[3:]], capture_output=True, text=True).stdout.splitlines():
    doc = json.loads(line)
    expected += len(doc["non_derivative_transactions"]) + len(doc["derivative_transactions"])
assert len(rows) - 1 == expected > 0, (len(rows), expected)
assert all(len(r) == len(rows[0]) for r in rows)' "$work/all.csv" "$bin" "$work/sale.xml" "$work/printed.txt"
"$bin" convert --to csv --out "$work/csv" "$work/sale.xml" >/dev/null; rc=$?
check "csv --out file with header" test $rc -eq 0 -a "$(head -c 16 "$work/csv/sale.csv")" = "accession_number"

# JSON equals `form4 parse`; stdin is read as "-".
"$bin" convert --to json "$work/sale.xml" >"$work/convert.jsonl"
"$bin" parse "$work/sale.xml" >"$work/parse.jsonl"
check "json equals parse" cmp -s "$work/convert.jsonl" "$work/parse.jsonl"
"$bin" convert --to xml - <"$work/sale.xml" >"$work/stdin.xml"; rc=$?
check "stdin exits 0" test $rc -eq 0 -a -s "$work/stdin.xml"

# Never overwrite an input: --out in the input's own folder with the same name.
cp "$work/xml/sale.xml" "$work/xml/again.xml"
before=$(md5sum <"$work/xml/again.xml")
"$bin" convert --to xml --out "$work/xml" "$work/xml/again.xml" >/dev/null 2>"$work/err"; rc=$?
check "own input exits 1" test $rc -eq 1
check "own input named" grep -q "again.xml: would overwrite its own input" "$work/err"
check "own input unchanged" test "$(md5sum <"$work/xml/again.xml")" = "$before"

# A bad input is named, the others converted, exit 1; a bad --to is a usage error.
printf 'hello\n' >"$work/bad.txt"
"$bin" convert --to csv "$work/bad.txt" "$work/sale.xml" >"$work/out" 2>"$work/err"; rc=$?
check "bad input exits 1" test $rc -eq 1
check "bad input named" grep -q "bad.txt" "$work/err"
check "good input converted" test "$(wc -l <"$work/out")" -gt 1
"$bin" convert --to pdf "$work/sale.xml" >/dev/null 2>&1; rc=$?
check "unknown --to exits 2" test $rc -eq 2

echo "e2e convert: $passed passed, $failed failed"
test $failed -eq 0
