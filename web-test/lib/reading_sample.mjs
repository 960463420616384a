// A reading session in the browser (issue 13): a fixed shuffled sample of the real pages of ../shared (AEB,
// trafilatura's evaluation pages, Readability's test pages, the same lists bench/sessions/list_pages.py writes
// for the CLI's `firsthand session`), read one after another in one profile with history on, each page in
// its own tab as a reader opens it, then closed. Each article's verdict is judged as the CLI judges its
// alarms (cli/session_report.cpp): a copy-type verdict is true when the labels relate the page to the page
// it names (or, for a credit, say the page republishes that source), else it is a false badge.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { poll } from './browsers.mjs';
import { SHARED_DIR } from './seed_pages.mjs';
import { LABELS_FILE, loadLabels } from './session_labels.mjs';
import { countTabMessages, portClosed, scriptCost } from './bench_extension.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const LIST_PAGES = path.resolve(here, '../../bench/sessions/list_pages.py');
const SETS = ['aeb', 'trafilatura', 'readability'];
export const COPY_TYPE = new Set(['verbatim_copy', 'syndicated', 'spun_copy', 'rewrite', 'same_source']);

export const realPagesAvailable = () => existsSync(path.join(SHARED_DIR, 'bench/extraction/aeb/html'))
  && existsSync(path.join(SHARED_DIR, 'bench/extraction/trafilatura-eval'))
  && existsSync(path.join(SHARED_DIR, 'bench/extraction/readability-pages'));

// The CLI's stable_hash (cli/session_pages.cpp: FNV-1a 64 and a final mix), for the same order and halves.
export function stableHash(text, seed = 0n) {
  const mask = (1n << 64n) - 1n;
  let h = 14695981039346656037n ^ seed;
  for (const byte of Buffer.from(text, 'utf8')) h = ((h ^ BigInt(byte)) * 1099511628211n) & mask;
  h ^= h >> 33n;
  h = (h * 0xff51afd7ed558ccdn) & mask;
  return h ^ (h >> 33n);
}

// [{name, file, url, set, half, path (served)}]: `count` pages, a third from each set (each set's first in
// the CLI's shuffled order, seed 1), read in that order. A page takes the CLI's half: odd hash = validation.
export function readingSample(count) {
  const lists = mkdtempSync(path.join(os.tmpdir(), 'firsthand-lists-'));
  try {
    execFileSync('python3', [LIST_PAGES, SHARED_DIR, lists]);
    const order = (a, b) => (stableHash(a.name, 1n) < stableHash(b.name, 1n) ? -1 : 1);
    const sample = SETS.flatMap((set, i) => {
      const pages = readFileSync(path.join(lists, `${set}.list`), 'utf8').split('\n').filter(Boolean).map((line) => {
        const [file, url = ''] = line.split('\t');
        const name = file.split(path.sep).slice(-2).join('/');
        // Served at its name, escaped as the browser asks for it (names hold spaces, accents, '#', '?').
        const served = `/real/${name.split('/').map(encodeURIComponent).join('/')}`;
        return { name, file, url, set, half: stableHash(name) & 1n ? 'val' : 'dev', path: served };
      });
      return pages.sort(order).slice(0, Math.floor(count / SETS.length) + (i < count % SETS.length ? 1 : 0));
    });
    return sample.sort(order);
  } finally {
    rmSync(lists, { recursive: true, force: true });
  }
}

// The pages to serve: their bytes as saved (lib/server.mjs labels them UTF-8 only when they are).
export const servedPages = (sample) => Object.fromEntries(sample.map((p) => [p.path, readFileSync(p.file)]));

// One page read: {name, article, failed, noScript, checkedInPage, badge, kind, confidence, named, namedIsPage, canonical, title}.
async function readPage(harness, origin, page) {
  // A saved page may wait on something that never loads: the content scripts run once the document is parsed.
  const { page: tab, tabId } = await harness.visit(origin + page.path, { waitUntil: 'domcontentloaded' });
  try {
    // A page on which the content scripts never answer (none injected, or one threw) is read, never judged.
    const answer = await scriptCost(harness, tabId).catch(() => null);
    if (!answer) return { name: page.name, article: false, noScript: true };
    if (!answer.article) return { name: page.name, article: false, checkedInPage: true };
    await portClosed(harness, tabId, 60000);
    const report = await harness.report(tabId);
    if (!report?.ok || !report.is_article) return { name: page.name, article: false, checkedInPage: false };
    const { verdict } = report;
    const original = verdict.likely_original;
    return {
      name: page.name, article: true, badge: await harness.badgeText(tabId), kind: verdict.kind,
      confidence: verdict.confidence, canonical: report.article.metadata.canonical_url, title: report.article.metadata.title,
      named: original ? (original.known ? original.url || original.label : original.site) : verdict.to_compare?.[0] || '',
      namedIsPage: original ? original.known : Boolean(verdict.to_compare?.length),
      reason: verdict.reasons[0] || '',
    };
  } finally {
    await tab.close();
  }
}

// Reads the sample in order, in a harness launched on benchExtension's copy; answers the pages read, each judged (`alarm`: 'TRUE' or 'FALSE' on copy-type
// verdicts) with the page named resolved to its session name where it is a page read before.
export async function readSession(harness, origin, sample, { onPage } = {}) {
  const labels = loadLabels(LABELS_FILE);
  await harness.inBackground(countTabMessages);
  // A page's own alert() (Readability's script-tag test page has one) is dismissed, as a reader would.
  harness.browser.on('targetcreated', async (target) => {
    (await target.page().catch(() => null))?.on('dialog', (dialog) => dialog.dismiss().catch(() => {}));
  });
  const nameByAddress = new Map();
  const read = [];
  for (const page of sample) {
    // A page the browser could not open in time is counted as read, not judged, and named in the summary.
    const result = await readPage(harness, origin, page)
      .catch((error) => ({ name: page.name, article: false, failed: String(error.message || error).split('\n')[0] }));
    result.half = page.half;
    if (result.article) {
      // The history keys an article by its canonical URL, the page's address when it names none.
      for (const address of [origin + page.path, result.canonical]) if (address) nameByAddress.set(address, page.name);
      if (result.namedIsPage) result.named = nameByAddress.get(result.named) ?? result.named;
      if (COPY_TYPE.has(result.kind)) {
        const right = result.namedIsPage ? labels.related(page.name, result.named) : Boolean(result.named) && labels.credits(page.name, result.named);
        result.alarm = right ? 'TRUE' : 'FALSE';
      }
    }
    read.push(result);
    onPage?.(result);
  }
  return read;
}

// The session's figures: pages read, article pages, copy-type badges, false badges (per 1,000 pages read,
// per half), each badge's line, and the pages that were not articles (turned down in the page, by the core,
// or never answered).
export function summarise(read) {
  const articles = read.filter((r) => r.article);
  const badges = articles.filter((r) => r.alarm);
  const falses = badges.filter((r) => r.alarm === 'FALSE');
  const half = (h) => {
    const pages = read.filter((r) => r.half === h).length;
    const f = falses.filter((r) => r.half === h).length;
    return { pages, falses: f, per1000: pages ? (1000 * f) / pages : 0 };
  };
  return {
    pages: read.length, articles: articles.length, badges: badges.length, falses: falses.length,
    per1000: read.length ? (1000 * falses.length) / read.length : 0, dev: half('dev'), val: half('val'),
    notArticles: read.filter((r) => !r.article)
      .map((r) => `${r.name}${r.failed ? ` (not opened: ${r.failed})` : r.noScript ? ' (the content scripts never answered)'
        : r.checkedInPage ? '' : ' (by the core)'}`),
    lines: badges.map((r) => `${r.alarm} ${r.name} [${r.half}]: ${r.badge} ${r.kind} ${r.confidence} of ${r.named || '(none named)'} - ${r.reason}`),
  };
}

export function printSummary(kind, s) {
  console.log(`${kind}: pages read: ${s.pages}; article pages: ${s.articles}; copy-type badges: ${s.badges} (false ${s.falses}); `
    + `false badges per 1,000 pages read: ${s.per1000.toFixed(1)} (development ${s.dev.falses} of ${s.dev.pages}, validation ${s.val.falses} of ${s.val.pages})`);
  for (const line of s.lines) console.log(`  ${line}`);
  console.log(`  not articles (${s.notArticles.length}): ${s.notArticles.join(', ')}`);
}

// The CLI's session over the same sample (the same lists, the same order by name, the same labels): its
// summary lines, to print beside the browser's.
export function cliSession(cli, sample) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'firsthand-sample-'));
  try {
    const list = path.join(dir, 'sample.list');
    writeFileSync(list, sample.map((p) => (p.url ? `${p.file}\t${p.url}` : p.file)).join('\n') + '\n');
    const out = execFileSync(cli, ['session', '--list', list, '--labels', LABELS_FILE], { encoding: 'utf8', maxBuffer: 64 << 20 });
    return out.split('\n').filter((line) => /^(pages read|article pages|copy-type verdicts|false alarms|  (TRUE|FALSE))/.test(line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
