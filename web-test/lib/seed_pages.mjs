// Turns the seed pages (visible-text dumps in ../shared/seeds) into simple HTML at test time, never committed:
// the lines before the article body become a menu, the lines after it a sidebar and a footer, the body
// lines paragraphs of an <article>; title, site and date come from expected.json.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { escapeHtml } from './html.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SHARED_DIR = process.env.FIRSTHAND_SHARED || path.resolve(here, '../../../shared');
const SEEDS_DIR = path.join(SHARED_DIR, 'seeds');

export function seedsAvailable() {
  return existsSync(path.join(SEEDS_DIR, 'expected.json'));
}

export function loadExpected() {
  return JSON.parse(readFileSync(path.join(SEEDS_DIR, 'expected.json'), 'utf8'));
}

function list(lines) {
  return `<ul>${lines.map((line) => `<li><a href="#">${escapeHtml(line.replace(/^[•*-]\s*/, ''))}</a></li>`).join('')}</ul>`;
}

// Lines of the seed from the one starting with `first` to the one starting with `last` form the body.
function splitSeed(text, first, last) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const start = lines.findIndex((l) => l.startsWith(first));
  const end = lines.findIndex((l, i) => i >= start && l.startsWith(last));
  if (start < 0 || end < 0) throw new Error(`seed body markers not found: ${first} / ${last}`);
  return { before: lines.slice(0, start), body: lines.slice(start, end + 1), after: lines.slice(end + 1) };
}

export function seedHtml(name, doc) {
  const text = readFileSync(path.join(SEEDS_DIR, name), 'utf8');
  const { before: lines, body, after } = splitSeed(text, doc.body_first, doc.body_last);
  // Byline lines ("By ...") go under the headline, as an article page shows them; the rest is the menu.
  const isByline = (line) => /^by\s/i.test(line);
  const bylines = [...new Set(lines.filter(isByline))];
  const before = lines.filter((line) => !isByline(line));
  const title = doc.title || '';  // an untitled seed stays untitled, as its text dump is
  const site = doc.site && doc.site !== 'unknown' ? doc.site : '';
  const sidebar = after.slice(0, Math.ceil(after.length / 2));
  const footer = after.slice(sidebar.length);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${title ? `<title>${escapeHtml(title)}</title>` : ''}
${site ? `<meta property="og:site_name" content="${escapeHtml(site)}">` : ''}
${doc.date_shown ? `<meta property="article:published_time" content="${doc.date_shown}T09:00:00Z">` : ''}
</head><body>
<header class="site-header"><nav class="main-menu">${list(before)}</nav></header>
<main><article class="post">${title ? `<h1>${escapeHtml(title)}</h1>` : ''}
${bylines.map((line) => `<p class="byline">${escapeHtml(line)}</p>`).join('')}
${doc.date_shown ? `<p class="meta"><time datetime="${doc.date_shown}">${doc.date_shown}</time></p>` : ''}
<div class="entry-content">${body.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}</div></article>
<aside class="sidebar widget-area">${list(sidebar)}</aside></main>
<footer class="site-footer">${list(footer)}</footer>
</body></html>`;
}
