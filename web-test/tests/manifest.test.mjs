// The per-browser manifests that build-scripts/package.sh writes: Chromium loads its package with no
// warning and no manifest error (read from chrome://extensions in developer mode after a reload, as its
// extension page shows them; the shared manifest gives "'background.scripts' requires manifest version of 2
// or lower" there), and
// each package keeps only its own browser's background key. (Firefox's package: lint.test.mjs.) Both packages
// declare the keyboard shortcut that opens the popup (`commands`, `_execute_action`), and each browser
// registers it with its key (Firefox with the localised description too). The permissions the popup uses on
// the reader's tab (activeTab, scripting) add no line to Chromium's install prompt.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { launch } from '../lib/browsers.mjs';
import { distDir } from '../lib/dist.mjs';

const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const manifestOf = (kind) => JSON.parse(readFileSync(path.join(distDir(kind), 'manifest.json'), 'utf8'));
const packaged = (kind) => existsSync(path.join(distDir(kind), 'manifest.json'));
const SHORTCUT = 'Alt+Shift+F';
const EN_DESCRIPTION = JSON.parse(readFileSync(path.resolve(path.dirname(new URL(import.meta.url).pathname),
  '../../extension/_locales/en/messages.json'), 'utf8')).command_open_popup.message;

test('each package has only its browser\'s background key', { skip: !packaged('chromium') && 'run build-scripts/package.sh first' }, () => {
  const chrome = manifestOf('chromium');
  const firefox = manifestOf('firefox');
  assert.deepEqual(Object.keys(chrome.background).sort(), ['service_worker', 'type']);
  assert.equal(chrome.browser_specific_settings, undefined);
  assert.deepEqual(Object.keys(firefox.background).sort(), ['scripts', 'type']);
  assert.equal(firefox.browser_specific_settings.gecko.id, 'firsthand@firsthand.example');
});

test('both packages declare the shortcut that opens the popup', { skip: !packaged('chromium') && 'run build-scripts/package.sh first' }, () => {
  for (const kind of ['chromium', 'firefox']) {
    const command = manifestOf(kind).commands?._execute_action;
    assert.equal(command?.suggested_key?.default, SHORTCUT, `${kind}: _execute_action`);
    assert.equal(command.description, '__MSG_command_open_popup__', `${kind}: a localised description`);
  }
});

// The commands as the browser registered them, read from an extension page.
const registeredShortcut = (page) => page.evaluate(async () => (await chrome.commands.getAll())
  .map(({ name, shortcut, description }) => ({ name, shortcut, description })));

for (const kind of browsers) {
  describe(`${kind}: the shortcut`, { skip: !packaged(kind) && 'run build-scripts/package.sh first' }, () => {
    let harness;
    before(async () => { harness = await launch(kind, distDir(kind)); });
    after(async () => { await harness?.close(); });

    test('the browser registers Alt+Shift+F for opening the popup', async () => {
      const commands = await registeredShortcut(harness.control);
      console.log(`${kind}: commands ${JSON.stringify(commands)}`);
      const open = commands.find((c) => c.name === '_execute_action');
      assert.ok(open, JSON.stringify(commands));
      assert.equal(open.shortcut.replace(/\s/g, ''), SHORTCUT);
      // Chromium shows the action's own title for _execute_action and reports no description for it.
      if (kind === 'firefox') assert.equal(open.description, EN_DESCRIPTION);
    });
  });
}

describe('chromium', { skip: (!browsers.includes('chromium') && 'FIRSTHAND_BROWSERS leaves Chromium out') || (!packaged('chromium') && 'run build-scripts/package.sh first') }, () => {
  let harness;
  before(async () => { harness = await launch('chromium', distDir('chromium')); });
  after(async () => { await harness?.close(); });

  // What Chromium's install prompt lists for a manifest (chrome.management answers it without the management
  // permission): the popup's activeTab and scripting add nothing to what the content scripts' match patterns
  // already ask. (Firefox's prompt has no line for either permission.)
  test('activeTab and scripting add no install warning', async () => {
    const manifest = manifestOf('chromium');
    assert.deepEqual(manifest.permissions, ['storage', 'alarms', 'activeTab', 'scripting']);
    assert.equal(manifest.host_permissions, undefined, 'no host asked for at install');
    const without = { ...manifest, permissions: manifest.permissions.filter((p) => p !== 'activeTab' && p !== 'scripting') };
    const warnings = (m) => harness.control.evaluate((text) => chrome.management.getPermissionWarningsByManifest(text), JSON.stringify(m));
    const [withThem, withoutThem] = [await warnings(manifest), await warnings(without)];
    console.log(`chromium: install warnings ${JSON.stringify(withThem)}`);
    assert.deepEqual(withThem, withoutThem);
  });

  test('Chromium reports no warning and no manifest error for the extension', async () => {
    const page = await harness.browser.newPage();
    await page.goto('chrome://extensions');
    const id = new URL(harness.origin).host;
    const info = await page.evaluate(async (extensionId) => {
      // Chromium collects manifest errors in developer mode only, from the next load on.
      await new Promise((resolve) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve));
      await new Promise((resolve) => chrome.developerPrivate.reload(extensionId, { failQuietly: true }, resolve));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return new Promise((resolve) => chrome.developerPrivate.getExtensionInfo(extensionId, (extension) => resolve({
        name: extension.name, warnings: extension.installWarnings,
        manifestErrors: extension.manifestErrors.map((e) => e.message),
        runtimeErrors: extension.runtimeErrors.map((e) => e.message),
      })));
    }, id);
    console.log(`chromium: ${info.name}: ${info.warnings.length} warnings, ${info.manifestErrors.length} manifest errors`);
    assert.equal(info.name, 'Firsthand');
    assert.deepEqual(info.warnings, []);
    assert.deepEqual(info.manifestErrors, []);
    assert.deepEqual(info.runtimeErrors, []);
    await page.close();
  });
});
