#!/usr/bin/env bash
# Sets up, builds and runs every test, stage by stage:
#   native    the Catch2 suite and the wasm ABI tests through ctest (build/)
#   sanitize  the Catch2 suite again under ASan + UBSan (build-asan/)
#   fuzz      each libFuzzer target for a short bounded run (build-fuzz/)
#   browsers  the real-browser tests in Chromium and Firefox ESR (node --test)
# Every stage runs even when an earlier one fails; the last line adds up all of them as
# "N passed, N failed, N skipped". TEST_STAGES="native browsers" runs a subset.
set -uo pipefail
cd "$(dirname "$0")/.."
STAGES=${TEST_STAGES:-native sanitize fuzz browsers}
LOGS=build/test-logs
passed=0 failed=0 skipped=0 broken=()

./build-scripts/setup.sh || exit 1
# The benchmarks are built too: a ctest runs bench/report.sh in its tiny mode.
CMAKE_ARGS="${CMAKE_ARGS:-} -DFIRSTHAND_BENCHMARKS=ON" ./build-scripts/build.sh || exit 1
mkdir -p "$LOGS"

# Adds a stage's counts from the summary its runner printed (ctest, node --test, or fuzz.sh's lines).
count() {
  local log=$1 p=0 f=0 s=0 line
  if line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1); [ -n "$line" ]; then
    local total fails
    fails=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
    total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
    s=$(grep -cE '\*\*\*Skipped' "$log" || true)
    p=$((total - fails - s)) f=$fails
  elif grep -qE '^# (pass|tests) ' "$log"; then
    p=$(sed -nE 's/^# pass ([0-9]+)/\1/p' "$log" | tail -1)
    f=$(sed -nE 's/^# fail ([0-9]+)/\1/p' "$log" | tail -1)
    s=$(sed -nE 's/^# skipped ([0-9]+)/\1/p' "$log" | tail -1)
  else
    p=$(grep -cE '^fuzz .*: ok' "$log" || true)
    f=$(grep -cE '^fuzz .*: FAILED' "$log" || true)
  fi
  passed=$((passed + ${p:-0})) failed=$((failed + ${f:-0})) skipped=$((skipped + ${s:-0}))
}

run_stage() {  # name command...
  local name=$1
  shift
  echo "=== stage $name"
  "$@" 2>&1 | tee "$LOGS/$name.log"
  local rc=${PIPESTATUS[0]} before=$failed
  count "$LOGS/$name.log"
  if [ "$rc" -ne 0 ]; then
    broken+=("$name")
    # A stage that failed without a failing test (a build error, a crash of the runner) still counts once.
    [ "$failed" -eq "$before" ] && failed=$((failed + 1))
  fi
}

for stage in $STAGES; do
  case $stage in
    native) run_stage native bash -c 'cd build && ctest --output-on-failure -j2' ;;
    sanitize) run_stage sanitize ./build-scripts/sanitize.sh ;;
    fuzz) run_stage fuzz ./build-scripts/fuzz.sh ;;
    browsers) run_stage browsers ./build-scripts/web-test.sh ;;
    *) echo "test.sh: unknown stage '$stage'"; exit 2 ;;
  esac
done

((${#broken[@]})) && echo "stages with failures: ${broken[*]}"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
