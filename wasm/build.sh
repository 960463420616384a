#!/usr/bin/env bash
# Builds the core as WebAssembly: wasm/build.sh [BUILD_DIR] (default build-wasm/ at the repository root).
# Fetches RE2's sources once with `npm pack re2@1.18.3` (checked against a pinned SHA-256), then configures
# wasm/CMakeLists.txt with emcmake. Outputs BUILD_DIR/firsthand.{mjs,wasm} and BUILD_DIR/firsthand-node.{cjs,wasm}.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD_DIR=$(mkdir -p "${1:-$ROOT/build-wasm}" && cd "${1:-$ROOT/build-wasm}" && pwd)
RE2_PACKAGE=re2-1.18.3.tgz
RE2_SHA256=2b2ad84c6b3fd7b6861335588693edd8d71d4c966dbf99b90ae7a63592e82fd3
RE2_DIR=$BUILD_DIR/re2-1.18.3

# Emscripten 3.1.6's JS optimizer needs Debian's node-acorn.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

if [ ! -f "$RE2_DIR/vendor/re2/re2.h" ]; then
  (cd "$BUILD_DIR" && [ -f "$RE2_PACKAGE" ] || npm pack re2@1.18.3 --silent >/dev/null)
  echo "$RE2_SHA256  $BUILD_DIR/$RE2_PACKAGE" | sha256sum --check --quiet
  mkdir -p "$RE2_DIR" && tar xzf "$BUILD_DIR/$RE2_PACKAGE" -C "$RE2_DIR" --strip-components=1 package/vendor
fi

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  emcmake cmake -S "$ROOT/wasm" -B "$BUILD_DIR" -DRE2_SOURCE_DIR="$RE2_DIR/vendor" >/dev/null
fi
cmake --build "$BUILD_DIR" -j"${JOBS:-2}"
