// The second locale (German, extension/_locales/de): complete (every English key, the same placeholders, its
// own wording), and used everywhere: with the browser's UI in German the popup, the reader and the options
// page show the German strings and no English one, a feed's refusal too (its problems' German sentences).
// Firefox ESR here has no German language pack, so its
// extensions stay in English: the rendering half runs in Chromium (--lang=de).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch, poll } from '../lib/browsers.mjs';
import { examplePages, startServer } from '../lib/server.mjs';
import { distDir } from '../lib/dist.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const locale = (name) => JSON.parse(readFileSync(path.resolve(here, `../../extension/_locales/${name}/messages.json`), 'utf8'));
const EN = locale('en');
const DE = locale('de');
const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
// Strings that are the same in both languages: the name, symbols, and short codes.
const SAME_IN_BOTH = new Set(['extension_name', 'badge_original', 'badge_unknown', 'badge_error', 'reader_byline_date',
  'verdict_label_original']);

test('the German locale has every key, the same placeholders and its own wording', () => {
  assert.deepEqual(Object.keys(DE).sort(), Object.keys(EN).sort());
  for (const [key, { message, placeholders }] of Object.entries(EN)) {
    assert.deepEqual(DE[key].placeholders, placeholders, `${key}: placeholders`);
    const used = (text) => [...text.matchAll(/\$[A-Z]+\$/g)].map((m) => m[0]).sort();
    assert.deepEqual(used(DE[key].message), used(message), `${key}: placeholders used`);
    if (!SAME_IN_BOTH.has(key)) assert.notEqual(DE[key].message, message, `${key}: not translated`);
  }
});

// Every English message longer than a word that differs from its German one, as it would show.
const englishOnly = Object.entries(EN).filter(([key, { message }]) => message.length > 12 && DE[key].message !== message)
  .map(([, { message }]) => message.split('$')[0].trim()).filter((text) => text.length > 12);

function shownText() {
  return document.body.innerText;
}

describe('chromium in German', { skip: (!browsers.includes('chromium') && 'FIRSTHAND_BROWSERS leaves Chromium out') || (!existsSync(path.join(distDir('chromium'), 'manifest.json')) && 'run build-scripts/package.sh first') }, () => {
  let server;
  let harness;
  before(async () => {
    server = await startServer(Object.fromEntries(examplePages().map((page) => [page.path, page.html])));
    harness = await launch('chromium', distDir('chromium'), { locale: 'de' });
  });
  after(async () => {
    await harness?.close();
    await server?.close();
  });

  test('popup, reader and options page show German strings only', async () => {
    for (const name of ['original.html', 'scraped.html']) {
      const { page, tabId } = await harness.visit(`${server.origin}/examples/${name}`);
      await poll('the badge', async () => (await harness.badgeText(tabId)) || undefined);
      if (name !== 'scraped.html') {
        await page.close();
        continue;
      }
      const popup = await harness.popup(tabId);
      await popup.evaluate(() => { document.getElementById('evidence').open = true; });
      const popupText = await popup.evaluate(shownText);
      assert.ok(popupText.includes(DE.verdict_verbatim_copy.message), popupText.slice(0, 300));
      assert.ok(popupText.includes(DE.popup_likely_original.message));
      assert.equal(await harness.badgeText(tabId), DE.badge_verbatim_copy.message);
      const reader = await harness.reader(tabId);
      const options = await harness.options();
      for (const [where, text] of [['popup', popupText], ['reader', await reader.evaluate(shownText)], ['options', await options.evaluate(shownText)]]) {
        const english = englishOnly.filter((message) => text.includes(message));
        assert.deepEqual(english, [], `${where} shows English strings`);
      }
      assert.equal(await options.evaluate(() => document.documentElement.lang), 'de');
      for (const opened of [popup, reader, options, page]) await opened.close();
    }
  });

  test("a feed's refusal is told in German", async () => {
    const url = 'https://feeds.example/feed.json';
    await harness.control.evaluate(async (feedUrl) => {
      const store = await import('/shared/store.js');
      await store.saveSubscription(feedUrl, { url: feedUrl, title: 'Northwire', publisher: 'Northwire', fingerprint: '0000',
        articles: 1, packs: [], mirrors: [], lastChecked: Date.now(), lastUpdated: Date.now(), intervalMinutes: 60,
        state: 'error', problems: [{ code: 'no_answer', args: ['feeds.example'] }, { code: 'key_changed', args: [] }] });
    }, url);
    const options = await harness.options();
    const shown = await poll('the feed row', () => options.evaluate(() => document.querySelector('#feeds .feed-state')?.textContent));
    const problems = `${DE.feed_problem_no_answer.message.replace('$HOST$', 'feeds.example')} ${DE.feed_problem_key_changed.message}`;
    assert.equal(shown, DE.feeds_state_error.message.replace('$ERROR$', problems));
    await harness.control.evaluate(async (feedUrl) => (await import('/shared/store.js')).commitFeed(feedUrl, null, []), url);
    await options.close();
  });

  test('the pause switch and the paused popup speak German', async () => {
    const { page, tabId } = await harness.visit(`${server.origin}/examples/original.html`);
    await poll('the badge', async () => (await harness.badgeText(tabId)) || undefined);
    const popup = await harness.popup(tabId);
    const host = new URL(server.origin).hostname;
    assert.equal(await popup.evaluate(() => document.getElementById('site-paused-label').textContent),
      DE.popup_pause_site.message.replace('$HOST$', host));
    await popup.evaluate(() => document.getElementById('site-paused').click());
    await poll('the paused state', () => popup.evaluate(() => document.body.dataset.state === 'paused'));
    const text = await popup.evaluate(shownText);
    assert.ok(text.includes(DE.popup_paused.message.replace('$HOST$', host)), text);
    assert.deepEqual(englishOnly.filter((message) => text.includes(message)), [], 'the paused popup shows English strings');
    await popup.evaluate(() => document.getElementById('site-paused').click());  // resumed: the site is read again
    await poll('the badge after resuming', async () => (await harness.badgeText(tabId)) || undefined);
    await popup.close();
    await page.close();
  });
});
