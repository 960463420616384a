// `web-ext lint` on the packaged Firefox extension (dist/firefox, whose manifest build-scripts/package.sh
// derives from extension/manifest.json): no error and no warning at all. The Chromium package is checked
// for manifest warnings in Chromium itself (manifest.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { distDir } from '../lib/dist.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const firefox = distDir('firefox');

test('web-ext lint of the Firefox package: no error, no warning', { skip: !existsSync(path.join(firefox, 'manifest.json')) && 'run build-scripts/package.sh first' }, () => {
  const webExt = path.join(here, '../node_modules/.bin/web-ext');
  let output;
  try {
    output = execFileSync(webExt, ['lint', '--source-dir', firefox, '--output', 'json'], { encoding: 'utf8' });
  } catch (error) {
    output = error.stdout;  // web-ext exits non-zero on errors; the JSON says which
  }
  const report = JSON.parse(output);
  assert.deepEqual(report.errors.map((m) => m.code), []);
  assert.deepEqual(report.warnings.map((m) => `${m.code}: ${m.message}`), []);
});
