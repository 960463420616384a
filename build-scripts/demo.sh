#!/usr/bin/env bash
# Demo verdicts: `firsthand check` on each sample page in examples/ against the others, then on each of the
# five seed pages in ../shared/seeds (or $FIRSTHAND_SHARED/seeds) against the other seeds, where they are present.
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
SEEDS=${FIRSTHAND_SHARED:-../shared}/seeds
if [ -d "$SEEDS" ]; then
  echo "## Seed pages ($SEEDS)"
  check_each "$SEEDS" "*.txt"
else
  echo "## Seed pages: SKIPPED ($SEEDS is absent)"
fi
