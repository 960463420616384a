// Draws the matched passages: one item per sentence of the original that the page follows, as a word diff
// (word_diff.js) in which only the words the page swapped are marked: <del> the original's, <ins> the page's.
// DOM nodes built from text only.
import { element, t } from '../shared/i18n.js';
import { distinctPairs, originalWords, wordDiff } from './word_diff.js';

const TAG = { deleted: 'del', inserted: 'ins' };

function diffNodes(segments) {
  const nodes = [];
  for (const [index, segment] of segments.entries()) {
    if (index > 0) nodes.push(document.createTextNode(' '));
    nodes.push(segment.kind === 'same' ? document.createTextNode(segment.text) : element(TAG[segment.kind], segment.text));
  }
  return nodes;
}

// A pair matched against an article the history remembers without its text (text_b empty): the page's own
// sentence, said to match one of that article's, since there are no words of the original to diff against.
function rememberedItem(pair, paragraphs) {
  const item = element('li', '', { class: 'passage' });
  item.append(element('p', originalWords(pair.text_a, paragraphs).join(' ')),
    element('p', t(pair.identical ? 'popup_passage_unchanged' : 'popup_passage_remembered'), { class: 'muted swaps' }));
  return { item, swaps: 0 };
}

// The list items for the alignment's pairs, each side's words in its own spelling: the page's from its
// paragraphs, the original's from its own (`originalParagraphs`, when the core sent them); first the pairs
// with swaps.
export function passageItems(pairs, paragraphs, originalParagraphs = []) {
  const items = distinctPairs(pairs).map((pair) => {
    if (!pair.text_b) return rememberedItem(pair, paragraphs);
    const diff = wordDiff(originalWords(pair.text_b, originalParagraphs), originalWords(pair.text_a, paragraphs));
    const item = element('li', '', { class: 'passage' });
    const text = element('p');
    text.append(...diffNodes(diff.segments));
    const note = diff.swaps ? t(diff.swaps === 1 ? 'popup_passage_one_swap' : 'popup_passage_swaps', diff.swaps)
      : t('popup_passage_unchanged');
    item.append(text, element('p', note, { class: 'muted swaps' }));
    return { item, swaps: diff.swaps };
  });
  return items.sort((x, y) => (y.swaps > 0) - (x.swaps > 0)).map(({ item }) => item);
}
