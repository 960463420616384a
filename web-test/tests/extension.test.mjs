// Real-browser tests of the packaged extension (dist/chrome, dist/firefox), in headless Chromium and Firefox ESR:
// seed pages served on 127.0.0.1 get the badge and popup that ../shared/seeds/expected.json calls for, with the
// sample pack and with history alone; the browser's live-DOM extraction equals the native CLI's, and on real AEB
// pages what the content script gathers (content/gather.js) extracts to the same article as the whole live page; no request
// leaves 127.0.0.1; popup screenshots are saved; in-browser timing is printed beside Readability.js.
// FIRSTHAND_BROWSERS=chromium,firefox chooses the browsers (both by default).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch, poll } from '../lib/browsers.mjs';
import { startServer, seedPages } from '../lib/server.mjs';
import { loadExpected, seedsAvailable } from '../lib/seed_pages.mjs';
import { BADGE_TEXT, expectedVerdict } from '../lib/expectations.mjs';
import { nativeExtract, nativeCliAvailable } from '../lib/native_cli.mjs';
import { bigArticlePage } from '../lib/big_page.mjs';
import { readabilityParseMs } from '../lib/readability_timing.mjs';
import { HIDDEN_PARAGRAPHS, SHOWN_PARAGRAPHS, UPPERCASED_PARAGRAPH, hiddenContentPage } from '../lib/hidden_content_page.mjs';
import { distDir } from '../lib/dist.mjs';
import { AEB_DIR, aebAvailable, aebPages, spreadOverGroups } from '../lib/aeb_pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const SCREENSHOTS = path.join(root, 'web-test/screenshots');
const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
// Two development-half AEB pages of each size group, smallest and largest (the largest group has one).
const AEB_CROSS_CHECK = spreadOverGroups(aebPages().filter((p) => p.half === 'dev'), 2);
const GATHER_SCRIPT = readFileSync(path.join(root, 'extension/content/gather.js'), 'utf8');

// The whole live page as it was gathered before the gathering was trimmed: documentElement.outerHTML and
// body.innerText, and what content/gather.js keeps of the same DOM (run in the page's own world here).
async function livePage(page) {
  await page.addScriptTag({ content: `${GATHER_SCRIPT}\nwindow.firsthandGatherSteps = firsthandGatherSteps;` });
  return page.evaluate(() => {
    const trimmed = {};
    for (const [, step] of window.firsthandGatherSteps(document)) step(trimmed);
    return { html: document.documentElement.outerHTML, visibleText: document.body.innerText, trimmed };
  });
}

// The extension's own wasm core, loaded in an extension page (the control page), analysing a page given whole.
async function analyzeInExtension(harness, page) {
  return harness.control.evaluate(async (given) => {
    if (!globalThis.fullPageEngine) {
      const [{ default: createFirsthand }, { Engine }] = await Promise.all([import('/wasm/firsthand.mjs'), import('/core/engine.js')]);
      globalThis.fullPageEngine = new Engine(await createFirsthand({ locateFile: (file) => `/wasm/${file}`, printErr: () => {} }));
    }
    const answer = globalThis.fullPageEngine.analyze(given);
    return { ok: answer.ok, is_article: answer.is_article, article: answer.article && { paragraphs: answer.article.paragraphs, metadata: answer.article.metadata } };
  }, page);
}

// The popup's page title, verdict card and likely original: the part the README shows (the evidence below
// them quotes the page's text at length).
async function screenshotVerdict(popup, file) {
  const clip = await popup.evaluate(() => {
    const shown = ['page-title', 'verdict-card', 'packs-note', 'original-section', 'actions']
      .map((id) => document.getElementById(id)).filter((element) => !element.hidden);
    const end = Math.max(...shown.map((element) => element.getBoundingClientRect().bottom)) + 8;
    return { x: 0, y: 0, width: document.documentElement.scrollWidth, height: Math.ceil(end) };
  });
  await popup.screenshot({ path: file, clip });
}

async function waitForVerdict(harness, tabId) {
  return poll('the badge', async () => (await harness.badgeText(tabId)) || undefined);
}

for (const kind of browsers) {
  describe(`${kind}`, { skip: !existsSync(path.join(distDir(kind), 'manifest.json')) && 'run build-scripts/package.sh first' }, () => {
    let server;
    let harness;

    before(async () => {
      server = await startServer({ '/big.html': bigArticlePage(), '/hidden.html': hiddenContentPage() });
      harness = await launch(kind, distDir(kind));
    });
    after(async () => {
      await harness?.close();
      await server?.close();
    });

    test('the wasm core is under 800 KB', () => {
      const bytes = statSync(path.join(distDir(kind), 'wasm/firsthand.wasm')).size;
      console.log(`wasm size: ${(bytes / 1000).toFixed(0)} KB (${bytes} bytes; target under 800,000)`);
      assert.ok(bytes < 800 * 1000);
    });

    test('seed pages with the sample pack: badge and popup as expected.json says', { skip: !seedsAvailable() && 'SKIPPED: ../shared/seeds absent' }, async () => {
      const expected = loadExpected();
      await poll('the sample pack to load', async () => (await harness.stats()).packs?.length === 1);
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const seed of seedPages()) {
        const { page, tabId } = await harness.visit(server.origin + seed.path);
        const badge = await waitForVerdict(harness, tabId);
        const report = await harness.report(tabId);
        const want = expectedVerdict(seed.name, expected);
        console.log(`${kind} ${seed.name}: badge ${badge}, verdict ${report.verdict.kind}, original ${report.verdict.likely_original?.title || '-'}`);
        assert.ok(want.kinds.includes(report.verdict.kind), `${seed.name}: ${report.verdict.kind} not in ${want.kinds}`);
        assert.equal(badge, BADGE_TEXT[report.verdict.kind]);
        const popup = await harness.popup(tabId);
        const shown = await popup.evaluate(() => ({
          verdict: document.getElementById('verdict').textContent,
          original: document.getElementById('original').textContent,
          related: [...document.querySelectorAll('#related li')].map((item) => item.firstChild.textContent),
        }));
        assert.ok(shown.verdict.length > 10);
        if (want.original) {
          assert.ok(shown.original.includes(want.original), `${seed.name}: original shown "${shown.original}"`);
          // Known from the pack and from the history, the original is still shown once, on its own card.
          assert.ok(!shown.related.includes(want.original), `${seed.name}: the original listed again among ${shown.related}`);
        }
        await popup.evaluate(() => { document.getElementById('evidence').open = true; });
        await popup.screenshot({ path: path.join(SCREENSHOTS, `${kind}-${seed.name.slice(0, 3)}.png`), fullPage: true });
        await popup.evaluate(() => { document.getElementById('evidence').open = false; });
        await screenshotVerdict(popup, path.join(SCREENSHOTS, `${kind}-${seed.name.slice(0, 3)}-verdict.png`));
        await popup.close();
        const reader = await harness.reader(tabId);
        const clean = await reader.evaluate(() => document.getElementById('clean').textContent);
        assert.ok(clean.includes(seed.doc.body_first), `${seed.name}: the clean article holds body_first`);
        await reader.close();
        await page.close();
      }
    });

    test('the live-DOM extraction in the browser equals the native CLI\'s on the same HTML', { skip: !nativeCliAvailable() && 'SKIPPED: no native CLI (build/cli/firsthand)' }, async () => {
      const paths = [...server.pages.keys()].filter((p) => p.startsWith('/fixtures/') || p.startsWith('/seed/'));
      assert.ok(paths.length > 0);
      for (const pagePath of paths) {
        const url = server.origin + pagePath;
        const { page, tabId } = await harness.visit(url);
        const report = await poll('the report', async () => {
          const r = await harness.report(tabId);
          return r && r.ok ? r : undefined;
        });
        const native = nativeExtract(server.pages.get(pagePath), url);
        assert.deepEqual(report.article.paragraphs, native.paragraphs, `${pagePath}: body differs`);
        assert.equal(report.article.metadata.title, native.metadata.title, `${pagePath}: title differs`);
        assert.equal(report.article.metadata.date, native.metadata.date, `${pagePath}: date differs`);
        await page.close();
      }
    });

    test('what the page hides is left out: class rules, visibility:hidden, closed <details>', { skip: !nativeCliAvailable() && 'SKIPPED: native CLI not built' }, async () => {
      const url = `${server.origin}/hidden.html`;
      const { page, tabId } = await harness.visit(url);
      const report = await poll('the report', async () => {
        const r = await harness.report(tabId);
        return r && r.ok ? r : undefined;
      });
      const body = report.article.paragraphs.join('\n');
      for (const shown of [...SHOWN_PARAGRAPHS, UPPERCASED_PARAGRAPH]) assert.ok(body.includes(shown), `shown paragraph missing: ${shown}`);
      for (const [how, hidden] of Object.entries(HIDDEN_PARAGRAPHS)) assert.ok(!body.includes(hidden), `hidden paragraph (${how}) kept`);
      assert.equal(report.article.metadata.title, 'Water board to reline the old canal');
      // Without the page's stylesheet (the CLI reads the HTML alone) the class-hidden paragraph is article text.
      const native = nativeExtract(server.pages.get('/hidden.html'), url).paragraphs.join('\n');
      assert.ok(native.includes(HIDDEN_PARAGRAPHS.classRule), 'the CLI should keep what only a stylesheet hides');
      await page.close();
    });

    test('in-browser timing beside Readability.js on the same pages', async () => {
      // Each page once with the engine loaded, then the 500 KB page again (the core's code has now run on a
      // big page: the figure a reader gets from the second big page on); in Chromium that page once more right
      // after its service worker was stopped (as Chromium does after 30 s idle): the content script's port,
      // opened before the page is gathered, restarts it, so the core loads and warms up while the page is
      // gathered, and "core ready" shows what is left of that wait.
      const visits = [['/big.html'], ...seedPages().map((s) => [s.path]), ['/big.html?again', 'second big page']];
      if (kind === 'chromium') visits.push(['/big.html?after-worker-stop', 'stopped worker']);
      for (const [pagePath, condition] of visits) {
        if (condition === 'stopped worker') await harness.stopServiceWorker();
        const { page, tabId } = await harness.visit(server.origin + pagePath);
        // The badge first: asking for the report earlier would have the background collect the page again,
        // running a second analysis beside the one being timed.
        await waitForVerdict(harness, tabId);
        const report = await poll('the timing', async () => {
          const r = await harness.report(tabId);
          return r && r.timing && r.timing.totalMs !== undefined ? r : undefined;
        });
        const readabilityMs = await readabilityParseMs(page, server.origin);
        // total: from the content script's start to its receipt of the answer, which the background sends
        // once the badge is set (both message hops included; the history write comes after, off this path).
        const bytes = server.pages.get(new URL(pagePath, server.origin).pathname).length;
        const t = report.timing;
        const core = report.timing_ms;
        const ms = (value) => `${value.toFixed(1)} ms`;
        console.log(`${kind} timing ${pagePath} (${(bytes / 1024).toFixed(0)} KB${condition ? `, ${condition}` : ''}): `
          + `gathering (trimmed markup + innerText) ${ms(t.walkMs)}, main thread ${ms(t.mainThreadMs)}, wasm call ${ms(t.coreMs)}, total ${ms(t.totalMs)} `
          + `| Readability.parse() ${ms(readabilityMs)}`);
        console.log(`  stages: walk ${ms(t.walkMs)} (${(t.pageChars / 1024).toFixed(0)} K chars), posting ${ms(t.postMs)}, first piece in ${ms(t.firstPieceMs)}, last ${ms(t.sendMs)}, `
          + `core ready ${ms(t.readyMs)}, into wasm ${ms(report.io_ms.in)}, parse ${ms(core.parse)}, `
          + `extract ${ms(core.extract)}, fingerprint ${ms(core.fingerprint)}, verdict ${ms(core.verdict)}, `
          + `answer ${ms(core.answer)}, out of wasm ${ms(report.io_ms.out)}, badge ${ms(t.badgeMs)}, reply ${ms(t.replyMs)}`);
        assert.ok(report.article.paragraphs.length > 0);
        await page.close();
      }
    });

    test('history alone: 000 read first is the likely original of 001 read later', { skip: !seedsAvailable() && 'SKIPPED: ../shared/seeds absent' }, async () => {
      // Remove the sample pack with the options page's own button, then start from an empty history.
      const options = await harness.options();
      assert.equal(await options.evaluate(() => document.querySelectorAll('#packs li').length), 1);
      await options.evaluate(() => document.querySelector('#packs button').click());
      await poll('the pack to go', async () => (await harness.stats()).packs.length === 0);
      await options.evaluate(() => document.getElementById('clear-history').click());
      await options.evaluate(() => document.getElementById('clear-history-confirm').click());
      await poll('an empty history', async () => (await harness.stats()).history.articles === 0);
      await options.close();
      const expected = loadExpected();
      const [first, second] = seedPages().filter((s) => s.name.startsWith('000') || s.name.startsWith('001'));
      const visitedFirst = await harness.visit(server.origin + first.path);
      await waitForVerdict(harness, visitedFirst.tabId);
      await poll('000 in history', async () => (await harness.stats()).history.articles === 1);
      const { page, tabId } = await harness.visit(server.origin + second.path);
      const badge = await waitForVerdict(harness, tabId);
      const report = await harness.report(tabId);
      const want = expectedVerdict(second.name, expected);
      console.log(`${kind} history: ${second.name} badge ${badge}, verdict ${report.verdict.kind}, original ${report.verdict.likely_original?.title}`);
      assert.ok(want.kinds.includes(report.verdict.kind));
      assert.equal(badge, BADGE_TEXT[report.verdict.kind]);
      assert.equal(report.verdict.likely_original.title, want.original);
      const popup = await harness.popup(tabId);
      const passages = await popup.evaluate(() => document.querySelectorAll('#passages li').length);
      assert.ok(passages > 0, 'matched passages are shown side by side');
      await popup.screenshot({ path: path.join(SCREENSHOTS, `${kind}-history-001.png`), fullPage: true });
      await popup.close();
      await page.close();
      await visitedFirst.page.close();
    });

    test('no request left 127.0.0.1', () => {
      const allowed = [server.origin, harness.origin, 'about:', 'data:', 'blob:'];
      const outside = harness.requests.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)));
      console.log(`${kind}: ${harness.requests.length} requests recorded, ${outside.length} outside 127.0.0.1`);
      assert.ok(harness.requests.length > 0);
      assert.deepEqual(outside, []);
    });
  });

  // Real pages saved from the web, in a browser of their own: the server tells the browser to load nothing of
  // what they name on their own hosts (lib/server.mjs), and Chromium's record of those blocked loads stays out
  // of the request check above.
  describe(`${kind}, real AEB pages`, { skip: (!existsSync(path.join(distDir(kind), 'manifest.json')) && 'run build-scripts/package.sh first') || (!aebAvailable() && 'SKIPPED: ../shared/bench/extraction/aeb absent') }, () => {
    let server;
    let harness;

    before(async () => {
      server = await startServer(Object.fromEntries(AEB_CROSS_CHECK.map((p) => [p.path, readFileSync(path.join(AEB_DIR, p.file), 'utf8')])));
      harness = await launch(kind, distDir(kind));
    });
    after(async () => {
      await harness?.close();
      await server?.close();
    });

    test('on real AEB pages of every size, the trimmed gathering extracts the article the whole page does', async () => {
      for (const aeb of AEB_CROSS_CHECK) {
        const url = server.origin + aeb.path;
        const { page, tabId } = await harness.visit(url);
        const report = await poll(`the report of ${aeb.file}`, async () => {
          const r = await harness.report(tabId);
          return r && r.ok ? r : undefined;
        });
        const live = await livePage(page);
        const whole = await analyzeInExtension(harness, { url, html: live.html, visibleText: live.visibleText });
        const cut = (1 - live.trimmed.html.length / live.html.length) * 100;
        console.log(`${kind} ${aeb.file.slice(0, 8)} (${aeb.group}): markup ${(live.html.length / 1024).toFixed(0)} K -> ${(live.trimmed.html.length / 1024).toFixed(0)} K chars (${cut.toFixed(0)}% cut), ${report.article.paragraphs.length} paragraphs`);
        assert.equal(report.is_article, whole.is_article, `${aeb.file}: article or not`);
        assert.deepEqual(report.article.paragraphs, whole.article.paragraphs, `${aeb.file}: body differs from the whole page's`);
        assert.deepEqual(report.article.metadata, whole.article.metadata, `${aeb.file}: metadata differs from the whole page's`);
        if (nativeCliAvailable()) {
          // The CLI (gumbo) reads the trimmed markup to the same article as the whole serialisation.
          const native = nativeExtract(live.trimmed.html, url);
          const nativeWhole = nativeExtract(live.html, url);
          assert.deepEqual(native.paragraphs, nativeWhole.paragraphs, `${aeb.file}: the CLI's body differs on the trimmed markup`);
          assert.deepEqual(native.metadata, nativeWhole.metadata, `${aeb.file}: the CLI's metadata differs on the trimmed markup`);
        }
        await page.close();
      }
    });
  });
}
