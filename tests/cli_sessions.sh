#!/usr/bin/env bash
# One reading session over every real page of ../shared (AEB, trafilatura's evaluation pages, Readability's
# test pages, the seeds) through the CLI, as the extension judges. None from a self-credit and at most 1% of
# the article pages read as machine-spun or round-trip translated, as issue 13 asks. False alarms: the issue
# asks for at most 1 per 1,000 pages read (goal none); this revision reads none in 1,306 pages (articles read
# long ago are judged on their remembered passages, as their text would be), so the limit is 0: any false
# alarm fails. Skips without ../shared.
# Usage: cli_sessions.sh FIRSTHAND SOURCE_DIR
set -euo pipefail
firsthand="$1"
source_dir="$2"
shared="$source_dir/../shared"
source "$source_dir/bench/aeb/need_real_pages.sh"
need_real_pages "$shared"
lists="$(mktemp -d)"
trap 'rm -rf "$lists"' EXIT
python3 "$source_dir/bench/sessions/list_pages.py" "$shared" "$lists"
"$firsthand" session --list "$lists/aeb.list" --list "$lists/trafilatura.list" --list "$lists/readability.list" \
  --list "$lists/seeds.list" --labels "$source_dir/bench/sessions/related-pages.tsv" --max-false-per-1000 0 \
  --max-spin-share 0.01
