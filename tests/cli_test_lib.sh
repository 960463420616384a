# Shared by the CLI shell tests (sourced, after `set -euo pipefail`): takes FIRSTHAND and EXAMPLES_DIR from the
# arguments, moves into a temporary folder removed on exit, and defines expect, which counts failures.
firsthand=$(realpath "$1")
examples=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

failures=0
expect() {  # description, command output, pattern
  if grep -qE "$3" <<<"$2"; then echo "ok: $1"; else echo "FAILED: $1"; echo "$2" | sed 's/^/  | /'; failures=$((failures + 1)); fi
}
