#!/usr/bin/env bash
# Reading sessions over every real page set of ../shared (AEB, trafilatura's evaluation pages, Readability's
# test pages, the seeds), each on its own and all in one history, with the related pages labelled in
# related-pages.tsv. Prints one table row a session; the full output (every alarm) goes to OUT_DIR.
# Usage: run_sessions.sh [FIRSTHAND] [SHARED_DIR] [OUT_DIR] [-- extra session options]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
firsthand="${1:-$here/../../build/cli/firsthand}"
shared="${2:-$here/../../../shared}"
out="${3:-$(mktemp -d)}"
shift $(( $# < 3 ? $# : 3 )) || true
[[ "${1:-}" == "--" ]] && shift
source "$here/../aeb/need_real_pages.sh"
need_real_pages "$shared"
mkdir -p "$out"
python3 "$here/list_pages.py" "$shared" "$out"

row() {  # name, then the list files
  local name="$1"; shift
  local lists=()
  for l in "$@"; do lists+=(--list "$out/$l.list"); done
  "$firsthand" session "${lists[@]}" --labels "$here/related-pages.tsv" "${EXTRA[@]}" > "$out/$name.txt" || true
  awk -v name="$name" '
    /^pages read:/ { pages = $3 }
    /^article pages:/ { articles = $3 }
    /^copy-type verdicts:/ { copies = $3; sub(/\)?;/, "", $5); falses = $5 }
    /^false alarms per 1,000/ { per = $7; dev = $9; sub(/,/, "", dev); val = $11; sub(/\)/, "", val) }
    /^false alarms from self-credits:/ { self = $5 }
    /^flagged machine-spun/ { spun = $6 "/" $8; share = $11; gsub(/[();]/, "", share) }
    /^labelled related pairs/ { found = $6 "/" $8 }
    /^time:/ { secs = $2 }
    END { printf "| %s | %s | %s | %s | %s | %s (dev %s, val %s) | %s | %s %s | %s | %s s |\n",
                 name, pages, articles, copies, falses, per, dev, val, self, spun, share, found, secs }' "$out/$name.txt"
}

EXTRA=("$@")
echo "| session | pages read | articles | copy-type verdicts | false | false per 1,000 | self-credit | flagged spun | labelled pairs found | time |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
row aeb aeb
row trafilatura trafilatura
row readability readability
row seeds seeds
row all aeb trafilatura readability seeds
echo "(every alarm: $out/*.txt)"
