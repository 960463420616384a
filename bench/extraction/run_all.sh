#!/usr/bin/env bash
# All three extraction sets in one run, beside the peers' figures (bench/extraction/score_all.py): AEB,
# trafilatura-eval and Mozilla Readability's test pages, each as its development half, validation half and whole.
#
#   bench/extraction/run_all.sh [BUILD_DIR]   (default: build; the CLI is built there if missing)
# Readability.js's predictions on trafilatura-eval are made once (jsdom, a few minutes) and kept in
# BUILD_DIR/extraction/. Prints "SKIPPED: ..." and exits 0 where ../shared is absent.
set -euo pipefail
here=$(dirname "$0")
source "$here/../aeb/find_shared.sh"
source "$here/../aeb/readability_peer.sh"
build=${1:-$repo/build}
cli=$build/cli/firsthand
if [[ ! -x $cli ]]; then
  cmake -S "$repo" -B "$build" -DFIRSTHAND_CLI=ON >/dev/null
  cmake --build "$build" --target firsthand -j2 >/dev/null
fi
out=$build/extraction
peer_traf=$out/readability_js-jsdom-traf.json
if [[ ! -f $peer_traf ]]; then
  readability_peer "$build"
  BENCH_DATA=$bench node "$peer/run_readability.js" --dataset traf --dom jsdom --out "$peer_traf" >/dev/null
fi
python3 "$here/score_all.py" "$cli" "$bench" "$out" "$peer_traf"
