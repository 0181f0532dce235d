#!/usr/bin/env bash
# End-to-end test of the built `form4` binary: stdout, stderr and exit codes.
# usage: cli_e2e.sh FORM4_BIN GOLDEN_DIR
set -uo pipefail
bin=$1 golden=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}

xml_case=$golden/form4_x0609_10b5_sale_and_exercise/input.xml
sgml_case=$(ls "$golden"/sgml_*/input.txt | head -1)

# JSON Lines on stdout, in input order, exit 0.
"$bin" parse "$xml_case" "$sgml_case" >"$work/out.jsonl" 2>"$work/err"; rc=$?
check "parse exits 0" test $rc -eq 0
check "two lines" test "$(wc -l <"$work/out.jsonl")" -eq 2
check "stderr empty" test ! -s "$work/err"
check "input order" /usr/bin/python3 -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1])]
assert lines[0]["source"]["format"] == "xml" and lines[1]["source"]["format"] == "sgml"
assert lines[1]["source"]["accession_number"]' "$work/out.jsonl"

# stdin.
"$bin" parse - <"$xml_case" >"$work/stdin.jsonl"; rc=$?
check "stdin exits 0" test $rc -eq 0
check "stdin same facts" cmp <(head -c 2000 "$work/stdin.jsonl") <(head -c 2000 "$work/out.jsonl")

# --out DIR writes <stem>.json.
"$bin" parse --out "$work/dir" "$xml_case" >"$work/stdout"; rc=$?
check "--out exits 0" test $rc -eq 0
check "--out file" test -s "$work/dir/input.json"
check "--out no stdout" test ! -s "$work/stdout"

# A bad file is named on stderr, the others still parsed, exit 1.
printf 'hello\n' >"$work/bad.txt"
"$bin" parse "$work/bad.txt" "$xml_case" "$work/none.xml" >"$work/out2" 2>"$work/err2"; rc=$?
check "failure exits 1" test $rc -eq 1
check "good file still parsed" test "$(wc -l <"$work/out2")" -eq 1
check "bad file named" grep -q "bad.txt: expected an ownership filing" "$work/err2"
check "missing file named" grep -q "none.xml: cannot open" "$work/err2"
check "one line per failure" test "$(wc -l <"$work/err2")" -eq 2

# Malformed XML is read with a warning; garbage after a tag gives line:column.
printf '<?xml version="1.0"?>\n<ownershipDocument>\n<documentType>4</documentType>\n<remarks>open\n' >"$work/trunc.xml"
"$bin" parse "$work/trunc.xml" >"$work/out3" 2>&1; rc=$?
check "truncated exits 0" test $rc -eq 0
check "truncated warns" grep -q '"rule":"xml-malformed"' "$work/out3"
printf '\n\n<ownershipDocument <<< \n' >"$work/broken.xml"
"$bin" parse "$work/broken.xml" >/dev/null 2>"$work/err4"; rc=$?
check "unreadable exits 1" test $rc -eq 1
check "line:column named" grep -Eq "broken.xml:3:[0-9]+: .*malformed XML at line 3" "$work/err4"

# check: findings as a table or JSON lines; exit 0 clean, 1 error finding, 2 unreadable input.
"$bin" check "$golden/check_holdings_arithmetic_code_direction/input.xml" >"$work/check1"; rc=$?
check "check warnings only exits 0" test $rc -eq 0
check "check table names the rule" grep -q "holdings-arithmetic" "$work/check1"
"$bin" check --format json "$golden/check_dates_signature_period_expiration/input.xml" >"$work/check2"; rc=$?
check "check error finding exits 1" test $rc -eq 1
check "check json line" grep -q '"rule":"transaction-after-signature","severity":"error"' "$work/check2"
"$bin" check "$golden/check_holdings_arithmetic_code_direction/input.xml" "$work/none.xml" >"$work/check3" 2>"$work/err5"; rc=$?
check "check unreadable exits 2" test $rc -eq 2
check "check still checks the others" grep -q "holdings-arithmetic" "$work/check3"
"$bin" parse "$golden/check_holdings_arithmetic_code_direction/input.xml" >"$work/out6"
check "parse carries derived" grep -q '"derived":{"value":' "$work/out6"
check "parse carries check findings" grep -q '"rule":"code-acquired-disposed"' "$work/out6"

# Usage errors exit 2.
"$bin" parse >/dev/null 2>&1; rc=$?
check "usage exits 2" test $rc -eq 2
"$bin" --version >"$work/version"; rc=$?
check "version" test $rc -eq 0 -a -s "$work/version"

echo "e2e: $passed passed, $failed failed"
test $failed -eq 0
