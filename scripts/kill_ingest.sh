#!/usr/bin/env bash
# Crash test of `form4 ingest`: kills it with SIGKILL at random moments, checks
# after each kill that every stored filing is whole (its rows match its stored
# JSON document), then lets it finish and compares the row counts of every table
# with an uninterrupted ingest of the same inputs: no filing lost, none twice.
# usage: kill_ingest.sh [-n KILLS] [--pg URL] FORM4_BIN INPUT...
#   --pg URL: run against PostgreSQL (the database's public schema is reset)
set -euo pipefail
kills=20 pg_url=""
while [[ $# -gt 0 ]]; do
  case $1 in
    -n) kills=$2; shift 2 ;;
    --pg) pg_url=$2; shift 2 ;;
    *) break ;;
  esac
done
bin=$1; shift
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

db=$work/store.db
store_args() { if [[ -n $pg_url ]]; then echo --pg "$pg_url"; else echo --db "$db"; fi; }
sql() { if [[ -n $pg_url ]]; then psql -qAtX -d "$pg_url" -c "$1"; else sqlite3 "$db" "$1"; fi; }
reset_store() {
  if [[ -n $pg_url ]]; then
    psql -qAtX -d "$pg_url" -c 'SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
  else
    rm -f "$db" "$db-wal" "$db-shm"
  fi
}
has_schema() {
  if [[ -n $pg_url ]]; then
    [[ $(sql "SELECT to_regclass('filing') IS NOT NULL") == t ]]
  else
    [[ -f $db && $(sql "SELECT COUNT(*) FROM sqlite_master WHERE name = 'FILING'") -eq 1 ]]
  fi
}
counts() {
  for table in FILING FILING_SOURCE SUBMISSION REPORTINGOWNER NONDERIV_TRANS NONDERIV_HOLDING DERIV_TRANS \
               DERIV_HOLDING FOOTNOTES OWNER_SIGNATURE; do
    echo "$table $(sql "SELECT COUNT(*) FROM $table")"
  done
}
# Filings whose rows in some table differ in number from their JSON document's.
torn_filings() {
  local length
  if [[ -n $pg_url ]]; then length() { echo "json_array_length(f.DOCUMENT->'$1')"; }
  else length() { echo "json_array_length(f.DOCUMENT, '\$.$1')"; }; fi
  local mismatch="(SELECT COUNT(*) FROM SUBMISSION t WHERE t.FILING_ID = f.FILING_ID) <> 1"
  for pair in REPORTINGOWNER:reporting_owners NONDERIV_TRANS:non_derivative_transactions \
              NONDERIV_HOLDING:non_derivative_holdings DERIV_TRANS:derivative_transactions \
              DERIV_HOLDING:derivative_holdings FOOTNOTES:footnotes OWNER_SIGNATURE:signatures; do
    mismatch+=" OR (SELECT COUNT(*) FROM ${pair%%:*} t WHERE t.FILING_ID = f.FILING_ID) <> $(length "${pair#*:}")"
  done
  sql "SELECT COUNT(*) FROM FILING f WHERE $mismatch"
}

# The reference: one uninterrupted ingest, and how long it takes.
reset_store
start=$(date +%s.%N)
"$bin" ingest $(store_args) "$@" >/dev/null 2>&1 || true
duration=$(python3 -c "import sys; print(max(0.05, float(sys.argv[2]) - float(sys.argv[1])))" "$start" "$(date +%s.%N)")
expected=$(counts)

reset_store
for ((kill = 1; kill <= kills; kill++)); do
  # Spread the kills over about one ingest's time, so they land all along it.
  delay=$(python3 -c "import random, sys; print(f'{random.uniform(0.05, max(0.3, 3 * float(sys.argv[1]) / int(sys.argv[2]))):.3f}')" "$duration" "$kills")
  "$bin" ingest $(store_args) "$@" >/dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if has_schema; then
    torn=$(torn_filings)
    stored=$(sql "SELECT COUNT(*) FROM FILING")
  else
    torn=0 stored=0  # killed before the schema was created
  fi
  echo "kill $kill after ${delay}s: $stored filings stored, $torn torn"
  [[ $torn -eq 0 ]] || { echo "FAIL: $torn filings stored in part"; exit 1; }
done
"$bin" ingest $(store_args) "$@" >/dev/null 2>&1 || true
actual=$(counts)
if [[ $actual != "$expected" ]]; then
  echo "FAIL: counts after the kills differ from an uninterrupted ingest"
  diff <(echo "$expected") <(echo "$actual") || true
  exit 1
fi
echo "ok: $kills kills, then the same counts as an uninterrupted ingest:"
echo "$actual" | tr '\n' ' '; echo
