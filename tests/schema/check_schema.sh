#!/usr/bin/env bash
# Validates ToEdgarXml's output against the X0508 structure written from the SEC's
# specification (ownership_document_x0508.xsd, beside this script), with xmllint:
# first the folder's real filings of schema X0508 (a check of the XSD itself), then
# the XML form4 writes for every filing of the folder.
# usage: check_schema.sh FORM4_BIN XML_DIR      (exit 77: xmllint or XML_DIR missing)
set -uo pipefail
bin=$1 dir=$2
xsd=$(dirname "$0")/ownership_document_x0508.xsd
if ! command -v xmllint >/dev/null || [[ ! -d $dir ]]; then
  echo "skipped: xmllint (libxml2-utils) or $dir is missing"; exit 77
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
validate() {  # validate LABEL FILE...: prints the first errors, fails unless every file validates
  local label=$1; shift
  xmllint --noout --schema "$xsd" "$@" >"$work/log" 2>&1
  local failed
  failed=$(grep -c "fails to validate" "$work/log")
  grep -v "validates$" "$work/log" | head -10
  echo "$label: $(( $# - failed ))/$# valid"
  [[ $failed -eq 0 && $# -gt 0 ]]
}
mapfile -t originals < <(grep -l "<schemaVersion>X0508</schemaVersion>" "$dir"/*)
status=0
if [[ ${#originals[@]} -gt 0 ]]; then validate "EDGAR's own X0508 filings" "${originals[@]}" || status=1; fi
"$bin" convert --to xml --out "$work/out" "$dir"/* || status=1
validate "form4's XML" "$work/out"/* || status=1
exit $status
