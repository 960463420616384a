// The budget of a pack subscription in the extension (issue 17), measured in Chromium and Firefox for packs
// of 10,000 and 100,000 synthetic articles (a month of a large news crawl is about 100,000): each pack is
// built (`pack build` from JSON Lines), published as a signed feed (`pack publish`), served on 127.0.0.1 and
// subscribed to from the options page, as a reader would. Printed per size and browser, beside the budget:
//   import    subscribe click -> "Subscribed" (download, SHA-256, Ed25519, IndexedDB write, the core's load)
//   storage   bytes stored for the pack, and the origin's usage growth (navigator.storage.estimate)
//   memory    the core's index of the pack (fh_stats memory_bytes)
//   lookup    the core's verdict stage (candidates from the index, comparisons) on a copy of a pack article,
//             median of 5 visits
// With FIRSTHAND_BENCH_JSON set, one row per size and browser for bench/report.sh is written there too.
// usage: node web-test/bench/pack_budget.mjs [SIZES] (default 10000,100000; FIRSTHAND_BROWSERS as the tests)
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';

import { launch, poll } from '../lib/browsers.mjs';
import { startServer } from '../lib/server.mjs';
import { startFeedServer } from '../lib/feed_server.mjs';
import { nativeFeed } from '../lib/native_cli.mjs';
import { FEED_PERMISSION_PREFS, grantedExtension, subscribeFromOptions } from '../lib/feed_subscription.mjs';
import { escapeHtml } from '../lib/html.mjs';
import { writeFigureRows } from '../../bench/bench_json.mjs';

const BUDGET = { importSeconds: 20, storageBytesPerArticle: 512, memoryBytesPerArticle: 1024, lookupMs: 10 };
const sizes = (process.argv[2] || '10000,100000').split(',').map(Number);
const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const CLI = process.env.FIRSTHAND_CLI || path.resolve('build/cli/firsthand');

// Deterministic invented text: words of 2-4 made-up syllables, so no two articles share much.
function generator(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 8) % n;
  };
}
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'da', 'fi', 'gu', 'ho', 'ja', 'pe', 'qui', 'ro', 'su', 'ta', 'we'];
const words = (() => {
  const pick = generator(7);
  return Array.from({ length: 20000 }, () => Array.from({ length: 2 + pick(3) }, () => SYLLABLES[pick(SYLLABLES.length)]).join(''));
})();
function article(i) {
  const pick = generator(i * 2654435761);
  const sentence = () => {
    const s = Array.from({ length: 12 + pick(10) }, () => words[pick(words.length)]).join(' ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const day = String(1 + (i % 28)).padStart(2, '0');
  return { url: `https://crawl.example/${i}`, title: `${words[pick(words.length)]} ${words[pick(words.length)]} report ${i}`,
    date: `2026-11-${day}`, paragraphs: Array.from({ length: 6 }, () => Array.from({ length: 4 }, sentence).join(' ')) };
}
const pageOf = (a, site) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title>
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${a.date}T08:00:00Z"></head>
<body><article><h1>${escapeHtml(a.title)}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

async function writeJsonl(file, count) {
  const out = createWriteStream(file);
  for (let i = 0; i < count; ++i) {
    if (!out.write(`${JSON.stringify({ url: article(i).url, html: pageOf(article(i), 'Crawl Daily') })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const work = mkdtempSync(path.join(os.tmpdir(), 'firsthand-budget-'));
const rows = [];
try {
  for (const size of sizes) {
    const dir = path.join(work, String(size));
    mkdirSync(dir);
    await writeJsonl(path.join(dir, 'crawl.jsonl'), size);
    const buildStarted = Date.now();
    execFileSync(CLI, ['pack', 'build', '--out', path.join(dir, 'crawl.fhpack'), path.join(dir, 'crawl.jsonl')], { stdio: 'ignore' });
    const buildSeconds = (Date.now() - buildStarted) / 1000;
    const feed = nativeFeed(dir, { title: `Crawl ${size}`, publisher: 'Budget' });
    feed.keygen();
    execFileSync(CLI, ['pack', 'publish', '--key', path.join(dir, 'publisher.key'), '--out', feed.feedDir, '--title', `Crawl ${size}`,
      '--publisher', 'Budget', path.join(dir, 'crawl.fhpack')], { stdio: 'ignore' });
    rmSync(path.join(dir, 'crawl.jsonl'));
    const target = article(Math.floor(size / 2));
    const feedServer = await startFeedServer(feed.feedDir);
    const pages = await startServer({ '/copy.html': pageOf(target, 'Copy Farm') });
    console.log(`${size} articles: pack built in ${buildSeconds.toFixed(1)} s`);
    for (const kind of browsers) {
      const harness = await launch(kind, grantedExtension(kind, dir), { firefoxPrefs: FEED_PERMISSION_PREFS });
      try {
        const usage = () => harness.control.evaluate(async () => (await navigator.storage.estimate()).usage);
        await poll('the engine', async () => (await harness.stats()).ok !== false);
        const usageBefore = await usage();
        const options = await harness.options();
        const started = Date.now();
        const status = await subscribeFromOptions(options, `${feedServer.origin}/feed.json`);
        const importSeconds = (Date.now() - started) / 1000;
        if (!status.startsWith('Subscribed')) throw new Error(status);
        const stats = await harness.stats();
        const packMemory = stats.packs.filter((p) => p.articles === size).map((p) => p.memory_bytes)[0];
        const stored = await harness.control.evaluate(async () => {
          const store = await import('/shared/store.js');
          return (await store.listPacks()).filter((p) => p.feed).reduce((sum, p) => sum + p.bytes.byteLength, 0);
        });
        const usageGrowth = (await usage()) - usageBefore;
        const lookups = [];
        let named = '';
        for (let i = 0; i < 5; ++i) {
          const { page, tabId } = await harness.visit(`${pages.origin}/copy.html`);
          const report = await poll('the report', async () => { const r = await harness.report(tabId); return r?.ok ? r : undefined; });
          lookups.push(report.timing_ms.verdict);
          named = report.verdict.likely_original?.title || '-';
          await page.close();
        }
        const per = (bytes) => (bytes / size).toFixed(0);
        console.log(`  ${kind}: import ${importSeconds.toFixed(1)} s (budget ${BUDGET.importSeconds}); storage ${stored} B = ${per(stored)} B/article `
          + `(origin usage +${usageGrowth} B; budget ${BUDGET.storageBytesPerArticle}); memory ${packMemory} B = ${per(packMemory)} B/article `
          + `(budget ${BUDGET.memoryBytesPerArticle}); lookup median ${median(lookups).toFixed(2)} ms of ${lookups.map((v) => v.toFixed(1)).join(', ')} `
          + `(budget ${BUDGET.lookupMs}); likely original "${named}" (want "${target.title}")`);
        rows.push([`pack subscription, ${size / 1000}k articles, ${kind}: import; stored; memory; lookup`,
          `${importSeconds.toFixed(1)} s; ${per(stored)} B/article; ${per(packMemory)} B/article; ${median(lookups).toFixed(1)} ms`,
          `budget ${BUDGET.importSeconds} s; ${BUDGET.storageBytesPerArticle} B; ${BUDGET.memoryBytesPerArticle} B; ${BUDGET.lookupMs} ms`]);
        await options.close();
      } finally {
        await harness.close();
      }
    }
    await feedServer.close();
    await pages.close();
  }
  writeFigureRows(rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}
