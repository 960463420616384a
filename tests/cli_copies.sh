#!/usr/bin/env bash
# Copies of the real pages of ../shared made at test time (bench/sessions/run_copies.sh): per kind and half, the
# share judged against its original with the right relation and the right direction, and in a reading session
# beside the real pages the share found with the right kind and direction and the false alarms per 1,000 pages.
# The floors are what this revision reaches (regression floors, not the target: issue 13 asks for 0.95 on the
# validation half of every kind; the kinds below it fail for faults in the core, named in
# bench/sessions/README.md). Skips without ../shared or WordNet.
# Usage: cli_copies.sh FIRSTHAND SOURCE_DIR
set -euo pipefail
firsthand="$1"
source_dir="$2"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
table="$(bash "$source_dir/bench/sessions/run_copies.sh" "$firsthand" "$source_dir/../shared" "$out")"
echo "$table"
if grep -q '^SKIPPED:' <<<"$table"; then exit 0; fi

# kind, then the floors: development relation, direction; validation relation, direction
floors="clutter 0.990 1.000 1.000 1.000
first-half 1.000 1.000 0.983 1.000
injected-lines 0.970 0.985 1.000 1.000
hard-wrapped 1.000 1.000 0.984 1.000
credit-byline 1.000 1.000 1.000 1.000
credit-note 0.979 1.000 0.981 1.000
synonym-spin 1.000 1.000 1.000 1.000"
# Session over the real pages and the copies: copies found (development, validation), false alarms per 1,000.
session_found_dev=0.980
session_found_val=0.979
max_false_per_1000=0.0

failed=0
while read -r kind dev_rel dev_dir val_rel val_dir; do
  line="$(grep "^kind $kind: " "$out/copies.txt" || true)"
  if [[ -z "$line" ]]; then
    echo "FAIL: no copies of kind $kind"; failed=1; continue
  fi
  read -r got_dev_rel got_dev_dir got_val_rel got_val_dir < <(awk '{ print $7, $10, $16, $19 }' <<<"$line")
  for check in "development relation $got_dev_rel $dev_rel" "development direction $got_dev_dir $dev_dir" \
               "validation relation $got_val_rel $val_rel" "validation direction $got_val_dir $val_dir"; do
    set -- $check
    if awk -v got="$3" -v floor="$4" 'BEGIN { exit !(got + 1e-9 < floor) }'; then
      echo "FAIL: $kind $1 half, $2 right: $3 below the floor $4"; failed=1
    fi
  done
done <<<"$floors"

found="$(grep '^copies made at test time found' "$out/session.txt")"
read -r dev_found dev_read val_found val_read < <(sed -E 's/.*development ([0-9]+) of ([0-9]+), validation ([0-9]+) of ([0-9]+).*/\1 \2 \3 \4/' <<<"$found")
per_1000="$(sed -nE 's/^false alarms per 1,000 pages read: ([0-9.]+).*/\1/p' "$out/session.txt")"
self="$(sed -nE 's/^false alarms from self-credits: ([0-9]+)/\1/p' "$out/session.txt")"
awk -v f="$dev_found" -v n="$dev_read" -v floor="$session_found_dev" 'BEGIN { exit !(f / n + 1e-9 < floor) }' &&
  { echo "FAIL: session, development half: $dev_found of $dev_read copies found, below $session_found_dev"; failed=1; }
awk -v f="$val_found" -v n="$val_read" -v floor="$session_found_val" 'BEGIN { exit !(f / n + 1e-9 < floor) }' &&
  { echo "FAIL: session, validation half: $val_found of $val_read copies found, below $session_found_val"; failed=1; }
awk -v got="$per_1000" -v limit="$max_false_per_1000" 'BEGIN { exit !(got > limit) }' &&
  { echo "FAIL: session: $per_1000 false alarms per 1,000 pages, above $max_false_per_1000"; failed=1; }
[[ "$self" == 0 ]] || { echo "FAIL: session: $self false alarms from self-credits"; failed=1; }
if ((failed)); then
  grep '^  FALSE' "$out/session.txt" || true
  exit 1
fi
echo "copies: every kind at or above its floor; session: $dev_found/$dev_read dev, $val_found/$val_read val found, $per_1000 false per 1,000"
