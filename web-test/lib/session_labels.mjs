// The labels of bench/sessions/related-pages.tsv, read as the CLI's `firsthand session --labels` reads them
// (cli/session_labels.cpp): "PAGE<TAB>PAGE[<TAB>PAGE...]" relates every pair among the pages, "PAGE<TAB>credit:NAME"
// says the page republishes NAME's story; '#' starts a comment line, or a note after the last field. Names are
// session names: a page's last two path components ("html/<hash>.html", "eval/<file>", "<test>/source.html").
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const LABELS_FILE = path.resolve(here, '../../bench/sessions/related-pages.tsv');

// The CLI folds names (fold_text): case, accents, punctuation and runs of spaces do not matter.
const fold = (text) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const pairKey = (a, b) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

export function loadLabels(file = LABELS_FILE) {
  const pairs = new Set();
  const credits = new Set();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const fields = [];
    for (const field of line.split('\t')) {
      if (field.startsWith('#')) break;
      if (field) fields.push(field);
    }
    if (fields[1]?.startsWith('credit:')) {
      credits.add(`${fields[0]}\n${fold(fields[1].slice('credit:'.length))}`);
      continue;
    }
    for (let i = 0; i < fields.length; ++i) for (let j = i + 1; j < fields.length; ++j) pairs.add(pairKey(fields[i], fields[j]));
  }
  return {
    related: (a, b) => pairs.has(pairKey(a, b)),
    credits: (page, source) => credits.has(`${page}\n${fold(source)}`),
  };
}
