// The popup's first script, a classic one at the top of <head>, before the stylesheets (a script after them
// waits for them): asks the background for the tab's report and the tab's content script for its site at
// once, while the popup's modules are still loading, so both answers (the stored verdict, the site switch's
// state) are there when popup.js draws. The tab can be named with ?tabId=N (tests, or opened as a page).
window.firsthandEarly = (async () => {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  const tabId = fromQuery ? Number(fromQuery)
    : (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const report = chrome.runtime.sendMessage({ channel: 'popup:report', tabId })
    .catch((error) => ({ ok: false, error: String(error.message || error) }));
  // {host, allowed} (shared/site_rules.js answers it in the page), or null where no content script runs
  // (browser pages, about:blank).
  const site = chrome.tabs.sendMessage(tabId, { channel: 'site:status' })
    .then((status) => (status && status.host ? status : null), () => null);
  return { tabId, report, site };
})();
