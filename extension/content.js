// Content script: gathers the page as the browser holds it (already parsed, scripted and rendered) and hands it
// to the background for analysis. Two native calls do all of the gathering:
//   1. document.documentElement.outerHTML: the live DOM, serialised by the browser itself;
//   2. document.body.innerText: the rendered text, which leaves out whatever the reader cannot see
//      (display:none, visibility:hidden, closed <details>...).
// The wasm core rebuilds the page model from the first and drops the text nodes the second lacks
// (core/page/serialized_dom.cpp). Walking the DOM node by node here instead cost ~120 ms on a 500 KB page in
// Chromium: every node touched from a content script's isolated world needs a wrapper of its own.
// It only gathers: extraction, fingerprints and the verdict all run in the wasm core.
(() => {
  // The strings go in pieces of this size: one message of the whole 500 KB page took 70 ms to post in
  // Chromium against 13 ms in 64K pieces, whose delivery also overlaps the posting of the next. Smaller pieces
  // did better still, in Firefox above all: the 737K characters of that page (DOM and rendered text) reached
  // the background in a median of 48 ms in 16K pieces against 75 ms in 64K ones (Chromium: 54 against 58;
  // 4K and 8K pieces were slower again). Pieces also keep a 50 MB page under the browsers' 64 MB limit on
  // one message.
  const PIECE_CHARS = 1 << 14;

  const serialisedDom = () => (document.documentElement ? document.documentElement.outerHTML : '');
  const renderedText = () => (document.body ? document.body.innerText : '');

  const clock = () => performance.timeOrigin + performance.now();

  // Sends the page over a port (channel page:analyze) as {field, piece} messages, then {end, url, remember,
  // timing}, and resolves to the background's answer, which comes once the verdict is on the badge. The
  // serialised DOM is posted before the rendered text is read, so the background receives the one while this
  // script reads the other. `remember`: whether the page may join the reading history.
  // The timing resolved beside the answer: the gathering (walkMs: the two native calls), the posting, the
  // message hops (from the start of the posting to the first piece's arrival and to the last one's, and the
  // answer's way back) and the whole, from the start to the answer; the background adds its own stages to
  // the same report.
  async function sendPage({ remember }) {
    // A site the reader paused (or left off the allow list) is never gathered: shared/site_rules.js.
    if (!(await globalThis.firsthandSiteRules.allowedHere())) return { answer: { ok: false, code: 'site_paused' } };
    const started = performance.now();
    const port = chrome.runtime.connect({ name: 'page:analyze' });
    const answered = new Promise((resolve, reject) => {
      port.onMessage.addListener(resolve);
      port.onDisconnect.addListener(() => reject(new Error('the background closed the port')));
    });
    let walkMs = 0;
    let postMs = 0;
    let pageChars = 0;
    let sentAt;
    for (const [field, read] of [['html', serialisedDom], ['visibleText', renderedText]]) {
      const readStart = performance.now();
      const text = read();
      const postStart = performance.now();
      walkMs += postStart - readStart;
      sentAt ??= clock();
      for (let at = 0; at === 0 || at < text.length; at += PIECE_CHARS) {
        port.postMessage({ field, piece: text.slice(at, at + PIECE_CHARS) });
      }
      postMs += performance.now() - postStart;
      pageChars += text.length;
    }
    port.postMessage({ end: true, url: location.href, remember, timing: { walkMs, sentAt } });
    const answer = await answered;
    const answeredAt = clock();
    port.disconnect();
    const timing = {
      walkMs, postMs, totalMs: performance.now() - started, pageChars,
      firstPieceMs: answer.firstPieceAt - sentAt, sendMs: answer.receivedAt - sentAt,
      replyMs: answeredAt - answer.repliedAt,
    };
    return { answer, timing };
  }

  // The page as loaded: analysed, added to the history, and the timing reported for the popup to show.
  async function reportPage() {
    const { answer, timing } = await sendPage({ remember: true });
    if (answer && answer.ok) await chrome.runtime.sendMessage({ channel: 'page:timing', timing });
  }

  // The background asks for the page again when it lost its state (its service worker was stopped and
  // restarted): it comes the same way, in pieces, and the answer goes back once it is analysed.
  chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (message && message.channel === 'page:collect') {
      sendPage({ remember: false }).then(({ answer }) => sendResponse(answer),
        (error) => sendResponse({ ok: false, error: String(error && error.message || error) }));
      return true;
    }
    return false;
  });

  reportPage().catch(() => { /* the extension was reloaded or is shutting down: nothing to report to */ });
})();
