// The popup opens on the verdict computed at badge time (issue 18), in Chromium and Firefox ESR: opened on an
// unchanged page it draws the stored report and the page is not gathered again; opened after the page changed
// (its change stamp moved: a paragraph added, as a single-page app does), it has the page collected again
// and draws the new report. On a page the article check turned down, nothing was sent, and the popup says
// it is not an article. The headline (the verdict's kind and sign, the page's title, the likely original) is
// kept in storage.session for the tab, drawn by the popup before the background answers, also after
// Chromium's service worker was stopped, and forgotten when the tab loads another page or closes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { launch, poll } from '../lib/browsers.mjs';
import { startServer } from '../lib/server.mjs';
import { distDir } from '../lib/dist.mjs';
import { articlePage } from '../lib/invented_articles.mjs';
import { nonArticlePages } from '../lib/non_article_pages.mjs';

const browsers = (process.env.FIRSTHAND_BROWSERS || 'chromium,firefox').split(',');
const ADDED = 'The harbour board added a late paragraph to the story after it was first published, and readers saw it.';

// Counts, in the background, the pages each tab sent over a page:analyze port.
function countPagePorts(scope) {
  scope.testPagePorts = {};
  scope.chrome.runtime.onConnect.addListener((port) => {
    if (port.name === 'page:analyze' && port.sender?.tab) scope.testPagePorts[port.sender.tab.id] = (scope.testPagePorts[port.sender.tab.id] || 0) + 1;
  });
  return true;
}

for (const kind of browsers) {
  describe(kind, { skip: !existsSync(path.join(distDir(kind), 'manifest.json')) && 'run build-scripts/package.sh first' }, () => {
    let server;
    let harness;
    const ports = (tabId) => harness.inBackground((scope, id) => scope.testPagePorts[id] || 0, tabId);

    before(async () => {
      server = await startServer({ '/ferry.html': articlePage('ferry'), ...nonArticlePages() });
      harness = await launch(kind, distDir(kind));
      await harness.inBackground(countPagePorts);
    });
    after(async () => {
      await harness?.close();
      await server?.close();
    });

    test('unchanged page: the stored verdict, no second gathering; changed page: collected again and redrawn', async () => {
      const { page, tabId } = await harness.visit(`${server.origin}/ferry.html`);
      await poll('the badge', async () => (await harness.badgeText(tabId)) || undefined);
      await poll('the page sent once', async () => (await ports(tabId)) === 1);
      const stored = await harness.report(tabId);
      assert.ok(stored.is_article);

      const popup = await harness.popup(tabId);
      const shown = await popup.evaluate(() => document.getElementById('verdict').textContent);
      assert.ok(shown.length > 10);
      // The popup's check of the page's stamp has answered by now: nothing changed, nothing was gathered.
      await new Promise((resolve) => { setTimeout(resolve, 500); });
      assert.equal(await ports(tabId), 1, 'the unchanged page was not gathered again');
      assert.equal(await popup.evaluate(() => document.body.dataset.refreshed), undefined);
      await popup.close();

      await page.evaluate((text) => {
        const added = document.createElement('p');
        added.textContent = text;
        document.querySelector('p').parentNode.append(added);
      }, ADDED);
      const again = await harness.popup(tabId);
      await poll('the popup redrawn', () => again.evaluate(() => document.body.dataset.refreshed === 'true'));
      assert.equal(await ports(tabId), 2, 'the changed page was gathered once more');
      const fresh = await harness.report(tabId);
      assert.ok(fresh.article.paragraphs.some((p) => p.includes(ADDED)), 'the new report holds the added paragraph');
      assert.ok(!stored.article.paragraphs.some((p) => p.includes(ADDED)));
      assert.ok((await again.evaluate(() => document.getElementById('verdict').textContent)).length > 10);
      await again.close();
      await page.close();
    });

    test('a page the article check turned down sent nothing; its popup says it is not an article', async () => {
      for (const pagePath of Object.keys(nonArticlePages())) {
        const { page, tabId } = await harness.visit(server.origin + pagePath);
        const popup = await harness.popup(tabId);
        const report = await harness.report(tabId);
        assert.equal(report.is_article, false, `${pagePath}: not an article`);
        assert.equal(await ports(tabId), 0, `${pagePath}: nothing was gathered`);
        assert.equal(await popup.evaluate(() => document.getElementById('verdict').textContent.length > 0), true);
        await popup.close();
        await page.close();
      }
    });

    test('the stored headline: what the first screen shows and no more, drawn first, gone with the page', async () => {
      const headlines = () => harness.control.evaluate(async () => chrome.storage.session.get(null));
      const { page, tabId } = await harness.visit(`${server.origin}/ferry.html`);
      await poll('the badge', async () => (await harness.badgeText(tabId)) || undefined);
      const report = await harness.report(tabId);
      const key = `headline:${tabId}`;
      const headline = await poll('the stored headline', async () => (await headlines())[key]);
      assert.deepEqual(Object.keys(headline).sort(), ['colour', 'icon', 'kind', 'original', 'title']);
      assert.equal(headline.kind, report.verdict.kind);
      assert.equal(headline.title, report.article.metadata.title);
      const stored = JSON.stringify(headline);
      for (const paragraph of report.article.paragraphs) assert.ok(!stored.includes(paragraph.slice(0, 40)), 'no article text stored');

      const drawn = async () => {
        const popup = await harness.popup(tabId);
        const shown = await popup.evaluate(() => ({ from: document.body.dataset.headline, kind: document.body.dataset.verdict,
          verdict: document.getElementById('verdict').textContent, title: document.getElementById('page-title').textContent }));
        await popup.close();
        return shown;
      };
      const first = await drawn();
      assert.equal(first.from, 'stored', 'the popup drew the stored headline first');
      assert.equal(first.kind, report.verdict.kind);
      assert.ok(first.title.includes(report.article.metadata.title));
      if (kind === 'chromium') {
        // A stopped worker lost its reports; the headline is still drawn first, the same verdict after it.
        await harness.stopServiceWorker();
        assert.deepEqual(await drawn(), first);
        await harness.inBackground(countPagePorts);  // the new worker's counters, as before()
      }

      await page.goto(`${server.origin}${Object.keys(nonArticlePages())[0]}`);
      await poll('the headline forgotten on a new page', async () => !(key in (await headlines())));
      await page.goto(`${server.origin}/ferry.html`);
      await poll('the headline stored again', async () => (await headlines())[key]);
      await page.close();
      await poll('the headline forgotten with its tab', async () => !(key in (await headlines())));
    });
  });
}
