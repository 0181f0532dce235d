#!/usr/bin/env bash
# End-to-end test of `form4 ingest`: files, directories, tar, tar.gz, zip, a list
# on stdin, duplicates, rejects and the amendments view, read back with sqlite3
# or psql. The same checks run against SQLite (default) and PostgreSQL.
# usage: ingest_e2e.sh FORM4_BIN GOLDEN_DIR SCRIPTS_DIR [POSTGRES_URL]
set -uo pipefail
bin=$1 golden=$2 scripts=$3 pg_url=${4:-}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
if [[ -z $pg_url ]] && ! command -v sqlite3 >/dev/null; then echo "skipped: no sqlite3"; exit 77; fi

db=$work/store.db
store_args() { if [[ -n $pg_url ]]; then echo --pg "$pg_url"; else echo --db "$db"; fi; }
sql() {  # sql QUERY: one value per line, columns separated by |
  if [[ -n $pg_url ]]; then psql -qAtX -d "$pg_url" -c "$1"; else sqlite3 "$db" "$1"; fi
}
reset_store() {
  if [[ -n $pg_url ]]; then
    psql -qAtX -d "$pg_url" -c 'SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
  else
    rm -f "$db" "$db-wal" "$db-shm"
  fi
}
ingest() { "$bin" ingest $(store_args) "$@"; }
# "TABLE COUNT" lines for every SEC table, from the store.
store_counts() {
  for table in SUBMISSION REPORTINGOWNER NONDERIV_TRANS NONDERIV_HOLDING DERIV_TRANS DERIV_HOLDING FOOTNOTES \
               OWNER_SIGNATURE; do
    echo "$table $(sql "SELECT COUNT(*) FROM $table")"
  done
}
# The same, from `form4 parse` of the given inputs.
parsed_counts() { "$bin" parse "$@" 2>/dev/null | python3 "$scripts/count_sec_rows.py" /dev/stdin; }

# ---- inputs: fictional filings from the golden cases, in nested directories ----
xml_inputs=()
for case in "$golden"/form*/input.xml; do xml_inputs+=("$case"); done
mkdir -p "$work/in/a/b"
for i in "${!xml_inputs[@]}"; do
  target=$work/in/a; (( i % 2 )) && target=$work/in/a/b
  cp "${xml_inputs[$i]}" "$target/$(basename "$(dirname "${xml_inputs[$i]}")").xml"
done
sgml_input=$(ls "$golden"/sgml_*/input.txt | head -1)
expected=$(parsed_counts "${xml_inputs[@]}")
n=${#xml_inputs[@]}

# Files.
reset_store
ingest "${xml_inputs[@]}" >"$work/out" 2>"$work/err"; rc=$?
check "files: exit 0" test $rc -eq 0
check "files: summary" grep -q "^$n documents: $n ingested, 0 duplicates, 0 failed" "$work/out"
check "files: no progress bar without a terminal" test ! -s "$work/err"
check "files: row counts equal the parsed documents'" test "$(store_counts)" == "$expected"
check "files: document JSON kept" test "$(sql "SELECT COUNT(*) FROM FILING WHERE DOCUMENT IS NOT NULL")" -eq "$n"

# On a terminal (script(1) provides one), a progress line on stderr.
if command -v script >/dev/null; then
  reset_store
  script -qec "$bin ingest $(store_args) ${xml_inputs[*]} 2>&1 >/dev/null" /dev/null >"$work/tty" </dev/null
  check "terminal: progress line" grep -q "filings/s .*ETA" "$work/tty"
fi

# Again: every filing is stored once.
ingest "${xml_inputs[@]}" "$work/in" >"$work/out" 2>"$work/err"; rc=$?
check "again: exit 0" test $rc -eq 0
check "again: all duplicates" grep -q "^$((2 * n)) documents: 0 ingested, $((2 * n)) duplicates, 0 failed" "$work/out"
check "again: counts unchanged" test "$(store_counts)" == "$expected"

# Two ingests of the same filings at once: each filing stored once, no failure.
reset_store
ingest "$work/in" >"$work/out1" 2>&1 &
first=$!
ingest "${xml_inputs[@]}" >"$work/out2" 2>&1; rc2=$?
wait $first; rc1=$?
check "concurrent: both exit 0" test $rc1 -eq 0 -a $rc2 -eq 0
check "concurrent: counts" test "$(store_counts)" == "$expected"
check "concurrent: no failure" grep -q " 0 failed" "$work/out1"

# A directory, recursively.
reset_store
ingest "$work/in" >"$work/out" 2>"$work/err"; rc=$?
check "dir: exit 0" test $rc -eq 0
check "dir: summary" grep -q "^$n documents: $n ingested" "$work/out"
check "dir: counts" test "$(store_counts)" == "$expected"

# Archives, recognized by content (not by name): tar, tar.gz, zip.
tar -C "$work/in" -cf "$work/filings.tar" a
tar -C "$work/in" -czf "$work/filings.tar.gz" a
python3 -c '
import os, sys, zipfile
root, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            z.write(path, os.path.relpath(path, root))' "$work/in" "$work/filings.zip"
cp "$work/filings.tar.gz" "$work/feed.bin"
for archive in filings.tar filings.tar.gz filings.zip feed.bin; do
  reset_store
  ingest "$work/$archive" >"$work/out" 2>"$work/err"; rc=$?
  check "$archive: exit 0" test $rc -eq 0
  check "$archive: summary" grep -q "^$n documents: $n ingested" "$work/out"
  check "$archive: counts" test "$(store_counts)" == "$expected"
  check "$archive: member paths" test "$(sql "SELECT COUNT(*) FROM FILING_SOURCE WHERE PATH LIKE '%$archive:a/%'")" -eq "$n"
done

# A list of paths on stdin, with duplicates inside one run.
reset_store
printf '%s\n' "${xml_inputs[@]}" "${xml_inputs[0]}" | ingest - "${xml_inputs[1]}" >"$work/out" 2>"$work/err"; rc=$?
check "stdin: exit 0" test $rc -eq 0
check "stdin: summary" grep -q "^$((n + 2)) documents: $n ingested, 2 duplicates, 0 failed" "$work/out"
check "stdin: counts" test "$(store_counts)" == "$expected"

# Failures are reported and skipped, never fatal; --rejects lists them.
reset_store
printf 'not a filing\n' >"$work/bad.txt"
printf '\x1f\x8bbroken' >"$work/broken.tar.gz"
ingest --rejects "$work/rejects.tsv" "$work/bad.txt" "${xml_inputs[0]}" "$work/missing.xml" "$work/broken.tar.gz" \
  >"$work/out" 2>"$work/err"; rc=$?
check "rejects: exit 1" test $rc -eq 1
check "rejects: summary" grep -q "^4 documents: 1 ingested, 0 duplicates, 3 failed" "$work/out"
check "rejects: three lines" test "$(wc -l <"$work/rejects.tsv")" -eq 3
check "rejects: path and reason" grep -q "^$work/bad.txt	.*bad.txt" "$work/rejects.tsv"
check "rejects: missing file" grep -q "^$work/missing.xml	.*cannot open" "$work/rejects.tsv"
check "rejects: damaged archive" grep -q "^$work/broken.tar.gz" "$work/rejects.tsv"
check "rejects: named on stderr" grep -q "missing.xml" "$work/err"
check "rejects: the good one stored" test "$(sql "SELECT COUNT(*) FROM FILING")" -eq 1

# A feed archive holds every form: other forms are skipped, not failures.
reset_store
mkdir -p "$work/feed"
cp "${xml_inputs[0]}" "$work/feed/"
printf '<SEC-DOCUMENT>0009990999-24-000001.txt : 20240105\n<SEC-HEADER>0009990999-24-000001.hdr.sgml : 20240105\nACCESSION NUMBER:\t\t0009990999-24-000001\nCONFORMED SUBMISSION TYPE:\t10-K\nFILED AS OF DATE:\t\t20240105\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nAnnual report\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n' \
  >"$work/feed/0009990999-24-000001.nc"
tar -C "$work/feed" -czf "$work/feed.nc.tar.gz" .
ingest "$work/feed.nc.tar.gz" >"$work/out" 2>"$work/err"; rc=$?
check "feed: exit 0" test $rc -eq 0
check "feed: other forms skipped" grep -q "^2 documents: 1 ingested, 0 duplicates, 1 other forms skipped, 0 failed" "$work/out"

# The same filing as bare XML and as a full submission: stored once, and the
# full submission supplies the accession number and filing date.
reset_store
ingest "$sgml_input" >/dev/null 2>&1
accession=$(sql "SELECT ACCESSION_NUMBER FROM FILING")
"$bin" parse "$sgml_input" | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(d["source"]["accession_number"])' >"$work/accession"
check "sgml: accession stored" test "$accession" == "$(cat "$work/accession")"

# The bare XML first, then its full submission filed days after the signature (so
# the derived lateness differs): still one filing, completed with the accession.
reset_store
sed -n '/<XML>/,/<\/XML>/p' "$sgml_input" | sed '1d;$d' >"$work/bare.xml"
sed 's/^FILED AS OF DATE:.*/FILED AS OF DATE:\t\t20240110/' "$sgml_input" >"$work/late_submission.txt"
ingest "$work/bare.xml" >/dev/null 2>&1
ingest "$work/late_submission.txt" >"$work/out" 2>&1
check "xml then its submission: stored once" test "$(sql "SELECT COUNT(*) FROM FILING")" -eq 1
check "xml then its submission: accession completed" test "$(sql "SELECT ACCESSION_NUMBER FROM FILING")" == "$accession"

# Amendments: a 4/A restating Table I only supersedes Table I.
filing() {  # filing TYPE ORIGINAL_DATE SHARES [DERIVATIVE]
  local original=""
  [[ -n $2 ]] && original="<dateOfOriginalSubmission>$2</dateOfOriginalSubmission>"
  local derivative=""
  [[ -n ${4:-} ]] && derivative="<derivativeTable><derivativeTransaction>
    <securityTitle><value>Stock Option</value></securityTitle>
    <conversionOrExercisePrice><value>10.00</value></conversionOrExercisePrice>
    <transactionDate><value>2024-03-01</value></transactionDate>
    <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>M</transactionCode>
      <equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
    <transactionAmounts><transactionShares><value>100</value></transactionShares>
      <transactionPricePerShare><value>0</value></transactionPricePerShare>
      <transactionAcquiredDisposedCode><value>D</value></transactionAcquiredDisposedCode></transactionAmounts>
    <underlyingSecurity><underlyingSecurityTitle><value>Common Stock</value></underlyingSecurityTitle>
      <underlyingSecurityShares><value>100</value></underlyingSecurityShares></underlyingSecurity>
    <postTransactionAmounts><sharesOwnedFollowingTransaction><value>0</value></sharesOwnedFollowingTransaction>
    </postTransactionAmounts>
    <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
  </derivativeTransaction></derivativeTable>"
  cat <<XML
<?xml version="1.0"?>
<ownershipDocument>
  <schemaVersion>X0508</schemaVersion>
  <documentType>$1</documentType>
  <periodOfReport>2024-03-01</periodOfReport>
  $original
  <issuer><issuerCik>0009990777</issuerCik><issuerName>Quillfeather Instruments Inc</issuerName>
    <issuerTradingSymbol>QFI</issuerTradingSymbol></issuer>
  <reportingOwner><reportingOwnerId><rptOwnerCik>0009990778</rptOwnerCik>
    <rptOwnerName>Marchetti-Oduya Lena</rptOwnerName></reportingOwnerId>
    <reportingOwnerRelationship><isDirector>1</isDirector></reportingOwnerRelationship></reportingOwner>
  <nonDerivativeTable><nonDerivativeTransaction>
    <securityTitle><value>Common Stock</value></securityTitle>
    <transactionDate><value>2024-03-01</value></transactionDate>
    <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>M</transactionCode>
      <equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
    <transactionAmounts><transactionShares><value>$3</value></transactionShares>
      <transactionPricePerShare><value>10.00</value></transactionPricePerShare>
      <transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts>
    <postTransactionAmounts><sharesOwnedFollowingTransaction><value>$3</value></sharesOwnedFollowingTransaction>
    </postTransactionAmounts>
    <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
  </nonDerivativeTransaction></nonDerivativeTable>
  $derivative
  <ownerSignature><signatureName>Lena Marchetti-Oduya</signatureName><signatureDate>2024-03-04</signatureDate>
  </ownerSignature>
</ownershipDocument>
XML
}
filing 4 "" 1000 derivative >"$work/original.xml"
filing 4/A 2024-03-05 1500 >"$work/amendment.xml"
for order in "original amendment" "amendment original"; do
  reset_store
  for name in $order; do ingest "$work/$name.xml" >/dev/null 2>&1; done
  check "amendment ($order): linked" \
    test "$(sql "SELECT COUNT(*) FROM FILING a JOIN FILING o ON a.AMENDS_FILING_ID = o.FILING_ID
                 WHERE a.DOCUMENT_TYPE = '4/A' AND o.DOCUMENT_TYPE = '4'")" -eq 1
  check "amendment ($order): Table I superseded" \
    test "$(sql "SELECT TRANS_SHARES FROM CURRENT_NONDERIV_TRANS")" == "1500"
  check "amendment ($order): Table II kept" \
    test "$(sql "SELECT COUNT(*) FROM CURRENT_DERIV_TRANS")" -eq 1
  check "amendment ($order): history kept" test "$(sql "SELECT COUNT(*) FROM NONDERIV_TRANS")" -eq 2
done

store=sqlite; [[ -n $pg_url ]] && store=postgresql
echo "ingest e2e ($store): $passed passed, $failed failed"
[[ $failed -eq 0 ]]
