#!/usr/bin/env bash
# End-to-end test of `form4 export` and `form4 import`: the SEC data-set TSV
# (exact headers, SEC dates, row counts, escaping), its round trip through a
# fresh store (byte-identical), exactly-once import, the filters, JSON Lines,
# CSV, EDGAR XML read back to the same facts, and --current. Runs against SQLite
# (default) and PostgreSQL (a URL as 4th argument). With CORPUS_DIR present,
# the dev corpus's sgml and xml filings are ingested too.
# usage: export_e2e.sh FORM4_BIN GOLDEN_DIR CORPUS_DIR [POSTGRES_URL]
set -uo pipefail
bin=$1 golden=$2 corpus=$3 pg_url=${4:-}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $name"; fi
}
if [[ -z $pg_url ]] && ! command -v sqlite3 >/dev/null; then echo "skipped: no sqlite3"; exit 77; fi

db=$work/store.db
store_args() { if [[ -n $pg_url ]]; then echo --pg "$pg_url"; else echo --db "$db"; fi; }
sql() {
  if [[ -n $pg_url ]]; then psql -qAtX -d "$pg_url" -c "$1"; else sqlite3 "$db" "$1"; fi
}
reset_store() {
  if [[ -n $pg_url ]]; then
    psql -qAtX -d "$pg_url" -c 'SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
  else
    rm -f "$db" "$db-wal" "$db-shm"
  fi
}
ingest() { "$bin" ingest $(store_args) "$@" >/dev/null 2>&1; }
export_() { "$bin" export $(store_args) "$@"; }
import_() { "$bin" import $(store_args) "$@"; }
# Canonical facts of JSON documents on stdin (one per line): without source, warnings and derived.
facts() {
  python3 -c '
import json, sys
for line in sys.stdin:
    if not line.strip(): continue
    d = json.loads(line)
    for k in ("source", "warnings", "derived"): d.pop(k, None)
    for t in ("non_derivative_transactions", "non_derivative_holdings", "derivative_transactions", "derivative_holdings"):
        for r in d[t]: r.pop("derived", None)
    print(json.dumps(d, sort_keys=True))'
}

# ---- inputs: every golden case, and the dev corpus's filings when present ----
inputs=("$golden"/*/input.*)
if [[ -d $corpus/sgml && -d $corpus/xml ]]; then inputs+=("$corpus/sgml" "$corpus/xml"); fi
reset_store
ingest "${inputs[@]}"
filings=$(sql "SELECT COUNT(*) FROM FILING")
check "ingested some filings" test "$filings" -gt 15

# ---- sec-tsv: eight files, the SEC's headers, SEC dates, one row per stored row ----
export_ --format sec-tsv --out "$work/t1" 2>"$work/err"; rc=$?
check "sec-tsv: exit 0" test $rc -eq 0
check "sec-tsv: speed reported" grep -q "^$filings filings exported in .* filings/s" "$work/err"
# The SEC's column lists (Insider Transactions Data Sets readme), written out independently of the code.
cat >"$work/headers" <<'HEADERS'
SUBMISSION ACCESSION_NUMBER FILING_DATE PERIOD_OF_REPORT DATE_OF_ORIG_SUB NO_SECURITIES_OWNED NOT_SUBJECT_SEC16 FORM3_HOLDINGS_REPORTED FORM4_TRANS_REPORTED DOCUMENT_TYPE ISSUERCIK ISSUERNAME ISSUERTRADINGSYMBOL REMARKS AFF10B5ONE
REPORTINGOWNER ACCESSION_NUMBER RPTOWNERCIK RPTOWNERNAME RPTOWNER_RELATIONSHIP RPTOWNER_TITLE RPTOWNER_TXT RPTOWNER_STREET1 RPTOWNER_STREET2 RPTOWNER_CITY RPTOWNER_STATE RPTOWNER_ZIPCODE RPTOWNER_STATE_DESC FILE_NUMBER
NONDERIV_TRANS ACCESSION_NUMBER NONDERIV_TRANS_SK SECURITY_TITLE SECURITY_TITLE_FN TRANS_DATE TRANS_DATE_FN DEEMED_EXECUTION_DATE DEEMED_EXECUTION_DATE_FN TRANS_FORM_TYPE TRANS_CODE EQUITY_SWAP_INVOLVED EQUITY_SWAP_TRANS_CD_FN TRANS_TIMELINESS TRANS_TIMELINESS_FN TRANS_SHARES TRANS_SHARES_FN TRANS_PRICEPERSHARE TRANS_PRICEPERSHARE_FN TRANS_ACQUIRED_DISP_CD TRANS_ACQUIRED_DISP_CD_FN SHRS_OWND_FOLWNG_TRANS SHRS_OWND_FOLWNG_TRANS_FN VALU_OWND_FOLWNG_TRANS VALU_OWND_FOLWNG_TRANS_FN DIRECT_INDIRECT_OWNERSHIP DIRECT_INDIRECT_OWNERSHIP_FN NATURE_OF_OWNERSHIP NATURE_OF_OWNERSHIP_FN
NONDERIV_HOLDING ACCESSION_NUMBER NONDERIV_HOLDING_SK SECURITY_TITLE SECURITY_TITLE_FN TRANS_FORM_TYPE TRANS_FORM_TYPE_FN SHRS_OWND_FOLWNG_TRANS SHRS_OWND_FOLWNG_TRANS_FN VALU_OWND_FOLWNG_TRANS VALU_OWND_FOLWNG_TRANS_FN DIRECT_INDIRECT_OWNERSHIP DIRECT_INDIRECT_OWNERSHIP_FN NATURE_OF_OWNERSHIP NATURE_OF_OWNERSHIP_FN
DERIV_TRANS ACCESSION_NUMBER DERIV_TRANS_SK SECURITY_TITLE SECURITY_TITLE_FN CONV_EXERCISE_PRICE CONV_EXERCISE_PRICE_FN TRANS_DATE TRANS_DATE_FN DEEMED_EXECUTION_DATE DEEMED_EXECUTION_DATE_FN TRANS_FORM_TYPE TRANS_CODE EQUITY_SWAP_INVOLVED EQUITY_SWAP_TRANS_CD_FN TRANS_TIMELINESS TRANS_TIMELINESS_FN TRANS_SHARES TRANS_SHARES_FN TRANS_TOTAL_VALUE TRANS_TOTAL_VALUE_FN TRANS_PRICEPERSHARE TRANS_PRICEPERSHARE_FN TRANS_ACQUIRED_DISP_CD TRANS_ACQUIRED_DISP_CD_FN EXCERCISE_DATE EXCERCISE_DATE_FN EXPIRATION_DATE EXPIRATION_DATE_FN UNDLYNG_SEC_TITLE UNDLYNG_SEC_TITLE_FN UNDLYNG_SEC_SHARES UNDLYNG_SEC_SHARES_FN UNDLYNG_SEC_VALUE UNDLYNG_SEC_VALUE_FN SHRS_OWND_FOLWNG_TRANS SHRS_OWND_FOLWNG_TRANS_FN VALU_OWND_FOLWNG_TRANS VALU_OWND_FOLWNG_TRANS_FN DIRECT_INDIRECT_OWNERSHIP DIRECT_INDIRECT_OWNERSHIP_FN NATURE_OF_OWNERSHIP NATURE_OF_OWNERSHIP_FN
DERIV_HOLDING ACCESSION_NUMBER DERIV_HOLDING_SK SECURITY_TITLE SECURITY_TITLE_FN CONV_EXERCISE_PRICE CONV_EXERCISE_PRICE_FN TRANS_FORM_TYPE TRANS_FORM_TYPE_FN EXERCISE_DATE EXERCISE_DATE_FN EXPIRATION_DATE EXPIRATION_DATE_FN UNDLYNG_SEC_TITLE UNDLYNG_SEC_TITLE_FN UNDLYNG_SEC_SHARES UNDLYNG_SEC_SHARES_FN UNDLYNG_SEC_VALUE UNDLYNG_SEC_VALUE_FN SHRS_OWND_FOLWNG_TRANS SHRS_OWND_FOLWNG_TRANS_FN VALU_OWND_FOLWNG_TRANS VALU_OWND_FOLWNG_TRANS_FN DIRECT_INDIRECT_OWNERSHIP DIRECT_INDIRECT_OWNERSHIP_FN NATURE_OF_OWNERSHIP NATURE_OF_OWNERSHIP_FN
FOOTNOTES ACCESSION_NUMBER FOOTNOTE_ID FOOTNOTE_TXT
OWNER_SIGNATURE ACCESSION_NUMBER OWNERSIGNATURENAME OWNERSIGNATUREDATE
HEADERS
while read -r table columns; do
  check "sec-tsv: $table.tsv header" test "$(head -1 "$work/t1/$table.tsv")" == "$(tr ' ' '\t' <<<"$columns")"
  check "sec-tsv: $table.tsv rows" test "$(($(wc -l <"$work/t1/$table.tsv") - 1))" -eq "$(sql "SELECT COUNT(*) FROM $table")"
done <"$work/headers"
check "sec-tsv: exactly eight files" test "$(ls "$work/t1" | wc -l)" -eq 8
check "sec-tsv: dates as DD-MON-YYYY" \
  test -z "$(cut -f3 "$work/t1/SUBMISSION.tsv" | tail -n +2 | grep -Ev '^[0-3][0-9]-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-[0-9]{4}$')"
check "sec-tsv: every filing has a key" test -z "$(cut -f1 "$work/t1/SUBMISSION.tsv" | grep -E '^$')"
without=$(sql "SELECT COUNT(*) FROM FILING WHERE ACCESSION_NUMBER IS NULL")
check "sec-tsv: surrogate keys for filings without accession numbers" \
  test "$(grep -Ec '^form4-[0-9a-f]{14}	' "$work/t1/SUBMISSION.tsv")" -eq "$without"

# ---- import into a fresh store, exactly once; export again: byte-identical ----
reset_store
import_ --format sec-tsv "$work/t1" >"$work/out" 2>"$work/err"; rc=$?
check "import: exit 0" test $rc -eq 0
check "import: summary" grep -q "^$filings filings: $filings imported, 0 duplicates" "$work/out"
check "import: source format" test "$(sql "SELECT COUNT(*) FROM FILING_SOURCE WHERE FORMAT = 'sec-tsv'")" -eq "$filings"
import_ --format sec-tsv "$work/t1" >"$work/out" 2>"$work/err"
check "re-import: nothing new" grep -q "^$filings filings: 0 imported, $filings duplicates" "$work/out"
check "re-import: one filing each" test "$(sql "SELECT COUNT(*) FROM FILING")" -eq "$filings"
export_ --format sec-tsv --out "$work/t2" 2>/dev/null
check "round trip: byte-identical TSV" diff -r "$work/t1" "$work/t2"
mkdir -p "$work/bad" && cp "$work/t1"/*.tsv "$work/bad" && rm "$work/bad/FOOTNOTES.tsv"
import_ --format sec-tsv "$work/bad" >/dev/null 2>"$work/err"; rc=$?
check "import: a missing table fails" test $rc -eq 1
check "import: names the missing file" grep -q "FOOTNOTES.tsv: cannot open" "$work/err"

# ---- jsonl, csv, xml from the original inputs ----
reset_store
ingest "${inputs[@]}"
export_ --format jsonl --out "$work/all.jsonl" 2>/dev/null
check "jsonl: one line per filing" test "$(wc -l <"$work/all.jsonl")" -eq "$filings"
one=$(ls "$golden"/form4_*/input.xml | head -1)
reset_store
ingest "$one"
check "jsonl: the stored document is the parse output" test "$(export_ --format jsonl 2>/dev/null)" == "$("$bin" parse "$one")"
check "csv: header and one line per transaction" \
  test "$(export_ --format csv 2>/dev/null | wc -l)" -eq "$((1 + $(sql "SELECT COUNT(*) FROM NONDERIV_TRANS") + $(sql "SELECT COUNT(*) FROM DERIV_TRANS")))"

# A filing read from pdftotext output becomes EDGAR XML that reads back to the same facts.
reset_store
pdf_inputs=("$golden"/pdftotext_*/input.txt)
ingest "${pdf_inputs[@]}"
export_ --format xml --out "$work/xml" 2>/dev/null
check "xml: one file per filing" test "$(ls "$work/xml"/*.xml | wc -l)" -eq "${#pdf_inputs[@]}"
check "xml: reads back to the same facts" \
  test "$("$bin" parse "$work/xml"/*.xml | facts | sort)" == "$("$bin" parse "${pdf_inputs[@]}" | facts | sort)"

# ---- filters ----
reset_store
ingest "$golden"/*/input.*
symbol=$(sql "SELECT ISSUERTRADINGSYMBOL FROM SUBMISSION WHERE ISSUERTRADINGSYMBOL IS NOT NULL ORDER BY FILING_ID LIMIT 1")
cik=$(sql "SELECT ISSUERCIK FROM SUBMISSION WHERE ISSUERTRADINGSYMBOL = '$symbol' LIMIT 1")
by_symbol=$(sql "SELECT COUNT(*) FROM SUBMISSION WHERE UPPER(ISSUERTRADINGSYMBOL) = UPPER('$symbol')")
check "--issuer SYMBOL (any case)" \
  test "$(export_ --format jsonl --issuer "${symbol,,}" 2>/dev/null | wc -l)" -eq "$by_symbol"
check "--issuer CIK without leading zeros" \
  test "$(export_ --format jsonl --issuer "$((10#$cik))" 2>/dev/null | wc -l)" -ge "$by_symbol"
owner=$(sql "SELECT RPTOWNERCIK FROM REPORTINGOWNER ORDER BY FILING_ID LIMIT 1")
check "--owner CIK" test "$(export_ --format jsonl --owner "$owner" 2>/dev/null | wc -l)" \
  -eq "$(sql "SELECT COUNT(DISTINCT FILING_ID) FROM REPORTINGOWNER WHERE RPTOWNERCIK = '$owner'")"
dated=$(sql "SELECT COUNT(*) FROM FILING f JOIN SUBMISSION s ON s.FILING_ID = f.FILING_ID
             WHERE COALESCE(f.FILING_DATE, s.PERIOD_OF_REPORT) BETWEEN '2024-01-01' AND '2024-12-31'")
check "--since/--until" \
  test "$(export_ --format jsonl --since 2024-01-01 --until 2024-12-31 2>/dev/null | wc -l)" -eq "$dated"
export_ --format jsonl --since 2024-02-30 >/dev/null 2>&1; rc=$?
check "--since: not a date is a usage error" test $rc -eq 2
export_ --format xml >/dev/null 2>"$work/err"; rc=$?
check "xml without --out is a usage error" test $rc -eq 2
"$bin" export --format jsonl --db "$work/none.db" >/dev/null 2>"$work/err"; rc=$?
check "a missing SQLite store fails" test $rc -eq 1
check "a missing SQLite store is named" grep -q "none.db: no such store" "$work/err"

# ---- --current: an amendment restating Table I ----
amendment() {  # amendment TYPE ORIGINAL_DATE SHARES
  local original=""; [[ -n $2 ]] && original="<dateOfOriginalSubmission>$2</dateOfOriginalSubmission>"
  cat <<XML
<?xml version="1.0"?>
<ownershipDocument><schemaVersion>X0508</schemaVersion><documentType>$1</documentType>
  <periodOfReport>2024-03-01</periodOfReport>$original
  <issuer><issuerCik>0009990777</issuerCik><issuerName>Quillfeather Instruments Inc</issuerName>
    <issuerTradingSymbol>QFI</issuerTradingSymbol></issuer>
  <reportingOwner><reportingOwnerId><rptOwnerCik>0009990778</rptOwnerCik>
    <rptOwnerName>Marchetti-Oduya Lena</rptOwnerName></reportingOwnerId>
    <reportingOwnerRelationship><isDirector>1</isDirector></reportingOwnerRelationship></reportingOwner>
  <nonDerivativeTable><nonDerivativeTransaction><securityTitle><value>Common Stock</value></securityTitle>
    <transactionDate><value>2024-03-01</value></transactionDate>
    <transactionCoding><transactionFormType>4</transactionFormType><transactionCode>P</transactionCode>
      <equitySwapInvolved>0</equitySwapInvolved></transactionCoding>
    <transactionAmounts><transactionShares><value>$3</value></transactionShares>
      <transactionPricePerShare><value>10.00</value></transactionPricePerShare>
      <transactionAcquiredDisposedCode><value>A</value></transactionAcquiredDisposedCode></transactionAmounts>
    <postTransactionAmounts><sharesOwnedFollowingTransaction><value>$3</value></sharesOwnedFollowingTransaction>
    </postTransactionAmounts>
    <ownershipNature><directOrIndirectOwnership><value>D</value></directOrIndirectOwnership></ownershipNature>
  </nonDerivativeTransaction></nonDerivativeTable>
  <ownerSignature><signatureName>Lena Marchetti-Oduya</signatureName><signatureDate>2024-03-04</signatureDate>
  </ownerSignature></ownershipDocument>
XML
}
amendment 4 "" 1000 >"$work/original.xml"
amendment 4/A 2024-03-05 1500 >"$work/amendment.xml"
reset_store
ingest "$work/original.xml"
ingest "$work/amendment.xml"
export_ --format sec-tsv --out "$work/all" 2>/dev/null
export_ --format sec-tsv --current --out "$work/current" 2>/dev/null
check "--current: history without it" test "$(tail -n +2 "$work/all/NONDERIV_TRANS.tsv" | cut -f15 | sort | tr '\n' ' ')" == "1000 1500 "
check "--current: the amendment's rows only" test "$(tail -n +2 "$work/current/NONDERIV_TRANS.tsv" | cut -f15)" == "1500"
check "--current: both filings still listed" test "$(tail -n +2 "$work/current/SUBMISSION.tsv" | wc -l)" -eq 2

store=sqlite; [[ -n $pg_url ]] && store=postgresql
echo "export e2e ($store): $passed passed, $failed failed"
[[ $failed -eq 0 ]]
