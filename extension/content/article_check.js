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

// Every printable ASCII character and the whitespace, for XPath's translate(): what it leaves of a text are
// its other characters, of 2 to 4 UTF-8 bytes each (3 for the length bound below counts the 4-byte ones,
// two UTF-16 units, as 6). Written as concat() of two literals: one XPath literal cannot hold both quote marks.
const FIRSTHAND_ASCII = (() => {
  let chars = ' \t\n\r\f';
  for (let c = 0x21; c < 0x7f; ++c) chars += String.fromCharCode(c);
  const quote = chars.indexOf("'");  // after '"': the first literal holds '"', the second "'"
  return `concat('${chars.slice(0, quote)}', "${chars.slice(quote)}")`;
})();

// Readability's blocks whose text could reach the floor, chosen by the browser's XPath engine: its length
// plus twice its non-ASCII characters bounds its UTF-8 bytes from above, so no block that counts is left out,
// and the blocks too short (most of a front page's) never get a wrapper in this script's world, the costly
// part of asking the page's DOM anything.
const FIRSTHAND_CANDIDATES = ['p', 'pre', 'article', 'div[br]']
  .map((step) => `//${step}[string-length(.) + 2 * string-length(translate(., ${FIRSTHAND_ASCII}, '')) >= ${FIRSTHAND_MIN_PROSE_BYTES}]`)
  .join(' | ');

function firsthandProbablyArticle(doc = document) {
  const found = doc.evaluate(FIRSTHAND_CANDIDATES, doc, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  let encoder;
  let score = 0;
  for (let i = 0; i < found.snapshotLength; ++i) {
    const node = found.snapshotItem(i);
    const text = node.textContent.trim();
    encoder ??= new TextEncoder();
    const bytes = firsthandUtf8Bytes(text, encoder);
    if (bytes < FIRSTHAND_MIN_PROSE_BYTES || !firsthandShown(node)) continue;
    const names = `${node.className} ${node.id}`;
    if ((FIRSTHAND_UNLIKELY.test(names) && !FIRSTHAND_MAYBE.test(names)) || node.matches('li p')) continue;
    score += Math.sqrt(bytes - FIRSTHAND_MIN_PROSE_BYTES);
    if (score >= FIRSTHAND_MIN_PROSE_SCORE) return true;
  }
  return false;
}
