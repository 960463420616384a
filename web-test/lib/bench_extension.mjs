// A copy of the packaged extension that a bench or a test can watch without changing what it does: two
// scripts around its content scripts (the first notes the time, the last the time again once the check has
// run, and answers 'bench:cost' with the difference, the whole synchronous cost of the content scripts, the
// first one's start (startAt, on content.js's clock: an article's figure adds the scripts before content.js
// from it), the article check's own cost and its answer), and counters in the background of the
// messages and ports each tab opens to it, the ports closed (the content script closes its port once it has
// the answer, when the tab's report is complete); a script right after the check's file that times the
// check's first call on the page, the one content.js makes (cold: a second call runs warm, 2-10x faster, and
// hid its cost), and on an article the first touch of the extension's API right after it (apiMs); and an
// empty extension page (BLANK_PAGE) whose one script notes when it ran, the floor under the popup's figure.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { poll } from './browsers.mjs';
import { distDir } from './dist.mjs';

const COST_START = 'globalThis.firsthandBenchStart = performance.now();\n';
// The check's function is a global of the content scripts' world: content.js calls this wrapper instead.
const CHECK_FIRST = `const firsthandBenchCheck = firsthandProbablyArticle;
firsthandProbablyArticle = (...args) => {
  const start = performance.now();
  const article = firsthandBenchCheck(...args);
  globalThis.firsthandBenchFirstCheck ??= { checkMs: performance.now() - start, article };
  // On an article content.js touches the extension's API next: touched here first, its cost is timed apart
  // (the same work, in the same slice of content.js, so the total is unchanged; a page turned down never
  // touches it).
  if (article && globalThis.firsthandBenchFirstCheck.apiMs === undefined) {
    const touched = performance.now();
    chrome.runtime.onMessage;  // eslint-disable-line no-unused-expressions
    globalThis.firsthandBenchFirstCheck.apiMs = performance.now() - touched;
  }
  return article;
};
`;
const COST_END = `globalThis.firsthandBenchMs = performance.now() - globalThis.firsthandBenchStart;
chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (message?.channel !== 'bench:cost') return false;
  sendResponse({ ms: globalThis.firsthandBenchMs, startAt: performance.timeOrigin + globalThis.firsthandBenchStart,
    ...globalThis.firsthandBenchFirstCheck });
  return false;
});
`;

const CHECK_FILE = 'content/article_check.js';
export const BLANK_PAGE = 'bench_blank.html';
const BLANK_HTML = '<!doctype html><html><head><meta charset="utf-8"><script src="bench_blank.js"></script></head><body></body></html>\n';
const BLANK_SCRIPT = `const firsthandFirstScriptMs = performance.now();
document.addEventListener('DOMContentLoaded', () => {
  document.body.dataset.firstScriptMs = firsthandFirstScriptMs.toFixed(1);
  document.body.dataset.ready = 'true';
});
`;

// The copy, in a new temporary folder (the caller removes it).
export function benchExtension(kind, name = 'bench') {
  const dir = mkdtempSync(path.join(os.tmpdir(), `firsthand-${name}-${kind}-`));
  cpSync(distDir(kind), dir, { recursive: true });
  writeFileSync(path.join(dir, 'bench_cost_start.js'), COST_START);
  writeFileSync(path.join(dir, 'bench_check_first.js'), CHECK_FIRST);
  writeFileSync(path.join(dir, 'bench_cost_end.js'), COST_END);
  writeFileSync(path.join(dir, BLANK_PAGE), BLANK_HTML);
  writeFileSync(path.join(dir, 'bench_blank.js'), BLANK_SCRIPT);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  for (const entry of manifest.content_scripts) {
    entry.js = ['bench_cost_start.js', ...entry.js.flatMap((file) => (file === CHECK_FILE ? [file, 'bench_check_first.js'] : [file])),
      'bench_cost_end.js'];
  }
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

// Run in the background (harness.inBackground): starts the counters.
export function countTabMessages(scope) {
  scope.benchTabMessages = {};
  scope.benchPortsClosed = {};
  const count = (tabId) => { scope.benchTabMessages[tabId] = (scope.benchTabMessages[tabId] || 0) + 1; };
  scope.chrome.runtime.onMessage.addListener((_message, sender) => { if (sender.tab) count(sender.tab.id); return false; });
  scope.chrome.runtime.onConnect.addListener((port) => {
    if (!port.sender?.tab) return;
    count(port.sender.tab.id);
    port.onDisconnect.addListener(() => { scope.benchPortsClosed[port.sender.tab.id] = true; });
  });
  return true;
}

// bench_cost_end.js's answer on the tab ({ms, startAt, checkMs, article}), once the content scripts ran.
export const scriptCost = (harness, tabId) => poll('the content scripts', () => harness.control.evaluate(
  (id) => chrome.tabs.sendMessage(id, { channel: 'bench:cost' }), tabId));
export const tabMessages = (harness, tabId) => harness.inBackground((scope, id) => scope.benchTabMessages[id] || 0, tabId);
export const portClosed = (harness, tabId, timeoutMs = 30000) => poll('the answer',
  () => harness.inBackground((scope, id) => scope.benchPortsClosed[id], tabId), { timeoutMs });
