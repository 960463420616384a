#!/usr/bin/env bash
# CLI conventions: `--version` and `version` print the project's version; `--help`, `-h` and `help COMMAND`
# print each command's usage and exit 0 (never reading a file named "--help"); a bad invocation exits 2 with
# the usage on stderr; a page that cannot be read exits 1.
# usage: cli_help.sh FIRSTHAND VERSION
set -euo pipefail
firsthand=$1
version=$2
fail() { echo "FAIL: $*"; exit 1; }

for flag in --version version; do
  [ "$("$firsthand" "$flag")" = "firsthand $version" ] || fail "$flag did not print 'firsthand $version'"
done
"$firsthand" --help | grep -q '^exit status: 0 done' || fail "--help lists no exit status"

for command in extract compare check pack session; do
  for asked in "$command --help" "$command -h" "help $command" "$command some-page.html --help"; do
    # shellcheck disable=SC2086  # the words of $asked are separate arguments
    out=$("$firsthand" $asked 2>&1) || fail "'firsthand $asked' exited $?"
    grep -q "^usage: firsthand $command" <<<"$out" || fail "'firsthand $asked' printed no usage: $out"
    if grep -qi 'cannot open\|no such file' <<<"$out"; then fail "'firsthand $asked' tried to open a file: $out"; fi
  done
done
"$firsthand" pack build --help | grep -q 'pack merge OUT IN' || fail "pack build --help does not show the pack commands"

status=0
"$firsthand" extract 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "extract without a PAGE exited $status, not 2"
status=0
"$firsthand" extract /nonexistent/page.html 2>/dev/null || status=$?
[ "$status" -eq 1 ] || fail "extract of a missing file exited $status, not 1"
status=0
"$firsthand" no-such-command 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "an unknown command exited $status, not 2"
echo "cli help, version and exit codes: ok"
