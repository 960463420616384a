// Launches headless Chromium or Firefox ESR with the unpacked extension (puppeteer-core, Debian browsers) and
// drives it through an extension page kept open as the "control" tab: from there the test asks the extension
// what the reader would see (badge text, the report the popup draws) with the extension's own APIs.
// Every request any page makes is recorded, and in Chromium every request of the service worker, to prove
// nothing leaves 127.0.0.1.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import puppeteer from 'puppeteer-core';

export const GECKO_ID = 'firsthand@firsthand.example';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function poll(what, fn, { timeoutMs = 15000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${last})`);
    await sleep(intervalMs);
  }
}

async function launchChromium(extensionDir, userDataDir, locale) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: [extensionDir], userDataDir,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-features=Translate,OptimizationHints,MediaRouter',
      '--disable-domain-reliability', '--disable-client-side-phishing-detection', ...(locale ? [`--lang=${locale}`] : [])],
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  return { browser, origin: worker.url().split('/').slice(0, 3).join('/') };
}

async function launchFirefox(extensionDir, userDataDir, prefs) {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir, args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  return { browser, origin: `moz-extension://${uuid}` };
}

// Extension pages: Firefox never resolves goto() for them, so navigation is not awaited there.
async function openExtensionPage(browser, url, kind) {
  const page = await browser.newPage();
  if (kind === 'firefox') {
    page.goto(url).catch(() => {});
    await poll(`${url} to load`, () => page.evaluate(() => document.body && document.body.dataset.ready === 'true'));
  } else {
    await page.goto(url);
    await poll(`${url} to be ready`, () => page.evaluate(() => {
      if (document.body.dataset.error) throw new Error(document.body.dataset.error);
      return document.body.dataset.ready === 'true';
    }));
  }
  return page;
}

// The background's global scope: Chromium's service worker (through its target), Firefox's event page
// (through runtime.getBackgroundPage() in the control page). `fn(scope, ...args)` runs there; it is sent as
// source text, so it may use only its arguments.
async function inBackgroundOf(kind, browser, control, fn, args) {
  const call = `(${fn})(SCOPE, ...${JSON.stringify(args)})`;
  if (kind === 'firefox') {
    return control.evaluate(`(async () => { const SCOPE = await browser.runtime.getBackgroundPage(); return ${call}; })()`);
  }
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  return (await target.worker()).evaluate(`(async () => { const SCOPE = globalThis; return ${call}; })()`);
}

// `firefoxPrefs` adds Firefox preferences (e.g. a short background idle timeout); `locale` asks for a UI
// language (Chromium's --lang, Firefox's requested locale).
export async function launch(kind, extensionDir, { firefoxPrefs = {}, locale } = {}) {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), `firsthand-${kind}-`));
  const { browser, origin } = kind === 'firefox'
    ? await launchFirefox(extensionDir, userDataDir, { ...(locale ? { 'intl.locale.requested': locale } : {}), ...firefoxPrefs })
    : await launchChromium(extensionDir, userDataDir, locale);
  const requests = [];
  const backgroundRequests = [];  // Chromium's service worker's: {url, headers}
  const watch = (page) => page.on('request', (request) => requests.push(request.url()));
  // The service worker's own requests (its fetches of feeds, packs, the wasm core) through the DevTools
  // protocol's network events on its target; each new worker (after a stop) is watched too.
  const workerSessions = new Set();
  const watchWorker = async (target) => {
    const session = await target.createCDPSession().catch(() => null);
    if (!session) return;
    workerSessions.add(session);
    session.on('Network.requestWillBeSent', ({ request }) => {
      requests.push(request.url);
      backgroundRequests.push({ url: request.url, headers: request.headers });
    });
    await session.send('Network.enable').catch(() => {});
  };
  browser.on('targetcreated', async (target) => {
    if (kind === 'chromium' && target.type() === 'service_worker') return watchWorker(target);
    const page = await target.page().catch(() => null);
    if (page) watch(page);
  });
  for (const page of await browser.pages()) watch(page);
  if (kind === 'chromium') for (const target of browser.targets().filter((t) => t.type() === 'service_worker')) await watchWorker(target);

  // The first-run page the extension opens on install: read, then closed, so each test starts from its own
  // tabs (an extension without one, as a bench's, opens none).
  let onboarding = null;
  if (existsSync(path.join(extensionDir, 'onboarding/onboarding.html'))) {
    // Firefox reports such a tab's address as about:blank: ask the page itself.
    const isFirstRun = async (page) => (await page.evaluate(() => location.href).catch(() => '')).startsWith(`${origin}/onboarding/`);
    const firstRun = await poll('the first-run page', async () => {
      for (const page of await browser.pages()) if (await isFirstRun(page)) return page;
      return undefined;
    });
    onboarding = await poll('the first-run page to fill', () => firstRun.evaluate(() => (document.body?.dataset.ready === 'true'
      ? { text: document.body.innerText, badges: document.querySelectorAll('#badges li').length } : undefined)));
    await firstRun.close();
  }

  const control = await openExtensionPage(browser, `${origin}/options/options.html`, kind);
  const inExtension = (fn, ...args) => control.evaluate(fn, ...args);

  // The tabs visit() opened, by id: the page the reader would open the popup on.
  const visited = new Map();
  // The popup sees its tab's address and reads the article check's answer there through the activeTab
  // permission, which the browser grants when the reader invokes the action on the tab. The tests open the
  // popup as a page (popup.html?tabId=N), so in Chromium the harness invokes the action first (DevTools'
  // Extensions.triggerAction on the tab, brought to the front as it is when clicked), with the tab's popup
  // emptied for that moment so that no second popup runs. Firefox needs no step: it counts the content
  // scripts' match patterns as granted hosts.
  async function grantActiveTab(tabId) {
    const page = visited.get(tabId);
    if (kind !== 'chromium' || !page || page.isClosed()) return;
    await inExtension((id) => chrome.action.setPopup({ tabId: id, popup: '' }), tabId);
    try {
      await page.bringToFront();
      const session = await browser.target().createCDPSession();
      await session.send('Extensions.triggerAction', { id: origin.split('//')[1], targetId: page._tabId });
      await session.detach();
    } finally {
      await inExtension((id) => chrome.action.setPopup({ tabId: id, popup: 'popup/popup.html' }), tabId);
    }
  }

  return {
    kind, browser, origin, requests, backgroundRequests, control, onboarding,
    // `waitUntil`: 'load' (the default), or 'domcontentloaded' for real pages whose load may never end.
    async visit(url, { waitUntil = 'load' } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 900 });
      await page.goto(url, { waitUntil });
      await page.bringToFront();
      const tabId = await poll('the tab id', () => inExtension(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab && !tab.url?.startsWith?.('chrome-extension') ? tab.id : undefined;
      }));
      visited.set(tabId, page);
      return { page, tabId };
    },
    badgeText: (tabId) => inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    report: (tabId) => inExtension((id) => chrome.runtime.sendMessage({ channel: 'popup:report', tabId: id }), tabId),
    stats: () => inExtension(() => chrome.runtime.sendMessage({ channel: 'options:stats' })),
    inBackground: (fn, ...args) => inBackgroundOf(kind, browser, control, fn, args),
    // Stops Chromium's service worker as the browser does when it idles (the next event starts a new one).
    async stopServiceWorker() {
      const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
      // A DevTools session attached to the worker keeps it alive: the request watch lets go first.
      for (const session of workerSessions) await session.detach().catch(() => {});
      workerSessions.clear();
      await (await target.worker()).close();
      await poll('the service worker to stop', async () => !browser.targets().some((t) => t.type() === 'service_worker'));
    },
    options: () => openExtensionPage(browser, `${origin}/options/options.html`, kind),
    openPage: (file) => openExtensionPage(browser, `${origin}/${file}`, kind),
    // The popup as the reader sees it, for the tab, in a popup-sized viewport.
    async popup(tabId) {
      await grantActiveTab(tabId);
      const page = await openExtensionPage(browser, `${origin}/popup/popup.html?tabId=${tabId}`, kind);
      await page.setViewport({ width: 440, height: 640 });
      return page;
    },
    // Read clean, as the popup's button opens it for the tab.
    reader: (tabId) => openExtensionPage(browser, `${origin}/reader/reader.html?tabId=${tabId}`, kind),
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
