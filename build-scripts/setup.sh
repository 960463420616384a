#!/usr/bin/env bash
# Installs every dependency the project builds, tests and packages with (Debian packages and npm only).
# Idempotent: apt runs only when a package is missing; npm ci only when node_modules is out of date.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake pkg-config          # native toolchain
  libre2-dev nlohmann-json3-dev libgumbo-dev # core dependencies (gumbo: native HTML producer only)
  catch2 libbenchmark-dev                    # tests and benchmarks
  clang-14 libclang-rt-14-dev                # libFuzzer and sanitizers
  emscripten nodejs node-acorn               # the wasm build (emcc needs Debian's acorn for its optimizer)
  chromium firefox-esr                       # real-browser tests
  zip python3
  wordnet-base                               # synonyms for the spun copies of `firsthand copies` (tests/cli_copies.sh)
  zlib1g-dev                                 # .warc.gz input of `firsthand pack build`
  libsodium-dev                              # Ed25519 signatures and SHA-256 of pack feeds (`firsthand pack publish`)
  slurm-wlm munge                            # build-scripts/slurm-pipeline.sh: crawl-scale pack builds on a real Slurm cluster
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm comes with the machine's Node.js; Debian's npm package conflicts with it, so only install it if absent.
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages for the wasm RE2 sources and the browser tests, pinned by their lock files.
for dir in wasm web-test; do
  if [ -f "$dir/package-lock.json" ]; then
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  fi
done
echo "setup: ready"
