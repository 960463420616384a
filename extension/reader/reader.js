// Read clean: asks the background for the tab's report (?tabId=N, from the popup) and shows the article the
// verdict was made on: headline, byline, site and date, then its paragraphs and its images' captions. Text
// only, never HTML.
import { Channel } from '../shared/channels.js';
import { element, localize, t } from '../shared/i18n.js';

// The article's images, as their captions (the core's: figcaption, else alt text): the words only, no picture
// is fetched.
function drawCaptions(captions, container) {
  if (!captions.length) return;
  const section = element('section', '', { class: 'captions', 'aria-labelledby': 'captions-heading' });
  section.append(element('h2', t('reader_captions'), { id: 'captions-heading' }));
  const list = element('ul');
  for (const caption of captions) list.append(element('li', caption));
  section.append(list);
  container.append(section);
}

function drawArticle(article, container) {
  const meta = article.metadata;
  if (meta.title) {
    container.append(element('h1', meta.title));
    document.title = meta.title;
  }
  const by = [meta.byline, t('reader_byline_date', meta.site_name || t('popup_unknown_site'), meta.date || t('popup_unknown_date'))];
  container.append(element('p', by.filter(Boolean).join(' · '), { class: 'byline muted' }));
  for (const paragraph of article.paragraphs) container.append(element('p', paragraph));
  drawCaptions(article.captions || [], container);
  if (/^https?:\/\//i.test(meta.canonical_url || '')) {
    container.append(element('a', t('reader_back'), { href: meta.canonical_url, class: 'source', rel: 'noopener noreferrer' }));
  }
}

async function main() {
  window.addEventListener('error', (event) => { document.body.dataset.error = String(event.message); });
  localize();
  const container = document.getElementById('clean');
  const tabId = Number(new URLSearchParams(location.search).get('tabId'));
  const report = await chrome.runtime.sendMessage({ channel: Channel.POPUP_REPORT, tabId }).catch(() => null);
  if (report && report.ok && report.is_article) {
    container.replaceChildren();
    drawArticle(report.article, container);
  } else {
    document.getElementById('reader-status').textContent = t('reader_unavailable');
  }
  container.setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'true';
}

main();
