// The wasm core under Node on one page as the extension sends it: its serialised DOM and rendered text (as
// written by `page_json_bench PAGE.html --write-dom DOM.html`, which also writes DOM.html.txt).
// Prints, per build: a fresh engine's first analysis without the warm-up, a fresh engine's warm-up (fh_warm_up)
// and its first analysis after it (what the extension's first page costs), then fh_analyze's own step timings
// (parse, extract, fingerprint, verdict), medians over the passes. Given several builds (e.g. before and after
// a change), their calls alternate within each pass, so a loaded machine slows them alike.
// Each fresh engine lives in a process of its own (this script, run with --fresh-engine): V8 shares a module's
// compiled code between the instances of a process, so a second engine would start with the optimised code
// the first one's analysis made hot, and its first analysis would look as cheap as a warm one.
//
// With FIRSTHAND_BENCH_JSON set, the figures' rows for bench/report.sh are written there too (bench_json.mjs).
//
//   node bench/wasm_page_bench.mjs DOM.html [PASSES (default 20)] [WASM_DIR... (default build/wasm-core)]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { Engine } from '../extension/core/engine.js';
import { writeFigureRows } from './bench_json.mjs';

const readPage = (domPath) => ({ url: 'https://bench.example/page', html: readFileSync(domPath, 'utf8'), visibleText: readFileSync(`${domPath}.txt`, 'utf8') });
const require = createRequire(import.meta.url);

async function freshEngine(dir) {
  const createFirsthand = require(path.resolve(dir, 'firsthand-node.cjs'));
  const wasmBinary = readFileSync(path.resolve(dir, 'firsthand-node.wasm'));
  return new Engine(await createFirsthand({ wasmBinary }));
}

function timed(fn) {
  const start = performance.now();
  const value = fn();
  if (value.ok === false) throw new Error(value.error);
  return performance.now() - start;
}

// The child: one fresh engine, warmed up or not, and its first analysis; prints {warmUp, first} in ms.
if (process.argv[2] === '--fresh-engine') {
  const [domPath, dir, mode] = process.argv.slice(3);
  const page = readPage(domPath);
  const engine = await freshEngine(dir);
  const warmUp = mode === 'warm' ? timed(() => engine.warmUp()) : 0;
  console.log(JSON.stringify({ warmUp, first: timed(() => engine.analyze(page)) }));
  process.exit(0);
}

const [domPath, passesArg = '20', ...dirArgs] = process.argv.slice(2);
if (!domPath) {
  console.error('usage: node bench/wasm_page_bench.mjs DOM.html [PASSES] [WASM_DIR...]');
  process.exit(2);
}
const passes = Math.max(1, Number(passesArg));
const wasmDirs = dirArgs.length ? dirArgs : ['build/wasm-core'];
const page = readPage(domPath);
const FRESH_ENGINES = 5;  // per build and mode; the machine's noise is large on a first call

function firstAnalysis(dir, mode) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--fresh-engine', domPath, dir, mode]);
  return JSON.parse(out);
}

const STEPS = ['parse', 'extract', 'fingerprint', 'verdict', 'total'];
const builds = wasmDirs.map((dir) => ({ dir, cold: [], warm: [], steps: Object.fromEntries(STEPS.map((s) => [s, []])) }));
for (let run = 0; run < FRESH_ENGINES; ++run) {
  for (const build of builds) {
    build.cold.push(firstAnalysis(build.dir, 'cold'));
    build.warm.push(firstAnalysis(build.dir, 'warm'));
  }
}
for (const build of builds) build.engine = await freshEngine(build.dir);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (let pass = 0; pass < passes; ++pass) {
  for (const build of builds) {
    const answer = build.engine.analyze(page);
    if (!answer.ok) throw new Error(answer.error);
    for (const step of STEPS) build.steps[step].push(answer.timing_ms[step]);
  }
}

const bytes = Buffer.byteLength(page.html) + Buffer.byteLength(page.visibleText);
const ms = (values) => `${median(values).toFixed(1)} ms (${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)})`;
console.log(`wasm under node ${process.version}, ${domPath}: ${Buffer.byteLength(page.html)} bytes of serialised DOM + `
  + `${Buffer.byteLength(page.visibleText)} of rendered text`);
for (const { dir, steps, cold, warm } of builds) {
  console.log(`  ${dir}:`);
  console.log(`    first analysis of a fresh engine, median of ${FRESH_ENGINES} (range): ${ms(cold.map((r) => r.first))}; `
    + `with fh_warm_up first: ${ms(warm.map((r) => r.warmUp))} warm-up, then ${ms(warm.map((r) => r.first))}`);
  console.log(`    later analyses, median of ${passes} (the core's own steps):`);
  for (const [step, values] of Object.entries(steps))
    console.log(`    ${step.padEnd(12)} ${median(values).toFixed(2).padStart(8)} ms${step === 'parse' ? `  (${(bytes / 1e6 / (median(values) / 1e3)).toFixed(1)} MB/s of both strings)` : ''}`);
}
// The wasm's own size is report.sh's; here the page analysis, warm, beside a fresh engine's first one.
writeFigureRows(builds.flatMap(({ dir, steps, cold, warm }) => [
  [`wasm page analysis under node, ${(bytes / 1e3).toFixed(0)} KB page${builds.length > 1 ? ` (${dir})` : ''}, median of ${passes}`,
    `${median(steps.total).toFixed(1)} ms warm (parse ${median(steps.parse).toFixed(1)}, extract ${median(steps.extract).toFixed(1)})`,
    `a fresh engine's first analysis ${median(cold.map((r) => r.first)).toFixed(0)} ms; after fh_warm_up ${median(warm.map((r) => r.first)).toFixed(0)} ms (warm-up ${median(warm.map((r) => r.warmUp)).toFixed(0)} ms)`],
]));
