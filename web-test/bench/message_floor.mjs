// The floor under the extension's analysis time: what a page costs to gather and to carry to the background
// before any analysis. A throwaway extension (written to a temporary folder) runs the packaged extension's own
// content scripts (dist/, each browser's carrier), so the gathering and the posting are the ones that ship,
// beside a background that answers the
// last piece at once and keeps the timing content.js reports. Printed per browser for the generated 503 KB
// page, medians and ranges over the runs, beside Readability.js's parse() on the same page in the same browser
// (each run's median of 5 clones, as in the extension's timing test).
//
// With FIRSTHAND_BENCH_JSON set, one row per browser for bench/report.sh is written there too.
//
//   cd web-test && node bench/message_floor.mjs [RUNS (default 7)] [chromium,firefox]
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { GECKO_ID, launch, poll } from '../lib/browsers.mjs';
import { distDir } from '../lib/dist.mjs';
import { bigArticlePage } from '../lib/big_page.mjs';
import { readabilityParseMs } from '../lib/readability_timing.mjs';
import { startServer } from '../lib/server.mjs';
import { writeFigureRows } from '../../bench/bench_json.mjs';

const runs = Math.max(1, Number(process.argv[2] || 7));
const kinds = (process.argv[3] || 'chromium,firefox').split(',');

// The go-ahead content.js waits for before it gathers (the real background's, once the site rules allow the
// page), the answer it then waits for (the background's analyzeSentPage's, with no analysis between the last
// piece and the answer), and the page:timing report it then sends, kept for the bench to read.
const BACKGROUND = `const clock = () => performance.timeOrigin + performance.now();
globalThis.floorTimings = [];
chrome.runtime.onConnect.addListener((port) => {
  let firstPieceAt;
  port.postMessage({ go: true });
  port.onMessage.addListener((message) => {
    if (message && (typeof message.piece === 'string' || message.bytes)) firstPieceAt ??= clock();
    else if (message && message.end) {
      const receivedAt = clock();
      port.postMessage({ ok: true, coreMs: 0, firstPieceAt, receivedAt, repliedAt: clock() });
    }
  });
});
chrome.runtime.onMessage.addListener((message) => {
  if (message && message.channel === 'page:timing') globalThis.floorTimings.push(message.timing);
  return false;
});`;

function writeExtension(dir, kind) {
  const packaged = JSON.parse(readFileSync(path.join(distDir(kind), 'manifest.json'), 'utf8'));
  const scripts = packaged.content_scripts.flatMap((entry) => entry.js);
  mkdirSync(path.join(dir, 'options'));
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'firsthand message floor', version: '1.0',
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    content_scripts: [{ matches: ['http://127.0.0.1/*'], js: scripts, run_at: 'document_idle' }],
    options_ui: { page: 'options/options.html' },
    browser_specific_settings: { gecko: { id: GECKO_ID } },
  }));
  for (const script of scripts) {
    mkdirSync(path.dirname(path.join(dir, script)), { recursive: true });
    copyFileSync(path.join(distDir(kind), script), path.join(dir, script));
  }
  writeFileSync(path.join(dir, 'background.js'), BACKGROUND);
  writeFileSync(path.join(dir, 'options', 'options.html'), '<!doctype html><body data-ready="true"></body>');
}

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (${sorted[0].toFixed(1)}-${sorted.at(-1).toFixed(1)})`;
};

const server = await startServer({ '/big.html': bigArticlePage() });
const rows = [];
try {
  for (const kind of kinds) {
    const extensionDir = mkdtempSync(path.join(os.tmpdir(), `firsthand-floor-${kind}-`));
    writeExtension(extensionDir, kind);
    const harness = await launch(kind, extensionDir);
    const figures = { walkMs: [], postMs: [], firstPieceMs: [], sendMs: [], totalMs: [], readabilityMs: [] };
    try {
      for (let run = 0; run < runs; ++run) {
        const { page } = await harness.visit(`${server.origin}/big.html?run=${run}`);
        const timing = await poll('the round trip', () => harness.inBackground((scope, n) => scope.floorTimings[n], run));
        for (const name of ['walkMs', 'postMs', 'firstPieceMs', 'sendMs', 'totalMs']) figures[name].push(timing[name]);
        figures.readabilityMs.push(await readabilityParseMs(page, server.origin));
        await page.close();
      }
    } finally {
      await harness.close();
      rmSync(extensionDir, { recursive: true, force: true });
    }
    console.log(`${kind}, generated 503 KB page, ${runs} runs, median (range):`);
    console.log(`  gathering (markup + text)   ${summary(figures.walkMs)}`);
    console.log(`  posting the pieces          ${summary(figures.postMs)}`);
    console.log(`  first piece in background   ${summary(figures.firstPieceMs)}  (from the first posting, cross-process clocks)`);
    console.log(`  last piece in background    ${summary(figures.sendMs)}`);
    console.log(`  answer back in the page     ${summary(figures.totalMs)}  <- the floor, with no analysis at all`);
    console.log(`  Readability.js parse()      ${summary(figures.readabilityMs)}`);
    rows.push([`message floor, 503 KB page, ${kind}, median of ${runs}`,
      `${summary(figures.totalMs)} (outerHTML + innerText ${summary(figures.walkMs)})`,
      `Readability.js parse() ${summary(figures.readabilityMs)}`]);
  }
  writeFigureRows(rows);
} finally {
  await server.close();
}
