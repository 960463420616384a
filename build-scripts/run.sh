#!/usr/bin/env bash
# The main job on a fresh machine: set up, build the native core and CLI, build and package the extension
# (dist/firsthand-chrome.zip, dist/firsthand-firefox.xpi and unpacked folders), then run the demo verdicts.
set -euo pipefail
cd "$(dirname "$0")/.."
./build-scripts/setup.sh
./build-scripts/build.sh
./build-scripts/package.sh
./build-scripts/demo.sh
