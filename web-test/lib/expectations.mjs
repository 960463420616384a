// What the reader must see for each seed page, from ../shared/seeds/expected.json: the verdict kind (badge)
// and, for copies, the likely original. With every seed known (the sample pack), a page's relatives are the
// other seeds; with history only, a page's relatives are the seeds visited before it.
export function expectedVerdict(name, expected) {
  const asCopy = expected.relations.find((r) => r.a === name && r.likely_original);
  if (asCopy) return { kinds: [asCopy.relation], original: expected.documents[asCopy.likely_original].title };
  const doc = expected.documents[name];
  if (/syndication/.test(doc.kind)) return { kinds: ['syndicated'], original: null };
  if (expected.relations.some((r) => r.likely_original === name)) return { kinds: ['original'], original: null };
  if (/independent/.test(doc.kind)) return { kinds: ['independent_same_event', 'unknown'], original: null };
  return { kinds: ['same_source'], original: null };
}

export const BADGE_TEXT = {
  original: 'ORIG', unknown: '?', independent_same_event: 'OWN', syndicated: 'WIRE', rewrite: 'REWR',
  same_source: 'SRC', spun_copy: 'SPUN', verbatim_copy: 'COPY',
};
