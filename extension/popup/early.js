// The popup's first script, a classic one in <head>: asks the background for the tab's report at once, while
// the popup's modules are still loading, so the answer (the stored verdict) is there when popup.js draws.
// The tab can be named with ?tabId=N (tests, or opened as a page).
window.firsthandEarly = (async () => {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  const tabId = fromQuery ? Number(fromQuery)
    : (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const report = chrome.runtime.sendMessage({ channel: 'popup:report', tabId })
    .catch((error) => ({ ok: false, error: String(error.message || error) }));
  return { tabId, report };
})();
