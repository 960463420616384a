// Content script: gathers the page as the browser holds it (already parsed, scripted and rendered) and hands it
// to the background for analysis. Two native calls do all of the gathering:
//   1. document.documentElement.outerHTML: the live DOM, serialised by the browser itself;
//   2. document.body.innerText: the rendered text, which leaves out whatever the reader cannot see
//      (display:none, visibility:hidden, closed <details>...).
// The wasm core rebuilds the page model from the first and drops the text nodes the second lacks
// (core/src/serialized_dom.cpp). Walking the DOM node by node here instead cost ~120 ms on a 500 KB page in
// Chromium: every node touched from a content script's isolated world needs a wrapper of its own.
// It only gathers: extraction, fingerprints and the verdict all run in the wasm core.
(() => {
  // A message carries at most this many characters of a string: browsers cap a message's size (64 MB in
  // Chromium), and the core accepts a page of up to 64 MB, so the longest strings go in several pieces.
  const PIECE_CHARS = 8 << 20;

  // The page as the core's fh_analyze_dom takes it: {url, html, visibleText}.
  function gatherPage() {
    const html = document.documentElement ? document.documentElement.outerHTML : '';
    const visibleText = document.body ? document.body.innerText : '';
    return { url: location.href, html, visibleText };
  }

  const clock = () => performance.timeOrigin + performance.now();

  // The whole page in one answer, for the background's second request.
  function collectPage() {
    const start = performance.now();
    const page = gatherPage();
    return { page, walkMs: performance.now() - start };
  }

  // Sends the page over a port (channel page:analyze) as {field, piece} messages, then {end}, and waits for the
  // answer, which comes once the verdict is on the badge. The timing sent after it: the gathering (walkMs),
  // the two message hops (the first from the gathering's end to the last piece's arrival) and the whole, from
  // this script's start to the answer; the background adds its own stages to the same report.
  async function reportPage() {
    const started = performance.now();
    const page = gatherPage();
    const walkMs = performance.now() - started;
    const port = chrome.runtime.connect({ name: 'page:analyze' });
    const answered = new Promise((resolve, reject) => {
      port.onMessage.addListener(resolve);
      port.onDisconnect.addListener(() => reject(new Error('the background closed the port')));
    });
    const sentAt = clock();
    for (const field of ['html', 'visibleText']) {
      const text = page[field];
      for (let at = 0; at === 0 || at < text.length; at += PIECE_CHARS) {
        port.postMessage({ field, piece: text.slice(at, at + PIECE_CHARS) });
      }
    }
    port.postMessage({ end: true, url: page.url, timing: { walkMs, sentAt } });
    const answer = await answered;
    const answeredAt = clock();
    port.disconnect();
    if (answer && answer.ok) {
      await chrome.runtime.sendMessage({
        channel: 'page:timing',
        timing: {
          walkMs, totalMs: performance.now() - started, pageChars: page.html.length + page.visibleText.length,
          sendMs: answer.receivedAt - sentAt, replyMs: answeredAt - answer.repliedAt,
        },
      });
    }
  }

  // The background asks again when it lost its state (its service worker was stopped and restarted).
  chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (message && message.channel === 'page:collect') {
      sendResponse(collectPage());
      return false;
    }
    return false;
  });

  reportPage().catch(() => { /* the extension was reloaded or is shutting down: nothing to report to */ });
})();
