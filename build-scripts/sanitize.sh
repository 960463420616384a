#!/usr/bin/env bash
# Builds the whole Catch2 suite and the CLI with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DFIRSTHAND_SANITIZE=ON; clang-14 when installed, else the default compiler; the wasm build is left out)
# in build-asan/ and runs it through ctest. Any leak, out-of-bounds access or undefined behaviour fails the run. Bounded: each test gets
# SANITIZE_TEST_TIMEOUT seconds (default 300) and the whole ctest run SANITIZE_TOTAL_TIMEOUT (default 900).
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-asan}
compiler=()
command -v clang++-14 >/dev/null && compiler=(-DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14)

cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFIRSTHAND_SANITIZE=ON -DFIRSTHAND_TESTS=ON \
  -DFIRSTHAND_CLI=ON -DFIRSTHAND_WASM_TESTS=OFF "${compiler[@]}" >/dev/null || exit 1
cmake --build "$BUILD_DIR" -j2 || exit 1

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$BUILD_DIR" || exit 1
timeout "${SANITIZE_TOTAL_TIMEOUT:-900}" ctest --output-on-failure -j2 --timeout "${SANITIZE_TEST_TIMEOUT:-300}" \
  | tee ctest-sanitize.log
status=${PIPESTATUS[0]}
echo "sanitize: $(grep -E 'tests passed' ctest-sanitize.log || echo 'ctest did not finish') (ASan + UBSan)"
exit "$status"
