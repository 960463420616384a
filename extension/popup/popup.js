// The popup: draws the current tab's report as a verdict card (one colour, one icon, one sentence), the likely
// original as a card of its own (both by headline.js), then the evidence, collapsed. Every page-derived
// string goes in as text (textContent), never as HTML; links are http(s) only. The report was asked for by
// early.js, before this module loaded, with the site's status, and the stored headline drawn there.
import { Channel } from '../shared/channels.js';
import { element, t } from '../shared/i18n.js';
import { UNREADABLE_STYLE, headlineOf } from '../shared/verdicts.js';
import { searchLinks } from './search_links.js';
import { searchSentence } from './search_sentence.js';
import { passageItems } from './passages.js';
import { drawSiteSwitch } from './site_switch.js';

const $ = (id) => document.getElementById(id);
// Passages shown before "show all": enough to see the pattern of swaps without a page-long popup.
const PASSAGES_SHOWN = 3;

const { drawHeadline, drawSign, titleNode, siteAndDate, show } = globalThis.firsthandHeadline;

function drawList(sectionId, listId, items) {
  if (!items || !items.length) return false;
  for (const item of items) $(listId).append(element('li', item));
  show(sectionId);
  return true;
}

function drawPassages(related, paragraphs) {
  show('passages-section');
  const items = passageItems(related ? related.comparison.alignment.pairs : [], paragraphs, related ? related.paragraphs : []);
  if (!items.length) {
    show('passages-none');
    return;
  }
  items.forEach((item, index) => { item.hidden = index >= PASSAGES_SHOWN; });
  $('passages').append(...items);
  if (items.length > PASSAGES_SHOWN) {
    const more = $('passages-all');
    more.textContent = t('popup_passages_all', items.length);
    more.addEventListener('click', () => {
      for (const item of items) item.hidden = false;
      more.hidden = true;
    });
    show('passages-all');
  }
}

// The other articles the page relates to (copies, rewrites, coverage of the same event), as links. The likely
// original is left out, also where it is known twice (from a pack and from the history, under two labels).
function drawRelated(related, original) {
  const isOriginal = (r) => original && (r.label === original.label
    || (r.title && r.title === original.title && r.site === original.site));
  const others = related.filter((r) => !isOriginal(r));
  for (const r of others) {
    const item = element('li');
    item.append(titleNode(r.title || r.url || t('untitled_article'), r.url), ' ',
      element('span', `${t(`relation_${r.comparison.relation}`)} · ${siteAndDate(r)}`, { class: 'muted' }));
    $('related').append(item);
  }
  if (others.length) show('related-section');
  return others.length > 0;
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

// No pack and an empty history: "no match" then says nothing about the page, so say what packs are.
async function drawPacksNote() {
  const stats = await chrome.runtime.sendMessage({ channel: Channel.ENGINE_STATS }).catch(() => null);
  if (!stats || !stats.ok || stats.packs.length > 0) return;
  show('packs-note');
}

// Why the page has no verdict, in the reader's words: a page the extension may not read (a browser page,
// about:blank), the engine did not load, or the analysis failed.
// The error itself (an exception's text) is never shown: it would tell the reader nothing.
function drawFailure(report) {
  const code = report && report.code;
  const state = { engine_unavailable: 'engine-unavailable', page_unreadable: 'unreadable' }[code] || 'error';
  document.body.dataset.state = state;
  drawSign(UNREADABLE_STYLE, t('popup_no_verdict'));
  $('verdict').textContent = code === 'engine_unavailable' ? t('popup_engine_unavailable')
    : code === 'page_unreadable' ? t('popup_page_unreadable') : t('popup_error');
}

// The reader paused Firsthand on this site (or resumed it, and the tab is reloading).
function drawPaused(host, paused) {
  document.body.dataset.state = paused ? 'paused' : 'resumed';
  drawSign(UNREADABLE_STYLE, t(paused ? 'popup_paused_label' : 'popup_resumed_label'));
  $('verdict').textContent = t(paused ? 'popup_paused' : 'popup_resumed', host);
  for (const id of ['page-title', 'packs-note', 'original-section', 'actions', 'evidence', 'search-section', 'storage-notice']) $(id).hidden = true;
}

// The verdict stands, but the history write failed: say so, the reader would otherwise assume it was kept.
function drawStorageNotice(storage) {
  if (!storage || storage.saved) return;
  $('storage-notice').textContent = storage.error === 'storage_full'
    ? t('popup_history_not_saved_full') : t('popup_history_not_saved');
  show('storage-notice');
}

function drawEvidence(report, original) {
  const { verdict } = report;
  // The verdict's reasons may already include the likely original's: list each sentence once.
  let any = drawList('reasons-section', 'reasons', [...new Set([...verdict.reasons, ...(original ? original.reasons : [])])]);
  any = drawList('hints-section', 'hints', verdict.hints) || any;
  if (original && original.known) {
    const related = verdict.related.find((r) => r.label === original.label);
    drawPassages(related && related.comparison.alignment ? related : null, report.article.paragraphs);
    any = true;
  }
  any = drawRelated(verdict.related, original) || any;
  if (any) show('evidence');
}

function draw(report, tabId) {
  if (!report || !report.ok) {
    drawFailure(report);
    return;
  }
  drawStorageNotice(report.storage);
  if (!report.is_article) {
    drawSign(UNREADABLE_STYLE, t('popup_no_verdict'));
    $('verdict').textContent = t('popup_not_article');
    return;
  }
  const { kind, likely_original: original } = report.verdict;
  drawHeadline(headlineOf(report));
  // A second answer, which the verdict does not wait for: answered as the note is drawn.
  const note = kind === 'unknown' ? drawPacksNote() : undefined;
  $('read-clean').addEventListener('click', () => {
    chrome.tabs.create({ url: chrome.runtime.getURL(`reader/reader.html?tabId=${tabId}`) });
    window.close();
  });
  show('actions');
  drawEvidence(report, original);
  drawSearch(searchSentence(report.article.paragraphs));
  return note;
}

async function requestReport(channel, tabId) {
  try {
    return await chrome.runtime.sendMessage({ channel, tabId });
  } catch (error) {
    return { ok: false, error: String(error.message || error) };
  }
}

// Draws a report into a fresh copy of the popup's empty report section (so that a second draw starts clean);
// answers what is still being drawn (the packs note), as a promise.
async function drawFresh(pristine, report, tabId, site) {
  $('report').replaceWith(pristine.cloneNode(true));
  delete document.body.dataset.state;
  delete document.body.dataset.verdict;
  // The first-run page explains packs and how to get one.
  $('packs-note-link').addEventListener('click', () => {
    chrome.tabs.create({ url: chrome.runtime.getURL('onboarding/onboarding.html') });
    window.close();
  });
  // A paused site's content script sent nothing: the popup shows the switch, not a verdict.
  if (site) drawSiteSwitch(site, tabId, (paused) => drawPaused(site.host, paused));
  const pending = site && !site.allowed ? drawPaused(site.host, true) : draw(report, tabId);
  $('report').setAttribute('aria-busy', 'false');
  return { pending };
}

// The next frame, once the browser has painted what is drawn (a page that is not shown paints no frame: it
// waits at most 100 ms).
const nextFrame = () => new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve));
  setTimeout(resolve, 100);
});

// The headline stored when the badge was set was drawn by early.js; the full report (the evidence) and the
// site's switch follow on the next frame, once the background and the tab have answered. Then, only if the
// page changed since (a single-page app moved on), the page is collected again and the new verdict drawn.
async function main() {
  window.addEventListener('error', (event) => { document.body.dataset.error = String(event.message); });
  $('options-link').addEventListener('click', () => chrome.runtime.openOptionsPage());
  const { tabId, report, site: status, pristine, drewHeadline } = await window.firsthandEarly;
  if (drewHeadline) await nextFrame();
  // The site's status (paused or read) was asked of the tab's content script beside the report.
  const [site, stored] = await Promise.all([status, report]);
  const { pending } = await drawFresh(pristine, stored, tabId, site);
  // Without a stored headline (none was stored, or it was lost), the verdict is shown now.
  document.body.dataset.verdictMs ??= performance.now().toFixed(1);
  await pending;
  document.body.dataset.ready = 'true';
  if (site && !site.allowed) return;
  const refreshed = await requestReport(Channel.POPUP_REFRESH, tabId);
  if (refreshed && refreshed.changed) {
    await (await drawFresh(pristine, await requestReport(Channel.POPUP_REPORT, tabId), tabId, site)).pending;
    document.body.dataset.refreshed = 'true';
  }
}

main();
