#!/usr/bin/env bash
# Sets up, builds and runs every test: the Catch2 suite through ctest (native core, CLI, wasm ABI) and the
# real-browser tests. Ends with ctest's summary line and a combined "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
./build-scripts/setup.sh || exit 1
./build-scripts/build.sh || exit 1
(cd build && ctest --output-on-failure -j"$(nproc)") | tee build/ctest.log
status=${PIPESTATUS[0]}
passed=$(sed -nE 's/.*tests passed, ([0-9]+) tests failed out of ([0-9]+).*/\2 \1/p' build/ctest.log | awk '{print $1-$2}')
failed=$(sed -nE 's/.*tests passed, ([0-9]+) tests failed out of ([0-9]+).*/\1/p' build/ctest.log)
skipped=$(grep -c "\*\*\*Skipped\|Not Run (skip" build/ctest.log || true)
echo "${passed:-0} passed, ${failed:-1} failed, ${skipped:-0} skipped"
exit "$status"
