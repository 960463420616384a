#!/usr/bin/env bash
# Runs `firsthand extract` over the 181 pages of the article-extraction benchmark (AEB) in ../shared, writes
# the prediction JSON ({"<id>": {"articleBody": "..."}}) and prints its score beside the reference outputs'
# scores, all through the same scorer (../shared/bench/extraction/score_aeb.py).
#
#   bench/aeb/run_aeb.sh [BUILD_DIR]     (default build dir: build; the CLI is built there if missing)
# Prints "SKIPPED: ..." and exits 0 where ../shared is absent (a user's clone has none).
set -euo pipefail
source "$(dirname "$0")/find_shared.sh"
build=${1:-$repo/build}
cli=$build/cli/firsthand
if [[ ! -x $cli ]]; then
  cmake -S "$repo" -B "$build" -DFIRSTHAND_CLI=ON >/dev/null
  cmake --build "$build" --target firsthand -j2 >/dev/null
fi

out=$build/aeb
mkdir -p "$out/text"
for page in "$bench"/aeb/html/*.html; do
  id=$(basename "$page" .html)
  "$cli" extract "$page" >"$out/text/$id.txt" 2>/dev/null || : >"$out/text/$id.txt"
done
python3 - "$out/text" "$out/firsthand.json" <<'PY'
import json, pathlib, sys
texts = pathlib.Path(sys.argv[1])
pred = {p.stem: {"articleBody": p.read_text(encoding="utf8").strip()} for p in sorted(texts.glob("*.txt"))}
pathlib.Path(sys.argv[2]).write_text(json.dumps(pred, ensure_ascii=False), encoding="utf8")
PY
echo "AEB: $(ls "$out"/text | wc -l) pages -> $out/firsthand.json"
python3 "$bench/score_aeb.py" --n-bootstrap 200 "$out/firsthand.json" "$bench"/aeb/reference-outputs/*.json
