// The article check's choice of blocks by XPath (extension/content/article_check.js) against a plain walk of
// every block with its exact UTF-8 bytes, in Chromium and Firefox ESR: the XPath bounds (140 characters, or
// fewer with enough non-ASCII characters) must never leave out a block that counts. On pages written for it
// (short blocks that reach the floor only in bytes: accented Latin, Greek, CJK, emoji; the same blocks in
// ASCII), on the generated non-article pages and on AEB pages of every size when ../shared is there.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch } from '../lib/browsers.mjs';
import { startServer } from '../lib/server.mjs';
import { distDir } from '../lib/dist.mjs';
import { nonArticlePages } from '../lib/non_article_pages.mjs';
import { AEB_DIR, aebPages, spreadOverGroups } from '../lib/aeb_pages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CHECK = readFileSync(path.join(here, '../../extension/content/article_check.js'), 'utf8');
const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');

// Thirty blocks of `text`: well over the score when each block reaches 140 bytes, nothing when none does.
const blocks = (text, tag = 'p') => `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>`
  + `${Array.from({ length: 30 }, (_, i) => `<${tag}>${i} ${text}${tag === 'div' ? '<br>' : ''}</${tag}>`).join('')}</body></html>`;
// [served path, html, expected answer or undefined (the walk decides)]
const WRITTEN = [
  // 100 characters, 150 bytes: a Latin-script page that counts only in bytes.
  ['/accented.html', blocks('é'.repeat(50) + 'a'.repeat(47)), true],
  ['/ascii.html', blocks('e'.repeat(50) + 'a'.repeat(47)), false],
  // 60 Greek letters of two bytes (120 bytes) and 25 ASCII: more distinct characters than the check names.
  ['/greek.html', blocks('αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ'.repeat(2) + ' ' + 'x'.repeat(24)), true],
  // 50 CJK characters of three bytes.
  ['/cjk.html', blocks('漢字仮名交じり文'.repeat(6) + '日本', 'div'), true],
  // 36 emoji, four bytes each (two UTF-16 units).
  ['/emoji.html', blocks('🙂'.repeat(36)), true],
  // 45 CJK characters (135 bytes): short of the floor.
  ['/cjk-short.html', blocks('漢字仮名交じり文'.repeat(5) + '日本語文章', 'pre'), false],
];

// Every block Readability counts, with its exact bytes: the check's own answer computed without XPath.
function walkAll() {
  const encoder = new TextEncoder();
  let score = 0;
  for (const node of document.querySelectorAll('p, pre, article, div')) {
    if (node.localName === 'div' && ![...node.children].some((child) => child.localName === 'br')) continue;
    const bytes = encoder.encode(node.textContent.trim()).length;
    if (bytes < FIRSTHAND_MIN_PROSE_BYTES || !firsthandShown(node)) continue;
    const names = `${node.className} ${node.id}`;
    if ((FIRSTHAND_UNLIKELY.test(names) && !FIRSTHAND_MAYBE.test(names)) || node.matches('li p')) continue;
    score += Math.sqrt(bytes - FIRSTHAND_MIN_PROSE_BYTES);
    if (score >= FIRSTHAND_MIN_PROSE_SCORE) return true;
  }
  return false;
}

for (const kind of browsers) {
  describe(kind, { skip: !existsSync(path.join(distDir(kind), 'manifest.json')) && 'run build-scripts/package.sh first' }, () => {
    let server;
    let harness;
    const aeb = spreadOverGroups(aebPages(), 4);

    before(async () => {
      server = await startServer({ ...Object.fromEntries(WRITTEN.map(([p, html]) => [p, html])), ...nonArticlePages(),
        ...Object.fromEntries(aeb.map((p) => [p.path, readFileSync(path.join(AEB_DIR, p.file), 'utf8')])) });
      harness = await launch(kind, distDir(kind));
    });
    after(async () => {
      await harness?.close();
      await server?.close();
    });

    // [check, walk] on the page, both in the page's own world (the same DOM the content script reads).
    async function answers(pagePath) {
      const { page } = await harness.visit(server.origin + pagePath);
      try {
        return await page.evaluate(`(() => { ${CHECK}; return [firsthandProbablyArticle(document), (${walkAll})()]; })()`);
      } finally {
        await page.close();
      }
    }

    test('pages written for it: the check answers as the walk of every block, and as written', async () => {
      for (const [pagePath, , expected] of WRITTEN) {
        const [check, walk] = await answers(pagePath);
        assert.equal(walk, expected, `${pagePath}: the walk`);
        assert.equal(check, walk, `${pagePath}: the check`);
      }
    });

    test('non-article pages and AEB pages of every size: the check answers as the walk', async (t) => {
      if (!aeb.length) t.diagnostic(`SKIPPED the AEB pages: ${AEB_DIR} is absent`);
      for (const pagePath of [...Object.keys(nonArticlePages()), ...aeb.map((p) => p.path)]) {
        const [check, walk] = await answers(pagePath);
        assert.equal(check, walk, pagePath);
      }
    });
  });
}
