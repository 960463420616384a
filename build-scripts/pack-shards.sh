#!/usr/bin/env bash
# Builds one pack from many crawl shards the way a distributed engine would (docs/scale.md), on one machine:
# map = `firsthand pack build` on each shard in parallel, each writing a partial pack; reduce = `pack merge`.
# usage: pack-shards.sh [-j JOBS] [-b FIRSTHAND_BINARY] OUT.pack SHARD...
#   SHARD: a .warc/.warc.gz file, a .jsonl file or a folder of pages. JOBS defaults to the number of cores.
set -euo pipefail
jobs=$(nproc)
firsthand="$(cd "$(dirname "$0")/.." && pwd)/build/cli/firsthand"
while getopts "j:b:" option; do
  case $option in
    j) jobs=$OPTARG ;;
    b) firsthand=$OPTARG ;;
    *) echo "usage: pack-shards.sh [-j JOBS] [-b FIRSTHAND] OUT.pack SHARD..." >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if (($# < 2)); then
  echo "usage: pack-shards.sh [-j JOBS] [-b FIRSTHAND] OUT.pack SHARD..." >&2
  exit 2
fi
out=$1
shift

parts=$(mktemp -d "${TMPDIR:-/tmp}/firsthand-parts.XXXXXX")
trap 'rm -rf "$parts"' EXIT

# Map: one partial pack per shard, named by the shard's position so the merge order (and the pack) is
# reproducible. A failed shard fails the build: a silently missing shard would be a silently incomplete pack.
start=$(date +%s.%N)
i=0
for shard in "$@"; do
  printf '%s\0%s\0' "$shard" "$parts/$(printf '%06d' "$i").pack"
  i=$((i + 1))
done | xargs -0 -n 2 -P "$jobs" sh -c '"$0" pack build --out "$2" "$1" >/dev/null 2>"$2.log" || { cat "$2.log" >&2; exit 255; }' "$firsthand"

# Reduce: merge the partial packs in shard order (a later shard's copy of a URL replaces an earlier one).
"$firsthand" pack merge "$out" "$parts"/*.pack
end=$(date +%s.%N)
echo "pack-shards: $# shards, $jobs jobs, $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s"
