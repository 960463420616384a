// Background service worker (Chrome) / background script (Firefox): receives pages from the content script,
// has the wasm core analyse them, sets the toolbar badge, answers the popup and the options page.
// Listeners are registered at top level (the worker may be restarted for any event); the core loads lazily.
import { Channel } from './shared/channels.js';
import { getEngine, installBundledPack, persistHistory, syncPacks } from './background/core.js';
import { clearBadge, showError, showVerdict } from './background/badge.js';
import { getSettings } from './shared/settings.js';
import * as store from './shared/store.js';

// The latest report per tab. Memory only: a restarted worker asks the tab for its page again.
const reports = new Map();

async function analyze(tabId, page, { remember }) {
  const engine = await getEngine();
  const started = performance.now();
  const addToHistory = remember && (await getSettings()).historyEnabled;
  const answer = engine.analyze(page, { addToHistory });
  const coreMs = performance.now() - started;
  if (!answer.ok) {
    await clearBadge(tabId);
    return { ok: false, error: answer.error };
  }
  if (answer.history_added) answer.storage = await persistHistory(engine);
  const report = { ...answer, timing: { coreMs } };
  reports.set(tabId, report);
  if (answer.is_article) await showVerdict(tabId, answer.verdict.kind);
  else await clearBadge(tabId);
  return report;
}

async function reportFor(tabId) {
  if (reports.has(tabId)) return reports.get(tabId);
  const collected = await chrome.tabs.sendMessage(tabId, { channel: Channel.PAGE_COLLECT });
  if (!collected) return { ok: false, error: chrome.i18n.getMessage('error_no_page') };
  const report = await analyze(tabId, collected.page, { remember: false });
  if (report.ok) report.timing.walkMs = collected.walkMs;
  return report;
}

const handlers = {
  async [Channel.PAGE_ANALYZE](message, sender) {
    const report = await analyze(sender.tab.id, message.page, { remember: true });
    if (report.ok) report.timing.walkMs = message.timing.walkMs;
    return { ok: report.ok, coreMs: report.ok ? report.timing.coreMs : 0 };
  },
  async [Channel.PAGE_TIMING](message, sender) {
    const report = reports.get(sender.tab.id);
    if (report) report.timing = { ...report.timing, ...message.timing };
    return { ok: true };
  },
  [Channel.POPUP_REPORT](message) {
    return reportFor(message.tabId);
  },
  async [Channel.PACKS_CHANGED]() {
    const refused = await syncPacks(await getEngine());
    return { ok: Object.keys(refused).length === 0, refused };
  },
  async [Channel.HISTORY_CLEAR]() {
    const engine = await getEngine();
    engine.clearHistory();
    await store.clearHistory();
    return { ok: true };
  },
  async [Channel.ENGINE_STATS]() {
    return (await getEngine()).stats();
  },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && handlers[message.channel];
  if (!handler) return false;
  Promise.resolve(handler(message, sender))
    .then(sendResponse)
    .catch((error) => {
      if (sender.tab) showError(sender.tab.id).catch(() => {});
      sendResponse({ ok: false, error: String(error && error.message || error), code: error && error.code });
    });
  return true;  // the answer is sent asynchronously
});

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') installBundledPack().catch((error) => console.warn('firsthand: sample pack:', error));
});
chrome.tabs.onRemoved.addListener((tabId) => reports.delete(tabId));
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') reports.delete(tabId);
});
