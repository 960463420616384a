#!/usr/bin/env bash
# Builds the sample fingerprint pack that ships with the extension, from the seed pages in ../shared/seeds.
# usage: make-sample-pack.sh OUTPUT.pack [FIRSTHAND_BINARY]
# Where ../shared (or $FIRSTHAND_SHARED) is absent, it says so and exits 0 without writing anything, so the
# extension build still succeeds on a user's clone (the extension then starts with an empty index).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# Paths given by the caller are taken relative to the caller's folder, defaults relative to the repository.
out=$(realpath -m "${1:?usage: make-sample-pack.sh OUTPUT.pack [FIRSTHAND_BINARY]}")
firsthand=$(realpath -m "${2:-$root/build/cli/firsthand}")
seeds=$(realpath -m "${FIRSTHAND_SHARED:-$root/../shared}")/seeds

shopt -s nullglob
pages=("$seeds"/*.txt)
if ((${#pages[@]} == 0)); then
  echo "make-sample-pack: SKIPPED: no seed pages in $seeds; no sample pack built"
  exit 0
fi
mkdir -p "$(dirname "$out")"
"$firsthand" pack build --out "$out" "${pages[@]}"
