#!/usr/bin/env bash
# Round trip through EDGAR XML: for every filing in DIR (any input format),
#   parse -> model A;  convert --to xml -> X;  parse X -> model B;  convert X -> X2
# and fails unless A and B have the same canonical JSON (`source`, `warnings` and
# `derived` aside, numbers compared digit for digit) and X2 is byte-identical to X (the
# writer is a fixpoint). With python3-lxml present it also reads X with the
# reference reader (shared/bench/oracle.py) and requires its JSON to equal A's
# (numbers by value), so the XML is read the same way outside form4.
# usage: scripts/roundtrip.sh FORM4_BIN DIR [ORACLE_PY]   (exit 77: DIR missing)
set -uo pipefail
bin=${1:?usage: roundtrip.sh FORM4_BIN DIR [ORACLE_PY]}
dir=${2:?usage: roundtrip.sh FORM4_BIN DIR [ORACLE_PY]}
oracle=${3:-$(dirname "$0")/../../shared/bench/oracle.py}
if [[ ! -d $dir ]]; then echo "skipped: $dir is missing"; exit 77; fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
inputs=("$dir"/*)

"$bin" parse --out "$work/a" "${inputs[@]}" 2>"$work/a.err"
"$bin" convert --to xml --out "$work/x" "${inputs[@]}" 2>"$work/x.err"
"$bin" parse --out "$work/b" "$work/x"/* 2>"$work/b.err"
"$bin" convert --to xml --out "$work/x2" "$work/x"/* 2>"$work/x2.err"
use_oracle=0
if [[ -f $oracle ]] && /usr/bin/python3 -c 'import lxml' 2>/dev/null; then
  /usr/bin/python3 "$oracle" --out "$work/o" "$work/x"/* 2>"$work/o.err" && use_oracle=1
fi

/usr/bin/python3 - "$work" "$use_oracle" "${#inputs[@]}" <<'PY'
import json, pathlib, sys
from decimal import Decimal
work, use_oracle, count = pathlib.Path(sys.argv[1]), sys.argv[2] == "1", int(sys.argv[3])

def facts(path, number):
    doc = json.loads(path.read_text(), parse_float=number, parse_int=number)
    doc.pop("source", None)
    doc.pop("warnings", None)
    doc.pop("derived", None)
    for table in ("non_derivative_transactions", "non_derivative_holdings",
                  "derivative_transactions", "derivative_holdings"):
        for row in doc.get(table) or []:
            row.pop("derived", None)
    return doc

def first_difference(a, b, where=""):
    if type(a) != type(b):
        return f"{where}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}: only in one"
            found = first_difference(a[key], b[key], f"{where}.{key}")
            if found: return found
    elif isinstance(a, list):
        if len(a) != len(b): return f"{where}: {len(a)} != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{where}[{i}]")
            if found: return found
    elif a != b:
        return f"{where}: {a!r} != {b!r}"
    return None

parsed = sorted((work / "a").glob("*.json"))
failures = []
for a_path in parsed:
    stem = a_path.stem
    checks = [("model", work / "b" / a_path.name, str)]
    if use_oracle:
        checks.append(("oracle", work / "o" / a_path.name, Decimal))
    for label, other, number in checks:
        if not other.exists():
            failures.append(f"{stem}: {label}: no output")
            continue
        found = first_difference(facts(a_path, number), facts(other, number))
        if found: failures.append(f"{stem}: {label}: {found}")
    x, x2 = work / "x" / f"{stem}.xml", work / "x2" / f"{stem}.xml"
    if not x2.exists() or x.read_bytes() != x2.read_bytes():
        failures.append(f"{stem}: XML is not a fixpoint of parse + convert")
for failure in failures[:20]:
    print("FAIL:", failure)
checked = "model, fixpoint" + (", oracle" if use_oracle else "")
print(f"round trip ({checked}): {len(parsed) - len({f.split(':')[0] for f in failures})}/{len(parsed)} "
      f"of {count} inputs identical")
sys.exit(1 if failures or not parsed else 0)
PY
