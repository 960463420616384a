// The popup's first script, a classic one at the top of <head>, before the stylesheets (a script after them
// waits for them): asks at once for the tab's headline (what the background stored in chrome.storage.session
// under "headline:<tabId>" when it set the badge: background/badge.js), its full report (from the background)
// and its site (from the tab's address, which the activeTab permission shows the popup, and the reader's site
// rules: no message to the page), and draws the headline as soon as the page is parsed, before popup.js and
// its modules have loaded; popup.js draws the rest from the two answers on the next frame.
// The tab can be named with ?tabId=N (tests, or opened as a page).
// popup.js and the modules it imports are fetched only once the headline is drawn (or there is none to draw):
// named in popup.html, their fetches (a dozen at once, by the preload scanner) held back this script's own
// start, 65 ms after the popup's opening against 37 ms for an empty extension page's first script
// (Chromium). They are then fetched at once, not level by level as imports are found.
const FIRSTHAND_POPUP_MODULES = ['../shared/channels.js', '../shared/i18n.js', '../shared/i18n_core.js',
  '../shared/verdicts.js', '../background/badge.js', 'search_links.js', 'search_sentence.js', 'passages.js',
  'word_diff.js', 'site_switch.js'];
function firsthandLoadPopup() {
  for (const href of FIRSTHAND_POPUP_MODULES) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'modulepreload', href }));
  }
  document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: 'popup.js' }));
}
window.firsthandEarly = (async () => {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  const tabId = fromQuery ? Number(fromQuery)
    : (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const key = `headline:${tabId}`;
  const stored = Promise.resolve(chrome.storage.session?.get(key)).then((items) => items?.[key], () => undefined);
  const report = chrome.runtime.sendMessage({ channel: 'popup:report', tabId })
    .catch((error) => ({ ok: false, error: String(error.message || error) }));
  // The document parsed (readyState "interactive" comes before the deferred modules run): shared/site_rules.js,
  // a later script, has run then.
  const parsed = document.readyState === 'loading'
    ? new Promise((resolve) => { document.addEventListener('readystatechange', resolve, { once: true }); }) : undefined;
  // {host, allowed}, or null for a tab with no site (browser pages, about:blank) or whose address is not shown.
  const site = chrome.tabs.get(tabId).then(async ({ url }) => {
    await parsed;
    return globalThis.firsthandSiteRules.statusOf(url);
  }).catch(() => null);
  await parsed;
  globalThis.firsthandI18n.localize();
  // The report section as it is before anything is drawn: popup.js draws each report into a fresh copy.
  const pristine = document.getElementById('report').cloneNode(true);
  const headline = await stored;
  if (headline) {
    globalThis.firsthandHeadline.drawHeadline(headline);
    document.body.dataset.headline = 'stored';
    // From the popup's opening (its time origin) to the verdict drawn: the figure the bench reports.
    document.body.dataset.verdictMs = performance.now().toFixed(1);
  }
  return { tabId, report, site, pristine, drewHeadline: Boolean(headline) };
})();
// popup.js draws a failure too, so it loads whatever happened here.
window.firsthandEarly.then(firsthandLoadPopup, firsthandLoadPopup);
