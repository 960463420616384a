#!/usr/bin/env bash
# Builds the wasm core and assembles the extension for both browsers from the one extension/ folder:
#   dist/chrome/ and dist/firefox/ (unpacked), dist/firsthand-chrome.zip, dist/firsthand-firefox.xpi (unsigned).
# A copy-only assembly: extension/ + the built wasm (wasm/) + the sample pack built from the seeds (packs/),
# when ../shared is there; only manifest.json differs per browser (build-scripts/platform-manifest.py). WASM_BUILD_DIR (default build/wasm-core, the native build's), FIRSTHAND_CLI
# (default build/cli/firsthand, for the sample pack) and DIST_DIR (default dist) may be overridden.
set -euo pipefail
cd "$(dirname "$0")/.."
WASM_BUILD_DIR=${WASM_BUILD_DIR:-build/wasm-core}
FIRSTHAND_CLI=${FIRSTHAND_CLI:-build/cli/firsthand}
DIST_DIR=${DIST_DIR:-dist}

./wasm/build.sh "$WASM_BUILD_DIR"

staging=$DIST_DIR/.staging
rm -rf "$staging" && mkdir -p "$staging/wasm" "$staging/packs"
cp -r extension/. "$staging/"
cp "$WASM_BUILD_DIR/firsthand.mjs" "$WASM_BUILD_DIR/firsthand.wasm" "$staging/wasm/"
if [ -x "$FIRSTHAND_CLI" ]; then
  ./build-scripts/make-sample-pack.sh "$staging/packs/sample.fhpack" "$FIRSTHAND_CLI"
else
  echo "package: no CLI at $FIRSTHAND_CLI (run build-scripts/build.sh); no sample pack"
fi
rmdir "$staging/packs" 2>/dev/null || true

for browser in chrome firefox; do
  rm -rf "${DIST_DIR:?}/$browser" && cp -r "$staging" "$DIST_DIR/$browser"
  ./build-scripts/platform-manifest.py "$browser" extension/manifest.json "$DIST_DIR/$browser/manifest.json"
done
rm -rf "$staging"
rm -f "$DIST_DIR/firsthand-chrome.zip" "$DIST_DIR/firsthand-firefox.xpi"
(cd "$DIST_DIR/chrome" && zip -qr -X ../firsthand-chrome.zip .)
(cd "$DIST_DIR/firefox" && zip -qr -X ../firsthand-firefox.xpi .)
echo "package: wasm $(stat -c %s "$DIST_DIR/chrome/wasm/firsthand.wasm") bytes;" \
  "$DIST_DIR/firsthand-chrome.zip $(stat -c %s "$DIST_DIR/firsthand-chrome.zip") bytes," \
  "$DIST_DIR/firsthand-firefox.xpi $(stat -c %s "$DIST_DIR/firsthand-firefox.xpi") bytes"
