#!/bin/bash
# How well `form4 parse` reads renderings made by converters the dev corpus does not use.
#
# usage: scripts/converter-survey.sh FORM4_BIN CORPUS_DIR WORK_DIR [CONVERTER ...]
#
# Renders every CORPUS_DIR/html/<stem>.html with each installed converter into
# WORK_DIR/render_<converter>/<stem>.<ext>, parses them into WORK_DIR/out_<converter>/
# and scores them against CORPUS_DIR/truth with shared/bench/score.py ('visible'
# profile). Converters that are not installed are skipped. Prints one row per
# converter; `score.py TRUTH WORK_DIR/out_<converter> --show 40` lists the misses.
# The converters (lynx, links, elinks, w3m, pandoc, html2text, python3-html2text)
# are for this measurement only; the project does not depend on them.
set -u
bin=${1:?usage: converter-survey.sh FORM4_BIN CORPUS_DIR WORK_DIR [CONVERTER ...]}
corpus=${2:?usage: converter-survey.sh FORM4_BIN CORPUS_DIR WORK_DIR [CONVERTER ...]}
work=${3:?usage: converter-survey.sh FORM4_BIN CORPUS_DIR WORK_DIR [CONVERTER ...]}
shift 3
here=$(cd "$(dirname "$0")" && pwd)
score=${SCORE_PY:-$here/../../shared/bench/score.py}
[[ -f $score ]] || score=$(cd "$corpus/../.." && pwd)/bench/score.py
jobs=${JOBS:-2}

# name|tool it needs|extension|command (the HTML file is "$1", output to stdout)
converters=(
  'lynx_w200|lynx|txt|lynx -dump -width=200 -display_charset=utf-8 "$1"'
  'lynx_w80|lynx|txt|lynx -dump -display_charset=utf-8 "$1"'
  'lynx_nolist|lynx|txt|lynx -dump -nolist -width=200 -display_charset=utf-8 "$1"'
  'links|links|txt|links -dump -codepage utf-8 "$1"'
  'links_w200|links|txt|links -dump -width 200 -codepage utf-8 "$1"'
  'elinks|elinks|txt|elinks -no-home 1 -dump "$1"'
  'elinks_w200|elinks|txt|elinks -no-home 1 -dump -dump-width 200 "$1"'
  'w3m_w200|w3m|txt|w3m -dump -cols 200 -T text/html "$1"'
  'w3m_w80|w3m|txt|w3m -dump -T text/html "$1"'
  'html2text_c|html2text|txt|html2text -utf8 -width 200 -nobs "$1"'
  'pandoc_gfm|pandoc|md|pandoc -f html -t gfm "$1"'
  'pandoc_gfm_nowrap|pandoc|md|pandoc -f html -t gfm --wrap=none "$1"'
  'pandoc_commonmark|pandoc|md|pandoc -f html -t commonmark "$1"'
  'pandoc_strict|pandoc|md|pandoc -f html -t markdown_strict "$1"'
  'pandoc_markdown|pandoc|md|pandoc -f html -t markdown "$1"'
  'pandoc_plain|pandoc|txt|pandoc -f html -t plain "$1"'
  'pandoc_rst|pandoc|rst|pandoc -f html -t rst "$1"'
  'py_html2text_w0|html2markdown|md|html2markdown --body-width=0 "$1"'
  'py_html2text|html2markdown|md|html2markdown "$1"'
)

wanted=("$@")
printf '%-20s %6s %8s %9s %8s %8s\n' converter docs perfect precision recall f1
for entry in "${converters[@]}"; do
  IFS='|' read -r name tool ext command <<<"$entry"
  if [[ ${#wanted[@]} -gt 0 && " ${wanted[*]} " != *" $name "* ]]; then continue; fi
  command -v "$tool" >/dev/null || { printf '%-20s (not installed: %s)\n' "$name" "$tool"; continue; }
  render=$work/render_$name out=$work/out_$name
  mkdir -p "$render" "$out"
  export render ext command
  find "$corpus/html" -name '*.html' -print0 | xargs -0 -P "$jobs" -n 1 bash -c '
    stem=$(basename "$1" .html)
    [[ -s $render/$stem.$ext ]] || bash -c "$command" _ "$1" >"$render/$stem.$ext" 2>/dev/null </dev/null' _
  "$bin" parse --out "$out" "$render"/* >"$work/$name.log" 2>&1
  python3 "$score" "$corpus/truth" "$out" --profile visible --json --stems-from "$render" |
    python3 -c 'import json,sys; s=json.load(sys.stdin)
print("%-20s %6d %8d %9.5f %8.5f %8.5f" % (sys.argv[1], s["documents"], s["perfect_documents"],
      s["precision"], s["recall"], s["f1"]))' "$name"
done
