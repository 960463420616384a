// Where the packaged extension under test lives: $FIRSTHAND_DIST (set by build-scripts/web-test.sh from
// DIST_DIR) or dist/ at the repository root, with one unpacked folder per browser.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function distDir(kind) {
  const base = process.env.FIRSTHAND_DIST ? path.resolve(process.env.FIRSTHAND_DIST) : path.join(root, 'dist');
  return path.join(base, kind === 'firefox' ? 'firefox' : 'chrome');
}
