// Invented pages for the ABI tests (written for this project; no third-party text).
export const ARTICLE_PARAGRAPHS = [
  'HARBORVILLE — The town council of Harborville voted 7 to 2 on Tuesday to rebuild the old ferry pier, ending a debate that had divided the waterfront for three years.',
  'The new pier will cost 4.2 million dollars and is expected to open in the spring of 2027, said Mayor Lucia Fenwick, who called the vote a turning point for the harbor.',
  'Opponents, led by councillor Tomas Reyes, argued that the money would be better spent on the flood walls along Canal Street, which failed twice last winter.',
  'Fishermen who use the pier every morning welcomed the decision but asked that work be scheduled outside the herring season, which runs from March to May.',
  'The council will publish the construction timetable next month, after engineers finish surveying the seabed where the old wooden pilings stood for ninety years.',
];

// The article as its own site publishes it; `site` and `date` let a test make a republished copy of it.
export function articlePage({ site = 'Harbor Gazette', date = '2026-03-10T08:00:00Z' } = {}) {
  return ['html', { lang: 'en' },
    ['head', {},
      ['title', {}, `Harborville votes to rebuild ferry pier | ${site}`],
      ['meta', { property: 'og:site_name', content: site }],
      ['meta', { property: 'article:published_time', content: date }]],
    ['body', {},
      ['nav', { class: 'site-menu' }, ['ul', {}, ...['Home', 'Local', 'Sports', 'Weather'].map((t) =>
        ['li', {}, ['a', { href: '/' + t.toLowerCase() }, t]])]],
      ['article', {},
        ['h1', {}, 'Harborville votes to rebuild ferry pier'],
        ...ARTICLE_PARAGRAPHS.map((p) => ['p', {}, p])],
      ['aside', { class: 'related-stories' }, ['h2', {}, 'More from the harbor'],
        ['ul', {}, ...['Lighthouse repainted', 'Regatta dates set', 'Bakery wins prize'].map((t) =>
          ['li', {}, ['a', { href: '/story' }, t]])]],
      ['footer', {}, ['p', {}, 'Copyright Harbor Gazette. All rights reserved.']]]];
}

export function linkListPage() {
  return ['html', {}, ['head', {}, ['title', {}, 'Harbor Gazette: front page']],
    ['body', {}, ['ul', {}, ...Array.from({ length: 30 }, (_, i) =>
      ['li', {}, ['a', { href: `/story/${i}` }, `Headline number ${i}`]])]]];
}
