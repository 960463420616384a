// Builds a page from a nested description (['tag', {attrs}, ...children] or a text string), so the ABI tests
// can write pages as readable trees, as the browser's two strings for fh_analyze: the serialised DOM
// (documentElement.outerHTML: escaped text, double-quoted attributes, no end tag for void elements) and the
// rendered text (body.innerText), which leaves out any element whose attributes include `data-hidden`
// (standing for a stylesheet that hides it; the attribute itself is no hint the core could read).
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta',
  'source', 'track', 'wbr']);
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&nbsp;');

export function buildDomStrings(root, { url = 'http://127.0.0.1/test' } = {}) {
  const html = [];
  const text = [];
  const walk = (item, rendered) => {  // test pages are shallow: recursion is fine here
    if (typeof item === 'string') {
      html.push(escapeText(item));
      if (rendered) text.push(item);
      return;
    }
    const [tag, attrs, ...children] = item;
    const shown = (rendered || tag === 'body') && !('data-hidden' in attrs);
    html.push(`<${tag}${Object.entries(attrs).map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`).join('')}>`);
    if (VOID_ELEMENTS.has(tag)) return;
    for (const child of children) walk(child, shown);
    html.push(`</${tag}>`);
    if (shown && /^(p|h[1-6]|li|div|article|nav|footer|aside|ul)$/.test(tag)) text.push('\n');
  };
  walk(root, false);
  return { url, html: html.join(''), visibleText: text.join('') };
}
