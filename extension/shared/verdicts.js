// One colour and one icon per verdict kind, for the toolbar badge and the popup's verdict card alike, so the
// reader sees the same sign in both places. Colours keep white text above 4.5:1 contrast; the icons are
// plain symbol characters that common system fonts carry (a rarer one showed as a box in Chromium here).
export const VERDICT_STYLE = Object.freeze({
  original: { colour: '#2e7d32', icon: '✓' },
  independent_same_event: { colour: '#00695c', icon: '◎' },
  possibly_related: { colour: '#546e7a', icon: '≈' },
  unknown: { colour: '#546e7a', icon: '?' },
  syndicated: { colour: '#1565c0', icon: '⇄' },
  rewrite: { colour: '#b84500', icon: '✎' },
  same_source: { colour: '#8d4e00', icon: '↔' },
  translation: { colour: '#8d4e00', icon: '⇆' },
  spun_copy: { colour: '#6a1b9a', icon: '↻' },
  verbatim_copy: { colour: '#c62828', icon: '≡' },
});

export const UNREADABLE_STYLE = Object.freeze({ colour: '#546e7a', icon: '!' });

export function verdictStyle(kind) {
  return VERDICT_STYLE[kind] || VERDICT_STYLE.unknown;
}

// What the popup's first screen shows of an article's report, and all the background keeps of it in
// chrome.storage.session for the tab (background/badge.js): the verdict's kind and sign, the page's title and
// the likely original's title, address, site and date. No text of the page beyond its title.
export function headlineOf(report) {
  const { kind, likely_original: original } = report.verdict;
  const { colour, icon } = verdictStyle(kind);
  return {
    kind, colour, icon, title: report.article.metadata.title || '',
    original: original && { label: original.label, title: original.title, url: original.url, site: original.site,
      date: original.date, known: original.known },
  };
}
