// Content script (loaded before content.js): the page as the core reads it, and no more. The core's page model
// (core/page/kept_markup.cpp) leaves out scripts other than JSON-LD, styles, templates and embedded content,
// and extraction never reads SVG or comments: on the largest AEB pages those are 85-90% of the serialisation
// (inline stylesheets alone 0.9 MB of 1.5 MB). Two native calls still do the work, on less:
//   1. the markup: <html>'s start tag, the elements of <head> but its styles and scripts (a few dozen
//      outerHTML calls), then body.outerHTML with its scripts, styles, SVG, templates and comments cut out of the
//      string (one pass of indexOf between them, below); noscript, iframe, xmp, noembed and noframes are
//      passed over whole, so markup written as their raw text is never taken for elements;
//   2. body.innerText, the rendered text, which lets the core drop what the reader cannot see.
// Serialisers since Chromium 138 and Firefox 140 escape '<' in attribute values and text, so outside raw-text
// content and comments every '<' starts a tag: the cut never starts inside an attribute or text.
// The CLI-vs-browser test (web-test/tests/extension.test.mjs) checks that this input extracts to the same
// article as the whole page on real pages.

// The elements cut out with their content, and the raw-text elements passed over whole.
const FIRSTHAND_CUT = new Set(['script', 'style', 'svg', 'template']);
const FIRSTHAND_NAME_ENDS = /[\s/>]/;
const FIRSTHAND_START = /<!--|<(script|style|svg|template|noscript|iframe|xmp|noembed|noframes)[\s/>]/g;

// The end of the element whose start tag begins at `at`: past its matching end tag (nested svg and template
// counted), or the end of the text when none closes it.
function firsthandElementEnd(html, at, name) {
  const open = `<${name}`;
  const close = `</${name}>`;
  let depth = 1;
  let from = at + open.length;
  for (;;) {
    const end = html.indexOf(close, from);
    if (end < 0) return html.length;
    // Raw text holds no nested element: only svg and template can nest (<svg-icon> is another element).
    if (name === 'svg' || name === 'template') {
      for (let inner = html.indexOf(open, from); inner >= 0 && inner < end; inner = html.indexOf(open, inner + 1)) {
        if (FIRSTHAND_NAME_ENDS.test(html[inner + open.length])) ++depth;
      }
    }
    if (--depth === 0) return end + close.length;
    from = end + close.length;
  }
}

// `html` (a serialisation) without the cut elements and comments; JSON-LD scripts stay.
function firsthandCutMarkup(html) {
  const kept = [];
  let copied = 0;
  FIRSTHAND_START.lastIndex = 0;
  for (let match = FIRSTHAND_START.exec(html); match; match = FIRSTHAND_START.exec(html)) {
    const at = match.index;
    const name = match[1];
    let end;
    if (!name) {
      const close = html.indexOf('-->', at + 4);
      end = close < 0 ? html.length : close + 3;
    } else {
      end = firsthandElementEnd(html, at, name);
      if (!FIRSTHAND_CUT.has(name) || (name === 'script' && /ld\+json/i.test(html.slice(at, html.indexOf('>', at))))) {
        FIRSTHAND_START.lastIndex = end;
        continue;
      }
    }
    kept.push(html.slice(copied, at));
    copied = end;
    FIRSTHAND_START.lastIndex = end;
  }
  kept.push(html.slice(copied));
  return kept.join('');
}

// <html>'s start tag and <head>'s elements but its styles and scripts other than JSON-LD, serialised one by one.
function firsthandHeadMarkup(doc = document) {
  const root = doc.documentElement.cloneNode(false).outerHTML;
  const parts = [root.slice(0, root.lastIndexOf('</')), '<head>'];
  for (const element of doc.head ? doc.head.children : []) {
    const name = element.localName;
    if (name === 'style' || name === 'template' || (name === 'script' && !/ld\+json/i.test(element.type))) continue;
    parts.push(element.outerHTML);
  }
  parts.push('</head>');
  return parts.join('');
}

// The gathering steps, each one native call or one pass over a string, for content.js to run with a pause for
// the page between them: [name, step], where the markup steps add to `page.html` and the last fills
// `page.visibleText`; each step answers how many characters it read or wrote, the measure of its cost.
function firsthandGatherSteps(doc = document) {
  // A document without <head> or <body> (an XML one) goes whole, cut the same way.
  const split = Boolean(doc.head && doc.body);
  let markup = '';
  return [
    ['head', (page) => (page.html = split ? firsthandHeadMarkup(doc) : '').length],
    ['body', () => (markup = (split ? doc.body : doc.documentElement)?.outerHTML ?? '').length],
    ['cut', (page) => {
      const read = markup.length;
      page.html += firsthandCutMarkup(markup) + (split ? '</html>' : '');
      markup = '';
      return read;
    }],
    ['text', (page) => (page.visibleText = doc.body ? doc.body.innerText : '').length],
  ];
}
