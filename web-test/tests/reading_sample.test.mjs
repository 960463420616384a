// Issue 13's browser reading sample, small: in Chromium and Firefox, one profile with history on reads 30 real
// pages of ../shared in a fixed shuffled order (lib/reading_sample.mjs), and no page gets a false badge (a
// copy-type verdict the labels of bench/sessions/related-pages.tsv do not back). Most pages are articles and
// join the history, so each later page is judged against them. The bench web-test/bench/reading_sample.mjs
// reads 120. Skipped without ../shared.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

import { launch } from '../lib/browsers.mjs';
import { distDir } from '../lib/dist.mjs';
import { startServer } from '../lib/server.mjs';
import { benchExtension } from '../lib/bench_extension.mjs';
import { printSummary, readSession, readingSample, realPagesAvailable, servedPages, summarise } from '../lib/reading_sample.mjs';

const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const PAGES = 30;

for (const kind of browsers) {
  const skip = (!realPagesAvailable() && 'SKIPPED: the real pages of ../shared/bench/extraction are not there')
    || (!existsSync(path.join(distDir(kind), 'manifest.json')) && 'run build-scripts/package.sh first');
  describe(`${kind}`, { skip }, () => {
    let server, harness, extension, sample;
    before(async () => {
      sample = readingSample(PAGES);
      server = await startServer(servedPages(sample));
      extension = benchExtension(kind, 'reading');
      harness = await launch(kind, extension);
    });
    after(async () => {
      await harness?.close();
      await server?.close();
      if (extension) rmSync(extension, { recursive: true, force: true });
    });

    test('30 real pages read in one history: no false badge', { timeout: 15 * 60 * 1000 }, async () => {
      const read = await readSession(harness, server.origin, sample);
      const summary = summarise(read);
      printSummary(kind, summary);
      assert.equal(summary.pages, PAGES);
      // The sample is mostly articles (the CLI finds 30 of these 30), so the history grows as a reader's does.
      assert.ok(summary.articles >= PAGES * 0.75, `${summary.articles} article pages`);
      assert.ok((await harness.stats()).history.articles >= summary.articles - 2, 'the articles joined the history');
      assert.deepEqual(summary.lines.filter((line) => line.startsWith('FALSE')), []);
    });
  });
}
