#!/usr/bin/env bash
# Copies of the real pages of ../shared made at test time (`firsthand copies`: verbatim in another site's
# clutter, first half, injected "Read more"/ad lines, hard-wrapped text, two credit wordings, synonym spin),
# (a) each judged against its real original: relation right, direction right, per kind and half; (b) all of them
# read in one reading session beside the real pages: copies found with the right kind and direction, false alarms.
# Halves: a copy takes its original's half (the hash of the original's name). Prints tables; the full output
# (every wrong copy, every alarm) goes to OUT_DIR. With BUILD_DIR, also the extraction of the copies beside the
# Readability.js peer (installed into BUILD_DIR/readability-baseline: copies_extraction.js).
# Usage: run_copies.sh [FIRSTHAND] [SHARED_DIR] [OUT_DIR] [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
firsthand="${1:-$here/../../build/cli/firsthand}"
shared="${2:-$here/../../../shared}"
out="${3:-$(mktemp -d)}"
peer_build="${4:-}"
source "$here/../aeb/need_real_pages.sh"
need_real_pages "$shared"
if [[ ! -f /usr/share/wordnet/data.noun ]]; then
  echo "SKIPPED: WordNet's database (/usr/share/wordnet, Debian's wordnet-base: build-scripts/setup.sh) is missing"
  exit 0
fi
mkdir -p "$out"
python3 "$here/list_pages.py" "$shared" "$out"
lists=()
for l in aeb trafilatura readability seeds; do lists+=(--list "$out/$l.list"); done
"$firsthand" copies --out "$out/copies" "${lists[@]}" --labels "$here/related-pages.tsv" > "$out/copies.txt"
cat "$here/related-pages.tsv" "$out/copies/copies-labels.tsv" > "$out/labels.tsv"
"$firsthand" session "${lists[@]}" --list "$out/copies/copies.list" --labels "$out/labels.tsv" > "$out/session.txt" || true

echo "$(grep '^pages not copied:' "$out/copies.txt")"
echo "| kind | dev copies | dev relation right | dev direction right | val copies | val relation right | val direction right | session dev found | session val found |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
# "kind K: dev N relation R/N S direction D/N S | val ..." and "  copies in K: T of M (development a of b, validation c of d)"
awk '
  FNR == NR && /^  copies in / { k = $3; sub(/:$/, "", k); sub(/,$/, "", $10); dev[k] = $8 "/" $10; val[k] = $12 "/" $14; sub(/\)$/, "", val[k]); next }
  FNR != NR && /^kind / { k = $2; sub(/:$/, "", k)
    printf "| %s | %s | %s %s | %s %s | %s | %s %s | %s %s | %s | %s |\n", k, $4, $6, $7, $9, $10, $13, $15, $16, $18, $19, dev[k], val[k] }
' "$out/session.txt" "$out/copies.txt"
grep -E '^(pages read|copy-type verdicts|false alarms per|false alarms from|copies made at test time)' "$out/session.txt"
if [[ -n "$peer_build" ]]; then
  bench="$shared/bench/extraction"
  source "$here/../aeb/readability_peer.sh"
  readability_peer "$peer_build"
  NODE_PATH="$peer/node_modules" node "$here/copies_extraction.js" "$firsthand" "$out/copies"
fi
echo "(every wrong copy: $out/copies.txt; every alarm and missed copy: $out/session.txt)"
