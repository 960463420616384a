#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ (clang-14, ASan + UBSan) in build-fuzz/ and runs each for FUZZ_SECONDS
# (default 20) on a scratch copy of its checked-in seed corpus fuzz/corpus/<target>/. Exits non-zero when any
# target finds a crash, a leak, a slow input or a broken property; the input is saved in
# build-fuzz/artifacts/<target>/ (replay: build-fuzz/fuzz/<target> FILE).
# Longer runs: FUZZ_SECONDS=3600 ./build-scripts/fuzz.sh fuzz_html   (see docs/robustness.md)
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-20}
targets=("$@")
((${#targets[@]})) || targets=(fuzz_html fuzz_page_json fuzz_text fuzz_compare fuzz_pack fuzz_serialized_dom)

cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-14 \
  -DCMAKE_CXX_COMPILER=clang++-14 -DFIRSTHAND_FUZZ=ON -DFIRSTHAND_TESTS=OFF -DFIRSTHAND_CLI=OFF \
  -DFIRSTHAND_WASM_TESTS=OFF >/dev/null || exit 1
cmake --build "$BUILD_DIR" -j2 --target "${targets[@]}" || exit 1

status=0
for target in "${targets[@]}"; do
  work="$BUILD_DIR/corpus/$target"
  artifacts="$BUILD_DIR/artifacts/$target"
  mkdir -p "$work" "$artifacts"
  dict=()
  [ -f "fuzz/$target.dict" ] && dict=(-dict="fuzz/$target.dict")
  # -timeout: one input slower than 10 s is a hang; -rss_limit_mb: the core must stay far below 2 GB.
  "$BUILD_DIR/fuzz/$target" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -max_len=32768 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" "$work" "fuzz/corpus/$target" \
    >"$BUILD_DIR/$target.log" 2>&1
  rc=$?
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$BUILD_DIR/$target.log")
  cov=$(grep -oE 'cov: [0-9]+' "$BUILD_DIR/$target.log" | tail -1)
  if [ "$rc" -eq 0 ]; then
    echo "fuzz $target: ok, ${runs:-?} inputs in ${FUZZ_SECONDS}s, ${cov:-cov: ?}"
  else
    status=1
    echo "fuzz $target: FAILED (exit $rc), see $BUILD_DIR/$target.log and $artifacts/"
    grep -m3 -E 'ERROR|SUMMARY|property broken' "$BUILD_DIR/$target.log" | sed 's/^/  /'
  fi
done
exit "$status"
