// `web-ext lint` on the extension folder: no error, and no warning but the known one (Firefox ignores the
// "service_worker" key that Chrome needs beside "scripts").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

test('web-ext lint is clean but for the service-worker warning', () => {
  const webExt = path.join(here, '../node_modules/.bin/web-ext');
  let output;
  try {
    output = execFileSync(webExt, ['lint', '--source-dir', path.join(here, '../../extension'), '--output', 'json'], { encoding: 'utf8' });
  } catch (error) {
    output = error.stdout;  // web-ext exits non-zero on errors; the JSON says which
  }
  const report = JSON.parse(output);
  assert.deepEqual(report.errors.map((m) => m.code), []);
  assert.deepEqual(report.warnings.map((m) => m.code), ['BACKGROUND_SERVICE_WORKER_IGNORED']);
});
