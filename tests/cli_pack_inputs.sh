#!/usr/bin/env bash
# CLI test of `firsthand pack build` on each streamed input kind: JSON Lines (with a broken line, which is
# reported and skipped), plain and gzipped WARC, and a truncated WARC (reported, no crash). Each pack is then
# read back with `pack info` and used by `check --pack`, which must name the wire story as the original of
# the scraped demo page. usage: cli_pack_inputs.sh FIRSTHAND EXAMPLES_DIR
set -euo pipefail
source "$(dirname "$0")/cli_test_lib.sh"

python3 - "$examples" <<'PY'
import json, sys
ex = sys.argv[1] + '/'
original, independent = open(ex + 'original.html').read(), open(ex + 'independent.html').read()
with open('pages.jsonl', 'w') as f:
    f.write(json.dumps({'url': 'https://northwire.example/a', 'html': original}) + '\n')
    f.write('{not json\n')
    f.write(json.dumps({'url': 'https://herald.example/b', 'html': independent}) + '\n')
def record(uri, html):
    http = ('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n' + html).encode()
    head = ('WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n'
            'Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n' % (uri, len(http)))
    return head.encode() + http + b'\r\n\r\n'
with open('crawl.warc', 'wb') as f:
    f.write(record('https://northwire.example/a', original) + record('https://herald.example/b', independent))
PY
gzip -k crawl.warc
head -c 3000 crawl.warc > truncated.warc

for input in pages.jsonl crawl.warc crawl.warc.gz; do
  built=$("$firsthand" pack build --out "$input.pack" "$input" 2>&1)
  expect "$input: two articles packed" "$built" "packed 2 articles"
  expect "$input: pack info reads it back" "$("$firsthand" pack info "$input.pack")" "^articles: 2"
  verdict=$("$firsthand" check "$examples/scraped.html" --pack "$input.pack" 2>&1)
  expect "$input: the scrape's original is found in the pack" "$verdict" "Likely original: .*Northwire"
done
expect "a broken JSON line is reported with its line number" \
  "$("$firsthand" pack build --out broken.pack pages.jsonl 2>&1)" "pages.jsonl:2: not a JSON object"
expect "a truncated WARC record is reported, not fatal" \
  "$("$firsthand" pack build --out truncated.pack truncated.warc 2>&1)" "truncated WARC record"

[ "$failures" -eq 0 ]
