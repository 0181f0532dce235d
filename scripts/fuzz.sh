#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS,
# seeded with the golden test documents. A finding stops the run with exit 1 and
# leaves crash-*/leak-*/timeout-* files in build-fuzz/findings.
# usage: scripts/fuzz.sh [SECONDS=60] [TARGET...]   (default: every target in tests/fuzz/CMakeLists.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
targets=("$@"); [[ ${#targets[@]} -gt 0 ]] || targets=(fuzz_xml fuzz_sgml fuzz_markdown fuzz_tsv fuzz_html fuzz_text fuzz_pdftotext fuzz_ocr fuzz_text_lines fuzz_parse fuzz_roundtrip fuzz_stored)
CXX=${FUZZ_CXX:-clang++-14} cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFORM4_BUILD_FUZZERS=ON -DFORM4_BUILD_TESTS=OFF -DFORM4_SANITIZE=address,undefined >/dev/null
cmake --build build-fuzz --target "${targets[@]}"
seeds=build-fuzz/seeds; mkdir -p "$seeds" build-fuzz/findings
for f in tests/golden/*/input.* tests/golden/*/expected.json; do cp "$f" "$seeds/$(basename "$(dirname "$f")")_$(basename "$f")"; done
for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target; mkdir -p "$corpus"
  echo "== $target for ${seconds}s"
  if ! build-fuzz/tests/fuzz/$target "$corpus" "$seeds" -dict=tests/fuzz/ownership.dict \
      -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix=build-fuzz/findings/ -print_final_stats=1 >build-fuzz/$target.log 2>&1; then
    tail -40 build-fuzz/$target.log
    echo "fuzz: $target found a problem (see build-fuzz/findings)"; exit 1
  fi
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)" build-fuzz/$target.log
done
echo "fuzz: no findings"
