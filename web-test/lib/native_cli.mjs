// The native CLI, for the browser tests: its extraction of the same HTML (gumbo), for the browser/CLI
// cross-check, and fingerprint packs built from test pages, for the pack-import tests.
// FIRSTHAND_CLI names the binary (default build/cli/firsthand).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const CLI = process.env.FIRSTHAND_CLI || path.resolve(here, '../../build/cli/firsthand');

export function nativeCliAvailable() {
  return existsSync(CLI);
}

export function nativeExtract(html, url) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'firsthand-cli-'));
  try {
    const file = path.join(dir, 'page.html');
    writeFileSync(file, html);
    return JSON.parse(execFileSync(CLI, ['extract', '--json', '--url', url, file], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Builds a fingerprint pack from pages ({file name: html}) and returns its bytes.
export function nativePackBuild(pages) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'firsthand-pack-'));
  try {
    const files = Object.entries(pages).map(([name, html]) => {
      writeFileSync(path.join(dir, name), html);
      return path.join(dir, name);
    });
    const out = path.join(dir, 'out.fhpack');
    execFileSync(CLI, ['pack', 'build', '--out', out, ...files], { stdio: 'ignore' });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
