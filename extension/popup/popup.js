// The popup: asks the background for the current tab's report and draws it. Every page-derived string goes
// in as text (textContent), never as HTML. The tab can be named with ?tabId=N (tests, or opened as a page).
import { Channel } from '../shared/channels.js';
import { element, localize, t } from '../shared/i18n.js';
import { searchLinks } from './search_links.js';
import { highlightedSentence } from './passages.js';

const $ = (id) => document.getElementById(id);

async function currentTabId() {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : undefined;
}

function show(id) {
  $(id).hidden = false;
}

function describeArticle(meta) {
  const site = meta.site || t('popup_unknown_site');
  const date = meta.date || t('popup_unknown_date');
  return `${site} · ${date}`;
}

function drawOriginal(original) {
  const container = $('original');
  const title = original.title || original.url || original.site;
  const isWebAddress = /^https?:\/\//.test(original.url || '');
  container.append(isWebAddress ? element('a', title, { href: original.url, target: '_blank', rel: 'noopener noreferrer' })
    : element('strong', title));
  container.append(element('br'), element('span', describeArticle(original), { class: 'muted' }));
  show('original-section');
}

function drawList(sectionId, listId, items) {
  if (!items || !items.length) return;
  for (const item of items) $(listId).append(element('li', item));
  show(sectionId);
}

function drawPassages(alignment) {
  show('passages-section');
  const pairs = alignment ? alignment.pairs : [];
  if (!pairs.length) {
    show('passages-none');
    $('passages').hidden = true;
    return;
  }
  const body = $('passages').tBodies[0];
  for (const pair of pairs) {
    const row = element('tr');
    const substitutions = pair.substitutions || [];
    const thisPage = element('td');
    thisPage.append(...highlightedSentence(pair.text_a, substitutions.map((s) => s.in_a)));
    const original = element('td');
    original.append(...highlightedSentence(pair.text_b, substitutions.map((s) => s.in_b)));
    row.append(thisPage, original);
    body.append(row);
  }
}

function drawSearch(sentence) {
  if (!sentence) return;
  for (const link of searchLinks(sentence)) {
    const item = element('li');
    item.append(element('a', link.name, { href: link.url, target: '_blank', rel: 'noopener noreferrer' }));
    $('search-links').append(item);
  }
  show('search-section');
}

function drawClean(article) {
  const clean = $('clean');
  if (article.metadata.title) clean.append(element('h2', article.metadata.title));
  for (const paragraph of article.paragraphs) clean.append(element('p', paragraph));
  show('clean-section');
}

function drawTiming(timing) {
  if (!timing || timing.totalMs === undefined) return;
  const ms = (value) => (value || 0).toFixed(1);
  $('timing').textContent = t('popup_timing', ms(timing.totalMs), ms(timing.walkMs), ms(timing.coreMs));
}

// Why the page has no verdict, in the reader's words: the engine did not load, or the analysis failed.
function drawFailure(report) {
  document.body.dataset.state = report && report.code === 'engine_unavailable' ? 'engine-unavailable' : 'error';
  $('verdict').textContent = report && report.code === 'engine_unavailable'
    ? t('popup_engine_unavailable') : t('popup_error', report ? report.error : '');
}

// The verdict stands, but the history write failed: say so, the reader would otherwise assume it was kept.
function drawStorageNotice(storage) {
  if (!storage || storage.saved) return;
  $('storage-notice').textContent = storage.error === 'storage_full'
    ? t('popup_history_not_saved_full') : t('popup_history_not_saved', storage.error);
  show('storage-notice');
}

function draw(report) {
  const verdict = $('verdict');
  if (!report || !report.ok) {
    drawFailure(report);
    return;
  }
  drawStorageNotice(report.storage);
  if (!report.is_article) {
    verdict.textContent = t('popup_not_article');
    return;
  }
  const { kind, likely_original: original } = report.verdict;
  verdict.textContent = t(`verdict_${kind}`);
  document.body.dataset.verdict = kind;
  const details = [report.verdict.summary];
  if (report.verdict.confidence) details.push(t('popup_confidence', Math.round(report.verdict.confidence * 100)));
  $('confidence').textContent = details.filter(Boolean).join(' ');
  if (original) drawOriginal(original);
  // The verdict's reasons may already include the likely original's: list each sentence once.
  drawList('reasons-section', 'reasons', [...new Set([...report.verdict.reasons, ...(original ? original.reasons : [])])]);
  drawList('hints-section', 'hints', report.verdict.hints);
  if (original && original.known) {
    const related = report.verdict.related.find((r) => r.label === original.label);
    drawPassages(related && related.comparison.alignment);
  }
  drawSearch(report.search_sentence);
  drawClean(report.article);
  drawTiming(report.timing);
}

async function main() {
  window.addEventListener('error', (event) => { document.body.dataset.error = String(event.message); });
  localize();
  $('options-link').addEventListener('click', (event) => {
    event.preventDefault();
    chrome.runtime.openOptionsPage();
  });
  let report;
  try {
    report = await chrome.runtime.sendMessage({ channel: Channel.POPUP_REPORT, tabId: await currentTabId() });
  } catch (error) {
    report = { ok: false, error: String(error.message || error) };
  }
  draw(report);
  $('report').setAttribute('aria-busy', 'false');
  document.body.dataset.ready = 'true';
}

main();
