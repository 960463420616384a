// Word-level diff of a matched sentence pair, as `git diff --word-diff` shows one: the words both sentences
// share, the original's words the page dropped or swapped out, and the page's words put in their place.
// Pure functions (no DOM), so the browser tests and Node both run them.
//
// The core hands the pair over in its folded form (lower case, quotes and dashes unified); each side's own
// paragraphs (the page's, and the original's, which the core sends beside its comparison) give its words back
// in their own case and punctuation.

// What two spellings of a word must share to be the same word: letters and digits, case and accents folded.
export function wordKey(word) {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const words = (text) => text.split(/\s+/).filter(Boolean);

// The page's words of `folded` in their original form, found in `paragraphs` (the article as extracted),
// or the folded words themselves when the sentence cannot be found there.
export function originalWords(folded, paragraphs) {
  const wanted = words(folded);
  const keys = wanted.map(wordKey);
  for (const paragraph of paragraphs) {
    const candidate = words(paragraph);
    const candidateKeys = candidate.map(wordKey);
    for (let start = 0; start + keys.length <= candidate.length; ++start) {
      if (keys.every((key, i) => key === candidateKeys[start + i])) return candidate.slice(start, start + keys.length);
    }
  }
  return wanted;
}

// Above this many word pairs (a hostile page's endless "sentence") the diff keeps to the shared start and
// end, so the popup never builds a table of hundreds of megabytes.
const MAX_TABLE_CELLS = 250000;

// The shared words of a and b that end at the same distance from both ends: the fallback for huge pairs.
function sharedEnds(ka, kb) {
  const common = [];
  let start = 0;
  while (start < ka.length && start < kb.length && ka[start] === kb[start]) common.push([start, start++]);
  let fromEnd = 1;
  const tail = [];
  while (fromEnd <= ka.length - start && fromEnd <= kb.length - start && ka[ka.length - fromEnd] === kb[kb.length - fromEnd]) {
    tail.unshift([ka.length - fromEnd, kb.length - fromEnd]);
    ++fromEnd;
  }
  return [...common, ...tail];
}

// Longest common subsequence of the two word lists (by wordKey), as [i, j] index pairs in order.
function commonWords(a, b) {
  const ka = a.map(wordKey);
  const kb = b.map(wordKey);
  if ((a.length + 1) * (b.length + 1) > MAX_TABLE_CELLS) return sharedEnds(ka, kb);
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; --i) {
    for (let j = b.length - 1; j >= 0; --j) {
      lengths[i][j] = ka[i] === kb[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const common = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (ka[i] === kb[j]) common.push([i++, j++]);
    else if (lengths[i + 1][j] >= lengths[i][j + 1]) ++i;
    else ++j;
  }
  return common;
}

// The diff of the original's sentence (`from`) to the page's (`to`), both word lists: segments in reading
// order, {kind: 'same' | 'deleted' | 'inserted', text}; shared words take the page's spelling. `swaps` counts
// the changed places (a run of deleted and inserted words is one swap).
export function wordDiff(from, to) {
  const segments = [];
  const push = (kind, list) => {
    if (!list.length) return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += ` ${list.join(' ')}`;
    else segments.push({ kind, text: list.join(' ') });
  };
  let swaps = 0;
  let i = 0;
  let j = 0;
  for (const [ci, cj] of [...commonWords(from, to), [from.length, to.length]]) {
    if (ci > i || cj > j) ++swaps;
    push('deleted', from.slice(i, ci));
    push('inserted', to.slice(j, cj));
    if (ci < from.length) push('same', [to[cj]]);
    i = ci + 1;
    j = cj + 1;
  }
  return { segments, swaps };
}

// The pairs worth showing, one per sentence of the original: a page that repeats a sentence of the original
// (or rewords it twice) keeps the closest match only, in the page's order.
export function distinctPairs(pairs) {
  const best = new Map();
  for (const pair of pairs) {
    const kept = best.get(pair.sentence_b);
    if (!kept || pair.similarity > kept.similarity) best.set(pair.sentence_b, pair);
  }
  return pairs.filter((pair) => best.get(pair.sentence_b) === pair);
}
