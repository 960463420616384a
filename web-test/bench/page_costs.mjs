// What the extension costs a reader on real pages, in Chromium and Firefox (issue 18's "Must show"): on the
// AEB pages of ../shared grouped by size, the content scripts' main-thread time beside Readability.parse() on
// the same live page in the same visit (all of it: content.js's slices whole, its first touch of the
// extension's API included, and the scripts run before it, timed from the first content script's start),
// document_idle to badge (median and 95th percentile), popup opening to verdict drawn; and on non-article
// pages (generated: a front page, search results, a web app) the main-thread time of the content scripts, the
// messages they send and the popup's opening to its "not an article". Beside the popup, the floor under it:
// when an empty extension page, opened the same way, runs its first script (no popup can draw before that). Visits are interleaved (round after round over all
// pages); a page's figure is the median of its visits, a group's the median of its pages'. Pages are split by
// the repository's rule (lib/aeb_pages.mjs): validation-half figures are the measure, development-half ones are
// what the gathering was tuned on; both are printed.
//
//   node web-test/bench/page_costs.mjs [--quick]     (after build-scripts/package.sh; FIRSTHAND_BROWSERS=chromium)
//   FIRSTHAND_BENCH_JSON=FILE writes the same figures as JSON there, with rows for the README's figures table
//   (bench/report.sh): per browser, main thread beside Readability.parse() per size group and half, badge and
//   popup per half, and the non-article pages.
// --quick: two pages a size group from the validation half and two visits each (a few minutes in all);
// otherwise up to five pages a group from each half, three visits each.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { launch, poll } from '../lib/browsers.mjs';
import { distDir } from '../lib/dist.mjs';
import { startServer } from '../lib/server.mjs';
import { readabilityParseMs } from '../lib/readability_timing.mjs';
import { AEB_DIR, SIZE_GROUPS, aebAvailable, aebPages, spreadOverGroups } from '../lib/aeb_pages.mjs';
import { nonArticlePages } from '../lib/non_article_pages.mjs';
import { writeFigureRows } from '../../bench/bench_json.mjs';
import { BLANK_PAGE, benchExtension, countTabMessages, portClosed, scriptCost, tabMessages } from '../lib/bench_extension.mjs';

const quick = process.argv.includes('--quick');
const kinds = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const VISITS = quick ? 2 : 3;
const halves = quick ? ['val'] : ['dev', 'val'];
const PER_GROUP = quick ? 2 : 5;

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const percentile = (values, p) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN;
};

// An AEB page's visit; `{turnedDown: true}` when the article check sent nothing (an article missed).
async function visitArticle(harness, origin, page) {
  const { page: tab, tabId } = await harness.visit(origin + page.path);
  try {
    // The check's own first call and the API's first touch after it, as the bench's wrapper timed them apart
    // (content.js's checkMs would hold both).
    const { startAt, checkMs, apiMs } = await scriptCost(harness, tabId);
    if (!(await tabMessages(harness, tabId))) return { turnedDown: true };
    await portClosed(harness, tabId);
    const report = await poll('the timing', async () => {
      const r = await harness.report(tabId);
      return r?.timing?.mainThreadMs !== undefined ? r : undefined;
    }, { timeoutMs: 30000 });
    const readabilityMs = await readabilityParseMs(tab, origin);
    const popup = await harness.popup(tabId);
    const popupMs = Number(await popup.evaluate(() => document.body.dataset.verdictMs));
    await popup.close();
    const blank = await harness.openPage(BLANK_PAGE);
    const floorMs = Number(await blank.evaluate(() => document.body.dataset.firstScriptMs));
    await blank.close();
    const t = report.timing;
    // content.js times its own slices from its start; the content scripts before it (site rules, check,
    // gathering and carrier code, loaded and run) are the span from the first one's start to that start.
    const beforeMs = t.startedAt - startAt;
    return { mainMs: beforeMs + t.mainThreadMs, beforeMs, readabilityMs, badgeMs: t.badgeAt - t.startedAt, popupMs, floorMs, article: report.is_article,
      checkMs, apiMs, stepsMs: t.stepsMs, postMs: t.postMs, chars: t.pageChars };
  } finally {
    await tab.close();
  }
}

async function visitNonArticle(harness, origin, pagePath) {
  const { page: tab, tabId } = await harness.visit(origin + pagePath);
  const { ms, checkMs } = await scriptCost(harness, tabId);
  // Time for a message the page might still send to arrive.
  await new Promise((resolve) => { setTimeout(resolve, 300); });
  const messages = await tabMessages(harness, tabId);
  // The popup there says "not an article", from the check's answer read in the page (no stored headline).
  const popup = await harness.popup(tabId);
  const popupMs = Number(await popup.evaluate(() => document.body.dataset.verdictMs));
  await popup.close();
  await tab.close();
  return { mainMs: ms, checkMs, messages, popupMs };
}

async function measure(kind, server, pages, nonArticles) {
  const extension = benchExtension(kind, 'costs');
  // Firefox rounds performance.now() to 1 ms for pages and content scripts: the bench asks for full precision.
  const harness = await launch(kind, extension, { firefoxPrefs: { 'privacy.reduceTimerPrecision': false } });
  try {
    await harness.inBackground(countTabMessages);
    // One page first, unmeasured: the core's code optimised on a big page, as after a reader's first pages.
    await visitArticle(harness, server.origin, pages.at(-1));
    const visits = new Map(pages.map((p) => [p.path, []]));
    const nonArticle = new Map(nonArticles.map((p) => [p, []]));
    for (let round = 0; round < VISITS; ++round) {
      for (const page of pages) visits.get(page.path).push(await visitArticle(harness, server.origin, page));
      for (const pagePath of nonArticles) nonArticle.get(pagePath).push(await visitNonArticle(harness, server.origin, pagePath));
    }
    return { visits, nonArticle };
  } finally {
    await harness.close();
    rmSync(extension, { recursive: true, force: true });
  }
}

function summarise(kind, pages, { visits, nonArticle }) {
  const groups = [];
  for (const half of halves) {
    for (const { name } of SIZE_GROUPS) {
      const inGroup = pages.filter((p) => p.half === half && p.group === name);
      if (!inGroup.length) continue;
      const perPage = inGroup.map((p) => {
        const v = visits.get(p.path).filter((x) => !x.turnedDown);
        const mainMs = median(v.map((x) => x.mainMs));
        const readabilityMs = median(v.map((x) => x.readabilityMs));
        const stepsMs = Object.fromEntries(Object.keys(v[0]?.stepsMs || {}).map((step) => [step, median(v.map((x) => x.stepsMs[step]))]));
        return { file: p.file, bytes: p.bytes, mainMs, readabilityMs, ratio: mainMs / readabilityMs, stepsMs,
          checkMs: median(v.map((x) => x.checkMs)), apiMs: median(v.map((x) => x.apiMs)), beforeMs: median(v.map((x) => x.beforeMs)), postMs: median(v.map((x) => x.postMs)), chars: v[0]?.chars };
      });
      const all = inGroup.flatMap((p) => visits.get(p.path)).filter((x) => !x.turnedDown);
      groups.push({
        half, group: name, pages: inGroup.length, visits: all.length,
        turnedDown: inGroup.filter((p) => visits.get(p.path).some((x) => x.turnedDown)).length,
        notArticles: inGroup.filter((p) => visits.get(p.path).some((x) => x.article === false)).length,
        mainThreadMs: median(perPage.map((p) => p.mainMs)), readabilityMs: median(perPage.map((p) => p.readabilityMs)),
        ratioMedian: median(perPage.map((p) => p.ratio)), ratioMax: Math.max(...perPage.map((p) => p.ratio)),
        badgeMedianMs: median(all.map((x) => x.badgeMs)), badgeP95Ms: percentile(all.map((x) => x.badgeMs), 0.95),
        popupMedianMs: median(all.map((x) => x.popupMs)), floorMedianMs: median(all.map((x) => x.floorMs)),
        checkMs: median(perPage.map((p) => p.checkMs)), apiMs: median(perPage.map((p) => p.apiMs)), perPage,
      });
    }
  }
  const overall = (half) => {
    const all = pages.filter((p) => p.half === half).flatMap((p) => visits.get(p.path)).filter((x) => !x.turnedDown);
    return { half, badgeMedianMs: median(all.map((x) => x.badgeMs)), badgeP95Ms: percentile(all.map((x) => x.badgeMs), 0.95),
      popupMedianMs: median(all.map((x) => x.popupMs)), floorMedianMs: median(all.map((x) => x.floorMs)) };
  };
  const nonArticles = [...nonArticle].map(([pagePath, v]) => ({ page: pagePath, mainThreadMs: median(v.map((x) => x.mainMs)),
    checkMs: median(v.map((x) => x.checkMs)), popupMs: median(v.map((x) => x.popupMs)),
    maxMs: Math.max(...v.map((x) => x.mainMs)), messages: v.reduce((sum, x) => sum + x.messages, 0) }));
  return { browser: kind, groups, overall: halves.map(overall), nonArticles };
}

const f1 = (value) => (Number.isFinite(value) ? value.toFixed(1) : '-');
function print(result) {
  console.log(`\n${result.browser}: content scripts (all their main-thread time) vs Readability.parse() on the same live page (ms, medians of ${VISITS} interleaved visits)`);
  console.log('half  size group      pages  main thread  Readability  x Readability (median, max)  idle->badge med/p95  popup');
  for (const g of result.groups) {
    console.log(`${g.half.padEnd(5)} ${g.group.padEnd(14)} ${String(g.pages).padStart(5)}  ${f1(g.mainThreadMs).padStart(11)}  `
      + `${f1(g.readabilityMs).padStart(11)}  ${`${g.ratioMedian.toFixed(2)}x, ${g.ratioMax.toFixed(2)}x`.padStart(27)}  `
      + `${`${f1(g.badgeMedianMs)} / ${f1(g.badgeP95Ms)}`.padStart(19)}  ${f1(g.popupMedianMs).padStart(5)}`
      + `${g.turnedDown ? `  (${g.turnedDown} turned down by the check)` : ''}${g.notArticles ? `  (${g.notArticles} not articles to the core)` : ''}`
      + `\n      of it: the check's first call ${f1(g.checkMs)} ms, the first touch of the extension's API ${f1(g.apiMs)} ms`);
  }
  for (const o of result.overall) {
    console.log(`${o.half} half, all sizes: document_idle to badge median ${f1(o.badgeMedianMs)} ms, p95 ${f1(o.badgeP95Ms)} ms; popup to verdict median ${f1(o.popupMedianMs)} ms `
      + `(an empty extension page's first script: ${f1(o.floorMedianMs)} ms)`);
  }
  for (const n of result.nonArticles) {
    console.log(`non-article ${n.page}: content scripts ${n.mainThreadMs.toFixed(2)} ms median (max ${n.maxMs.toFixed(2)}; `
      + `the check's first call on the page ${n.checkMs.toFixed(2)}), ${n.messages} messages; popup to "not an article" ${f1(n.popupMs)} ms`);
  }
}

async function main() {
  if (!aebAvailable()) {
    console.log(`SKIPPED: ${AEB_DIR} is absent (needs ../shared beside the repository)`);
    return;
  }
  const missing = kinds.filter((kind) => !existsSync(path.join(distDir(kind), 'manifest.json')));
  if (missing.length) throw new Error(`no packaged extension for ${missing.join(', ')}: run build-scripts/package.sh first`);
  const pages = halves.flatMap((half) => spreadOverGroups(aebPages().filter((p) => p.half === half), PER_GROUP));
  const served = Object.fromEntries(pages.map((p) => [p.path, readFileSync(path.join(AEB_DIR, p.file), 'utf8')]));
  const nonArticles = nonArticlePages();
  const server = await startServer({ ...served, ...nonArticles });
  const started = Date.now();
  const results = [];
  try {
    for (const kind of kinds) {
      const result = summarise(kind, pages, await measure(kind, server, pages, Object.keys(nonArticles)));
      print(result);
      results.push(result);
    }
  } finally {
    await server.close();
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n${pages.length} AEB pages, ${VISITS} visits each, ${quick ? 'quick' : 'full'} run in ${seconds.toFixed(0)} s; load average ${os.loadavg()[0].toFixed(2)}`);
  writeFigureRows(results.flatMap(figureRows), { date: new Date().toISOString(), quick, visits: VISITS, loadAverage: os.loadavg(), seconds, results });
}

// One browser's rows for the README table: [figure, value, peer or target]. The validation half is the
// measure; the development half is what the gathering was tuned on, and says so.
function figureRows(result) {
  const label = (half) => (half === 'val' ? 'val half' : 'dev half, tuned on');
  const ms = (value) => `${f1(value)} ms`;
  const rows = result.groups.map((g) => [
    `page costs, ${result.browser}, ${label(g.half)}: main thread, AEB pages ${g.group} (${g.pages}, median of ${VISITS} visits)`,
    `${ms(g.mainThreadMs)} (${g.ratioMedian.toFixed(2)}x Readability, max ${g.ratioMax.toFixed(2)}x)`,
    `Readability.parse() ${ms(g.readabilityMs)}, same visits; target at most 1x (goal 0.5x)`]);
  for (const o of result.overall) {
    rows.push([`page costs, ${result.browser}, ${label(o.half)}: document_idle to badge, median / p95`,
      `${f1(o.badgeMedianMs)} / ${ms(o.badgeP95Ms)}`, 'target 50 / 100 ms']);
    rows.push([`page costs, ${result.browser}, ${label(o.half)}: popup open to verdict shown, median`, ms(o.popupMedianMs),
      `target 50 ms; an empty extension page runs its first script at ${ms(o.floorMedianMs)}, same visits`]);
  }
  const worst = Math.max(...result.nonArticles.map((n) => n.mainThreadMs));
  const messages = result.nonArticles.reduce((sum, n) => sum + n.messages, 0);
  rows.push([`page costs, ${result.browser}: non-article pages (${result.nonArticles.length} generated), content scripts' main thread`,
    `${worst.toFixed(2)} ms (the worst page's median); ${messages} messages`, 'target under 1 ms, 0 messages']);
  return rows;
}

await main();
