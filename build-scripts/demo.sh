#!/usr/bin/env bash
# Demo verdicts: `firsthand check` on each sample page in examples/ against the others, then on each of the
# five seed pages in ../shared/seeds against the other seeds (where ../shared is present).
set -euo pipefail
cd "$(dirname "$0")/.."
FIRSTHAND=${FIRSTHAND:-build/cli/firsthand}

check_each() {  # $1: folder of pages, $2: file pattern
  for page in "$1"/$2; do
    echo "=== $(basename "$page")"
    "$FIRSTHAND" check "$page" --corpus "$1"
    echo
  done
}

echo "## Sample pages (examples/)"
check_each examples "*.html"
if [ -d ../shared/seeds ]; then
  echo "## Seed pages (../shared/seeds)"
  check_each ../shared/seeds "*.txt"
else
  echo "## Seed pages: SKIPPED (../shared/seeds is absent)"
fi
