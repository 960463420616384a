// Popup XSS (issue 6): a hostile copy of a hostile original, both with markup, <script>, <img onerror> and
// javascript: URLs in title, byline, site name, canonical URL, JSON-LD and body. The popup of the copy and its
// Read clean page show page-derived text from both (likely original, reasons, passages, clean article): they
// must show the payloads
// as literal text, hold no element from them, run none of them (each would request a marker URL on the test
// server) and link only to http(s) addresses. Run in Chromium and Firefox ESR (FIRSTHAND_BROWSERS).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { launch, poll } from '../lib/browsers.mjs';
import { startServer } from '../lib/server.mjs';
import { distDir } from '../lib/dist.mjs';
import { CONTROL_PATH, MARKER_PATH, hostileArticlePage, payload } from '../lib/hostile_article.mjs';

const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const TOPIC = 'ferry';

// Everything the test reads from an extension page (the popup, the reader), in one pass over its DOM.
function readPage() {
  const text = (id) => document.getElementById(id)?.textContent ?? '';
  const scripts = [...document.scripts].map((s) => s.getAttribute('src'));
  return {
    verdict: text('verdict'), original: text('original'), reasons: text('reasons'), passages: text('passages'),
    related: text('related'), clean: text('clean'), all: document.body.textContent,
    // The page's own <head> links (stylesheets, module preloads of its own scripts) are the extension's; a
    // link anywhere in the body, or of any other kind, came from the page.
    injected: [...document.querySelectorAll('img, iframe, frame, object, embed, svg, math, video, audio, form, '
      + 'body link, head link:not([rel="stylesheet"]):not([rel="modulepreload"]), .xss-injected, b')]
      .map((e) => e.outerHTML),
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on')))
      .map((e) => e.outerHTML),
    inlineScripts: scripts.filter((src) => !src || /^(javascript|data):/i.test(src)),
    hrefs: [...document.querySelectorAll('[href]')].filter((e) => e.localName !== 'link')
      .map((e) => e.getAttribute('href')),
    pageError: document.body.dataset.error || null,
  };
}

for (const kind of browsers) {
  describe(`${kind}`, { skip: !existsSync(path.join(distDir(kind), 'manifest.json')) && 'run build-scripts/package.sh first' }, () => {
    let server;
    let harness;

    before(async () => {
      server = await startServer({
        '/xss/original.html': hostileArticlePage(TOPIC, { role: 'original', date: '2026-02-14' }),
        '/xss/copy.html': hostileArticlePage(TOPIC, { role: 'copy', date: '2026-06-01' }),
      });
      harness = await launch(kind, distDir(kind));
    });
    after(async () => {
      await harness?.close();
      await server?.close();
    });

    test('the popup of a hostile copy shows every payload as text and runs none', async () => {
      const original = await harness.visit(`${server.origin}/xss/original.html`);
      await poll('the original\'s badge', async () => (await harness.badgeText(original.tabId)) || undefined);
      const copy = await harness.visit(`${server.origin}/xss/copy.html`);
      await poll('the copy\'s badge', async () => (await harness.badgeText(copy.tabId)) || undefined);
      const report = await harness.report(copy.tabId);
      // The copy must be matched to the hostile original, or its page-derived strings never reach the popup.
      assert.ok(report.verdict.likely_original?.known, `no known likely original (verdict ${report.verdict.kind})`);
      const popup = await harness.popup(copy.tabId);
      const shown = await popup.evaluate(readPage);
      console.log(`${kind} xss: verdict ${report.verdict.kind}; original shown as "${shown.original.slice(0, 160)}"`);
      const reader = await harness.reader(copy.tabId);
      const read = await reader.evaluate(readPage);

      // Literal text: the original's title (in the likely-original block), the copy's paragraphs (clean
      // article) and the matched passages carry the payloads character for character.
      assert.ok(shown.original.includes(payload('original-title')), 'the original\'s title payload is shown as text');
      assert.ok(read.clean.includes(payload('body-1')) && read.clean.includes(payload('body-4')),
        'the body payloads are shown as text in the clean article');
      // Passages show the page's own words where the core matched them: the payload's text is there whole.
      assert.ok(shown.passages.includes(payload('body-1').slice(1)), 'the matched passages show the payload as text');
      assert.ok(shown.reasons.length > 0);
      // No element, handler, inline script or non-http(s) link came from the page, in either page.
      for (const [name, page] of [['popup', shown], ['reader', read]]) {
        assert.deepEqual(page.injected, [], `${name}: injected elements`);
        assert.deepEqual(page.handlers, [], `${name}: event handlers`);
        assert.deepEqual(page.inlineScripts, [], `${name}: inline scripts`);
        for (const href of page.hrefs) assert.match(href, /^https?:\/\//);
        assert.equal(page.pageError, null);
      }
      assert.ok(shown.hrefs.length > 0, 'the popup has links to check (search links)');
      await popup.close();
      await reader.close();

      // Nothing ran: no payload ever asked for a marker, while the page's one real image was fetched.
      assert.ok(server.hits.includes(CONTROL_PATH), 'the server records what the browser fetches');
      assert.deepEqual(server.hits.filter((p) => p.startsWith(MARKER_PATH)), []);
      assert.deepEqual(harness.requests.filter((url) => url.includes(MARKER_PATH)), []);
      await copy.page.close();
      await original.page.close();
    });
  });
}
