// Content script: walks the live DOM of the page (already parsed and rendered by the browser) into the core's
// page model JSON text (core/include/firsthand/page_json.h) and streams it to the background for analysis.
// It only gathers: extraction, fingerprints and the verdict all run in the wasm core. Hidden elements are
// skipped; the kept attributes and dropped tags are those of the native HTML producer
// (core/html/html_producer.cpp), so the browser and the CLI extract the same body from the same page.
(() => {
  const KEPT_ATTRIBUTES = new Set([
    'id', 'class', 'role', 'itemprop', 'itemtype', 'itemscope', 'href', 'rel', 'name', 'property', 'content',
    'datetime', 'hidden', 'aria-hidden', 'aria-label', 'style', 'lang', 'type', 'alt', 'title', 'http-equiv',
    'charset', 'data-testid']);
  const DROPPED_TAGS = new Set(['style', 'noscript', 'template', 'iframe', 'object', 'embed', 'canvas']);
  // The limits of core/include/firsthand/limits.h, enforced here too so a huge page costs no huge message.
  const MAX_NODES = 2000000;
  const MAX_ATTRIBUTE_CHARS = 2048;
  const MAX_TEXT_CHARS = 1 << 20;
  // The page JSON goes to the background in pieces of this size while the walk goes on, so its transport
  // overlaps the walk (Chromium serialises each message in the page's process and parses it in the worker's).
  const CHUNK_CHARS = 16384;

  function isJsonLd(element) {
    return (element.getAttribute('type') || '').includes('ld+json');
  }

  // An element the reader cannot see: no box (display:none, closed <details>...) or visibility:hidden.
  // Everything in <head> is "hidden" yet carries the metadata, so it is never tested.
  const VISIBILITY_OPTIONS = { visibilityProperty: true };
  function isHidden(element) {
    if (typeof element.checkVisibility !== 'function') return element.hidden;
    if (element.checkVisibility(VISIBILITY_OPTIONS)) return false;
    return getComputedStyle(element).display !== 'contents';
  }

  // A JSON string literal. Most text needs no escaping, and testing that with one character-class scan
  // (linear, no backtracking) is cheaper than JSON.stringify in Firefox's content-script sandbox; quotes,
  // backslashes, control characters and surrogates still go through JSON.stringify, so the output is the same.
  const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
  function quote(text) {
    return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
  }

  // The element's kept attributes as a JSON object. getAttributeNames gives plain strings: iterating
  // element.attributes would make an Attr object per attribute, each a wrapper the content script pays for.
  // No hasAttributes() first: most elements have attributes, and each call crosses the wrapper.
  // Kept names are plain ASCII, written without escaping.
  function attributesJson(element) {
    let json = '';
    for (const name of element.getAttributeNames()) {
      if (!KEPT_ATTRIBUTES.has(name)) continue;
      let value = element.getAttribute(name);
      if (value.length > MAX_ATTRIBUTE_CHARS) value = value.slice(0, MAX_ATTRIBUTE_CHARS);
      json += `,"${name}":${quote(value)}`;
    }
    return json ? `{${json.slice(1)}}` : '{}';
  }

  // The page model's JSON text, written as the walk goes: [parent, tag, attrs] for elements, [parent, text]
  // for text. Parents precede their children, node i gets id i+1 (the document is 0). A TreeWalker moves
  // through the tree (one native call a step: Firefox's content-script wrappers made sibling links several
  // times slower) with a stack of the open elements' ids: no array or object per node, no recursion (deep
  // pages cannot overflow the stack), and skipped subtrees are never entered. The nodes are appended to one
  // string: both engines build it as a rope, cheaper than an array of per-node strings joined at the end.
  // localName tells text from elements in one read
  // (text and CDATA nodes have none; the walker shows nothing else). The text is handed to `emit` in
  // consecutive pieces of about CHUNK_CHARS as it is written; their concatenation is the page JSON.
  function pageJson(doc, emit) {
    const root = doc.documentElement;
    let nodes = `{"version":1,"source":"dom","url":${JSON.stringify(location.href)},"nodes":[`;
    let separator = '';
    let count = 0;
    const openParents = [];
    const openInHead = [];
    let parent = 0;
    let inHead = false;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
    let node = root;
    while (node && count < MAX_NODES) {
      const tag = node.localName;
      if (tag === undefined) {
        let text = node.nodeValue;
        if (text.length > MAX_TEXT_CHARS) text = text.slice(0, MAX_TEXT_CHARS);
        nodes += `${separator}[${parent},${quote(text)}]`;
        separator = ',';
        ++count;
      } else {
        const kept = !DROPPED_TAGS.has(tag) && (tag !== 'script' || isJsonLd(node))
          && (inHead || tag === 'head' || tag === 'html' || tag === 'body' || !isHidden(node));
        if (kept) {
          nodes += `${separator}[${parent},${quote(tag)},${attributesJson(node)}]`;
          separator = ',';
          ++count;
          const child = walker.firstChild();
          if (child) {
            openParents.push(parent);
            openInHead.push(inHead);
            parent = count;
            inHead = inHead || tag === 'head';
            node = child;
            continue;
          }
        }
      }
      if (nodes.length >= CHUNK_CHARS) {
        emit(nodes);
        nodes = '';
      }
      node = walker.nextSibling();
      while (!node && walker.parentNode()) {  // climbing out of an element entered above
        parent = openParents.pop();
        inHead = openInHead.pop();
        node = walker.nextSibling();
      }
    }
    emit(`${nodes}]}`);
  }

  const clock = () => performance.timeOrigin + performance.now();

  // The whole page JSON at once, for the background's second request.
  function collectPage() {
    const start = performance.now();
    const pieces = [];
    pageJson(document, (piece) => pieces.push(piece));
    const page = pieces.join('');
    return { page, walkMs: performance.now() - start };
  }

  // Streams the page over a port (channel page:analyze) and waits for the answer, which comes once the
  // verdict is on the badge. The timing sent after it: the walk (with the JSON writing and the pieces'
  // posting), the two message hops (the first from the walk's end to the last piece's arrival) and the whole,
  // from this script's start to the answer; the background adds its own stages to the same report.
  async function reportPage() {
    const started = performance.now();
    const port = chrome.runtime.connect({ name: 'page:analyze' });
    const answered = new Promise((resolve, reject) => {
      port.onMessage.addListener(resolve);
      port.onDisconnect.addListener(() => reject(new Error('the background closed the port')));
    });
    let pageChars = 0;
    pageJson(document, (chunk) => {
      pageChars += chunk.length;
      port.postMessage({ chunk });
    });
    const walkMs = performance.now() - started;
    const sentAt = clock();
    port.postMessage({ end: true, timing: { walkMs, sentAt } });
    const answer = await answered;
    const answeredAt = clock();
    port.disconnect();
    if (answer && answer.ok) {
      await chrome.runtime.sendMessage({
        channel: 'page:timing',
        timing: {
          walkMs, totalMs: performance.now() - started, pageChars,
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
