// The popup's first script, a classic one at the top of <head>, before the stylesheets (a script after them
// waits for them): asks at once for the tab's headline (what the background stored in chrome.storage.session
// under "headline:<tabId>" when it set the badge: background/badge.js), its full report (from the background)
// and its site (from the tab's content script), and draws the headline as soon as the page is parsed, before
// popup.js and its modules have loaded; popup.js draws the rest from the two answers on the next frame.
// The tab can be named with ?tabId=N (tests, or opened as a page).
window.firsthandEarly = (async () => {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  const tabId = fromQuery ? Number(fromQuery)
    : (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const key = `headline:${tabId}`;
  const stored = Promise.resolve(chrome.storage.session?.get(key)).then((items) => items?.[key], () => undefined);
  const report = chrome.runtime.sendMessage({ channel: 'popup:report', tabId })
    .catch((error) => ({ ok: false, error: String(error.message || error) }));
  // {host, allowed} (shared/site_rules.js answers it in the page), or null where no content script runs
  // (browser pages, about:blank).
  const site = chrome.tabs.sendMessage(tabId, { channel: 'site:status' })
    .then((status) => (status && status.host ? status : null), () => null);
  // The document parsed (readyState "interactive" comes before the deferred modules run).
  if (document.readyState === 'loading') {
    await new Promise((resolve) => { document.addEventListener('readystatechange', resolve, { once: true }); });
  }
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
