// Content script (loaded before content.js): the article pre-check on the live DOM, decided before anything
// is gathered, so a home page, a listing or a web app costs well under 1 ms and sends nothing.
//
// The rule is Readability's isProbablyReaderable, with the figures core/verdict/article_page.cpp applies to
// the extracted article afterwards (docs/article-check.md states the one rule; a change to a figure changes both): blocks of prose (p, pre,
// article, and a div holding <br> line breaks) of at least 140 UTF-8 bytes each add the square root of their
// excess over 140, and a page is an article once the sum reaches 20. Like Readability, it passes over blocks
// hidden by their own markup, in a list item, or with a class or id that names a page's furniture (comments,
// sidebar...). The core, which reads the extracted article, stays the authority on the pages this lets
// through; this check only spares the pages that could not pass it anyway. Bytes, not characters, as the
// core counts: CJK text, three bytes a character, then passes both alike.
const FIRSTHAND_MIN_PROSE_BYTES = 140;
const FIRSTHAND_MIN_PROSE_SCORE = 20;
// Readability's regexps.unlikelyCandidates and okMaybeItsACandidate.
const FIRSTHAND_UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const FIRSTHAND_MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

function firsthandUtf8Bytes(text, encoder) {
  // ASCII text (most of it) has as many bytes as characters; only other text is measured.
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text.length : encoder.encode(text).length;
}

// Readability's isNodeVisible: the element's own inline style, hidden attribute and aria-hidden.
function firsthandShown(node) {
  return (!node.style || node.style.display !== 'none') && !node.hasAttribute('hidden')
    && (node.getAttribute('aria-hidden') !== 'true' || String(node.className).includes('fallback-image'));
}

// Above this many distinct non-ASCII characters on a page (Greek, Cyrillic, CJK), a block's length alone
// bounds its bytes: a UTF-16 unit is at most 3 UTF-8 bytes, nearly the exact figure for such text.
const FIRSTHAND_MAX_NAMED_CHARS = 24;

// Readability's blocks whose text passes `test` (an XPath predicate on its string value), in one query: the
// browser's XPath engine chooses them, so the blocks too short (most of a front page's) never get a wrapper
// in this script's world, the costly part of asking the page's DOM anything.
// A paragraph in a list item never counts (Readability's 'li p'): the query leaves it out, so a front page's
// teasers never reach this script at all.
const firsthandBlocksQuery = (test) => ['p[not(ancestor::li)]', 'pre', 'article', 'div[br]'].map((step) => `//${step}[${test}]`).join(' | ');
const FIRSTHAND_LONG = firsthandBlocksQuery(`string-length(.) >= ${FIRSTHAND_MIN_PROSE_BYTES}`);
// Shorter blocks could still reach the floor in bytes when they hold enough non-ASCII characters.
const FIRSTHAND_MIDDLE = `string-length(.) >= ${Math.ceil(FIRSTHAND_MIN_PROSE_BYTES / 3)} and string-length(.) < ${FIRSTHAND_MIN_PROSE_BYTES}`;

// The query for the blocks of FIRSTHAND_MIDDLE length that could reach the floor, or null when none can (a
// page of ASCII text). A block's length plus twice its non-ASCII characters bounds its UTF-8 bytes from
// above, so no block that counts is left out. Its non-ASCII characters are counted by removing the page's own (translate() with the
// few a page in a Latin script holds), never by removing all of ASCII: Firefox's translate() takes time in
// proportion to the text times the characters named, and naming the 95 printable ones cost 6-46 ms on a
// front page of 400 teasers (0.5 ms without translate()).
function firsthandMiddleQuery(doc) {
  const text = (doc.body ?? doc.documentElement)?.textContent ?? '';
  const named = new Set();
  const other = /[^\x00-\x7f]/g;  // eslint-disable-line no-control-regex
  for (let match = other.exec(text); match && named.size <= FIRSTHAND_MAX_NAMED_CHARS; match = other.exec(text)) named.add(match[0]);
  if (!named.size) return null;
  // A surrogate pair's two units are 4 bytes, under the 6 the length bound gives them.
  if (named.size > FIRSTHAND_MAX_NAMED_CHARS || [...named].some((c) => c >= '\ud800' && c <= '\udfff')) return firsthandBlocksQuery(FIRSTHAND_MIDDLE);
  const removed = `string-length(.) - string-length(translate(., '${[...named].join('')}', ''))`;
  return firsthandBlocksQuery(`${FIRSTHAND_MIDDLE} and string-length(.) + 2 * (${removed}) >= ${FIRSTHAND_MIN_PROSE_BYTES}`);
}

// The blocks of 140 characters or more are scored first, with no translate(): on most articles they reach
// the score alone. The shorter ones are looked at only when they did not. Either way the answer is the same,
// as every block adds to the score. Measured on the non-article pages and 10 AEB pages, median of 3x9 runs:
// Firefox 0.12-0.46 ms on articles (0.34-2.02 with one query naming all of ASCII), Chromium 0.1-0.4 (0.3-1.3).
//
// Two exits answer first from what the DOM finds without building any string, each with the same answer:
// a page with no block Readability counts (a web app's grid, search results of bare divs, a front page
// whose teasers are all list items) stops at one selector query, and a page with no block of the middle
// length after the long ones (short teasers in paragraphs) stops at an XPath count(), before the whole
// page's text is read to name its characters (the largest part of the first run on such pages).
function firsthandProbablyArticle(doc = document) {
  if (!doc.querySelector('p:not(li p), pre, article, div > br')) return false;
  let encoder;
  let score = 0;
  const reaches = (query) => {
    const found = doc.evaluate(query, doc, null, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, null);
    for (let i = 0; i < found.snapshotLength; ++i) {
      const node = found.snapshotItem(i);
      const text = node.textContent.trim();
      encoder ??= new TextEncoder();
      const bytes = firsthandUtf8Bytes(text, encoder);
      if (bytes < FIRSTHAND_MIN_PROSE_BYTES || !firsthandShown(node)) continue;
      const names = `${node.className} ${node.id}`;
      if (FIRSTHAND_UNLIKELY.test(names) && !FIRSTHAND_MAYBE.test(names)) continue;
      score += Math.sqrt(bytes - FIRSTHAND_MIN_PROSE_BYTES);
      if (score >= FIRSTHAND_MIN_PROSE_SCORE) return true;
    }
    return false;
  };
  if (reaches(FIRSTHAND_LONG)) return true;
  if (!doc.evaluate(`count(${firsthandBlocksQuery(FIRSTHAND_MIDDLE)})`, doc, null, XPathResult.NUMBER_TYPE, null).numberValue) return false;
  const query = firsthandMiddleQuery(doc);
  return query ? reaches(query) : false;
}
