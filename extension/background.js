// Background service worker (Chrome) / background script (Firefox): receives pages from the content script,
// has the wasm core analyse them, sets the toolbar badge, answers the popup and the options page.
// Listeners are registered at top level (the worker may be restarted for any event); the core loads lazily.
import { Channel } from './shared/channels.js';
import { getEngine, installBundledPack, persistHistory, syncPacks } from './background/core.js';
import { clearBadge, forgetHeadline, showError, showVerdict } from './background/badge.js';
import { feedHandlers, listenForFeedAlarms } from './background/feeds.js';
import { pageCheck } from './background/page_check.js';
import { getSettings } from './shared/settings.js';
import * as store from './shared/store.js';
import './shared/site_rules.js';  // globalThis.firsthandSiteRules

// Timestamps comparable with the content script's (same clock, different time origins).
const clock = () => performance.timeOrigin + performance.now();

// The latest report per tab. Memory only: a restarted worker asks the tab for its page again (the headline
// the popup draws first is kept in storage.session: background/badge.js).
const reports = new Map();
// Analyses under way, per tab: the popup waits for them rather than collecting the page a second time.
const analysing = new Map();

// The history index is written to storage after the badge is set, off the page's critical path, yet at
// once: the write starts in the same turn as the answer, and a change made while a write runs is written
// right after it, so no analysed article waits on a timer (a stopped worker could lose it). Each write
// exports the index as it is then, so the last write always holds every article. Resolves to the last
// write's outcome ({ saved, error }: persistHistory's), which the popup shows when storage is full.
let historyWriting = null;
let historyChanged = false;

function persistHistorySoon(engine) {
  historyChanged = true;
  if (historyWriting) return historyWriting;
  historyWriting = (async () => {
    let outcome;
    while (historyChanged) {
      historyChanged = false;
      outcome = await persistHistory(engine);
    }
    return outcome;
  })().finally(() => { historyWriting = null; });
  return historyWriting;
}

// Analyses a page ({url, html, visibleText}: content.js gathers it) and sets the badge. report.timing holds
// the background's stages: waiting for the core and the settings, the wasm call (with the core's own stages
// in timing_ms and the copies in and out of wasm memory in io_ms) and the badge.
async function analyze(tabId, page, { remember, stamp }) {
  const started = performance.now();
  const engine = await getEngine();
  const addToHistory = remember && (await getSettings()).historyEnabled;
  const called = performance.now();
  const answer = engine.analyze(page, { addToHistory });
  const answered = performance.now();
  if (!answer.ok) {
    await clearBadge(tabId);
    return { ok: false, error: answer.error };
  }
  const report = { ...answer, stamp, timing: { readyMs: called - started, coreMs: answered - called } };
  reports.set(tabId, report);
  if (answer.is_article) await showVerdict(tabId, report);
  else await clearBadge(tabId);
  report.timing.badgeMs = performance.now() - answered;
  report.timing.badgeAt = clock();
  if (answer.history_added) {
    persistHistorySoon(engine).then((storage) => { report.storage = storage; });
  }
  return report;
}

async function reportFor(tabId) {
  await historyWriting;  // so the report says whether its article could be stored
  if (reports.has(tabId)) return reports.get(tabId);
  if (analysing.has(tabId)) return analysing.get(tabId);  // the content script's page is being analysed
  if (pausedPages.has(tabId) && !(await globalThis.firsthandSiteRules.statusOf(pausedPages.get(tabId)))?.allowed) return sitePaused();
  // The content script sends its page again, over a page:analyze port as the first time (not for the history),
  // and answers once it is analysed: the report is then in `reports`, or the answer says what failed.
  const answer = await chrome.tabs.sendMessage(tabId, { channel: Channel.PAGE_COLLECT }).catch(() => null);
  if (answer) return reports.get(tabId) ?? answer;
  // No listener: the article check turned the page down (content.js listens on articles only), or no content
  // script runs there (about:blank, browser and store pages, PDFs); the check's answer left in the page tells.
  const check = await pageCheck(tabId);
  if (check && !check.article) return { ok: true, is_article: false, checked_in_page: true };
  return { ok: false, code: 'page_unreadable', error: chrome.i18n.getMessage('error_no_page') };
}

// A field's pieces as one string, or its one UTF-8 byte array as it came (the engine copies it as it is).
const joined = (pieces) => (pieces.length === 1 && pieces[0] instanceof Uint8Array ? pieces[0] : pieces.join(''));

// The popup drew the stored report; the page is collected again only if it changed since (its change stamp
// differs), and the answer says whether it did, for the popup to draw the new report.
async function refreshIfChanged(tabId) {
  const report = reports.get(tabId);
  if (!report || report.stamp === undefined) return { ok: true, changed: false };
  const now = await chrome.tabs.sendMessage(tabId, { channel: Channel.PAGE_STAMP }).catch(() => null);
  if (!now?.ok || now.stamp === report.stamp) return { ok: true, changed: false };
  reports.delete(tabId);
  const answer = await reportFor(tabId);
  return { ok: Boolean(answer?.ok), changed: true };
}

// A page sent by the content script, once its last piece has arrived; `remember`: whether it may join the
// history (not when it is sent again for the popup); `stamp`: the page's change stamp when it was gathered.
async function analyzeSentPage(page, { timing = {}, remember, firstPieceAt, stamp }, sender) {
  const receivedAt = clock();
  const tabId = sender.tab.id;
  const analysis = analyze(tabId, page, { remember, stamp });
  analysing.set(tabId, analysis);
  const report = await analysis.finally(() => {
    if (analysing.get(tabId) === analysis) analysing.delete(tabId);
  });
  if (!report.ok) return report;
  report.timing.walkMs = timing.walkMs;
  report.timing.startedAt = timing.startedAt;
  return { ok: true, coreMs: report.timing.coreMs, firstPieceAt, receivedAt, repliedAt: clock() };
}

const handlers = {
  async [Channel.PAGE_TIMING](message, sender) {
    const report = reports.get(sender.tab.id);
    if (report) report.timing = { ...report.timing, ...message.timing };
    return { ok: true };
  },
  [Channel.POPUP_REPORT](message) {
    return reportFor(message.tabId);
  },
  [Channel.POPUP_REFRESH](message) {
    return refreshIfChanged(message.tabId);
  },
  async [Channel.PACKS_CHANGED]() {
    const refused = await syncPacks(await getEngine());
    return { ok: Object.keys(refused).length === 0, refused };
  },
  async [Channel.HISTORY_CLEAR]() {
    const engine = await getEngine();
    await historyWriting;  // a write of the index as it was must not land after the clearing
    engine.clearHistory();
    await store.clearHistory();
    return { ok: true };
  },
  async [Channel.HISTORY_LIST]() {
    return (await getEngine()).listHistory();
  },
  async [Channel.HISTORY_REMOVE](message) {
    const engine = await getEngine();
    const answer = engine.removeFromHistory(Number(message.id));
    if (answer.ok) await persistHistorySoon(engine);
    return answer;
  },
  async [Channel.ENGINE_STATS]() {
    return (await getEngine()).stats();
  },
  ...feedHandlers,
};

// Answers with what `work` resolves to, or with the error (and the badge says so for a tab's request).
function respond(work, sender, send) {
  Promise.resolve(work)
    .then(send)
    .catch((error) => {
      if (sender.tab) showError(sender.tab.id).catch(() => {});
      send({ ok: false, error: String(error && error.message || error), code: error && error.code });
    });
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && handlers[message.channel];
  if (!handler) return false;
  respond(handler(message, sender), sender, sendResponse);
  return true;  // the answer is sent asynchronously
});

// The tabs whose page was turned away because the reader paused its site (or left it off the allow list), with
// the page's address: while the rules still say so, the popup's request is answered without having the page
// open its port again.
const pausedPages = new Map();
const sitePaused = () => ({ ok: false, code: 'site_paused' });

// The content script's page arrives over a port as {field, piece} messages (strings, Chromium's carrier) or
// {field, bytes} ones (UTF-8, Firefox's), for its serialised DOM and its rendered text, then {end, url,
// remember, stamp, timing}; the answer goes back on the same port. The port opens before the page is gathered;
// the page waits for {go: true}, sent once its address passes the reader's site rules, and the core starts
// loading then, if it is not loaded yet. A paused site's page gets the site_paused answer instead and gathers
// nothing.
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== Channel.PAGE_ANALYZE || !port.sender?.tab) return;
  const tabId = port.sender.tab.id;
  globalThis.firsthandSiteRules.statusOf(port.sender.url).then((site) => {
    if (site?.allowed) {
      // A paused site's page does not even start the core.
      getEngine().catch(() => { /* the analysis reports it */ });
      pausedPages.delete(tabId);
      port.postMessage({ go: true });
      return;
    }
    pausedPages.set(tabId, port.sender.url);
    port.postMessage(sitePaused());
  }).catch(() => { /* the tab went away */ });
  const pieces = { html: [], visibleText: [] };
  let firstPieceAt;
  port.onMessage.addListener((message) => {
    const piece = message?.piece ?? message?.bytes;
    if ((typeof piece === 'string' || piece instanceof Uint8Array) && pieces[message.field]) {
      firstPieceAt ??= clock();
      pieces[message.field].push(piece);
    } else if (message?.end) {
      const send = (reply) => { try { port.postMessage(reply); } catch { /* the tab went away */ } };
      const page = { url: String(message.url || ''), html: joined(pieces.html), visibleText: joined(pieces.visibleText) };
      const sent = { timing: message.timing || {}, remember: message.remember !== false, firstPieceAt, stamp: String(message.stamp ?? '') };
      respond(analyzeSentPage(page, sent, port.sender), port.sender, send);
    }
  });
});

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  installBundledPack().catch((error) => console.warn('firsthand: sample pack:', error));
  chrome.tabs.create({ url: chrome.runtime.getURL('onboarding/onboarding.html') });  // first run: what it all means
});
listenForFeedAlarms();
// A tab's report and its stored headline are the page's: they go when the tab closes or loads another page.
const forgetTab = (tabId) => {
  reports.delete(tabId);
  pausedPages.delete(tabId);
  forgetHeadline(tabId).catch(() => { /* nothing stored */ });
};
chrome.tabs.onRemoved.addListener(forgetTab);
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') forgetTab(tabId);
});
