// Accessibility (axe-core, WCAG 2 A and AA rules) of the popup (also paused on a site), the reader, the options
// and first-run pages, in Chromium and Firefox ESR, in the light and the dark theme: no violation. axe runs
// inside each extension page, evaluated through the browser's automation channel (the pages' CSP admits no
// injected script tag).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { launch, poll } from '../lib/browsers.mjs';
import { examplePages, startServer } from '../lib/server.mjs';
import { distDir } from '../lib/dist.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');

// Chromium takes the theme per page (emulated media); Firefox from its preference at launch.
async function violations(page, kind, theme) {
  if (kind === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return {
      violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      passed: results.passes.length,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

for (const kind of browsers) {
  for (const theme of ['light', 'dark']) {
    describe(`${kind}, ${theme} theme`, { skip: !existsSync(path.join(distDir(kind), 'manifest.json')) && 'run build-scripts/package.sh first' }, () => {
      let server;
      let harness;
      before(async () => {
        server = await startServer(Object.fromEntries(examplePages().map((page) => [page.path, page.html])));
        harness = await launch(kind, distDir(kind), { firefoxPrefs: { 'ui.systemUsesDarkTheme': theme === 'dark' ? 1 : 0 } });
      });
      after(async () => {
        await harness?.close();
        await server?.close();
      });

      test('popup (evidence open), reader, options and first-run page: no axe violation', async () => {
        let tabId;
        for (const name of ['original.html', 'spun.html']) {
          const visited = await harness.visit(`${server.origin}/examples/${name}`);
          await poll('the badge', async () => (await harness.badgeText(visited.tabId)) || undefined);
          tabId = visited.tabId;
        }
        const pages = {
          popup: async () => {
            const popup = await harness.popup(tabId);
            await popup.evaluate(() => { document.getElementById('evidence').open = true; document.getElementById('passages-all').click(); });
            return popup;
          },
          reader: () => harness.reader(tabId),
          onboarding: () => harness.openPage('onboarding/onboarding.html'),
          options: () => harness.options(),
          // Paused on the site (the switch ticked), then resumed once checked (last: resuming reloads the tab).
          'popup paused': async () => {
            const popup = await harness.popup(tabId);
            await popup.evaluate(() => document.getElementById('site-paused').click());
            await poll('the paused state', () => popup.evaluate(() => document.body.dataset.state === 'paused'));
            return popup;
          },
        };
        for (const [name, open] of Object.entries(pages)) {
          const page = await open();
          const { violations: list, passed, background } = await violations(page, kind, theme);
          if (name === 'popup paused') await page.evaluate(() => document.getElementById('site-paused').click());
          await page.close();
          console.log(`${kind} axe ${name} (${theme}, background ${background}): ${passed} rules passed, ${list.length} violations`);
          assert.equal(background === 'rgb(255, 255, 255)', theme === 'light', `${name}: the ${theme} theme applies`);
          assert.ok(passed > 10, `${name}: axe checked the page`);
          assert.deepEqual(list, [], `${name} (${theme})`);
        }
      });
    });
  }
}
