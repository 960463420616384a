// Pausing Firsthand on a site (the popup's switch) and the options page's site lists, in Chromium and Firefox
// ESR: on a paused site the page gets no badge and its content scripts send the background nothing of the page
// (they open their page:analyze port, the background checks the page's address against the rules and answers
// site_paused, and no piece of the page follows); resuming with the same switch reloads the tab, which gets its badge again. While the
// allow list names only another site, the page is not read either; taking that site off restores it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { launch, poll } from '../lib/browsers.mjs';
import { examplePages, startServer } from '../lib/server.mjs';
import { distDir } from '../lib/dist.mjs';

const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const HOST = '127.0.0.1';
// After a paused page has loaded and its content scripts have answered: long enough for a page:analyze port
// that was going to be opened to have been (an allowed page's badge comes within a second here).
const QUIET_MS = 1500;

// Records, in the background, every message and port a web page's content scripts send, and what they send
// on a port (the page's pieces, 'piece', and its end, 'end').
function recordPageMessages(scope) {
  scope.pageMessages = [];
  const fromPage = (sender) => /^https?:/.test(sender?.url || '');
  scope.chrome.runtime.onMessage.addListener((message, sender) => {
    if (fromPage(sender)) scope.pageMessages.push(message?.channel);
    return false;
  });
  scope.chrome.runtime.onConnect.addListener((port) => {
    if (!fromPage(port.sender)) return;
    scope.pageMessages.push(port.name);
    port.onMessage.addListener((message) => { scope.pageMessages.push(message?.end ? 'end' : 'piece'); });
  });
  return true;
}

for (const kind of browsers) {
  describe(kind, { skip: (!existsSync(path.join(distDir(kind), 'manifest.json')) && 'run build-scripts/package.sh first') }, () => {
    let server;
    let harness;
    before(async () => {
      server = await startServer(Object.fromEntries(examplePages().map((page) => [page.path, page.html])));
      harness = await launch(kind, distDir(kind));
      await harness.inBackground(recordPageMessages);
    });
    after(async () => {
      await harness?.close();
      await server?.close();
    });

    const pageMessages = () => harness.inBackground((scope) => scope.pageMessages.splice(0));
    // The page's content scripts opened their port and were answered that the site is paused (the report
    // the popup gets), then stayed quiet: no badge, nothing of the page sent.
    async function expectUnread(tabId, where) {
      const sent = [];
      await poll('the page:analyze port', async () => {
        sent.push(...await pageMessages());
        return sent.includes('page:analyze') || undefined;
      });
      await sleep(QUIET_MS);
      sent.push(...await pageMessages());
      assert.equal((await harness.report(tabId)).code, 'site_paused', where);
      assert.equal(await harness.badgeText(tabId), '', `${where}: no badge`);
      assert.deepEqual(sent, ['page:analyze'], `${where}: the page sent nothing on its port`);
    }

    test('the popup pauses the site: no badge, no message; resuming reloads the page and restores the badge', async () => {
      const url = `${server.origin}/examples/original.html`;
      const first = await harness.visit(url);
      await poll('the badge', async () => (await harness.badgeText(first.tabId)) || undefined);
      // The page's timing report follows its answer (and so the badge): it is waited for, or it would arrive
      // among the paused page's messages below.
      const sent = [];
      await poll('the timing report', async () => {
        sent.push(...await pageMessages());
        return sent.includes('page:timing') || undefined;
      });
      assert.ok(sent.includes('page:analyze'), 'an allowed page is sent');

      const popup = await harness.popup(first.tabId);
      const label = await popup.evaluate(() => !document.getElementById('site-switch').hidden
        && !document.getElementById('site-paused').checked && document.getElementById('site-paused-label').textContent);
      assert.ok(label && label.includes(HOST), `the switch names the site, unticked: ${label}`);
      await popup.evaluate(() => document.getElementById('site-paused').click());
      await poll('the paused state', () => popup.evaluate(() => document.body.dataset.state === 'paused'));
      await poll('the badge to clear', async () => (await harness.badgeText(first.tabId)) === '');
      await popup.close();
      await first.page.close();

      const paused = await harness.visit(url);
      await expectUnread(paused.tabId, 'a page of the paused site');
      const pausedPopup = await harness.popup(paused.tabId);
      const shown = await pausedPopup.evaluate(() => ({ state: document.body.dataset.state,
        ticked: document.getElementById('site-paused').checked, text: document.getElementById('verdict').textContent }));
      assert.equal(shown.state, 'paused');
      assert.equal(shown.ticked, true);
      assert.ok(shown.text.includes(HOST), shown.text);
      assert.deepEqual(await pageMessages(), [], 'the popup of a paused page asks it for nothing');

      await pausedPopup.evaluate(() => document.getElementById('site-paused').click());
      await poll('the badge after resuming', async () => (await harness.badgeText(paused.tabId)) || undefined);
      assert.ok((await pageMessages()).includes('page:analyze'), 'the resumed page is sent');
      await pausedPopup.close();
      await paused.page.close();
    });

    test('options: paused sites are listed and resumed there; an allow list of another site reads nothing else', async () => {
      const url = `${server.origin}/examples/spun.html`;
      const options = await harness.options();
      const add = (list, site) => options.evaluate((id, value) => {
        const form = document.getElementById(`site-form-${id}`);
        form.querySelector('input').value = value;
        form.requestSubmit();
      }, list, site);
      const rows = (id) => options.evaluate((list) => [...document.querySelectorAll(`#${list} li .what`)].map((e) => e.textContent), id);

      await add('deny', `HTTP://${HOST}:8080/some/page`);
      await poll('the paused row', async () => (await rows('sites-deny')).join() === HOST);
      const pausedTab = await harness.visit(url);
      await expectUnread(pausedTab.tabId, 'a page paused from the options page');
      await pausedTab.page.close();
      await options.evaluate(() => document.querySelector('#sites-deny button').click());
      await poll('the paused list to empty', async () => (await rows('sites-deny')).length === 0);

      await add('allow', 'localhost');
      await poll('the allowed row', async () => (await rows('sites-allow')).join() === 'localhost');
      const other = await harness.visit(url);
      await expectUnread(other.tabId, 'a site the allow list leaves out');
      await other.page.close();

      await add('allow', 'not a site');
      await poll('the refusal', () => options.evaluate(() => document.getElementById('status').textContent.includes('not a site')));
      await options.evaluate(() => document.querySelector('#sites-allow button').click());
      await poll('the allow list to empty', async () => (await rows('sites-allow')).length === 0);
      const restored = await harness.visit(url);
      await poll('the badge once no rule is left', async () => (await harness.badgeText(restored.tabId)) || undefined);
      await restored.page.close();
      await options.close();
    });
  });
}
