// Content script entry: decides whether the page may be an article (content/article_check.js) before anything
// is gathered; on an article, gathers what the core reads (content/gather.js), carries it to the background
// (content/carrier_*.js, per browser) and reports the timing. While the page still loads, the gathering waits
// for an idle moment, and on a very large page its steps are spread over separate tasks, so the page's own
// work runs between them. It only gathers: extraction, fingerprints and the verdict all run in the wasm core.
(() => {
  const clock = () => performance.timeOrigin + performance.now();
  const startedAt = clock();
  // A gathering step that read or wrote more than this many characters (a few ms of work) gives the page a
  // turn before the next; smaller steps run back to back, as each turn costs a task switch.
  const YIELD_ABOVE_CHARS = 300 * 1024;
  // While the page still loads its images and frames, the gathering waits for the main thread to be idle,
  // at most this long (a page that never stops loading is gathered all the same).
  const IDLE_WAIT_MS = 50;

  // The main-thread time this script has taken on the page, for the timing report: each of its slices whole,
  // from the moment it runs (its start, or the end of an await) to the next await, not only the check, the
  // gathering and the posting in them. The extension's API costs most where it is first touched in a page
  // (chrome.runtime, its listeners, storage, connect: 0.5-3.6 ms in Chromium, 6-25 ms in Firefox), and that
  // lies between the timed steps. A slice of a request the background sends (page:collect) starts at its
  // listener. What this cannot see: the content scripts run before it (a bench times them from the first
  // one's start) and the page:timing message that carries the figure.
  let mainThreadMs = 0;
  let sliceStart = performance.now();
  const paused = async (promise) => {
    mainThreadMs += performance.now() - sliceStart;
    try {
      return await promise;
    } finally {
      sliceStart = performance.now();
    }
  };

  const yieldToPage = () => (globalThis.scheduler?.yield ? scheduler.yield()
    : new Promise((resolve) => { setTimeout(resolve, 0); }));

  const pageIdle = () => (document.readyState === 'complete' || !globalThis.requestIdleCallback ? Promise.resolve()
    : new Promise((resolve) => { requestIdleCallback(resolve, { timeout: IDLE_WAIT_MS }); }));

  // A stamp of the page's state: its address, title and the length of the markup the core reads. The popup has
  // the page collected again only when it differs from the stamp of the page the verdict was computed on (a
  // single-page app moved on). At gathering it costs nothing (the markup is there); the popup's check takes
  // the markup again, once per opening of the popup, not per page load.
  const changeStamp = (html) => `${location.href}\n${document.title}\n${html.length}`;
  const stampNow = () => {
    const page = { html: '', visibleText: '' };
    for (const [name, step] of firsthandGatherSteps(document)) if (name !== 'text') step(page);
    return changeStamp(page.html);
  };

  // Sends the page over a port (channel page:analyze) as {field, piece} or {field, bytes} messages, then
  // {end, url, remember, timing, stamp}, and resolves to the background's answer, which comes once the verdict is
  // on the badge. The port is opened first, so a stopped background starts (and loads the core) while this
  // script waits for the page to be idle and for the background's go-ahead. `remember`: whether the page may join
  // the reading history.
  // The timing resolved beside the answer: the gathering (walkMs, and stepsMs per step), the posting, the
  // message hops (from the start of the posting to the first piece's arrival and to the last one's, and the
  // answer's way back), this script's main-thread time from its start, its slices whole (checkMs: the
  // article check's part),
  // and the whole, from the start to the answer; the background adds its own stages to the same report.
  async function sendPage({ remember }) {
    const started = performance.now();
    const port = chrome.runtime.connect({ name: 'page:analyze' });
    // The background's first message: {go: true} once it has checked the page's address against the reader's
    // site rules (shared/site_rules.js), or the answer itself ({ok: false, code: 'site_paused'}): a site the
    // reader paused (or left off the allow list) is never gathered. The rules are read there, not here: the
    // page then never touches the extension's storage.
    let decide;
    const allowed = new Promise((resolve) => { decide = resolve; });
    const answered = new Promise((resolve, reject) => {
      port.onMessage.addListener((message) => {
        if (message?.go) decide(true);
        else {
          decide(false);
          resolve(message);
        }
      });
      port.onDisconnect.addListener(() => {
        decide(false);
        reject(new Error('the background closed the port'));
      });
    });
    // Awaited only after the idle wait: a port closed before then is not an unhandled rejection meanwhile.
    answered.catch(() => {});
    const [go] = await paused(Promise.all([allowed, pageIdle()]));
    if (!go) {
      port.disconnect();
      return { answer: await answered };
    }
    const gatherStart = performance.now();
    const page = { html: '', visibleText: '' };
    let walkMs = 0;
    let postMs = 0;
    const stepsMs = {};
    let sentAt;
    const steps = firsthandGatherSteps(document);
    for (const [name, step] of steps) {
      const stepStart = performance.now();
      const chars = step(page);
      stepsMs[name] = performance.now() - stepStart;
      walkMs += stepsMs[name];
      // The markup is posted before the rendered text is read, so the background receives the one while this
      // script reads the other.
      if (name === 'cut' || name === 'text') {
        const postStart = performance.now();
        sentAt ??= clock();
        firsthandPost(port, name === 'cut' ? 'html' : 'visibleText', name === 'cut' ? page.html : page.visibleText);
        postMs += performance.now() - postStart;
      }
      if (chars > YIELD_ABOVE_CHARS && name !== 'text') await paused(yieldToPage());
    }
    const stamp = changeStamp(page.html);
    port.postMessage({ end: true, url: location.href, remember, stamp, timing: { walkMs, sentAt, startedAt } });
    const answer = await paused(answered);
    const answeredAt = clock();
    port.disconnect();
    const timing = {
      checkMs, walkMs, stepsMs, postMs, mainThreadMs: mainThreadMs + performance.now() - sliceStart,
      totalMs: performance.now() - started, gatherMs: performance.now() - gatherStart,
      pageChars: page.html.length + page.visibleText.length,
      firstPieceMs: answer.firstPieceAt - sentAt, sendMs: answer.receivedAt - sentAt, replyMs: answeredAt - answer.repliedAt,
    };
    return { answer, timing };
  }

  // The page as loaded: analysed, added to the history, and the timing reported for the popup to show.
  async function reportPage() {
    const { answer, timing } = await sendPage({ remember: true });
    if (answer && answer.ok) await chrome.runtime.sendMessage({ channel: 'page:timing', timing });
  }

  // The page's one listener, registered on an article only (on a page the check turned down the content
  // scripts touch no extension API at all: its first touch costs more than the check, Chromium 0.5-3.6 ms,
  // Firefox 6-25 ms). The background asks for the page again when it lost its state (its service worker was
  // stopped and restarted) or the popup found the page changed: it comes the same way, and the answer goes
  // back once it is analysed. 'page:stamp' answers the stamp.
  function answerRequests() {
    chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (message?.channel === 'page:stamp') {
        sendResponse({ ok: true, stamp: stampNow() });
        return false;
      }
      if (message?.channel !== 'page:collect') return false;
      sliceStart = performance.now();
      sendPage({ remember: false }).then(({ answer }) => sendResponse(answer),
        (error) => sendResponse({ ok: false, error: String(error && error.message || error) }));
      return true;
    });
  }

  const checkStart = performance.now();
  const isArticle = firsthandProbablyArticle(document);
  const checkMs = performance.now() - checkStart;
  // The check's answer stays in the content scripts' world, where the popup reads it
  // (chrome.scripting.executeScript: background/page_check.js) to tell "not an article" from a page no
  // content script runs on.
  globalThis.firsthandPageCheck = Object.freeze({ article: isArticle });
  if (!isArticle) return;
  answerRequests();
  reportPage().catch(() => { /* the extension was reloaded or is shutting down: nothing to report to */ });
})();
