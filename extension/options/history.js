// The options page's history section: history on or off, the articles it holds (title, site, date; search,
// delete one), clearing it after a confirmation, and exporting it as a pack.
import { Channel } from '../shared/channels.js';
import { element, t } from '../shared/i18n.js';
import { getSettings, setSettings } from '../shared/settings.js';
import * as store from '../shared/store.js';
import { ask, failureText, say } from './common.js';

const $ = (id) => document.getElementById(id);

let articles = [];

function matches(article, query) {
  return !query || [article.title, article.site, article.url, article.date]
    .some((field) => (field || '').toLowerCase().includes(query));
}

function articleRow(article) {
  const item = element('li');
  const what = element('span', '', { class: 'what' });
  const title = article.title || article.url || t('untitled_article');
  what.append(/^https?:\/\//i.test(article.url || '')
    ? element('a', title, { href: article.url, target: '_blank', rel: 'noopener noreferrer' }) : element('strong', title));
  what.append(' ', element('span', [article.site, article.date].filter(Boolean).join(' · '), { class: 'muted' }));
  const remove = element('button', t('options_remove'), { type: 'button', 'aria-label': t('options_history_remove_label', title) });
  remove.addEventListener('click', async () => {
    const answer = await ask(Channel.HISTORY_REMOVE, { id: article.id });
    say(answer.ok ? t('options_history_removed', title) : failureText(answer));
    await drawHistory();
  });
  item.append(what, remove);
  return item;
}

function drawList() {
  const query = $('history-search').value.trim().toLowerCase();
  const shown = articles.filter((article) => matches(article, query));
  $('history-list').replaceChildren(...shown.map(articleRow));
  $('history-empty').hidden = shown.length > 0;
  $('history-empty').textContent = articles.length ? t('options_history_no_match') : t('options_history_empty');
}

async function drawHistory() {
  const answer = await ask(Channel.HISTORY_LIST);
  if (!answer.ok) {
    say(failureText(answer));
    return;
  }
  articles = answer.articles.reverse();  // the latest read first
  $('history-count').textContent = t('options_history_count', articles.length);
  drawList();
}

async function exportHistory() {
  const bytes = await store.loadHistory();
  const blob = new Blob([bytes || new ArrayBuffer(0)], { type: 'application/octet-stream' });
  const link = element('a', '', { href: URL.createObjectURL(blob), download: 'firsthand-history.fhpack' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

// Clearing asks first, in the page (no browser dialog): the confirmation names how much would go.
function initClearing() {
  const confirmBox = $('clear-confirm');
  $('clear-history').addEventListener('click', () => {
    $('clear-confirm-text').textContent = t('options_clear_history_question', articles.length);
    confirmBox.hidden = false;
    $('clear-history-cancel').focus();
  });
  $('clear-history-cancel').addEventListener('click', () => {
    confirmBox.hidden = true;
    $('clear-history').focus();
  });
  $('clear-history-confirm').addEventListener('click', async () => {
    confirmBox.hidden = true;
    const answer = await ask(Channel.HISTORY_CLEAR);
    say(answer.ok ? t('options_history_cleared') : failureText(answer));
    await drawHistory();
  });
}

export async function initHistory() {
  const settings = await getSettings();
  $('history-enabled').checked = settings.historyEnabled;
  $('history-enabled').addEventListener('change', (event) => setSettings({ historyEnabled: event.target.checked }));
  $('history-search').addEventListener('input', drawList);
  $('export-history').addEventListener('click', exportHistory);
  initClearing();
  await drawHistory();
}
