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
  function isHidden(element) {
    if (typeof element.checkVisibility !== 'function') return element.hidden;
    if (element.checkVisibility({ visibilityProperty: true })) return false;
    return getComputedStyle(element).display !== 'contents';
  }

  // The element's kept attributes as a JSON object. getAttributeNames gives plain strings: iterating
  // element.attributes would make an Attr object per attribute, each a wrapper the content script pays for.
  function attributesJson(element) {
    if (!element.hasAttributes()) return '{}';
    let json = '';
    for (const name of element.getAttributeNames()) {
      if (!KEPT_ATTRIBUTES.has(name)) continue;
      let value = element.getAttribute(name);
      if (value.length > MAX_ATTRIBUTE_CHARS) value = value.slice(0, MAX_ATTRIBUTE_CHARS);
      json += `${json ? ',' : ''}${JSON.stringify(name)}:${JSON.stringify(value)}`;
    }
    return `{${json}}`;
  }

  // The page model's JSON text, written as the walk goes: [parent, tag, attrs] for elements, [parent, text]
  // for text. Parents precede their children, node i gets id i+1 (the document is 0). A TreeWalker moves
  // through the tree (one native call a step: Firefox's content-script wrappers made sibling links several
  // times slower) with a stack of the open elements' ids: no array or object per node, no recursion (deep
  // pages cannot overflow the stack), and skipped subtrees are never entered.
  function pageJson(doc) {
    const root = doc.documentElement;
    const nodes = [];
    const openParents = [];
    const openInHead = [];
    let parent = 0;
    let inHead = false;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION);
    let node = root;
    while (node && nodes.length < MAX_NODES) {
      if (node.nodeType !== ELEMENT_NODE) {
        let text = node.nodeValue;
        if (text.length > MAX_TEXT_CHARS) text = text.slice(0, MAX_TEXT_CHARS);
        nodes.push(`[${parent},${JSON.stringify(text)}]`);
      } else {
        const tag = node.localName;
        const kept = !DROPPED_TAGS.has(tag) && (tag !== 'script' || isJsonLd(node))
          && (inHead || tag === 'head' || tag === 'html' || tag === 'body' || !isHidden(node));
        if (kept) {
          nodes.push(`[${parent},${JSON.stringify(tag)},${attributesJson(node)}]`);
          const child = walker.firstChild();
          if (child) {
            openParents.push(parent);
            openInHead.push(inHead);
            parent = nodes.length;
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
    return `{"version":1,"source":"dom","url":${JSON.stringify(location.href)},"nodes":[${nodes.join(',')}]}`;
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
