// Privacy (issue 6), in Chromium and Firefox ESR: with history on, a pack loaded and a pack feed subscribed
// (issue 17: published at test time with the CLI, served on 127.0.0.1 by a server of its own), browse the seed
// pages (when ../shared is there), the pages written for this project as articles (examples/ and the invented
// topics) and the native tests' fixture pages (many of them too short to be articles); no request may leave
// the local test servers, the background's requests (Chromium's service worker, recorded through DevTools; in
// Firefox the feed server's own record) may go only to the subscribed feed, with no cookie and no referrer,
// and nothing the extension stored (every IndexedDB database and store, chrome.storage.local and .session,
// read from its own context) may hold article text: no 6-word run of any page's extracted body, in UTF-8 or
// UTF-16, as written or lower-cased. Titles, site names, URLs and dates are metadata and may be stored.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { launch, poll } from '../lib/browsers.mjs';
import { examplePages, seedPages, startServer } from '../lib/server.mjs';
import { distDir } from '../lib/dist.mjs';
import { nativeCliAvailable, nativePackBuild } from '../lib/native_cli.mjs';
import { TOPIC_NAMES, articlePage } from '../lib/invented_articles.mjs';
import { dumpExtensionStorage, storedPacksAndHistory } from '../lib/extension_storage.mjs';
import { FEED_PERMISSION_PREFS, grantedExtension, subscribeFromOptions } from '../lib/feed_subscription.mjs';
import { startFeedServer } from '../lib/feed_server.mjs';
import { nativeFeed } from '../lib/native_cli.mjs';

const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const WINDOW_WORDS = 6;

// Pages this project wrote as whole news articles, served beside the fixtures: each must be read as one.
function inventedArticlePages() {
  const pages = Object.fromEntries(TOPIC_NAMES.map((name) => [`/invented/${name}.html`, articlePage(name)]));
  for (const example of examplePages()) pages[example.path] = example.html;
  return pages;
}

// Every run of WINDOW_WORDS consecutive words of each paragraph, except runs that are part of the page's
// metadata (a headline repeated as the first paragraph is the title, which may be stored).
function textWindows(paragraphs, metadata) {
  const meta = Object.values(metadata).filter((v) => typeof v === 'string').map((v) => v.replace(/\s+/g, ' '));
  const windows = [];
  for (const paragraph of paragraphs) {
    const words = paragraph.split(/\s+/).filter(Boolean);
    for (let i = 0; i + WINDOW_WORDS <= words.length; ++i) {
      const run = words.slice(i, i + WINDOW_WORDS).join(' ');
      if (!meta.some((m) => m.includes(run))) windows.push(run);
    }
  }
  return windows;
}

function storedForms(text) {
  return [text, text.toLowerCase()].flatMap((t) => [Buffer.from(t, 'utf8'), Buffer.from(t, 'utf16le')]);
}

for (const kind of browsers) {
  const dist = distDir(kind);
  const hasSamplePack = existsSync(path.join(dist, 'packs/sample.fhpack'));
  const skip = (!existsSync(path.join(dist, 'manifest.json')) && 'run build-scripts/package.sh first')
    || (!hasSamplePack && !nativeCliAvailable() && 'SKIPPED: no sample pack and no native CLI to build a pack');
  describe(`${kind}`, { skip }, () => {
    let server;
    let harness;
    let feedServer;
    let feedDir;
    const visited = [];

    before(async () => {
      server = await startServer(inventedArticlePages());
      if (nativeCliAvailable()) {
        feedDir = mkdtempSync(path.join(os.tmpdir(), 'firsthand-privacy-feed-'));
        const feed = nativeFeed(feedDir, { title: 'Privacy feed', publisher: 'Harbour Weekly' });
        feed.keygen();
        feed.publish('2026-11-01', { 'ferry.html': articlePage('ferry') });
        feedServer = await startFeedServer(feed.feedDir);
      }
      harness = await launch(kind, feedServer ? grantedExtension(kind, feedDir) : dist, { firefoxPrefs: FEED_PERMISSION_PREFS });
    });
    after(async () => {
      await harness?.close();
      await server?.close();
      await feedServer?.close();
      if (feedDir) rmSync(feedDir, { recursive: true, force: true });
    });

    test('history on, a pack loaded: browsing the seeds, the invented articles and the fixture pages', async () => {
      if (hasSamplePack) {
        await poll('the sample pack to load', async () => (await harness.stats()).packs?.length === 1);
      } else {
        // No seeds, so no sample pack: import one built from an invented article, as a reader would.
        const dir = mkdtempSync(path.join(os.tmpdir(), 'firsthand-privacy-'));
        writeFileSync(path.join(dir, 'museum.fhpack'), nativePackBuild({ 'museum.html': articlePage('museum') }));
        const options = await harness.options();
        await (await options.$('#pack-file')).uploadFile(path.join(dir, 'museum.fhpack'));
        await poll('the pack to load', async () => (await harness.stats()).packs?.length === 1);
        await options.close();
        rmSync(dir, { recursive: true, force: true });
      }
      if (feedServer) {
        const options = await harness.options();
        assert.match(await subscribeFromOptions(options, `${feedServer.origin}/feed.json`), /^Subscribed to Privacy feed: 1 articles/);
        await options.close();
      } else {
        console.log(`${kind}: SKIPPED the feed subscription: no native CLI to publish a feed`);
      }
      // The native tests' fixture pages and web-test's own: the core decides which are articles.
      const fixtures = [...server.pages.keys()].filter((p) => p.startsWith('/pages/') || p.startsWith('/fixtures/'));
      assert.ok(fixtures.length >= 12, `at least a dozen fixture pages (${fixtures.length})`);
      const seeds = seedPages().map((seed) => seed.path);
      if (!seeds.length) console.log(`${kind}: SKIPPED the seed pages: ../shared/seeds absent`);
      const writtenAsArticles = [...seeds, ...Object.keys(inventedArticlePages())];
      for (const pagePath of [...writtenAsArticles, ...fixtures]) {
        const { page: tab, tabId } = await harness.visit(server.origin + pagePath);
        const report = await poll(`the report of ${pagePath}`, async () => {
          const r = await harness.report(tabId);
          return r && r.ok ? r : undefined;
        });
        // A page too short to be an article is still checked: its text must not be stored either.
        visited.push({ path: pagePath, article: report.is_article,
          paragraphs: report.article?.paragraphs || [], metadata: report.article?.metadata || {} });
        await tab.close();
      }
      const articles = visited.filter((v) => v.article).length;
      console.log(`${kind}: ${articles} of ${visited.length} pages (${seeds.length} seeds) are articles`);
      const missed = visited.filter((v) => writtenAsArticles.includes(v.path) && !v.article).map((v) => v.path);
      assert.deepEqual(missed, [], 'every page written as an article is read as one');
      assert.ok(articles >= writtenAsArticles.length);
      // Every article went into the history, and the stored history holds them (the last write landed).
      const inHistory = await poll('the history to hold the articles', async () => {
        const { history } = await harness.stats();
        return history.articles >= articles - 1 ? history.articles : undefined;
      });
      await poll('the history stored', async () => (await storedPacksAndHistory(harness)).history);
      console.log(`${kind}: ${inHistory} articles in history`);
    });

    test('no request left the local test servers', () => {
      const allowed = [server.origin, harness.origin, 'about:', 'data:', 'blob:', ...(feedServer ? [feedServer.origin] : [])];
      const outside = harness.requests.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)));
      console.log(`${kind}: ${harness.requests.length} requests recorded, ${outside.length} outside ${server.origin}`);
      assert.ok(harness.requests.some((url) => url.startsWith(server.origin)));
      assert.deepEqual(outside, []);
    });

    test('the background asked only the subscribed feed, with no cookie and no referrer', { skip: !nativeCliAvailable() && 'SKIPPED: no native CLI to publish a feed' }, () => {
      const feedRequests = feedServer.requests;
      console.log(`${kind}: the feed server saw ${feedRequests.length} requests`);
      assert.deepEqual(feedRequests.map((r) => r.path), ['/feed.json', '/feed.json.sig', '/packs/2026-11-01.fhpack']);
      for (const { path: asked, headers } of feedRequests) {
        assert.equal(headers.cookie, undefined, `${asked}: no cookie`);
        assert.equal(headers.referer, undefined, `${asked}: no referrer`);
      }
      if (kind !== 'chromium') return;  // Firefox's event page is out of the browser driver's reach
      const outside = harness.backgroundRequests.map((r) => r.url).filter((url) => !url.startsWith(harness.origin));
      console.log(`${kind}: the service worker made ${outside.length} requests outside the extension`);
      assert.deepEqual(outside, feedRequests.map((r) => feedServer.origin + r.path));
    });

    test('nothing stored holds article text; the store is not empty and its metadata is found', async () => {
      const { records, bytes } = await dumpExtensionStorage(harness);
      console.log(`${kind}: ${records.length} stored records, ${bytes.length} bytes: ${records.join(', ')}`);
      assert.ok(records.some((r) => r.endsWith('/state/history')), 'the history is stored');
      assert.ok(records.some((r) => r.includes('/packs/')), 'a pack is stored');
      assert.ok(visited.length >= 12, 'pages were browsed');
      // The search finds what is stored: the titles (metadata) of the pages are there.
      const titles = visited.filter((v) => v.article).map((v) => v.metadata.title).filter(Boolean);
      const foundTitles = titles.filter((title) => storedForms(title).some((form) => bytes.includes(form)));
      assert.ok(foundTitles.length >= titles.length / 2, `titles found in the store: ${foundTitles.length} of ${titles.length}`);
      let checked = 0;
      for (const { path: pagePath, paragraphs, metadata } of visited) {
        for (const run of textWindows(paragraphs, metadata)) {
          ++checked;
          assert.ok(!storedForms(run).some((form) => bytes.includes(form)), `${pagePath}: stored text "${run}"`);
        }
      }
      console.log(`${kind}: ${checked} ${WINDOW_WORDS}-word runs of article text checked, none stored`);
      assert.ok(checked > 500);
    });
  });
}
