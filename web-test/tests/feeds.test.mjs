// Pack feed subscriptions (issue 17), in Chromium and Firefox ESR, against feeds published at test time with
// the CLI (`pack keygen`, `pack publish`, one pack a day, a one-day window) and served on 127.0.0.1 by two
// servers of the same folder (the feed's URL and its mirror). Subscribe from the options page (the key
// fingerprint shown is the CLI's), a verdict naming an article of the feed's pack, 304 Not Modified, the
// alarm checking a feed past its interval, a second day's pack arriving as the first leaves, the mirror used
// when the feed URL fails; then a 404, a server that never answers, an endless body, wrong content, a
// manifest signed by another key and a corrupt pack: each refused with its reason on the options page, in
// the plain sentences of _locales (feed_problem_*) and nothing else (no status line, file name or exception
// text), the stored packs kept byte for byte; a subscription to a web page that is no feed is refused alike. Every request the feed servers saw carried no cookie (they set one) and no
// referrer. Last, Remove takes the feed and its packs away.
// The host permission is granted as lib/feed_subscription.mjs says.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch, poll } from '../lib/browsers.mjs';
import { startServer } from '../lib/server.mjs';
import { startFeedServer } from '../lib/feed_server.mjs';
import { distDir } from '../lib/dist.mjs';
import { nativeCliAvailable, nativeFeed } from '../lib/native_cli.mjs';
import { articlePage, copyPage, topic } from '../lib/invented_articles.mjs';
import { storedPacksAndHistory } from '../lib/extension_storage.mjs';
import { FEED_PERMISSION_PREFS, grantedExtension, subscribeFromOptions } from '../lib/feed_subscription.mjs';

const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const here = path.dirname(fileURLToPath(import.meta.url));
const MESSAGES = JSON.parse(readFileSync(path.resolve(here, '../../extension/_locales/en/messages.json'), 'utf8'));
// A feed_problem_* sentence as a pattern: its host any host, its status any number.
const problemPattern = (key) => MESSAGES[key].message.replace(/[.*+?^()[\]{}|\\]/g, '\\$&')
  .replace('$HOST$', '[\\w.-]+(:\\d+)?').replace('$STATUS$', '\\d+');
const ANY_PROBLEM = new RegExp(Object.keys(MESSAGES).filter((key) => key.startsWith('feed_problem_')).map(problemPattern).join('|'), 'g');
// A refusal's text once its expected sentences are found: every part of it is one of the sentences.
function assertOnlyProblems(text, expectedKeys, what) {
  for (const key of expectedKeys) assert.match(text, new RegExp(problemPattern(key)), `${what}: says ${key}`);
  assert.equal(text.replace(ANY_PROBLEM, '').trim(), '', `${what}: nothing but plain sentences in "${text}"`);
}
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

for (const kind of browsers) {
  const skip = (!existsSync(path.join(distDir(kind), 'manifest.json')) && 'run build-scripts/package.sh first')
    || (!nativeCliAvailable() && 'SKIPPED: no native CLI to publish a feed');
  describe(`${kind}`, { skip }, () => {
    let dir, feed, attacker, server, mirror, stranger, pages, harness, options, fingerprint, feedUrl;

    // The feed's row on the options page once its "Update now" was clicked and the status line says the
    // outcome (the page redraws its list first).
    async function updateNow() {
      await options.evaluate(() => { document.getElementById('feed-status').textContent = ''; });
      await options.click('#feeds li button');
      await poll('the update to finish', () => options.evaluate(() => document.getElementById('feed-status').textContent));
      return options.evaluate(() => {
        const item = document.querySelector('#feeds li');
        return { text: item.textContent, state: item.dataset.state, stateText: item.querySelector('.feed-state').textContent };
      });
    }
    // The feed's stored packs (named after its publisher), beside the sample pack the build may ship.
    const feedPacks = async () => (await storedPacksAndHistory(harness)).packs.filter((p) => p.name.startsWith('Northwire: '));
    async function verdictOf(url) {
      const { page, tabId } = await harness.visit(url);
      const report = await poll(`the report of ${url}`, async () => {
        const r = await harness.report(tabId);
        return r && r.ok ? r : undefined;
      });
      await page.close();
      return report;
    }
    // Each failure: the row says the update failed and why, in plain sentences only (`expectedKeys` among
    // them); the stored packs are the ones stored before.
    async function refusedUpdate(what, expectedKeys) {
      const kept = await feedPacks();
      const row = await updateNow();
      console.log(`${kind} ${what}: ${row.stateText}`);
      assert.equal(row.state, 'error', what);
      const lead = MESSAGES.feeds_state_error.message.split('$')[0];
      assert.ok(row.stateText.startsWith(lead), row.stateText);
      assertOnlyProblems(row.stateText.slice(lead.length), expectedKeys, what);
      assert.deepEqual(await feedPacks(), kept, `${what}: the stored packs are unchanged`);
    }

    before(async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'firsthand-feeds-'));
      for (const folder of ['publisher', 'attacker']) mkdirSync(path.join(dir, folder));
      // The feed's URL and its mirror serve the same folder; the mirror's URL is in the feed, so it starts first.
      const feedDir = path.join(dir, 'publisher', 'feed');
      server = await startFeedServer(feedDir);
      mirror = await startFeedServer(feedDir);
      // A site whose feed.json is a web page (with a signature file beside it, so the content is what fails).
      stranger = await startFeedServer(path.join(dir, 'attacker'));
      stranger.misbehave('/feed.json', Buffer.from('<!doctype html><html><body>Our news</body></html>'));
      stranger.misbehave('/feed.json.sig', Buffer.alloc(64));
      feed = nativeFeed(path.join(dir, 'publisher'), {
        title: 'Northwire daily', publisher: 'Northwire', windowDays: 1, mirrors: [`${mirror.origin}/`] });
      attacker = nativeFeed(path.join(dir, 'attacker'), { title: 'Northwire daily', publisher: 'Northwire' });
      fingerprint = feed.keygen();
      attacker.keygen();
      feed.publish('2026-11-01', { 'orchard.html': articlePage('orchard') });
      attacker.publish('2026-11-01', { 'ferry.html': articlePage('ferry') });
      feedUrl = `${server.origin}/feed.json`;
      pages = await startServer(Object.fromEntries(['orchard', 'bridge', 'museum'].map((name) => [`/${name}/copy.html`, copyPage(name)])));
      harness = await launch(kind, grantedExtension(kind, dir), { firefoxPrefs: FEED_PERMISSION_PREFS });
      await harness.control.evaluate(() => chrome.storage.local.set({ historyEnabled: false }));
      options = await harness.options();
    });
    after(async () => {
      await harness?.close();
      await Promise.all([server?.close(), mirror?.close(), stranger?.close(), pages?.close()]);
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('subscribe: the key is pinned and shown as the CLI printed it', async () => {
      const status = await subscribeFromOptions(options, feedUrl);
      console.log(`${kind}: ${status}`);
      assert.match(status, /^Subscribed to Northwire daily: 1 articles\./);
      assert.ok(status.includes(`Key fingerprint ${fingerprint}`), `fingerprint ${fingerprint} shown`);
      const row = await options.evaluate(() => document.querySelector('#feeds li').textContent);
      assert.match(row, /Northwire daily.*by Northwire, 1 articles, last updated/);
      const packs = await feedPacks();
      assert.equal(packs.length, 1);
      assert.equal(packs[0].digest, sha256(readFileSync(path.join(feed.feedDir, 'packs/2026-11-01.fhpack'))));
      assert.deepEqual(server.requests.map((r) => r.path), ['/feed.json', '/feed.json.sig', '/packs/2026-11-01.fhpack']);
      // The background looks for due feeds on an alarm (each feed then on its own interval, 60 min here).
      const alarm = await harness.control.evaluate(() => chrome.alarms.get('firsthand-feeds'));
      assert.equal(alarm?.periodInMinutes, 15);
    });

    test('a web page where the feed should be, and a feed subscribed twice, are refused in plain words', async () => {
      const lead = MESSAGES.feeds_subscribe_failed.message.split('$')[0];
      for (const [url, keys] of [[`${stranger.origin}/feed.json`, ['feed_problem_not_a_feed']],
        [feedUrl, ['feed_problem_already_subscribed']]]) {
        await options.evaluate(() => { document.getElementById('feed-url').value = ''; });
        const status = await subscribeFromOptions(options, url);
        console.log(`${kind} subscribe ${url}: ${status}`);
        assert.ok(status.startsWith(lead), status);
        assertOnlyProblems(status.slice(lead.length), keys, url);
      }
      assert.equal(await options.evaluate(() => document.querySelectorAll('#feeds li').length), 1);
    });

    test("a verdict names the original from the feed's pack", async () => {
      const report = await verdictOf(`${pages.origin}/orchard/copy.html`);
      assert.equal(report.verdict.kind, 'verbatim_copy');
      assert.equal(report.verdict.likely_original.title, topic('orchard').title);
    });

    test('an unchanged feed answers 304 Not Modified and nothing is downloaded', async () => {
      const asked = server.requests.length;
      const row = await updateNow();
      assert.equal(row.state, 'ok');
      const since = server.requests.slice(asked);
      assert.deepEqual(since.map((r) => [r.path, r.status]), [['/feed.json', 304]]);
      assert.ok(since[0].headers['if-none-match'], 'the ETag was sent back');
      assert.ok(since[0].headers['if-modified-since'], 'Last-Modified was sent back');
    });

    test('on the alarm, a feed past its interval is checked by itself', async () => {
      // The feed last checked over an hour ago (its interval), then the alarm fired soon instead of in 15 min.
      const lastChecked = await harness.control.evaluate(async () => {
        const store = await import('/shared/store.js');
        const [subscription] = await store.listSubscriptions();
        await store.saveSubscription(subscription.url, { ...subscription, lastChecked: Date.now() - 61 * 60000 });
        await chrome.alarms.create('firsthand-feeds', { when: Date.now() + 200, periodInMinutes: 15 });
        return Date.now() - 61 * 60000;
      });
      const asked = server.requests.length;
      await poll('the alarm to check the feed', () => server.requests.length > asked, { timeoutMs: 60000 });
      const checked = await poll('the check recorded', () => harness.control.evaluate(async (before) => {
        const store = await import('/shared/store.js');
        const [subscription] = await store.listSubscriptions();
        return subscription.lastChecked > before + 60 * 60000 && subscription;
      }, lastChecked));
      assert.equal(checked.state, 'ok');
      assert.deepEqual(server.requests.slice(asked).map((r) => [r.path, r.status]), [['/feed.json', 304]]);
    });

    test("a second day's pack arrives and the expired first day's leaves", async () => {
      const published = feed.publish('2026-11-02', { 'bridge.html': articlePage('bridge') });
      assert.match(published, /dropped packs\/2026-11-01\.fhpack/);
      const row = await updateNow();
      assert.equal(row.state, 'ok');
      const packs = await feedPacks();
      assert.deepEqual(packs.map((p) => p.digest), [sha256(readFileSync(path.join(feed.feedDir, 'packs/2026-11-02.fhpack')))]);
      assert.equal((await verdictOf(`${pages.origin}/bridge/copy.html`)).verdict.likely_original.title, topic('bridge').title);
      assert.notEqual((await verdictOf(`${pages.origin}/orchard/copy.html`)).verdict.likely_original?.title, topic('orchard').title);
    });

    test('the feed URL failing, its mirror serves the update', async () => {
      feed.publish('2026-11-03', { 'museum.html': articlePage('museum') });
      server.misbehave('/feed.json', 'missing');
      const asked = mirror.requests.length;
      const row = await updateNow();
      server.misbehave('/feed.json');
      assert.equal(row.state, 'ok', row.text);
      assert.deepEqual(mirror.requests.slice(asked).map((r) => r.path), ['/feed.json', '/feed.json.sig', '/packs/2026-11-03.fhpack']);
      assert.equal((await feedPacks()).length, 1);
    });

    test('404 everywhere: refused, packs kept', async () => {
      server.misbehave('/feed.json', 'missing');
      mirror.misbehave('/feed.json', 'missing');
      await refusedUpdate('404', ['feed_problem_not_found']);
    });

    test('a server that never answers is given up on', async () => {
      server.misbehave('/feed.json', 'hang');
      await refusedUpdate('no answer', ['feed_problem_no_answer']);
    });

    test('an endless response is cut at the manifest limit', async () => {
      server.misbehave('/feed.json', 'huge');
      await refusedUpdate('huge', ['feed_problem_too_large']);
    });

    test('wrong content (a web page instead of the feed) is refused', async () => {
      server.misbehave('/feed.json', Buffer.from('<!doctype html><html><body>Moved</body></html>'));
      await refusedUpdate('wrong content', ['feed_problem_not_a_feed']);
    });

    test('a feed signed by another key than the pinned one is refused', async () => {
      for (const file of ['/feed.json', '/feed.json.sig'])
        server.misbehave(file, readFileSync(path.join(attacker.feedDir, file)));
      await refusedUpdate('another key', ['feed_problem_key_changed']);
      server.misbehave('/feed.json.sig');
    });

    test('a corrupt pack is refused, the previous pack kept', async () => {
      server.misbehave('/feed.json');
      mirror.misbehave('/feed.json');
      feed.publish('2026-11-04', { 'library.html': articlePage('library') });
      const packFile = path.join(feed.feedDir, 'packs/2026-11-04.fhpack');
      const corrupt = readFileSync(packFile);
      corrupt[200] ^= 0x55;
      writeFileSync(packFile, corrupt);
      await refusedUpdate('corrupt pack', ['feed_problem_pack_damaged']);
    });

    test('no request to a feed carried a cookie or a referrer, and each asked for a feed file', () => {
      const all = [...server.requests, ...mirror.requests, ...stranger.requests];
      console.log(`${kind}: ${all.length} requests to the feed, its mirror and the site that is no feed`);
      assert.ok(all.length >= 10);
      for (const request of all) {
        assert.equal(request.headers.cookie, undefined, `${request.path}: no cookie`);
        assert.equal(request.headers.referer, undefined, `${request.path}: no referrer`);
        assert.match(request.path, /^\/(feed\.json(\.sig)?|packs\/[0-9-]+\.fhpack)$/);
        assert.equal(request.method, 'GET');
      }
      // Seen from the browser: every request of the background beyond the extension's own files went to the feed.
      if (kind !== 'chromium') return;
      const outside = harness.backgroundRequests.filter(({ url }) => !url.startsWith(harness.origin));
      console.log(`${kind}: the service worker made ${outside.length} requests outside the extension`);
      assert.equal(outside.length, all.length);
      for (const { url, headers } of outside) {
        assert.ok([server.origin, mirror.origin, stranger.origin].some((origin) => url.startsWith(`${origin}/`)), url);
        // (DevTools lists an empty Referer for a request sent without one.)
        const sent = Object.entries(headers).filter(([name, value]) => /^(cookie|referer)$/i.test(name) && value);
        assert.deepEqual(sent, [], url);
      }
    });

    test('remove: the subscription, its packs and its alarm leave', async () => {
      // The pack kept through the failures (day 3's, from the mirror) gives verdicts until the feed is removed.
      assert.equal((await verdictOf(`${pages.origin}/museum/copy.html`)).verdict.likely_original?.title, topic('museum').title);
      await options.evaluate(() => { document.getElementById('feed-status').textContent = ''; });
      await options.click('#feeds li button:last-child');
      const status = await poll('the removal', () => options.evaluate(() => document.getElementById('feed-status').textContent));
      assert.equal(status, 'Removed Northwire daily and its packs.');
      assert.equal(await options.evaluate(() => document.querySelectorAll('#feeds li').length), 0);
      assert.deepEqual(await feedPacks(), []);
      assert.equal(await harness.control.evaluate(() => chrome.alarms.get('firsthand-feeds')), undefined);
      assert.notEqual((await verdictOf(`${pages.origin}/museum/copy.html`)).verdict.likely_original?.title, topic('museum').title);
    });
  });
}
