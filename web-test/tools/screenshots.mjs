// Writes the README's screenshots into docs/screenshots/, from the packaged extension in headless Chromium,
// in the light and the dark theme: each seed's popup (../shared/seeds, read in order with history on and the
// sample pack the build ships: the card, the page's title and the likely original, cropped there; never the
// seed page itself), and the first-run, Read clean, options and spun-diff views on the project's own invented
// pages (examples/). PNGs are quantised with pngquant when it is installed (apt-get install pngquant).
//
//   node web-test/tools/screenshots.mjs      (after build-scripts/package.sh)
// Without ../shared the seed popups are skipped, with a message; the other views are still written.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch, poll } from '../lib/browsers.mjs';
import { distDir } from '../lib/dist.mjs';
import { examplePages, seedPages, startServer } from '../lib/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../../docs/screenshots');
const THEMES = ['light', 'dark'];

const pngquant = (() => {
  try {
    execFileSync('pngquant', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// One view in both themes: `name`.png (light) and `name`-dark.png; `clip` (optional) answers the region.
async function shoot(page, name, clip) {
  for (const theme of THEMES) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    const file = path.join(OUT, `${name}${theme === 'dark' ? '-dark' : ''}.png`);
    await page.screenshot({ path: file, ...(clip ? { clip: await page.evaluate(clip) } : {}) });
    if (pngquant) execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--quality=60-90', '--output', file, file]);
    console.log(`${path.relative(process.cwd(), file)}: ${statSync(file).size} bytes`);
  }
}

// The popup's page title, verdict card, packs note, likely original and actions: the evidence below quotes
// the page's text at length.
function cardRegion() {
  const shown = ['page-title', 'verdict-card', 'packs-note', 'original-section', 'actions']
    .map((id) => document.getElementById(id)).filter((element) => element && !element.hidden);
  const end = Math.max(...shown.map((element) => element.getBoundingClientRect().bottom)) + 8;
  return { x: 0, y: 0, width: document.documentElement.scrollWidth, height: Math.ceil(end) };
}

// The popup down to the end of the first matched passage: the card, then the word-level diff.
function diffRegion() {
  document.getElementById('evidence').open = true;
  const passage = document.querySelector('#passages li, #passages > *');
  const end = (passage || document.getElementById('evidence')).getBoundingClientRect().bottom + 2;
  return { x: 0, y: 0, width: document.documentElement.scrollWidth, height: Math.ceil(Math.min(end, 1400)) };
}

async function popupOf(harness, url) {
  const { page, tabId } = await harness.visit(url);
  await poll('the badge', async () => (await harness.badgeText(tabId)) || undefined, { timeoutMs: 30000 });
  const popup = await harness.popup(tabId);
  await poll('the verdict drawn', () => popup.evaluate(() => document.getElementById('report').getAttribute('aria-busy') === 'false'));
  return { page, tabId, popup };
}

async function main() {
  if (!existsSync(path.join(distDir('chromium'), 'manifest.json'))) throw new Error('run build-scripts/package.sh first');
  mkdirSync(OUT, { recursive: true });
  if (!pngquant) console.log('pngquant not installed: the PNGs are written as Chromium saves them');
  const server = await startServer(Object.fromEntries(examplePages().map((p) => [p.path, p.html])));
  const harness = await launch('chromium', distDir('chromium'));
  try {
    const onboarding = await harness.openPage('onboarding/onboarding.html');
    await onboarding.setViewport({ width: 900, height: 1000 });
    await shoot(onboarding, 'onboarding');
    await onboarding.close();

    const seeds = seedPages();
    if (!seeds.length) console.log('SKIPPED the seed popups: ../shared/seeds is not there (FIRSTHAND_SHARED names another copy)');
    for (const seed of seeds) {
      const { page, popup } = await popupOf(harness, server.origin + seed.path);
      await shoot(popup, `seed-${seed.name.slice(0, 3)}`, cardRegion);
      await popup.close();
      await page.close();
    }

    // The invented wire story, then its spun copy: the diff marks the swapped words.
    const original = await popupOf(harness, `${server.origin}/examples/original.html`);
    await original.popup.close();
    await original.page.close();
    const spun = await popupOf(harness, `${server.origin}/examples/spun.html`);
    await spun.popup.setViewport({ width: 440, height: 1400 });
    await shoot(spun.popup, 'popup-spun-diff', diffRegion);
    await spun.popup.close();
    const reader = await harness.reader(spun.tabId);
    await reader.setViewport({ width: 900, height: 900 });
    await shoot(reader, 'reader');
    await reader.close();
    await spun.page.close();

    const options = await harness.options();
    await options.setViewport({ width: 900, height: 1100 });
    await poll('the history list', () => options.evaluate(() => document.querySelectorAll('#history-list li').length > 0));
    await shoot(options, 'options');
    await options.close();
  } finally {
    await harness.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
