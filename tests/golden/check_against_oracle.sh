#!/usr/bin/env bash
# Checks that every golden expected.json agrees, key by key, with the SEC-schema
# reference reader (shared/bench/oracle.py) on the same input (XML and full
# submissions; the oracle does not read renderings). Malformed cases
# are left out: there the reference reader's recovery and ours may differ by design.
# usage: check_against_oracle.sh GOLDEN_DIR SHARED_BENCH_DIR     (exit 77: skipped)
set -euo pipefail
golden=$1 bench=$2
if [[ ! -f $bench/oracle.py ]] || ! /usr/bin/python3 -c 'import lxml' 2>/dev/null; then
  echo "skipped: $bench/oracle.py or python3-lxml is missing"; exit 77
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/truth" "$work/ours"
for dir in "$golden"/*/; do
  name=$(basename "$dir")
  [[ $name == malformed_* ]] && continue
  input=$(ls "$dir"input.* 2>/dev/null | head -1)
  [[ -n $input && -f $dir/expected.json ]] || continue
  grep -q "<ownershipDocument" "$input" || continue  # renderings: the oracle reads XML only
  /usr/bin/python3 "$bench/oracle.py" "$input" > "$work/truth/$name.json"
  cp "$dir/expected.json" "$work/ours/$name.json"
done
# Strict: every key and value equal (numbers by value), source, warnings and derived
# (top level and per row) aside.
/usr/bin/python3 - "$work/truth" "$work/ours" <<'PY'
import json, pathlib, sys
truth_dir, ours_dir = map(pathlib.Path, sys.argv[1:3])
failures = 0
for truth_path in sorted(truth_dir.glob("*.json")):
    truth = json.loads(truth_path.read_text())
    ours = json.loads((ours_dir / truth_path.name).read_text())
    ours.pop("source", None), ours.pop("warnings", None), ours.pop("derived", None)
    for table in ("non_derivative_transactions", "non_derivative_holdings",
                  "derivative_transactions", "derivative_holdings"):
        for row in ours.get(table, []):
            row.pop("derived", None)
    for key in truth:
        if truth[key] != ours.get(key):
            failures += 1
            print(f"{truth_path.stem}: {key}: oracle {truth[key]!r:.200} != ours {ours.get(key)!r:.200}")
count = len(list(truth_dir.glob("*.json")))
print(f"{failures} disagreement(s)" if failures else f"all {count} golden cases agree with the oracle")
sys.exit(1 if failures or count == 0 else 0)
PY
