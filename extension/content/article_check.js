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

function firsthandProbablyArticle(doc = document) {
  const blocks = new Set(doc.querySelectorAll('p, pre, article'));
  for (const br of doc.querySelectorAll('div > br')) blocks.add(br.parentNode);
  const encoder = new TextEncoder();
  let score = 0;
  // The text first: on the pages this check is for, most blocks are too short, and each further question
  // asked of a node costs a call into the page's DOM.
  for (const node of blocks) {
    const text = node.textContent.trim();
    // Shorter in UTF-16 units than a third of the floor, it has fewer bytes than the floor.
    if (text.length * 3 < FIRSTHAND_MIN_PROSE_BYTES) continue;
    const bytes = firsthandUtf8Bytes(text, encoder);
    if (bytes < FIRSTHAND_MIN_PROSE_BYTES || !firsthandShown(node)) continue;
    const names = `${node.className} ${node.id}`;
    if ((FIRSTHAND_UNLIKELY.test(names) && !FIRSTHAND_MAYBE.test(names)) || node.matches('li p')) continue;
    score += Math.sqrt(bytes - FIRSTHAND_MIN_PROSE_BYTES);
    if (score >= FIRSTHAND_MIN_PROSE_SCORE) return true;
  }
  return false;
}
