#!/usr/bin/env bash
# Every benchmark in one run, each beside its peer (or bound) from the same run, and the README's figures table
# written from what they measured: bench/report.md gets the date, the commit, the core count, each bench's
# command, time and load average before and after, and its full output; the README gets the table between
# <!-- figures:begin --> and <!-- figures:end --> (bench/report_table.py), so every figure it quotes is in
# report.md. Each bench writes its rows as JSON (FIRSTHAND_BENCH_JSON, bench/bench_json.*); the two text-only
# reports are read by bench/report_rows.py.
#
#   bench/report.sh [--quick] [--no-browsers] [--tiny] [--build DIR] [--readme FILE] [--report FILE]
#   --quick        smaller sizes and fewer runs (under 10 minutes on an idle 2-core machine)
#   --no-browsers  skips the benches that drive Chromium and Firefox
#   --tiny         seconds-long sizes for the test (tests/bench_report.sh); no ../shared, no browsers, no wasm build
# Benches that need ../shared (real pages, peers) are skipped with a line saying so when it is absent.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
mode=full browsers=1 build=$repo/build readme=$repo/README.md report=$repo/bench/report.md
while (($#)); do
  case $1 in
    --quick) mode=quick ;;
    --tiny) mode=tiny browsers=0 ;;
    --no-browsers) browsers=0 ;;
    --build) build=$(realpath "$2"); shift ;;
    --readme) readme=$(realpath "$2"); shift ;;
    --report) report=$(realpath "$2"); shift ;;
    *) echo "usage: bench/report.sh [--quick] [--no-browsers] [--tiny] [--build DIR] [--readme FILE] [--report FILE]" >&2
       exit 2 ;;
  esac
  shift
done
shared=${FIRSTHAND_SHARED:-$repo/../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$repo"

# The benches' binaries; a tiny run uses what the build already has (the test must not rebuild its own tree).
targets=(firsthand firsthand_tests fingerprint_bench index_bench verdict_history_bench extract_bench page_json_bench
  hostile_limits)
if [[ $mode != tiny ]]; then
  cmake -S "$repo" -B "$build" -DFIRSTHAND_BENCHMARKS=ON >/dev/null
  cmake --build "$build" --target "${targets[@]}" -j2 >/dev/null
fi

load() { cut -d' ' -f1 /proc/loadavg; }
{
  echo "# Benchmark report"
  echo
  echo "Written by \`bench/report.sh\` ($mode run$( ((browsers)) || echo ', no browsers')) on $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "at commit $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- core cli wasm bench extension web-test ':!bench/report.md' || echo ' (with uncommitted changes)'),"
  echo "on $(nproc) cores; load average (1 min) $(load) at the start. Each section: the command, its wall time,"
  echo "the load average before and after it, and its whole output."
} >"$report"

sections=()
skip() {  # name, reason
  echo "SKIPPED $1: $2" >&2
  printf '\nSKIPPED %s: %s\n' "$1" "$2" >>"$report"
}
# bench NAME COMMAND...: runs COMMAND with FIRSTHAND_BENCH_JSON set, its output into the report; keeps the rows.
bench() {
  local name=$1; shift
  local json=$work/$name.json before after start status=0
  before=$(load) start=$(date +%s)
  echo "== $name: $*" >&2
  FIRSTHAND_BENCH_JSON=$json "$@" >"$work/$name.txt" 2>&1 || status=$?
  after=$(load)
  {
    echo
    echo "## $name"
    echo
    echo "\`${*//$repo\//}\`: $(($(date +%s) - start)) s, load $before → $after$( ((status)) && echo ", exit status $status")"
    echo
    echo '```'
    cat "$work/$name.txt"
    echo '```'
    if [[ -s $json ]]; then echo; echo "Its rows for the README table:"; echo; echo '```json'; cat "$json"; echo '```'; fi
  } >>"$report"
  if ((status)) || [[ ! -s $json ]]; then
    echo "bench $name: exit status $status, no figures (its output is in $report)" >&2
    return 0
  fi
  sections+=("$name:$before → $after:$json")
}
with_shared() { [[ -d $shared/bench/extraction ]]; }
no_shared="needs ../shared (real pages and the peers' baselines), absent at $shared"

# Extraction: speed beside Readability.js on linkedom, quality on three sets beside the peers.
if [[ $mode == tiny ]]; then skip extraction "not in a tiny run"
elif with_shared; then
  bench extraction-speed bench/aeb/compare_speed.sh "$build"
  bench extraction-quality bench/extraction/run_all.sh "$build"
  bench search-sentence node bench/search_sentence.mjs "$shared/bench/extraction/aeb/html" "$build/cli/firsthand"
else skip extraction "$no_shared"; fi

# Fingerprints, index and packs, verdicts: synthetic or in-repository inputs, no ../shared needed.
case $mode in
  full) sizes=10000,100000,1000000 history=() ;;
  quick) sizes=10000,100000 history=() ;;
  tiny) sizes=2000 history=(--articles 500 --pages 20) ;;
esac
if [[ $mode == tiny ]]; then skip fingerprints "not in a tiny run (a minute of work)"
else bench fingerprints "$build/bench/fingerprint_bench"; fi
index_args=(--sizes "$sizes")
[[ $mode == tiny ]] && index_args+=(--copies 100 --peer-queries 20)
bench index "$build/bench/index_bench" "${index_args[@]}"
bench verdict "$build/bench/verdict_history_bench" "${history[@]}"
# The relation reports (Catch2 tests that print their tables) and the hostile pages under their limits.
bench pairs bash -c "set -o pipefail; '$build/tests/firsthand_tests' 'fixture pairs: precision and recall per relation*' | tee /dev/stderr | python3 bench/report_rows.py pairs"
bench copies bash -c "set -o pipefail; '$build/tests/firsthand_tests' '[copies]' | tee /dev/stderr | python3 bench/report_rows.py copies"
if [[ $mode == tiny ]]; then skip hostile "not in a tiny run"
else bench hostile "$build/bench/hostile_limits"; fi

if [[ $mode == tiny ]]; then skip sessions "not in a tiny run"
elif with_shared; then
  bench sessions bash -c "set -o pipefail; bench/sessions/run_sessions.sh '$build/cli/firsthand' '$shared' '$work/sessions' | tee /dev/stderr | python3 bench/report_rows.py sessions"
else skip sessions "$no_shared"; fi

# The wasm core: its size against the bound, then the page analysis under Node on the generated 503 KB page.
wasm=$build/wasm-core
if [[ $mode != tiny ]]; then ./wasm/build.sh "$wasm" >/dev/null; fi
if [[ -f $wasm/firsthand.wasm ]]; then
  bench wasm-size python3 bench/bench_json.py "wasm core size" "$(stat -c %s "$wasm/firsthand.wasm") bytes" "bound 800,000 bytes"
  if [[ $mode != tiny ]]; then
    node --input-type=module -e "import { bigArticlePage } from './web-test/lib/big_page.mjs'; process.stdout.write(bigArticlePage());" >"$work/big.html"
    bench page-json "$build/bench/page_json_bench" "$work/big.html" --write-dom "$work/big-dom.html"
    bench wasm-page node bench/wasm_page_bench.mjs "$work/big-dom.html" "$([[ $mode == quick ]] && echo 10 || echo 20)" "$wasm"
  fi
else skip wasm "no wasm build at $wasm (wasm/build.sh $wasm)"; fi

# In the browsers: the message floor, the pack budget, and the page costs on the AEB pages.
if ((browsers)); then
  export FIRSTHAND_CLI=$build/cli/firsthand
  [[ -d web-test/node_modules ]] || (cd web-test && npm ci --no-audit --no-fund --loglevel=error)
  # The packaged extension (dist/) that the pack budget and the page costs load.
  WASM_BUILD_DIR=$wasm FIRSTHAND_CLI=$FIRSTHAND_CLI ./build-scripts/package.sh >/dev/null
  bench message-floor bash -c "cd web-test && node bench/message_floor.mjs $([[ $mode == quick ]] && echo 3 || echo 7)"
  bench pack-budget node web-test/bench/pack_budget.mjs "$([[ $mode == quick ]] && echo 10000 || echo 10000,100000)"
  if with_shared; then bench page-costs node web-test/bench/page_costs.mjs $([[ $mode == quick ]] && echo --quick)
  else skip page-costs "$no_shared"; fi
else skip browsers "message floor, pack budget and page costs not run (--no-browsers or --tiny)"; fi

python3 bench/report_table.py "$readme" "$report" \
  "Written by \`bench/report.sh\` ($mode run) on $(date -u '+%Y-%m-%d') at commit $(git rev-parse --short HEAD), $(nproc) cores; every figure with its bench's whole output in [bench/report.md](bench/report.md)." \
  "${sections[@]}"
echo "report: $report; table: $readme" >&2
