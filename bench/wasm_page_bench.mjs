// The wasm core under Node on one page JSON (as written by `page_json_bench PAGE.html --write-json OUT`):
// fh_analyze's own step timings (page-JSON parse, extract, fingerprint, verdict), medians over the passes,
// beside V8's JSON.parse of the same text (the peer: what the browser spends to read the same JSON).
// Given several builds (e.g. before and after a change), their calls alternate within each pass, so a loaded
// machine slows them alike. With --dom DOM.html (and its rendered text in DOM.html.txt, both as written by
// `page_json_bench PAGE.html --write-dom DOM.html`), each pass also times fh_analyze_dom on the same page.
//
//   node bench/wasm_page_bench.mjs PAGE.json [PASSES (default 20)] [WASM_DIR... (default build/wasm-core)]
//        [--dom DOM.html]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { Engine } from '../extension/core/engine.js';

const args = process.argv.slice(2);
const domFlag = args.indexOf('--dom');
const domPath = domFlag >= 0 ? args.splice(domFlag, 2)[1] : null;
const [jsonPath, passesArg = '20', ...dirArgs] = args;
if (!jsonPath) {
  console.error('usage: node bench/wasm_page_bench.mjs PAGE.json [PASSES] [WASM_DIR...]');
  process.exit(2);
}
const passes = Math.max(1, Number(passesArg));
const wasmDirs = dirArgs.length ? dirArgs : ['build/wasm-core'];
const require = createRequire(import.meta.url);
const builds = [];
for (const dir of wasmDirs) {
  const createFirsthand = require(path.resolve(dir, 'firsthand-node.cjs'));
  const wasmBinary = readFileSync(path.resolve(dir, 'firsthand-node.wasm'));
  builds.push({ dir, engine: new Engine(await createFirsthand({ wasmBinary })),
                steps: { parse: [], extract: [], fingerprint: [], verdict: [], total: [] },
                domSteps: { parse: [], extract: [], total: [], 'io in': [] } });
}
const text = readFileSync(jsonPath, 'utf8');
const page = JSON.parse(text);
const dom = domPath && { url: page.url, html: readFileSync(domPath, 'utf8'), visibleText: readFileSync(`${domPath}.txt`, 'utf8') };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const peer = [];
for (let pass = 0; pass <= passes; ++pass) {  // pass 0 warms up (tier-up, RE2 compilation)
  const start = performance.now();
  JSON.parse(text);
  if (pass > 0) peer.push(performance.now() - start);
  for (const build of builds) {
    const answer = build.engine.analyze(page);
    if (!answer.ok) throw new Error(answer.error);
    if (pass > 0) for (const step of Object.keys(build.steps)) build.steps[step].push(answer.timing_ms[step]);
    if (!dom) continue;
    const domAnswer = build.engine.analyzeDom(dom);
    if (!domAnswer.ok) throw new Error(domAnswer.error);
    if (domAnswer.article.paragraphs.length !== answer.article.paragraphs.length) throw new Error('analyzeDom gave another article');
    if (pass > 0) for (const step of Object.keys(build.domSteps))
      build.domSteps[step].push(step === 'io in' ? domAnswer.io_ms.in : domAnswer.timing_ms[step]);
  }
}

const megabytes = Buffer.byteLength(text) / 1e6;
const rate = (ms) => `${(megabytes / (ms / 1e3)).toFixed(1)} MB/s of page JSON`;
console.log(`wasm under node ${process.version}, ${jsonPath}: ${Buffer.byteLength(text)} bytes of page JSON, median of ${passes} passes`);
console.log(`  peer: V8 JSON.parse of the same text: ${median(peer).toFixed(2)} ms (${rate(median(peer))})`);
for (const { dir, steps, domSteps } of builds) {
  console.log(`  ${dir}:`);
  for (const [step, values] of Object.entries(steps))
    console.log(`    ${step.padEnd(12)} ${median(values).toFixed(2).padStart(8)} ms${step === 'parse' ? `  (${rate(median(values))})` : ''}`);
  if (!dom) continue;
  const domBytes = Buffer.byteLength(dom.html) + Buffer.byteLength(dom.visibleText);
  console.log(`    fh_analyze_dom on ${Buffer.byteLength(dom.html)} bytes of serialised DOM + ${Buffer.byteLength(dom.visibleText)} of rendered text:`);
  for (const [step, values] of Object.entries(domSteps))
    console.log(`    ${step.padEnd(12)} ${median(values).toFixed(2).padStart(8)} ms${step === 'parse' ? `  (${(domBytes / 1e6 / (median(values) / 1e3)).toFixed(1)} MB/s of both strings)` : ''}`);
}
