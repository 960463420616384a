// Content script run at document_start: tells the background a page is on its way, so that a stopped service
// worker (or suspended event page) starts and loads the wasm core while the page is still loading, instead of
// after content.js has gathered it. The message carries nothing about the page.
// A site the reader paused gets no message at all (shared/site_rules.js, the content script run before this one).
globalThis.firsthandSiteRules.allowedHere()
  .then((allowed) => allowed && chrome.runtime.sendMessage({ channel: 'engine:wake' }))
  .catch(() => { /* the extension is reloading */ });
