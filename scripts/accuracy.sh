#!/usr/bin/env bash
# Runs shared/bench/run-accuracy.sh on the dev corpus and fails unless every
# listed exact format (default: xml sgml) scores F1 1.0 with every document perfect.
# usage: scripts/accuracy.sh FORM4_BIN [FORMAT...]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1; shift
formats=("$@"); [[ ${#formats[@]} -gt 0 ]] || formats=(xml sgml)
table=$(bash ../shared/bench/run-accuracy.sh "$bin" ../shared/corpus/dev "${formats[@]}")
echo "$table"
tail -1 <<<"$table" | /usr/bin/python3 -c '
import json, sys
s = json.loads(sys.stdin.read())
ok = s["documents"] > 0 and s["perfect_documents"] == s["documents"] and s["f1"] == 1.0
print("accuracy: exact" if ok else "accuracy: NOT exact")
sys.exit(0 if ok else 1)'
