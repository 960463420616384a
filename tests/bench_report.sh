#!/usr/bin/env bash
# bench/report.sh in its tiny mode on a temporary copy of the README: the figures table it writes between the
# markers must parse, every row must have a figure and a peer, the text outside the markers must be unchanged,
# and the checker must refuse a table with a row whose peer is missing.
# usage: bench_report.sh REPO BUILD_DIR
set -euo pipefail
repo=$1 build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$repo/README.md" "$tmp/README.md"
outside() { sed '/<!-- figures:begin -->/,/<!-- figures:end -->/d' "$1"; }

"$repo/bench/report.sh" --tiny --build "$build" --readme "$tmp/README.md" --report "$tmp/report.md" 2>"$tmp/stderr" ||
  { cat "$tmp/stderr"; echo "FAIL: report.sh exited $?"; exit 1; }
python3 "$repo/bench/report_table.py" --check "$tmp/README.md" || { echo "FAIL: the written table"; exit 1; }
diff <(outside "$repo/README.md") <(outside "$tmp/README.md") || { echo "FAIL: text outside the markers changed"; exit 1; }
for section in index verdict copies; do
  grep -q "^## $section$" "$tmp/report.md" || { echo "FAIL: no $section section in report.md"; exit 1; }
  grep -q "| $section | " "$tmp/README.md" || { echo "FAIL: no row from $section in the table"; exit 1; }
done

# A row whose peer cell is emptied must be refused.
python3 - "$tmp/README.md" <<'PY'
import sys
lines = open(sys.argv[1], encoding='utf8').read().split('\n')
row = next(i for i, l in enumerate(lines) if '| index |' in l)
cells = lines[row].split('|')
cells[3] = ' '
lines[row] = '|'.join(cells)
open(sys.argv[1], 'w', encoding='utf8').write('\n'.join(lines))
PY
if python3 "$repo/bench/report_table.py" --check "$tmp/README.md" >/dev/null; then
  echo "FAIL: a row without a peer passed the check"; exit 1
fi
echo "PASS: report.sh --tiny wrote a table whose every row has a figure and a peer"
