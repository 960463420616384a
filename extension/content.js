// Content script: walks the live DOM of the page (already parsed and rendered by the browser) into the core's
// page model JSON text (core/include/firsthand/page_json.h) and sends it to the background for analysis.
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
  const ELEMENT_NODE = 1;

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
  // string (each led by a comma, the first dropped at the end): both engines build it as a rope, cheaper
  // than an array of per-node strings joined at the end. localName tells text from elements in one read
  // (text and CDATA nodes have none; the walker shows nothing else).
  function pageJson(doc) {
    const root = doc.documentElement;
    let nodes = '';
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
        nodes += `,[${parent},${quote(text)}]`;
        ++count;
      } else {
        const kept = !DROPPED_TAGS.has(tag) && (tag !== 'script' || isJsonLd(node))
          && (inHead || tag === 'head' || tag === 'html' || tag === 'body' || !isHidden(node));
        if (kept) {
          nodes += `,[${parent},${quote(tag)},${attributesJson(node)}]`;
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
      node = walker.nextSibling();
      while (!node && walker.parentNode()) {  // climbing out of an element entered above
        parent = openParents.pop();
        inHead = openInHead.pop();
        node = walker.nextSibling();
      }
    }
    return `{"version":1,"source":"dom","url":${JSON.stringify(location.href)},"nodes":[${nodes.slice(1)}]}`;
  }

  const clock = () => performance.timeOrigin + performance.now();

  function collectPage() {
    const start = performance.now();
    const page = pageJson(document);
    return { page, walkMs: performance.now() - start };
  }

  // Sends the page and waits for the answer, which comes once the verdict is on the badge. The timing sent
  // after it: the walk (with the JSON writing), the two message hops and the whole, from this script's start
  // to the answer; the background adds its own stages to the same report.
  async function reportPage() {
    const started = performance.now();
    const { page, walkMs } = collectPage();
    const sentAt = clock();
    const answer = await chrome.runtime.sendMessage({ channel: 'page:analyze', page, timing: { walkMs, sentAt } });
    const answeredAt = clock();
    if (answer && answer.ok) {
      await chrome.runtime.sendMessage({
        channel: 'page:timing',
        timing: {
          walkMs, totalMs: performance.now() - started, pageChars: page.length,
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
