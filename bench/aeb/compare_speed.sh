#!/usr/bin/env bash
# Speed comparison on the 181 AEB pages: the native core (gumbo parse + extract, bench/extract_bench.cpp)
# beside Mozilla Readability.js on linkedom (../shared/bench/extraction/readability-baseline), in one run.
#
#   bench/aeb/compare_speed.sh [BUILD_DIR]   (default: build-bench; configured with FIRSTHAND_BENCHMARKS=ON)
# Prints "SKIPPED: ..." and exits 0 where ../shared is absent.
set -euo pipefail
source "$(dirname "$0")/find_shared.sh"
source "$(dirname "$0")/readability_peer.sh"
build=${1:-$repo/build-bench}
cmake -S "$repo" -B "$build" -DFIRSTHAND_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target extract_bench -j2 >/dev/null

native_log=$build/extract_bench.txt
"$build/bench/extract_bench" "$bench/aeb/html" --repeat 3 | tee "$native_log"

readability_peer "$build"
peer_log=$build/readability.txt
BENCH_DATA=$bench node "$peer/run_readability.js" --dataset aeb --dom linkedom --out "$build/readability-aeb.json" |
  tee "$peer_log"

# Side by side: median ms/page of parse + extraction, and the speed-up.
ours=$(sed -nE 's/.*median: .*parse\+extract ([0-9.]+).*/\1/p' "$native_log")
theirs=$(sed -nE 's/.*median: .*total ([0-9.]+).*/\1/p' "$peer_log")
echo
printf '%-44s %10s\n' "median ms/page, parse + extract (181 pages)" ""
printf '  %-42s %10s\n' "firsthand native (gumbo + core)" "$ours" "Readability.js 0.6.0 + linkedom (node)" "$theirs"
speedup=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { if (a > 0) printf "%.1f", b / a }')
echo "  speed-up: ${speedup}x (target >= 4.5x)"
# For bench/report.sh (FIRSTHAND_BENCH_JSON): the one row, both figures from this run.
python3 "$repo/bench/bench_json.py" "extraction speed, parse + extract, median a page (181 AEB pages)" \
  "$ours ms (${speedup}x faster)" "Readability.js 0.6.0 on linkedom (node) $theirs ms"
