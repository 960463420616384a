// "Find the original" sentences on real article pages: the popup's choice (extension/popup/search_sentence.js)
// beside the same scorer with the splitting it replaced (a sentence ends at every '.', '!' or '?' before a
// space; credit lines not skipped), on the article pages of the extraction benchmark in ../shared.
// A choice is faulty when it is cut mid-sentence (the text after it in its paragraph goes on in lower case
// or with a digit, or it ends on an abbreviation or an initial) or when it is a credit line.
// With FIRSTHAND_BENCH_JSON set, the row for bench/report.sh goes there too (bench_json.mjs).
// usage: node bench/search_sentence.mjs [PAGES_DIR] [FIRSTHAND_CLI]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { distinctiveSentence, isCreditLine } from '../extension/popup/search_sentence.js';
import { writeFigureRows } from './bench_json.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = process.argv[2] || path.resolve(root, '../shared/bench/extraction/aeb/html');
const cli = process.argv[3] || path.join(root, 'build/cli/firsthand');
if (!existsSync(pagesDir)) {
  console.log(`SKIPPED: no pages in ${pagesDir} (../shared absent)`);
  process.exit(0);
}

// What the wasm ABI calls an article page: enough body text in more than one paragraph.
const isArticle = (paragraphs) => paragraphs.length >= 2 && paragraphs.join('').length >= 500;

// The splitting the popup used before: every '.', '!' or '?' before a space ends a sentence.
function naiveSentences(paragraph) {
  const found = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; ++i) {
    if ('.!?'.includes(paragraph[i]) && (i + 1 === paragraph.length || paragraph[i + 1] === ' ')) {
      found.push(paragraph.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  if (paragraph.slice(start).trim()) found.push(paragraph.slice(start).trim());
  return found;
}

const SHORT_FORMS = /(^|\s)(mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|st|jr|inc|co|corp|ltd|vs|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\.s|u\.k|a\.m|p\.m|[a-z])\.$/i;

function fault(sentence, paragraphs) {
  if (!sentence) return null;
  if (isCreditLine(sentence) || /\b(reporting|editing|writing) by\b/i.test(sentence)) return 'credit line';
  const paragraph = paragraphs.find((p) => p.includes(sentence));
  const after = paragraph ? paragraph.slice(paragraph.indexOf(sentence) + sentence.length).trimStart() : '';
  if (SHORT_FORMS.test(sentence) && after) return 'cut at an abbreviation or initial';
  if (/^[\p{Ll}\p{N}]/u.test(after)) return 'cut mid-sentence';
  return null;
}

const counts = { pages: 0, articles: 0, before: 0, after: 0 };
const examples = [];
for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort()) {
  ++counts.pages;
  let paragraphs;
  try {
    paragraphs = JSON.parse(execFileSync(cli, ['extract', '--json', path.join(pagesDir, file)], { encoding: 'utf8', maxBuffer: 1 << 28 })).paragraphs;
  } catch {
    continue;
  }
  if (!isArticle(paragraphs)) continue;
  ++counts.articles;
  const before = fault(distinctiveSentence(paragraphs, { split: naiveSentences, skip: () => false }), paragraphs);
  const after = fault(distinctiveSentence(paragraphs), paragraphs);
  if (before) ++counts.before;
  if (after) {
    ++counts.after;
    examples.push(`${file.slice(0, 12)}: ${after}: "${distinctiveSentence(paragraphs).slice(-80)}"`);
  }
}
console.log(`${counts.articles} article pages of ${counts.pages}: faulty search sentences `
  + `${counts.before} with the former splitting, ${counts.after} with the popup's`);
for (const line of examples) console.log(`  ${line}`);
writeFigureRows([[`"find the original" sentences cut mid-sentence or a credit line, ${counts.articles} AEB article pages`,
  `${counts.after} with the popup's choice`, `${counts.before} with the former splitting`]]);
