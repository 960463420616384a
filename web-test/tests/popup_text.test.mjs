// The popup's text functions in Node, on invented sentences: the word diff of a matched pair
// (extension/popup/word_diff.js) and the "find the original" sentence (extension/popup/search_sentence.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { distinctPairs, originalWords, wordDiff } from '../../extension/popup/word_diff.js';
import { isCreditLine, searchSentence, sentences } from '../../extension/popup/search_sentence.js';

const words = (text) => text.split(' ');

test('the diff marks only the swapped words, one swap per changed place', () => {
  const original = words('the mayor said the new pier will cost 4.2 million dollars and open in spring.');
  const page = words('The mayor stated the new jetty will cost 4.2 million dollars and open in spring.');
  const { segments, swaps } = wordDiff(original, page);
  assert.deepEqual(segments.filter((s) => s.kind !== 'same'), [
    { kind: 'deleted', text: 'said' }, { kind: 'inserted', text: 'stated' },
    { kind: 'deleted', text: 'pier' }, { kind: 'inserted', text: 'jetty' },
  ]);
  assert.equal(swaps, 2);
  // Shared words take the page's spelling: "The" as the page writes it, not the folded "the".
  assert.equal(segments[0].text, 'The mayor');
});

test('an inserted and a dropped word are marked alone; identical sentences have no swap', () => {
  const inserted = wordDiff(words('ships left the harbour at dawn'), words('ships quietly left the harbour at dawn'));
  assert.deepEqual(inserted.segments.filter((s) => s.kind !== 'same'), [{ kind: 'inserted', text: 'quietly' }]);
  const dropped = wordDiff(words('ships left the old harbour at dawn'), words('ships left the harbour at dawn'));
  assert.deepEqual(dropped.segments.filter((s) => s.kind !== 'same'), [{ kind: 'deleted', text: 'old' }]);
  const same = wordDiff(words('a b c'), words('A b c'));
  assert.equal(same.swaps, 0);
  assert.deepEqual(same.segments, [{ kind: 'same', text: 'A b c' }]);
});

test('an endless hostile sentence is diffed by its shared ends, without a huge table', () => {
  const long = Array.from({ length: 3000 }, (_, i) => `w${i}`);
  const changed = [...long.slice(0, 1500), 'swapped', ...long.slice(1501)];
  const { segments, swaps } = wordDiff(long, changed);
  assert.equal(swaps, 1);
  assert.deepEqual(segments.filter((s) => s.kind !== 'same'), [{ kind: 'deleted', text: 'w1500' }, { kind: 'inserted', text: 'swapped' }]);
});

test('the page\'s words come back in their own case and punctuation from its paragraphs', () => {
  const paragraphs = ['Intro line here.', 'On Monday, “Harbor Works” said the pier — rebuilt in 1998 — would close.'];
  assert.deepEqual(originalWords('on monday, "harbor works" said the pier - rebuilt in 1998 - would close.', paragraphs),
    words('On Monday, “Harbor Works” said the pier — rebuilt in 1998 — would close.'));
  assert.deepEqual(originalWords('not in the page at all', paragraphs), words('not in the page at all'));
});

test('one original sentence matched twice is shown once, with its closest page sentence', () => {
  const pairs = [
    { sentence_a: 0, sentence_b: 4, similarity: 0.6 },
    { sentence_a: 1, sentence_b: 4, similarity: 0.9 },
    { sentence_a: 2, sentence_b: 5, similarity: 0.7 },
  ];
  assert.deepEqual(distinctPairs(pairs).map((p) => p.sentence_a), [1, 2]);
});

test('sentences do not end at abbreviations, initials or dates', () => {
  assert.deepEqual(sentences('Officials said on Sept. 14 that Gov. Mara J. Lund of the U.S. Senate would come. She did.'),
    ['Officials said on Sept. 14 that Gov. Mara J. Lund of the U.S. Senate would come.', 'She did.']);
  assert.deepEqual(sentences('It rose 3 p.m. to 4 p.m. Then it fell! Why? 港口重开。它很大。'),
    ['It rose 3 p.m. to 4 p.m. Then it fell!', 'Why?', '港口重开。', '它很大。']);
});

test('credit lines are recognised', () => {
  for (const credit of ['(Reporting by Ana Lund; Editing by Piet Roos)', 'Additional reporting by Sami Laine in Oslo',
    '© 2026 Harbor Gazette. All rights reserved.', 'Writing by Greta Holm; editing by Tomas Ferreira'])
    assert.ok(isCreditLine(credit), credit);
  assert.ok(!isCreditLine('The harbour reopened on Friday, officials said.'));
});

test('the search sentence is a whole sentence of the prose, never the credit line', () => {
  const paragraphs = [
    'Officials in Port Aldon said on Sept. 14 that Gov. Mara J. Lund and Sen. Piet Roos would visit the flooded docks on Friday with engineers from Delft.',
    'The harbour authority expects repairs to take about eight months, according to its own estimate.',
    '(Reporting by Ana Lund and Tomas Ferreira; Editing by Greta Holm and Sami Laine)',
  ];
  const sentence = searchSentence(paragraphs);
  // The densest sentence in names and numbers after the credit line, whole up to the 24-word cut.
  assert.equal(sentence, words(paragraphs[0]).slice(0, 24).join(' '));
  assert.ok(!/Reporting|Editing/.test(sentence));
  assert.equal(searchSentence([]), '');
});
