// The sentence the "find the original" links search for: among the article's first sentences, the one with
// the most names and numbers per word (they survive rewording and are rare across articles). Whole sentences
// of the article's own prose: abbreviations, initials and dates do not end one ("on Sept. 5", "Gov. Mara J.
// Lund"), and credit lines ("(Reporting by ...; Editing by ...)", "© 2026 ...") are never chosen.
// Pure functions over the extracted paragraphs; character scans, no regular expression on page text.

const SENTENCES_CONSIDERED = 40;  // the lede and first paragraphs say what the article is
const MIN_WORDS = 6;
export const MAX_WORDS = 24;

// Words a period follows without ending the sentence: titles, months, days, company forms, short forms.
const ABBREVIATIONS = new Set(('mr mrs ms dr prof sen rep gov gen lt col capt sgt cmdr adm st jr sr rev hon pres inc '
  + 'co corp ltd bros vs etc no nos jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri '
  + 'sat sun approx dept est fig mt ft ave blvd u.s u.k u.n e.u a.m p.m e.g i.e d.c l.a n.y').split(' '));

// Openings of lines that credit or copyright the article rather than tell it.
const CREDIT_OPENINGS = ['reporting by', 'additional reporting', 'editing by', 'edited by', 'writing by', 'written by',
  'compiled by', 'contributing', 'copyright', 'all rights reserved', 'photo:', 'photograph:', 'image:', '(c)', '©'];
const CREDIT_INSIDE = ['; editing by', '; writing by', '; additional reporting'];

const words = (text) => text.split(/\s+/).filter(Boolean);
const OPENERS = new Set(['(', '[', '"', '\'', '“', '‘']);

function stripOpeners(word) {
  let start = 0;
  while (start < word.length && OPENERS.has(word[start])) ++start;
  return word.slice(start);
}

const isLetter = (c) => c.toLowerCase() !== c.toUpperCase();
const isLower = (c) => isLetter(c) && c === c.toLowerCase();
const isDigit = (c) => c >= '0' && c <= '9';

// Whether the period at `at` ends a sentence: not after an abbreviation or an initial, and not before a word
// in lower case or a number, which carry the same sentence on.
function periodEndsSentence(text, at) {
  const before = stripOpeners(text.slice(text.lastIndexOf(' ', at - 1) + 1, at)).toLowerCase();
  if (before.length === 1 && isLetter(before)) return false;
  if (ABBREVIATIONS.has(before)) return false;
  let next = at + 1;
  while (next < text.length && text[next] === ' ') ++next;
  return next === text.length || !(isLower(text[next]) || isDigit(text[next]));
}

// A paragraph's sentences: ends at '.', '!' or '?' before a space or the end (a period only where
// periodEndsSentence says so), and at the CJK full stop.
export function sentences(paragraph) {
  const found = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; ++i) {
    const c = paragraph[i];
    const atSpace = i + 1 === paragraph.length || paragraph[i + 1] === ' ';
    const ends = c === '。' || ((c === '!' || c === '?') && atSpace) || (c === '.' && atSpace && periodEndsSentence(paragraph, i));
    if (ends) {
      found.push(paragraph.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  if (paragraph.slice(start).trim()) found.push(paragraph.slice(start).trim());
  return found;
}

export function isCreditLine(sentence) {
  const lower = sentence.toLowerCase();
  const opening = stripOpeners(lower.trimStart());
  return CREDIT_OPENINGS.some((credit) => opening.startsWith(credit)) || CREDIT_INSIDE.some((credit) => lower.includes(credit));
}

// Names and numbers per word: a digit, or a capital that does not open the sentence; half for scripts
// without case.
function distinctiveness(list) {
  let marked = 0;
  list.forEach((word, i) => {
    const first = word[0];
    if (isDigit(first)) marked += 1;
    else if (i > 0 && isLetter(first) && first === first.toUpperCase()) marked += 1;
    else if (first > '\u007f' && !isLetter(first)) marked += 0.5;
  });
  return marked / list.length;
}

// The most distinctive of the first sentences, whole; `split` and `skip` default to this file's sentence
// splitting and credit lines (a benchmark passes others to compare).
export function distinctiveSentence(paragraphs, { split = sentences, skip = isCreditLine } = {}) {
  let best = '';
  let bestScore = -1;
  let seen = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of split(paragraph)) {
      if (seen++ === SENTENCES_CONSIDERED) return best;
      if (skip(sentence)) continue;
      const list = words(sentence);
      if (list.length < MIN_WORDS && best) continue;
      const score = list.length ? distinctiveness(list) + (list.length >= MIN_WORDS ? 1 : 0) : 0;
      if (score > bestScore) {
        bestScore = score;
        best = sentence;
      }
    }
  }
  return best;
}

// The chosen sentence cut to MAX_WORDS words, or '' for an article with no sentence of its own prose.
export function searchSentence(paragraphs) {
  return words(distinctiveSentence(paragraphs)).slice(0, MAX_WORDS).join(' ');
}
