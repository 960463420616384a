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

// A signed pack feed published with the CLI into `folder` (`pack keygen`, then `pack publish` once a day):
// keygen() answers the key's fingerprint as the CLI prints it; publish(day, pages) builds that day's pack from
// pages ({file name: html}) and publishes it under the date `day` (YYYY-MM-DD), answering the CLI's output.
export function nativeFeed(folder, { title, publisher, windowDays = 1, mirrors = [] }) {
  const keyName = path.join(folder, 'publisher');
  const feedDir = path.join(folder, 'feed');
  return {
    feedDir,
    keygen() {
      const printed = execFileSync(CLI, ['pack', 'keygen', '--out', keyName], { encoding: 'utf8' });
      return printed.match(/key fingerprint: (.*)/)[1];
    },
    publish(day, pages) {
      const pack = path.join(folder, `${day}.fhpack`);
      writeFileSync(pack, nativePackBuild(pages));
      return execFileSync(CLI, ['pack', 'publish', '--key', `${keyName}.key`, '--out', feedDir, '--title', title,
        '--publisher', publisher, '--interval', '60', '--window-days', String(windowDays), '--date', day,
        ...mirrors.flatMap((m) => ['--mirror', m]), pack], { encoding: 'utf8' });
    },
  };
}
