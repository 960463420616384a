// Issue 13's browser reading sample: in Chromium and Firefox, one profile with history on reads a fixed
// shuffled sample of the real pages of ../shared (lib/reading_sample.mjs: a third each from AEB, trafilatura's
// evaluation pages and Readability's test pages), served on 127.0.0.1, and prints pages read, article pages,
// copy-type badges, false badges (against bench/sessions/related-pages.tsv, the CLI session bench's labels) and
// each badge; then the CLI's `firsthand session` over the same sample, the same order and labels, beside it.
// Nothing was tuned on these pages here: the development and validation halves (the CLI's) are printed apart.
//
//   node web-test/bench/reading_sample.mjs [--quick]   (after build-scripts/package.sh; FIRSTHAND_BROWSERS=chromium)
// 120 pages (--quick: 30). FIRSTHAND_CLI names the native CLI (default build/cli/firsthand).
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch } from '../lib/browsers.mjs';
import { distDir } from '../lib/dist.mjs';
import { startServer } from '../lib/server.mjs';
import { benchExtension } from '../lib/bench_extension.mjs';
import { cliSession, printSummary, readSession, readingSample, realPagesAvailable, servedPages, summarise } from '../lib/reading_sample.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const kinds = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const PAGES = quick ? 30 : 120;
const CLI = process.env.FIRSTHAND_CLI || path.resolve(here, '../../build/cli/firsthand');

async function main() {
  if (!realPagesAvailable()) {
    console.log('SKIPPED: the real pages of ../shared/bench/extraction are not there (FIRSTHAND_SHARED names another copy)');
    return;
  }
  const missing = kinds.filter((kind) => !existsSync(path.join(distDir(kind), 'manifest.json')));
  if (missing.length) throw new Error(`no packaged extension for ${missing.join(', ')}: run build-scripts/package.sh first`);
  const sample = readingSample(PAGES);
  const server = await startServer(servedPages(sample));
  try {
    for (const kind of kinds) {
      const started = Date.now();
      const extension = benchExtension(kind, 'reading');
      const harness = await launch(kind, extension);
      try {
        const read = await readSession(harness, server.origin, sample);
        printSummary(kind, summarise(read));
        console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${os.loadavg()[0].toFixed(2)}`);
      } finally {
        await harness.close();
        rmSync(extension, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  if (existsSync(CLI)) {
    console.log(`CLI (${CLI} session), the same ${sample.length} pages:`);
    for (const line of cliSession(CLI, sample)) console.log(`  ${line.trim()}`);
  } else {
    console.log(`no CLI at ${CLI}: the CLI's session over the sample is not printed`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
