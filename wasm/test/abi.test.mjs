// Node tests of the wasm core's C ABI (wasm/abi.h) through the extension's own wrapper (extension/core/engine.js).
// FIRSTHAND_WASM_DIR names the build folder holding firsthand-node.cjs (default: build-wasm/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Engine } from '../../extension/core/engine.js';
import { buildDomStrings } from './support/page_builder.mjs';
import { ARTICLE_PARAGRAPHS, articlePage, linkListPage } from './support/fixtures.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const wasmDir = process.env.FIRSTHAND_WASM_DIR || path.join(here, '../../build-wasm');
const createFirsthand = createRequire(import.meta.url)(path.join(wasmDir, 'firsthand-node.cjs'));
// The wasm bytes are handed over: the Node glue of Emscripten 3.1.6 would try fetch() on a file path.
const wasmBinary = readFileSync(path.join(wasmDir, 'firsthand-node.wasm'));
const engine = new Engine(await createFirsthand({ wasmBinary }));

test('version names the ABI', () => {
  assert.deepEqual(engine.version(), { ok: true, abi: 2 });
});

test('analyze returns the clean body and metadata of an article page', () => {
  const answer = engine.analyze(buildDomStrings(articlePage()));
  assert.equal(answer.ok, true, answer.error);
  assert.equal(answer.is_article, true);
  const body = answer.article.paragraphs.join('\n');
  for (const paragraph of ARTICLE_PARAGRAPHS) assert.ok(body.includes(paragraph), paragraph);
  for (const clutter of ['Lighthouse repainted', 'All rights reserved', 'Weather'])
    assert.ok(!body.includes(clutter), clutter);
  assert.equal(answer.article.metadata.date, '2026-03-10');
  assert.equal(answer.article.metadata.site_name, 'Harbor Gazette');
  assert.match(answer.article.metadata.title, /Harborville votes to rebuild ferry pier/);
  assert.ok(answer.timing_ms.total >= answer.timing_ms.extract);
});

test('a list of links is not an article page', () => {
  const answer = engine.analyze(buildDomStrings(linkListPage()));
  assert.equal(answer.ok, true, answer.error);
  assert.equal(answer.is_article, false);
});

test('the warm-up answers ok and changes no analysis', () => {
  const withoutTiming = ({ timing_ms: _t, io_ms: _io, ...rest }) => rest;
  const before = withoutTiming(engine.analyze(buildDomStrings(articlePage())));
  assert.deepEqual(engine.warmUp(), { ok: true });
  assert.deepEqual(engine.warmUp(), { ok: true });
  assert.deepEqual(withoutTiming(engine.analyze(buildDomStrings(articlePage()))), before);
});

test('memory does not grow with repeated calls', () => {
  const page = buildDomStrings(articlePage());
  for (let i = 0; i < 50; ++i) engine.analyze(page);
  const heapAfterWarmUp = engine.module.HEAPU8.length;
  for (let i = 0; i < 500; ++i) engine.analyze(page);
  assert.equal(engine.module.HEAPU8.length, heapAfterWarmUp);
});

// The page goes into wasm memory in a block sized for mostly-ASCII text, and again into a bigger one when
// its text needs more: both ways, the text must come out whole, and an ASCII page must not reserve UTF-8's
// worst case of 3 bytes per character (wasm memory never shrinks).
test('a page is copied into wasm memory whole, in a block its size: ASCII, Greek and emoji text', () => {
  const greek = [
    'Το δημοτικό συμβούλιο της πόλης ψήφισε την Τρίτη να ξαναχτιστεί η παλιά προβλήτα του πορθμείου, μετά από τρία χρόνια συζητήσεων.',
    'Η νέα προβλήτα θα κοστίσει 4,2 εκατομμύρια ευρώ και αναμένεται να λειτουργήσει την άνοιξη του 2027, είπε η δήμαρχος Λουκία Φένγουικ.',
    'Οι ψαράδες που χρησιμοποιούν την προβλήτα κάθε πρωί χαιρέτισαν την απόφαση 🚢 αλλά ζήτησαν να γίνουν οι εργασίες εκτός της εποχής της ρέγγας.',
  ];
  const pages = {
    ascii: buildDomStrings(articlePage()),
    greek: buildDomStrings(['html', { lang: 'el' }, ['head', {}, ['title', {}, 'Η προβλήτα του πορθμείου']],
      ['body', {}, ['article', {}, ['h1', {}, 'Η προβλήτα του πορθμείου'], ...greek.map((p) => ['p', {}, p])]]]),
  };
  const malloc = engine.module._malloc;
  const blocks = [];
  engine.module._malloc = (size) => { blocks.push(size); return malloc(size); };
  try {
    for (const [name, page] of Object.entries(pages)) {
      blocks.length = 0;
      const answer = engine.analyze(page);
      assert.equal(answer.ok, true, answer.error);
      const body = answer.article.paragraphs.join('\n');
      for (const paragraph of name === 'ascii' ? ARTICLE_PARAGRAPHS : greek) assert.ok(body.includes(paragraph), paragraph);
      const bytes = ['url', 'html', 'visibleText'].reduce((sum, k) => sum + Buffer.byteLength(page[k]), 0);
      const pageBlock = Math.max(...blocks);
      assert.ok(pageBlock >= bytes && pageBlock < bytes * 1.3 + 64, `${name}: ${bytes} bytes copied into a block of ${pageBlock}`);
    }
  } finally {
    engine.module._malloc = malloc;
  }
});

const ORIGINAL_URL = 'http://127.0.0.1/harbor-gazette/pier';
const COPY_URL = 'http://127.0.0.1/content-farm/pier';
const originalPage = () => buildDomStrings(articlePage(), { url: ORIGINAL_URL });
const copyPage = () => buildDomStrings(articlePage({ site: 'Daily Aggregator', date: '2026-05-02T10:00:00Z' }), { url: COPY_URL });

const related = (answer) => answer.verdict.related;

test('history: an article read earlier is found as the source of a copy read later', () => {
  engine.clearHistory();
  const first = engine.analyze(originalPage(), { addToHistory: true });
  assert.equal(first.history_added, true);
  assert.equal(first.verdict.kind, 'unknown');
  assert.deepEqual(related(first), []);
  const copy = engine.analyze(copyPage());
  assert.equal(copy.history_added, false);
  assert.equal(copy.verdict.kind, 'verbatim_copy');
  assert.equal(copy.verdict.likely_original.url, ORIGINAL_URL);
  assert.ok(copy.verdict.reasons.length + copy.verdict.likely_original.reasons.length > 0);
  // Read in this session: the text-level comparison gives the aligned passages.
  assert.ok(related(copy)[0].comparison.alignment.pairs.length >= ARTICLE_PARAGRAPHS.length);
  assert.equal(engine.stats().history.articles, 1);
});

test('history: the page itself is never its own match', () => {
  engine.clearHistory();
  engine.analyze(originalPage(), { addToHistory: true });
  const again = engine.analyze(originalPage(), { addToHistory: true });
  assert.deepEqual(related(again), []);
  assert.equal(engine.stats().history.articles, 1);
});

test('history: listed with its metadata, one article removed by id, and the copy then finds nothing', () => {
  engine.clearHistory();
  engine.analyze(originalPage(), { addToHistory: true });
  engine.analyze(buildDomStrings(linkListPage(), { url: 'http://127.0.0.1/front' }), { addToHistory: true });
  const { ok, articles } = engine.listHistory();
  assert.equal(ok, true);
  assert.equal(articles.length, 1, 'a list of links is never added');
  const [entry] = articles;
  assert.match(entry.title, /Harborville votes to rebuild ferry pier/);
  assert.equal(entry.site, 'Harbor Gazette');
  assert.equal(entry.url, ORIGINAL_URL);
  assert.equal(entry.date, '2026-03-10');
  assert.deepEqual(engine.removeFromHistory(entry.id), { ok: true, error: '' });
  assert.deepEqual(engine.listHistory().articles, []);
  assert.equal(engine.removeFromHistory(entry.id).ok, false, 'an id removed once is gone');
  // Neither the index nor this session's text remembers it.
  assert.equal(engine.analyze(copyPage()).verdict.kind, 'unknown');
});

test('history survives an export and a load (what the extension stores), and clearing empties it', () => {
  engine.clearHistory();
  engine.analyze(originalPage(), { addToHistory: true });
  const saved = engine.exportHistory();
  engine.clearHistory();
  assert.equal(engine.stats().history.articles, 0);
  assert.deepEqual(engine.loadHistory(saved), { ok: true, articles: 1 });
  // Loaded from storage, the original's text is not in memory: the fingerprint level still classifies it.
  const copy = engine.analyze(copyPage());
  assert.equal(copy.verdict.kind, 'verbatim_copy');
  assert.equal(copy.verdict.likely_original.url, ORIGINAL_URL);
  engine.clearHistory();
});

test('packs: an exported history imports as a pack, is matched, and is removed whole', () => {
  engine.clearHistory();
  engine.analyze(originalPage(), { addToHistory: true });
  const packBytes = engine.exportHistory();
  engine.clearHistory();
  assert.deepEqual(engine.importPack(7, packBytes), { ok: true, articles: 1 });
  assert.deepEqual(engine.stats().packs.map((p) => [p.id, p.articles]), [[7, 1]]);
  assert.equal(engine.analyze(copyPage()).verdict.likely_original.url, ORIGINAL_URL);
  assert.equal(engine.removePack(7).ok, true);
  assert.equal(engine.analyze(copyPage()).verdict.kind, 'unknown');
  assert.equal(engine.removePack(7).ok, false);
});

test('packs: a corrupt or truncated pack is refused and changes nothing', () => {
  engine.clearHistory();
  engine.analyze(originalPage(), { addToHistory: true });
  const packBytes = engine.exportHistory();
  const flipped = packBytes.slice();
  flipped[flipped.length - 3] ^= 0xff;
  for (const bad of [new Uint8Array(0), new Uint8Array([1, 2, 3]), packBytes.slice(0, packBytes.length - 9), flipped]) {
    const answer = engine.importPack(3, bad);
    assert.equal(answer.ok, false);
    assert.ok(answer.error.length > 0);
    assert.equal(engine.loadHistory(bad).ok, false);
  }
  assert.deepEqual(engine.stats().packs, []);
  assert.equal(engine.stats().history.articles, 1);
  engine.clearHistory();
});

// fh_analyze_dom: the browser's serialised DOM and rendered text instead of page JSON.
const HIDDEN_PARAGRAPH = 'Subscribers can read the full minutes of the council meeting, with the vote of each member, in the archive of our website.';
function articleWithHiddenParagraph() {
  const page = articlePage();
  const article = page[3][3];  // html > body > article
  article.splice(4, 0, ['p', { class: 'collapsed', 'data-hidden': '' }, HIDDEN_PARAGRAPH]);
  return page;
}

test('analyze leaves out a paragraph absent from the rendered text', () => {
  const strings = buildDomStrings(articleWithHiddenParagraph());
  assert.ok(strings.html.includes(HIDDEN_PARAGRAPH) && !strings.visibleText.includes(HIDDEN_PARAGRAPH));
  const answer = engine.analyze(strings);
  assert.equal(answer.ok, true, answer.error);
  const body = answer.article.paragraphs.join('\n');
  assert.ok(!body.includes('Subscribers can read'), body);
  for (const paragraph of ARTICLE_PARAGRAPHS) assert.ok(body.includes(paragraph), paragraph);
  // Without the rendered text nothing is dropped: the alignment is what removed it.
  const unfiltered = engine.analyze({ ...strings, visibleText: '' });
  assert.ok(unfiltered.article.paragraphs.join('\n').includes('Subscribers can read'));
});

test('analyze answers hostile input without throwing or trapping', () => {
  const { html, visibleText } = buildDomStrings(articlePage());
  const bigParagraph = `<p>${'Harborville council words again and again. '.repeat(200)}</p>`;
  const cases = {
    'all empty': {},
    'empty html': { url: 'http://x/', html: '', visibleText: 'some text' },
    'lone surrogates': { url: '\ud800', html: html.replace('HARBORVILLE', 'HARBOR\ud800VILLE\udfff'), visibleText: `\udc00${visibleText}` },
    'NUL bytes': { html: html.replace('Harborville', 'Harbor\u0000ville'), visibleText },
    'unclosed markup': { html: '<html><body><div><p>never closed <a href="', visibleText: 'never closed' },
    'stray end tags': { html: '</p>'.repeat(50000) + html, visibleText },
    'deep nesting': { html: '<div>'.repeat(100000) + 'deep' + '</div>'.repeat(100000), visibleText: 'deep' },
    '5 MB page': { html: `<html><body>${bigParagraph.repeat(Math.ceil(5e6 / bigParagraph.length))}</body></html>`, visibleText: '' },
  };
  for (const [name, strings] of Object.entries(cases)) {
    const answer = engine.analyze(strings);
    assert.equal(typeof answer.ok, 'boolean', name);
    if (!answer.ok) assert.ok(answer.error.length > 0, name);
  }
  assert.ok(engine.analyze(cases['5 MB page']).ok);
  const clean = engine.analyze(cases['NUL bytes']);
  assert.ok(!clean.article.paragraphs.join('').includes('\u0000'));
  // The engine still works after all of them.
  assert.equal(engine.analyze(buildDomStrings(articlePage())).is_article, true);
});
