// Pages that are not articles, generated (invented text), for the bench's non-article cost: a news front page
// of headlines and one-line teasers, a search results page, and a web app (a large inline script, a toolbar
// and a grid of short cells). Each is larger than most articles, so the article check's cost on them is not
// flattered by a small DOM.
const WORDS = ('harbor council pier ferry budget vote tide storm canal bridge market school river mayor '
  + 'festival railway library museum lighthouse fisherman winter spring report plan street district').split(' ');

const phrase = (seed, length) => Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ');

const page = (title, body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>`
  + `<body>${body}</body></html>`;

function frontPage() {
  const items = Array.from({ length: 400 }, (_, i) => `<li class="story"><a href="/story/${i}"><h3>${phrase(i, 8)}</h3></a>`
    + `<p class="teaser">${phrase(i + 1, 14)}.</p><span class="time">${i} min ago</span></li>`);
  return page('Harbor Gazette: front page', `<nav class="menu"><ul>${WORDS.map((w) => `<li><a href="/${w}">${w}</a></li>`).join('')}</ul></nav>`
    + `<main><ul class="stories">${items.join('\n')}</ul></main><footer>Harbor Gazette</footer>`);
}

function searchResults() {
  const results = Array.from({ length: 200 }, (_, i) => `<div class="result"><a href="/r/${i}">${phrase(i, 7)}</a>`
    + `<div class="snippet">${phrase(i + 3, 20)} ...</div><cite>gazette.example/${WORDS[i % WORDS.length]}/${i}</cite></div>`);
  return page('Search: harbor budget', `<form role="search"><input name="q" value="harbor budget"></form>${results.join('\n')}`);
}

function webApp() {
  const script = `<script>window.state = ${JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ id: i, name: phrase(i, 3) })))};</script>`;
  const cells = Array.from({ length: 1500 }, (_, i) => `<div class="cell" data-id="${i}"><span>${phrase(i, 2)}</span><button>Edit</button></div>`);
  return page('Planner', `<div class="toolbar"><button>New</button><button>Share</button></div><div class="grid">${cells.join('')}</div>${script}`);
}

// {served path: html}
export function nonArticlePages() {
  return { '/non-article/front.html': frontPage(), '/non-article/search.html': searchResults(), '/non-article/app.html': webApp() };
}
