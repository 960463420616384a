// The floor under the extension's analysis time: what a page costs to gather and to carry to the background
// before any analysis. A throwaway extension (written to a temporary folder) does what content.js does, the
// two native calls (documentElement.outerHTML, body.innerText) and the posting in 16K-character pieces over a
// port, and its background only acknowledges the last piece. Printed per browser for the generated 503 KB page,
// medians and ranges over the runs, beside Readability.js's parse() on the same page in the same browser
// (each run's median of 5 clones, as in the extension's timing test).
//
//   cd web-test && node bench/message_floor.mjs [RUNS (default 7)] [chromium,firefox]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { GECKO_ID, launch, poll } from '../lib/browsers.mjs';
import { bigArticlePage } from '../lib/big_page.mjs';
import { readabilityParseMs } from '../lib/readability_timing.mjs';
import { startServer } from '../lib/server.mjs';

const runs = Math.max(1, Number(process.argv[2] || 7));
const kinds = (process.argv[3] || 'chromium,firefox').split(',');

const CONTENT = `(() => {
  const PIECE_CHARS = 1 << 14;
  const clock = () => performance.timeOrigin + performance.now();
  const port = chrome.runtime.connect({ name: 'floor' });
  const start = performance.now();
  const startedAt = clock();
  let nativeMs = 0;
  for (const read of [() => document.documentElement.outerHTML, () => document.body.innerText]) {
    const before = performance.now();
    const text = read();
    nativeMs += performance.now() - before;
    for (let at = 0; at < text.length; at += PIECE_CHARS) port.postMessage(text.slice(at, at + PIECE_CHARS));
  }
  const postedMs = performance.now() - start;
  port.onMessage.addListener(({ lastPieceAt }) => {
    document.documentElement.dataset.floor = JSON.stringify({
      nativeMs, postMs: postedMs - nativeMs, arrivedMs: lastPieceAt - startedAt, answeredMs: performance.now() - start });
    port.disconnect();
  });
  port.postMessage({ end: true });
})();`;
const BACKGROUND = `chrome.runtime.onConnect.addListener((port) => {
  port.onMessage.addListener((message) => {
    if (message && message.end) port.postMessage({ lastPieceAt: performance.timeOrigin + performance.now() });
  });
});`;

function writeExtension(dir) {
  mkdirSync(path.join(dir, 'options'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'firsthand message floor', version: '1.0',
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content.js'], run_at: 'document_idle' }],
    options_ui: { page: 'options/options.html' },
    browser_specific_settings: { gecko: { id: GECKO_ID } },
  }));
  writeFileSync(path.join(dir, 'content.js'), CONTENT);
  writeFileSync(path.join(dir, 'background.js'), BACKGROUND);
  writeFileSync(path.join(dir, 'options', 'options.html'), '<!doctype html><body data-ready="true"></body>');
}

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (${sorted[0].toFixed(1)}-${sorted.at(-1).toFixed(1)})`;
};

const extensionDir = mkdtempSync(path.join(os.tmpdir(), 'firsthand-floor-'));
writeExtension(extensionDir);
const server = await startServer({ '/big.html': bigArticlePage() });
try {
  for (const kind of kinds) {
    const harness = await launch(kind, extensionDir);
    const figures = { nativeMs: [], postMs: [], arrivedMs: [], answeredMs: [], readabilityMs: [] };
    try {
      for (let run = 0; run < runs; ++run) {
        const { page } = await harness.visit(`${server.origin}/big.html?run=${run}`);
        const floor = JSON.parse(await poll('the round trip', () => page.evaluate(() => document.documentElement.dataset.floor)));
        floor.readabilityMs = await readabilityParseMs(page, server.origin);
        for (const [name, value] of Object.entries(floor)) figures[name].push(value);
        await page.close();
      }
    } finally {
      await harness.close();
    }
    console.log(`${kind}, generated 503 KB page, ${runs} runs, median (range):`);
    console.log(`  outerHTML + innerText       ${summary(figures.nativeMs)}`);
    console.log(`  posting 16K pieces          ${summary(figures.postMs)}`);
    console.log(`  last piece in background    ${summary(figures.arrivedMs)}  (from the start, cross-process clocks)`);
    console.log(`  answer back in the page     ${summary(figures.answeredMs)}  <- the floor, with no analysis at all`);
    console.log(`  Readability.js parse()      ${summary(figures.readabilityMs)}`);
  }
} finally {
  await server.close();
  rmSync(extensionDir, { recursive: true, force: true });
}
