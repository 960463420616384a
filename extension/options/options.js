// Options page: packs are stored by this page in IndexedDB (shared/store.js) and the background is told to
// load them; history settings go to chrome.storage.local; export downloads the stored history pack.
import { Channel } from '../shared/channels.js';
import { element, localize, t } from '../shared/i18n.js';
import { getSettings, setSettings } from '../shared/settings.js';
import * as store from '../shared/store.js';

const $ = (id) => document.getElementById(id);

function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function say(message) {
  $('status').textContent = message;
}

async function drawPacks() {
  const packs = await store.listPacks();
  const list = $('packs');
  list.replaceChildren();
  $('no-packs').hidden = packs.length > 0;
  for (const pack of packs) {
    const item = element('li');
    item.append(element('strong', pack.name), ' ', element('span', t('options_pack_row', pack.articles, formatBytes(pack.size)), { class: 'muted' }));
    const remove = element('button', t('options_remove'), { type: 'button', 'aria-label': t('options_remove_label', pack.name) });
    remove.addEventListener('click', async () => {
      await store.removePack(pack.id);
      await chrome.runtime.sendMessage({ channel: Channel.PACKS_CHANGED });
      await drawPacks();
    });
    item.append(remove);
    list.append(item);
  }
}

async function drawHistory() {
  const stats = await chrome.runtime.sendMessage({ channel: Channel.ENGINE_STATS });
  if (stats && stats.ok) $('history-count').textContent = t('options_history_count', stats.history.articles);
}

async function importPack(file) {
  const bytes = await file.arrayBuffer();
  // The background's core validates the whole pack before anything is kept.
  const id = await store.addPack({ name: file.name, bytes, size: bytes.byteLength, articles: 0, added: Date.now() });
  const answer = await chrome.runtime.sendMessage({ channel: Channel.PACKS_CHANGED });
  const stats = await chrome.runtime.sendMessage({ channel: Channel.ENGINE_STATS });
  const loaded = stats.ok && stats.packs.find((p) => p.id === id);
  if (!loaded) {
    await store.removePack(id);
    await chrome.runtime.sendMessage({ channel: Channel.PACKS_CHANGED });
    say(t('options_import_failed', (answer.refused && answer.refused[id]) || answer.error));
  } else {
    await store.updatePack(id, { articles: loaded.articles });
    say(t('options_imported', file.name, loaded.articles));
  }
  await drawPacks();
}

async function exportHistory() {
  const bytes = await store.loadHistory();
  const blob = new Blob([bytes || new ArrayBuffer(0)], { type: 'application/octet-stream' });
  const link = element('a', '', { href: URL.createObjectURL(blob), download: 'firsthand-history.fhpack' });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

async function main() {
  localize();
  const settings = await getSettings();
  $('history-enabled').checked = settings.historyEnabled;
  $('history-enabled').addEventListener('change', (event) => setSettings({ historyEnabled: event.target.checked }));
  $('pack-file').addEventListener('change', async (event) => {
    const [file] = event.target.files;
    if (file) await importPack(file);
    event.target.value = '';
  });
  $('clear-history').addEventListener('click', async () => {
    await chrome.runtime.sendMessage({ channel: Channel.HISTORY_CLEAR });
    say(t('options_history_cleared'));
    await drawHistory();
  });
  $('export-history').addEventListener('click', exportHistory);
  await drawPacks();
  await drawHistory();
  document.body.dataset.ready = 'true';
}

main();
