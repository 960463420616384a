// Invented news articles for the fault, XSS and privacy tests (never third-party text): each topic gives the
// same paragraphs every run, and an original page and a later, uncredited verbatim copy of it can be served.
import { escapeHtml } from './html.mjs';

const TOPICS = {
  orchard: {
    title: 'Orchard growers count the cost of a late frost', site: 'Valley Ledger', date: '2026-03-02',
    people: ['Mara Lindqvist', 'the cooperative chair', 'a county agronomist', 'Tomas Ferreira'],
    nouns: ['apple blossom', 'pear grove', 'frost fan', 'cider press', 'hillside terrace', 'packing shed', 'water tank', 'pruning crew'],
    verbs: ['protected', 'inspected', 'replanted', 'insured', 'mapped', 'repaired'],
  },
  ferry: {
    title: 'Island ferry timetable cut after engine failure', site: 'Harbour Courier', date: '2026-02-14',
    people: ['Ines Okafor', 'the harbour master', 'a deckhand union steward', 'Pavel Novak'],
    nouns: ['car deck', 'mooring line', 'ticket office', 'relief vessel', 'slipway', 'engine room', 'night crossing', 'freight ramp'],
    verbs: ['delayed', 'chartered', 'towed', 'rerouted', 'certified', 'refitted'],
  },
  library: {
    title: 'Town library reopens its flooded archive', site: 'Riverside Post', date: '2026-01-20',
    people: ['Aiko Brandt', 'the head archivist', 'a volunteer conservator', 'Leon Duarte'],
    nouns: ['parish register', 'map drawer', 'reading room', 'dehumidifier', 'microfilm reel', 'basement shelf', 'catalogue card', 'freezer truck'],
    verbs: ['dried', 'scanned', 'rehoused', 'labelled', 'salvaged', 'catalogued'],
  },
  bridge: {
    title: 'Footbridge closure splits the old quarter', site: 'Quarter Gazette', date: '2026-04-08',
    people: ['Noor Haddad', 'the city engineer', 'a cafe owner on the east bank', 'Rui Costa'],
    nouns: ['cast iron span', 'handrail', 'tram stop', 'detour sign', 'stone pier', 'load sensor', 'market stall', 'night barrier'],
    verbs: ['closed', 'surveyed', 'braced', 'painted', 'weighed', 'reopened'],
  },
  museum: {
    title: 'Railway museum restores a steam crane', site: 'Northern Dispatch', date: '2026-05-11',
    people: ['Greta Holm', 'the museum director', 'a retired boilermaker', 'Sami Laine'],
    nouns: ['boiler shell', 'jib arm', 'rivet gun', 'engine shed', 'turntable', 'brass gauge', 'coal bunker', 'visitor gallery'],
    verbs: ['restored', 'lifted', 'riveted', 'polished', 'tested', 'displayed'],
  },
};

export const TOPIC_NAMES = Object.keys(TOPICS);

// A small deterministic generator, so a topic's text is the same in every run and every browser.
function generator(seed) {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor(state / 65536) % n;  // the low bits of this generator repeat quickly
  };
}

export function articleParagraphs(topicName) {
  const topic = TOPICS[topicName];
  const pick = generator([...topicName].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) % 1000003);
  const any = (list) => list[pick(list.length)];
  const sentence = (i) => {
    const forms = [
      () => `The ${any(topic.nouns)} was ${any(topic.verbs)} on day ${i + 2} of the work, ${any(topic.people)} said.`,
      () => `According to ${any(topic.people)}, the ${any(topic.nouns)} and the ${any(topic.nouns)} were ${any(topic.verbs)} before week ${i + 1}.`,
      () => `Nobody expected the ${any(topic.nouns)} to be ${any(topic.verbs)} so soon, and ${any(topic.people)} called it step ${i + 3}.`,
      () => `By the ${i + 4}th morning the crews had ${any(topic.verbs)} every ${any(topic.nouns)} near the ${any(topic.nouns)}.`,
    ];
    return forms[pick(forms.length)]();
  };
  return Array.from({ length: 8 }, (_, p) => [0, 1, 2].map((s) => sentence(p * 3 + s)).join(' '));
}

export function topic(topicName) {
  return TOPICS[topicName];
}

// An article page: the topic's paragraphs (or `paragraphs`) under a headline, with its site and date.
export function articlePage(topicName, { title, site, date, paragraphs } = {}) {
  const t = TOPICS[topicName];
  const headline = title || t.title;
  const body = (paragraphs || articleParagraphs(topicName)).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title>
<meta property="og:site_name" content="${escapeHtml(site || t.site)}">
<meta property="article:published_time" content="${date || t.date}T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>${escapeHtml(headline)}</h1>
${body}</article></main><footer>${escapeHtml(site || t.site)}</footer></body></html>`;
}

// The same text republished later by another site, without credit: a verbatim copy of the topic's original.
export function copyPage(topicName) {
  return articlePage(topicName, { site: 'Content Farm Daily', date: '2026-09-30', title: `${TOPICS[topicName].title} (updated)` });
}
