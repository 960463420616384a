// Content script: walks the live DOM of the page (already parsed and rendered by the browser) into the core's
// page model JSON (core/include/firsthand/page_json.h) and sends it to the background for analysis.
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

  // Walks the element's own (few) attributes rather than asking for each kept name.
  function attributesOf(element) {
    const attrs = {};
    for (const { name, value } of element.attributes) {
      if (KEPT_ATTRIBUTES.has(name)) attrs[name] = value.slice(0, MAX_ATTRIBUTE_CHARS);
    }
    return attrs;
  }

  // The flat page model: [parent, tag, attrs] for elements, [parent, text] for text. Parents precede their
  // children, node i gets id i+1 (the document is 0). Iterative: deep pages cannot overflow the stack.
  function walkDocument(doc) {
    const nodes = [];
    const stack = [[doc.documentElement, 0, false]];
    while (stack.length && nodes.length < MAX_NODES) {
      const [node, parent, inHead] = stack.pop();
      if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
        nodes.push([parent, node.nodeValue.slice(0, MAX_TEXT_CHARS)]);
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = node.localName;
      if (DROPPED_TAGS.has(tag) || (tag === 'script' && !isJsonLd(node))) continue;
      const head = inHead || tag === 'head';
      if (!head && tag !== 'html' && tag !== 'body' && isHidden(node)) continue;
      nodes.push([parent, tag, attributesOf(node)]);
      const id = nodes.length;
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; --i) stack.push([children[i], id, head]);
    }
    return { version: 1, source: 'dom', url: location.href, nodes };
  }

  function collectPage() {
    const start = performance.now();
    const page = JSON.stringify(walkDocument(document));
    return { page, walkMs: performance.now() - start };
  }

  async function reportPage() {
    const started = performance.now();
    const { page, walkMs } = collectPage();
    const answer = await chrome.runtime.sendMessage({ channel: 'page:analyze', page, timing: { walkMs } });
    if (answer && answer.ok) {
      await chrome.runtime.sendMessage({
        channel: 'page:timing',
        timing: { walkMs, coreMs: answer.coreMs, totalMs: performance.now() - started },
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
