# Sourced by the benchmark scripts after find_shared.sh: `readability_peer BUILD_DIR` installs the Readability.js
# peer baseline (../shared is read-only, so it is copied to BUILD_DIR/readability-baseline and `npm ci` runs
# there) and sets $peer to that folder.
readability_peer() {
  peer=$1/readability-baseline
  if [[ ! -d $peer/node_modules ]]; then
    mkdir -p "$peer"
    cp "$bench"/readability-baseline/{package.json,package-lock.json,run_readability.js} "$peer"/
    (cd "$peer" && npm ci --no-audit --no-fund >/dev/null)
  fi
}
