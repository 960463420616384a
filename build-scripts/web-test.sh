#!/usr/bin/env bash
# Real-browser tests of the extension (web-test/): packages it (build-scripts/package.sh, which builds the wasm
# core and the sample pack), then runs node --test over web-test/tests in headless Chromium and Firefox ESR.
# Ends with node --test's summary. FIRSTHAND_BROWSERS=chromium (or firefox) runs one browser only; DIST_DIR
# (default dist) is where the extension is assembled and tested.
set -euo pipefail
cd "$(dirname "$0")/.."
./build-scripts/package.sh
if [ ! -d web-test/node_modules ]; then
  (cd web-test && npm ci --no-audit --no-fund --loglevel=error)
fi
export FIRSTHAND_DIST=${DIST_DIR:-dist}
export FIRSTHAND_CLI=${FIRSTHAND_CLI:-$PWD/build/cli/firsthand}
exec node --test --test-concurrency=1 web-test/tests/
