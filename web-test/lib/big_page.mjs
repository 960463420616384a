// A 500 KB article page, generated (invented text): a long article amid heavy clutter (menus, sidebars,
// comment threads, footers), the size the timing target names.
const WORDS = ('harbor council pier ferry budget vote tide storm canal bridge market school river mayor '
  + 'festival railway library museum lighthouse fisherman winter spring report plan street district').split(' ');

function sentence(seed, length) {
  const words = [];
  for (let i = 0; i < length; ++i) words.push(WORDS[(seed * 7 + i * 13 + (i * i) % 11) % WORDS.length]);
  const text = words.join(' ');
  return text[0].toUpperCase() + text.slice(1) + ` ${seed}.`;
}

export function bigArticlePage(targetBytes = 500 * 1024) {
  const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>${[0, 1, 2, 3].map((j) => sentence(i * 4 + j, 18)).join(' ')}</p>`);
  const clutter = [];
  let size = paragraphs.join('').length;
  for (let i = 0; size < targetBytes; ++i) {
    const block = `<div class="comment" id="c${i}"><span class="author">Reader ${i}</span><p>${sentence(1000 + i, 12)}</p>`
      + `<ul class="share"><li><a href="/share/${i}">Share</a></li><li><a href="/reply/${i}">Reply</a></li></ul></div>`
      + `<aside class="related"><a href="/related/${i}">${sentence(5000 + i, 6)}</a></aside>`;
    clutter.push(block);
    size += block.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbor city budget: the long read</title>
<meta property="og:site_name" content="Harbor Gazette"><meta property="article:published_time" content="2026-04-01T08:00:00Z">
</head><body><nav class="menu"><ul>${WORDS.map((w) => `<li><a href="/${w}">${w}</a></li>`).join('')}</ul></nav>
<main><article><h1>Harbor city budget: the long read</h1>${paragraphs.join('\n')}</article>
<section class="comments">${clutter.join('\n')}</section></main><footer>Harbor Gazette</footer></body></html>`;
}
