// Draws one sentence of a matched passage with the words a copy substituted marked (<mark>), as DOM nodes
// built from text only.
export function highlightedSentence(sentence, substitutedPhrases) {
  const marked = new Set(substitutedPhrases.flatMap((phrase) => phrase.toLowerCase().split(/\s+/)).filter(Boolean));
  const nodes = [];
  let plain = '';
  for (const token of sentence.split(/(\s+)/)) {
    const word = token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word && marked.has(word)) {
      if (plain) nodes.push(document.createTextNode(plain));
      plain = '';
      const mark = document.createElement('mark');
      mark.textContent = token;
      nodes.push(mark);
    } else {
      plain += token;
    }
  }
  if (plain) nodes.push(document.createTextNode(plain));
  return nodes;
}
