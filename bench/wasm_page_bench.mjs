// The wasm core under Node on one page as the extension sends it: its serialised DOM and rendered text (as
// written by `page_json_bench PAGE.html --write-dom DOM.html`, which also writes DOM.html.txt).
// Prints, per build: a fresh engine's first analysis without the warm-up, a fresh engine's warm-up (fh_warm_up)
// and its first analysis after it (what the extension's first page costs), then fh_analyze's own step timings
// (parse, extract, fingerprint, verdict), medians over the passes. Given several builds (e.g. before and after
// a change), their calls alternate within each pass, so a loaded machine slows them alike.
//
//   node bench/wasm_page_bench.mjs DOM.html [PASSES (default 20)] [WASM_DIR... (default build/wasm-core)]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { Engine } from '../extension/core/engine.js';

const [domPath, passesArg = '20', ...dirArgs] = process.argv.slice(2);
if (!domPath) {
  console.error('usage: node bench/wasm_page_bench.mjs DOM.html [PASSES] [WASM_DIR...]');
  process.exit(2);
}
const passes = Math.max(1, Number(passesArg));
const wasmDirs = dirArgs.length ? dirArgs : ['build/wasm-core'];
const page = { url: 'https://bench.example/page', html: readFileSync(domPath, 'utf8'), visibleText: readFileSync(`${domPath}.txt`, 'utf8') };
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

const STEPS = ['parse', 'extract', 'fingerprint', 'verdict', 'total'];
const builds = [];
for (const dir of wasmDirs) {
  const cold = await freshEngine(dir);
  const firstWithoutWarmUp = timed(() => cold.analyze(page));
  const engine = await freshEngine(dir);
  const warmUp = timed(() => engine.warmUp());
  const firstAfterWarmUp = timed(() => engine.analyze(page));
  builds.push({ dir, engine, firstWithoutWarmUp, warmUp, firstAfterWarmUp, steps: Object.fromEntries(STEPS.map((s) => [s, []])) });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (let pass = 0; pass < passes; ++pass) {
  for (const build of builds) {
    const answer = build.engine.analyze(page);
    if (!answer.ok) throw new Error(answer.error);
    for (const step of STEPS) build.steps[step].push(answer.timing_ms[step]);
  }
}

const bytes = Buffer.byteLength(page.html) + Buffer.byteLength(page.visibleText);
console.log(`wasm under node ${process.version}, ${domPath}: ${Buffer.byteLength(page.html)} bytes of serialised DOM + `
  + `${Buffer.byteLength(page.visibleText)} of rendered text`);
for (const { dir, steps, firstWithoutWarmUp, warmUp, firstAfterWarmUp } of builds) {
  console.log(`  ${dir}:`);
  console.log(`    first analysis of a fresh engine: ${firstWithoutWarmUp.toFixed(1)} ms; with fh_warm_up first: `
    + `${warmUp.toFixed(1)} ms warm-up, then ${firstAfterWarmUp.toFixed(1)} ms`);
  console.log(`    later analyses, median of ${passes} (the core's own steps):`);
  for (const [step, values] of Object.entries(steps))
    console.log(`    ${step.padEnd(12)} ${median(values).toFixed(2).padStart(8)} ms${step === 'parse' ? `  (${(bytes / 1e6 / (median(values) / 1e3)).toFixed(1)} MB/s of both strings)` : ''}`);
}
