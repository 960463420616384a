#!/usr/bin/env bash
# CLI test of signed pack feeds: `pack keygen`, `pack publish` (a daily feed: a pack a day, the oldest dropped
# past the window) and `pack verify` (pinned key). Then every attack the subscriber's checks exist for, each
# refused with its own message: a tampered pack, a truncated and an oversized download, a tampered manifest, a
# wrong key, a missing signature, a pack URL leaving the feed's folder, an oversized field, a truncated or
# corrupt or huge feed.json (every prefix of it, never a crash). usage: cli_pack_feed.sh FIRSTHAND EXAMPLES_DIR
set -euo pipefail
source "$(dirname "$0")/cli_test_lib.sh"

# Runs the command, which must fail with exit code 1 (refused, not crashed), and prints its output.
refused() {
  local out rc=0
  out=$("$@" 2>&1) || rc=$?
  [ "$rc" -eq 1 ] || out="exit code $rc (expected 1): $out"
  echo "$out"
}

for day in 1 2 3; do mkdir -p "pages$day"; done
cp "$examples/independent.html" pages1/
cp "$examples/rewrite.html" pages2/
cp "$examples/original.html" pages3/
for day in 1 2 3; do "$firsthand" pack build --out "day$day.fhpack" "pages$day" >/dev/null 2>&1; done

keygen=$("$firsthand" pack keygen --out newsroom)
expect "keygen writes a key pair and prints its fingerprint" "$keygen" "key fingerprint: ([0-9a-f]{4} ){4}[0-9a-f]{4}$"
fingerprint=$(sed -n 's/^key fingerprint: //p' <<<"$keygen")
expect "the secret key is readable by its owner only" "$(stat -c %a newsroom.key)" "^600$"
expect "keygen never overwrites a secret key" "$(refused "$firsthand" pack keygen --out newsroom)" "newsroom.key exists"
"$firsthand" pack keygen --out other >/dev/null

published=$("$firsthand" pack publish --key newsroom.key --out feed --title "Northwire daily" --publisher "Northwire" \
  --homepage https://northwire.example/ --interval 60 --window-days 2 --mirror https://mirror.example/northwire \
  --date 2026-11-01 day1.fhpack)
expect "publish adds the first day's pack" "$published" "added packs/day1.fhpack: 1 articles"
verified=$("$firsthand" pack verify feed/feed.json --pub newsroom.pub)
expect "verify accepts the feed against the pinned key, with keygen's fingerprint" "$verified" "key $fingerprint \(pinned\)"
expect "verify counts packs and articles" "$verified" "^1 packs, 1 articles: signatures, sizes and SHA-256 verified"
manifest=$(cat feed/feed.json)
for field in '"title": "Northwire daily"' '"publisher": "Northwire"' '"update_interval_minutes": 60' \
  '"mirrors": \[' '"sha256": "[0-9a-f]{64}"' '"first_date": "20' '"published": "2026-11-01"'; do
  expect "feed.json holds $field" "$manifest" "$field"
done

"$firsthand" pack publish --key newsroom.key --out feed --date 2026-11-02 day2.fhpack >/dev/null
third=$("$firsthand" pack publish --key newsroom.key --out feed --date 2026-11-03 day3.fhpack)
expect "the third day drops the first day's pack (2-day window)" "$third" "dropped packs/day1.fhpack \(published 2026-11-01"
expect "the dropped pack's file is gone" "$(ls feed/packs | tr '\n' ' ')" "^day2.fhpack day3.fhpack $"
expect "the feed keeps its title across days" "$(cat feed/feed.json)" '"title": "Northwire daily"'
expect "the feed verifies with two packs" "$("$firsthand" pack verify feed/feed.json)" "^2 packs, 2 articles"
expect "a published pack names the scrape's original" \
  "$("$firsthand" check "$examples/scraped.html" --pack feed/packs/day3.fhpack 2>&1)" "Likely original: .*Northwire"
expect "publishing with another key is refused" \
  "$(refused "$firsthand" pack publish --key other.key --out feed day1.fhpack)" "feed.json belongs to another key"

attack() {  # name: a fresh copy of the feed in $1
  rm -rf "$1" && cp -r feed "$1"
}
attack tampered; printf 'X' | dd of=tampered/packs/day2.fhpack bs=1 seek=100 conv=notrunc status=none
expect "a tampered pack is refused" "$(refused "$firsthand" pack verify tampered/feed.json)" "day2.fhpack: SHA-256 differs"
attack truncated; truncate -s -10 truncated/packs/day3.fhpack
expect "a truncated download is refused" "$(refused "$firsthand" pack verify truncated/feed.json)" "day3.fhpack: truncated, [0-9]+ of [0-9]+ bytes"
attack oversized; head -c 5000 /dev/urandom >>oversized/packs/day3.fhpack
expect "an oversized download is refused" "$(refused "$firsthand" pack verify oversized/feed.json)" "day3.fhpack: oversized"
attack manifest; sed -i 's/Northwire daily/Northwire dai1y/' manifest/feed.json
expect "a tampered manifest is refused" "$(refused "$firsthand" pack verify manifest/feed.json)" "bad signature"
expect "a feed under another key than the pinned one is refused" \
  "$(refused "$firsthand" pack verify feed/feed.json --pub other.pub)" "is not other.pub"
attack unsigned; rm unsigned/feed.json.sig
expect "a missing signature is refused" "$(refused "$firsthand" pack verify unsigned/feed.json)" "feed.json.sig: missing"
attack missing; rm missing/packs/day2.fhpack
expect "a missing pack is refused" "$(refused "$firsthand" pack verify missing/feed.json)" "day2.fhpack: missing"

hostile() {  # name, python expression turning the manifest dict m into the hostile one
  attack "$1"
  python3 -c "import json,sys; m=json.load(open('$1/feed.json')); $2; open('$1/feed.json','w').write(json.dumps(m))"
}
hostile traversal "m['packs'][0]['url'] = '../../newsroom.key'"
expect "a pack URL leaving the feed is refused" "$(refused "$firsthand" pack verify traversal/feed.json)" "not a plain path inside the feed"
hostile absolute "m['packs'][0]['url'] = '/etc/passwd'"
expect "an absolute pack URL is refused" "$(refused "$firsthand" pack verify absolute/feed.json)" "not a plain path inside the feed"
hostile scheme "m['packs'][0]['url'] = 'https://elsewhere.example/p.fhpack'"
expect "a pack URL on another host is refused" "$(refused "$firsthand" pack verify scheme/feed.json)" "not a plain path inside the feed"
hostile longtitle "m['title'] = 'x' * 100000"
expect "an oversized field is refused" "$(refused "$firsthand" pack verify longtitle/feed.json)" '"title" is longer than 200 bytes'
hostile hugesize "m['packs'][0]['size'] = 10**15"
expect "an absurd pack size is refused" "$(refused "$firsthand" pack verify hugesize/feed.json)" '"size" must be a whole number'
hostile manypacks "m['packs'] = m['packs'] * 300"
expect "too many packs are refused" "$(refused "$firsthand" pack verify manypacks/feed.json)" "more than 400 packs"
hostile wrongtype "m['packs'] = {'url': 1}"
expect "a wrongly typed field is refused" "$(refused "$firsthand" pack verify wrongtype/feed.json)" '"packs" is missing or not a list'
attack huge; head -c 3000000 /dev/zero | tr '\0' ' ' >>huge/feed.json
expect "a huge feed.json is refused before reading" "$(refused "$firsthand" pack verify huge/feed.json)" "larger than 1048576 bytes"
attack binary; head -c 4000 /dev/urandom >binary/feed.json
expect "binary junk is refused" "$(refused "$firsthand" pack verify binary/feed.json)" "not valid JSON"

# Every prefix of the manifest (a download cut at any byte): refused with exit code 1, never a crash.
attack cut
size=$(stat -c %s feed/feed.json)
crashes=0
for ((n = 0; n < size; n += 7)); do
  head -c "$n" feed/feed.json >cut/feed.json
  rc=0; "$firsthand" pack verify cut/feed.json >/dev/null 2>&1 || rc=$?
  [ "$rc" -eq 1 ] || { echo "prefix of $n bytes: exit code $rc"; crashes=$((crashes + 1)); }
done
expect "every truncated feed.json is refused, none crashes" "$crashes" "^0$"

[ "$failures" -eq 0 ]
