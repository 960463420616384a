# Sourced by the AEB scripts: sets $repo and $bench (../shared/bench/extraction, or $FIRSTHAND_SHARED's), or
# prints "SKIPPED: ..." and exits 0 where the shared data is absent (a user's clone has none).
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=${FIRSTHAND_SHARED:-$repo/../shared}
bench=$shared/bench/extraction
if [[ ! -d $bench/aeb/html ]]; then
  echo "SKIPPED: $bench/aeb is absent (needs ../shared beside the repository)"
  exit 0
fi
