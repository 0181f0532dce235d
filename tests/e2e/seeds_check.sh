#!/usr/bin/env bash
# The user's two seed documents read by the real binary equal shared/seeds/expected
# on every fact (shared/bench/score.py). Exit 77 (skipped) where shared/ is missing.
# usage: seeds_check.sh FORM4_BIN SHARED_DIR
set -euo pipefail
bin=$1 shared=$2
[[ -d $shared/seeds/expected && -f $shared/bench/score.py ]] || { echo "skipped: no $shared/seeds"; exit 77; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
"$bin" parse --out "$out" "$shared"/seeds/*.txt
summary=$(/usr/bin/python3 "$shared/bench/score.py" "$shared/seeds/expected" "$out" --show 20)
echo "$summary"
tail -1 <<<"$summary" | /usr/bin/python3 -c '
import json, sys
s = json.loads(sys.stdin.read())
sys.exit(0 if s["documents"] == 2 and s["perfect_documents"] == 2 else 1)'
