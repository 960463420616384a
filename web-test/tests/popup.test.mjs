// The popup, the reader and the options page as a reader meets them (issue 16), in Chromium and Firefox ESR,
// on pages written for this project only (examples/ and invented articles; no ../shared needed): the verdict
// card's parts per verdict kind, its colour, icon and badge word; the word diff marking exactly the words an
// invented spun copy swapped, the original's words in its own spelling; images' captions in the reader; font
// sizes (body at least 14 px, headings larger); a popup that fits its box with Read clean in view; a plain
// message where the extension cannot read the page; the history list, its search, deleting one article, and
// clearing only after a confirmation.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch, poll } from '../lib/browsers.mjs';
import { examplePages, startServer } from '../lib/server.mjs';
import { distDir } from '../lib/dist.mjs';
import { BADGE_TEXT } from '../lib/expectations.mjs';
import { articlePage, topic } from '../lib/invented_articles.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SCREENSHOTS = path.resolve(here, '../screenshots');
const MESSAGES = JSON.parse(readFileSync(path.resolve(here, '../../extension/_locales/en/messages.json'), 'utf8'));
const message = (key) => MESSAGES[key].message;
const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');

// Each demo page's verdict once all six are in the history (as `firsthand check` gives them against the
// folder), and whether its card names a likely original.
const EXAMPLE_VERDICTS = {
  'original.html': { kind: 'original', original: false },
  'syndicated.html': { kind: 'syndicated', original: true },
  'scraped.html': { kind: 'verbatim_copy', original: true },
  'spun.html': { kind: 'spun_copy', original: true },
  'rewrite.html': { kind: 'rewrite', original: true },
  'independent.html': { kind: 'independent_same_event', original: false },
};

// An invented spun pair: the demo wire story's paragraphs (examples/original.html) under another title and
// site, and a later copy with eight words swapped for rarer ones wherever they occur, so the words the diff
// must mark are known exactly; one swapped word opens a sentence and one ends one, so the original's words
// must show in its own case and punctuation.
const SPUN_ORIGINAL = { title: 'Estuary vote ends a decade of argument', site: 'Estuary Herald', date: '2025-03-05' };
const SWAPS = { argument: 'altercation', protect: 'safeguard', expected: 'anticipated', harm: 'impair', forced: 'compelled', stopped: 'ceased',
  Opponents: 'Detractors', flooding: 'inundation' };
function wireParagraphs() {
  const html = readFileSync(path.resolve(here, '../../examples/original.html'), 'utf8');
  return [...html.matchAll(/<p>([^<]+)<\/p>/g)].map((match) => match[1]);
}
function spunParagraphs() {
  const pattern = new RegExp(`\\b(${Object.keys(SWAPS).join('|')})\\b`, 'g');
  return wireParagraphs().map((p) => p.replace(pattern, (word) => SWAPS[word]));
}

// Invented pictures in an article: a figure with a caption (its image's alt text gives way to the caption)
// and an image with alt text alone; no image file is asked for (no src).
const PICTURES = '<figure><img alt="A crane"><figcaption>The steam crane, <em>restored</em> in 2026.</figcaption></figure>'
  + '<p><img alt="The engine shed at dawn"></p>';
const CAPTIONS = ['The steam crane, restored in 2026.', 'The engine shed at dawn'];

const wordKey = (word) => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const SWAP_OF_KEY = Object.fromEntries(Object.entries(SWAPS).map(([from, to]) => [wordKey(from), wordKey(to)]));

// What the popup shows, read in one pass over its DOM.
function readCard() {
  const visible = (id) => { const e = document.getElementById(id); return Boolean(e && !e.hidden); };
  const text = (id) => document.getElementById(id)?.textContent ?? '';
  const originalLink = document.querySelector('#original a');
  return {
    pageTitle: visible('page-title') ? text('page-title') : null,
    verdict: text('verdict'), icon: text('verdict-icon'), label: text('verdict-label'),
    colour: getComputedStyle(document.documentElement).getPropertyValue('--verdict').trim(),
    original: visible('original-section') ? text('original') : null,
    originalLink: originalLink ? originalLink.getAttribute('href') : null,
    evidence: visible('evidence'), packsNote: visible('packs-note'), readClean: visible('actions'),
    passages: document.querySelectorAll('#passages li').length,
    // Where Read clean sits and how tall the popup is, as the reader first sees it (nothing expanded).
    readCleanBottom: document.getElementById('read-clean').getBoundingClientRect().bottom,
    height: document.body.getBoundingClientRect().height,
  };
}

// Computed font sizes in px: body text (paragraphs and list items that are shown) and every visible heading.
function fontSizes() {
  const shown = (e) => e.getClientRects().length > 0;
  const size = (e) => parseFloat(getComputedStyle(e).fontSize);
  const text = [...document.querySelectorAll('main p, main li, main label')].filter(shown)
    .filter((e) => !e.classList.contains('muted') && !e.closest('.muted'));
  const headings = [...document.querySelectorAll('h1, h2')].filter(shown);
  return { body: size(document.body), text: text.map(size), headings: headings.map((h) => [h.localName, size(h)]) };
}

function assertFontSizes(sizes, where) {
  assert.ok(sizes.body >= 14, `${where}: body text at ${sizes.body}px`);
  assert.ok(sizes.text.length > 0, `${where}: text to measure`);
  const largestText = Math.max(...sizes.text);
  assert.ok(Math.min(...sizes.text) >= 14, `${where}: text at ${Math.min(...sizes.text)}px`);
  assert.ok(sizes.headings.length > 0, `${where}: headings to measure`);
  for (const [tag, px] of sizes.headings) assert.ok(px > largestText, `${where}: ${tag} at ${px}px, text at ${largestText}px`);
}

async function waitForBadge(harness, tabId) {
  return poll('the badge', async () => (await harness.badgeText(tabId)) || undefined);
}

for (const kind of browsers) {
  const dist = distDir(kind);
  describe(`${kind}`, { skip: !existsSync(path.join(dist, 'manifest.json')) && 'run build-scripts/package.sh first' }, () => {
    let server;
    let harness;
    let VERDICT_STYLE;  // the extension's own table (shared/verdicts.js), read in the browser
    const examples = Object.fromEntries(examplePages().map((page) => [page.name, page]));

    before(async () => {
      const pages = Object.fromEntries(examplePages().map((page) => [page.path, page.html]));
      pages['/spin/original.html'] = articlePage('bridge', { ...SPUN_ORIGINAL, paragraphs: wireParagraphs() });
      pages['/spin/copy.html'] = articlePage('bridge', {
        title: 'Tidal barrier approved', site: 'Spin Daily', date: '2025-09-01', paragraphs: spunParagraphs() });
      pages['/ferry/original.html'] = articlePage('ferry');
      pages['/museum/pictures.html'] = articlePage('museum').replace('</article>', `${PICTURES}</article>`);
      server = await startServer(pages);
      harness = await launch(kind, dist);
      mkdirSync(SCREENSHOTS, { recursive: true });
      // No packs (a build with ../shared ships the sample pack): what is known is what this test reads.
      const options = await harness.options();
      await poll('no packs left', () => options.evaluate(() => {
        const remove = document.querySelector('#packs button');
        if (remove) remove.click();
        return !remove && !document.getElementById('no-packs').hidden;
      }));
      VERDICT_STYLE = await options.evaluate(async () => (await import('/shared/verdicts.js')).VERDICT_STYLE);
      await options.close();
    });
    after(async () => {
      await harness?.close();
      await server?.close();
    });

    test('on install the first-run page explains the badge, history, packs and privacy', async () => {
      for (const key of ['onboarding_badge_heading', 'onboarding_history', 'onboarding_packs', 'onboarding_privacy'])
        assert.ok(harness.onboarding.text.includes(message(key)), `first-run page: ${key}`);
      assert.equal(harness.onboarding.badges, Object.keys(VERDICT_STYLE).length, 'every badge explained');
      const onboarding = await harness.openPage('onboarding/onboarding.html');
      await onboarding.setViewport({ width: 900, height: 800 });
      await onboarding.screenshot({ path: path.join(SCREENSHOTS, `${kind}-onboarding.png`), fullPage: true });
      await onboarding.close();
    });

    test('no pack, nothing read: the card says no match and explains packs', async () => {
      const { page, tabId } = await harness.visit(`${server.origin}/ferry/original.html`);
      assert.equal(await waitForBadge(harness, tabId), BADGE_TEXT.unknown);
      const popup = await harness.popup(tabId);
      const card = await popup.evaluate(readCard);
      assert.equal(card.verdict, message('verdict_unknown'));
      assert.ok(card.packsNote, 'the packs note is shown');
      assert.equal(card.icon, VERDICT_STYLE.unknown.icon);
      assert.ok(card.pageTitle.includes(topic('ferry').title), `the page's own title: ${card.pageTitle}`);
      await popup.screenshot({ path: path.join(SCREENSHOTS, `${kind}-popup-unknown.png`), fullPage: true });
      await popup.close();
      await page.close();
    });

    test('each demo page: badge word, colour, icon and sentence of its verdict; likely original as a link', async () => {
      for (const name of Object.keys(EXAMPLE_VERDICTS)) {  // read once, so that each knows the others
        const { page, tabId } = await harness.visit(server.origin + examples[name].path);
        await waitForBadge(harness, tabId);
        await page.close();
      }
      for (const [name, want] of Object.entries(EXAMPLE_VERDICTS)) {
        const { page, tabId } = await harness.visit(server.origin + examples[name].path);
        const badge = await waitForBadge(harness, tabId);
        const report = await harness.report(tabId);
        assert.equal(report.verdict.kind, want.kind, `${name}: verdict`);
        assert.equal(badge, BADGE_TEXT[want.kind]);
        const popup = await harness.popup(tabId);
        const card = await popup.evaluate(readCard);
        console.log(`${kind} ${name}: ${card.label} | ${card.verdict} | original ${card.original} | ${card.passages} passages | ${Math.round(card.height)} px`);
        assert.equal(card.verdict, message(`verdict_${want.kind}`));
        assert.ok(card.label.startsWith(badge), `${name}: the popup says the badge's word (${card.label})`);
        assert.equal(card.icon, VERDICT_STYLE[want.kind].icon);
        assert.equal(card.colour.toLowerCase(), VERDICT_STYLE[want.kind].colour);
        assert.ok(card.pageTitle.includes(report.article.metadata.title), `${name}: page title ${card.pageTitle}`);
        assert.ok(card.readClean && card.readCleanBottom < 580, `${name}: Read clean in view (${card.readCleanBottom})`);
        assert.ok(card.height <= 600, `${name}: popup ${card.height}px high`);
        assert.equal(card.original !== null, want.original, `${name}: likely original shown`);
        if (want.original) {
          assert.ok(card.original.includes(report.verdict.likely_original.title));
          if (report.verdict.likely_original.known) assert.ok(card.evidence, `${name}: evidence`);
        }
        await popup.screenshot({ path: path.join(SCREENSHOTS, `${kind}-popup-${name.replace('.html', '')}.png`), fullPage: true });
        await popup.close();
        await page.close();
      }
    });

    test('an invented spun copy: the diff marks exactly the swapped words, in the page\'s own case', async () => {
      // From an empty history, so that the demo pages (the same text) are not candidates.
      await harness.control.evaluate(() => chrome.runtime.sendMessage({ channel: 'options:history-clear' }));
      const original = await harness.visit(`${server.origin}/spin/original.html`);
      await waitForBadge(harness, original.tabId);
      const { page, tabId } = await harness.visit(`${server.origin}/spin/copy.html`);
      await waitForBadge(harness, tabId);
      const report = await harness.report(tabId);
      assert.equal(report.verdict.likely_original?.title, SPUN_ORIGINAL.title);
      const popup = await harness.popup(tabId);
      const passages = await popup.evaluate(() => {
        document.getElementById('evidence').open = true;
        document.getElementById('passages-all').click();
        return [...document.querySelectorAll('#passages li')].map((item) => ({
          text: item.querySelector('p').textContent,
          inserted: [...item.querySelectorAll('ins')].map((e) => e.textContent),
          deleted: [...item.querySelectorAll('del')].map((e) => e.textContent),
        }));
      });
      assert.ok(passages.length > 3, `passages shown: ${passages.length}`);
      assert.equal(await popup.evaluate(() => document.getElementById('passages-all').getClientRects().length), 0,
        '"show all" is gone once everything is shown');
      const spunText = spunParagraphs().join(' ');
      let swapsSeen = 0;
      for (const passage of passages) {
        // Each marked pair is one of the swaps, and every swapped word of the sentence is marked.
        const inserted = passage.inserted.map(wordKey);
        const deleted = passage.deleted.map(wordKey);
        assert.deepEqual(deleted.map((word) => SWAP_OF_KEY[word]), inserted, `marked: ${JSON.stringify(passage)}`);
        const expected = passage.text.split(/\s+/).map(wordKey).filter((word) => Object.values(SWAP_OF_KEY).includes(word));
        assert.deepEqual(inserted, expected, `every swap marked in "${passage.text}"`);
        swapsSeen += inserted.length;
        // The page's words in their own case: "The" opens each sentence as the page writes it.
        const shown = passage.text.split(/\s+/).filter((word) => !passage.deleted.includes(word)).join(' ');
        assert.ok(spunText.includes(shown.slice(0, 40)), `page text in its own case: "${shown.slice(0, 40)}"`);
      }
      assert.ok(swapsSeen > 0, 'some swaps were marked');
      // The original's words as the original writes them, never folded to lower case.
      const deletedWords = passages.flatMap((passage) => passage.deleted);
      const originalText = wireParagraphs().join(' ');
      for (const word of deletedWords) assert.ok(originalText.includes(word), `"${word}" is not the original's spelling`);
      for (const word of ['Opponents', 'flooding.']) assert.ok(deletedWords.includes(word), `${word} shown: ${deletedWords.join(', ')}`);
      await popup.screenshot({ path: path.join(SCREENSHOTS, `${kind}-popup-spun-diff.png`), fullPage: true });
      await popup.close();
      await page.close();
      await original.page.close();
    });

    test('read clean shows the images\' captions as text, apart from the article\'s paragraphs', async () => {
      const { page, tabId } = await harness.visit(`${server.origin}/museum/pictures.html`);
      await waitForBadge(harness, tabId);
      const reader = await harness.reader(tabId);
      const shown = await reader.evaluate(() => ({
        heading: document.querySelector('#clean .captions h2')?.textContent,
        captions: [...document.querySelectorAll('#clean .captions li')].map((e) => e.textContent),
        paragraphs: [...document.querySelectorAll('#clean > p')].map((e) => e.textContent).join(' '),
        images: document.querySelectorAll('img').length,
      }));
      assert.equal(shown.heading, message('reader_captions'));
      assert.deepEqual(shown.captions, CAPTIONS);
      assert.equal(shown.images, 0, 'captions as text, no picture');
      for (const caption of CAPTIONS) assert.ok(!shown.paragraphs.includes(caption), `"${caption}" is not body text`);
      assertFontSizes(await reader.evaluate(fontSizes), 'reader with captions');
      await reader.close();
      await page.close();
    });

    test('body text at 14 px or more and headings larger, in the popup, the reader and the options page', async () => {
      const { page, tabId } = await harness.visit(server.origin + examples['scraped.html'].path);
      await waitForBadge(harness, tabId);
      const popup = await harness.popup(tabId);
      assertFontSizes(await popup.evaluate(fontSizes), 'popup');
      await popup.close();
      const reader = await harness.reader(tabId);
      assertFontSizes(await reader.evaluate(fontSizes), 'reader');
      const clean = await reader.evaluate(() => document.getElementById('clean').textContent);
      assert.ok(clean.includes(examples['scraped.html'].html.match(/<h1>([^<]+)<\/h1>/)?.[1] || ''), 'the reader shows the title');
      await reader.screenshot({ path: path.join(SCREENSHOTS, `${kind}-reader.png`) });
      await reader.close();
      const options = await harness.options();
      assertFontSizes(await options.evaluate(fontSizes), 'options');
      await options.close();
      await page.close();
    });

    test('a page the extension cannot read: a plain message, no connection error', async () => {
      const { page, tabId } = await harness.visit('about:blank');
      const popup = await harness.popup(tabId);
      const shown = await popup.evaluate(() => ({ verdict: document.getElementById('verdict').textContent, state: document.body.dataset.state }));
      assert.equal(shown.verdict, message('popup_page_unreadable'));
      assert.equal(shown.state, 'unreadable');
      await popup.close();
      await page.close();
    });

    test('options: the history listed and searchable, one article deleted, clearing asks first', async () => {
      const options = await harness.options();
      const titles = () => options.evaluate(() => [...document.querySelectorAll('#history-list li .what > :first-child')].map((e) => e.textContent));
      const listed = await titles();
      assert.ok(listed.includes(SPUN_ORIGINAL.title), `history lists ${JSON.stringify(listed)}`);
      assert.equal(listed.length, (await harness.stats()).history.articles);
      await options.screenshot({ path: path.join(SCREENSHOTS, `${kind}-options.png`), fullPage: true });
      // Search narrows the list.
      await options.evaluate(() => {
        const search = document.getElementById('history-search');
        search.value = 'estuary';
        search.dispatchEvent(new Event('input'));
      });
      const found = await titles();
      assert.deepEqual(found, listed.filter((title) => title.toLowerCase().includes('estuary')));
      assert.ok(found.length > 0 && found.length < listed.length, `search found ${found.length} of ${listed.length}`);
      // Deleting one article removes it from the engine's history and the list.
      const before = (await harness.stats()).history.articles;
      await options.evaluate(() => document.querySelector('#history-list li button').click());
      await poll('one article fewer', async () => (await harness.stats()).history.articles === before - 1);
      await poll('the list redrawn', async () => (await options.evaluate(() => document.getElementById('history-count').textContent)).includes(String(before - 1)));
      // Clear asks first: cancelling keeps everything, confirming clears.
      await options.evaluate(() => document.getElementById('clear-history').click());
      const question = await options.evaluate(() => ({ hidden: document.getElementById('clear-confirm').hidden, text: document.getElementById('clear-confirm-text').textContent }));
      assert.equal(question.hidden, false);
      assert.ok(question.text.includes(String(before - 1)), `the question names the count: ${question.text}`);
      await options.evaluate(() => document.getElementById('clear-history-cancel').click());
      assert.equal((await harness.stats()).history.articles, before - 1);
      await options.evaluate(() => { document.getElementById('clear-history').click(); document.getElementById('clear-history-confirm').click(); });
      await poll('an empty history', async () => (await harness.stats()).history.articles === 0);
      await poll('the list emptied', async () => (await titles()).length === 0);
      await options.close();
    });
  });
}
