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

// The background's answer, or a failure answer when it could not be reached (it may be restarting).
async function ask(channel) {
  try {
    return (await chrome.runtime.sendMessage({ channel })) || { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: String(error.message || error) };
  }
}

function failureText(answer) {
  return answer.code === 'engine_unavailable' ? t('options_engine_unavailable') : t('options_error', answer.error);
}

async function drawPacks() {
  const packs = (await store.listPacks()).filter((pack) => !pack.feed);  // a feed's packs are listed with it
  const list = $('packs');
  list.replaceChildren();
  $('no-packs').hidden = packs.length > 0;
  for (const pack of packs) {
    const item = element('li');
    const details = pack.pending ? t('options_pack_pending', formatBytes(pack.size))
      : t('options_pack_row', pack.articles, formatBytes(pack.size));
    item.append(element('strong', pack.name), ' ', element('span', details, { class: 'muted' }));
    const remove = element('button', t('options_remove'), { type: 'button', 'aria-label': t('options_remove_label', pack.name) });
    remove.addEventListener('click', async () => {
      await store.removePack(pack.id);
      await ask(Channel.PACKS_CHANGED);
      await drawPacks();
    });
    item.append(remove);
    list.append(item);
  }
}

async function drawHistory() {
  const stats = await ask(Channel.ENGINE_STATS);
  if (stats.ok) $('history-count').textContent = t('options_history_count', stats.history.articles);
  else say(failureText(stats));
}

// Stores the pack whole (one transaction) as pending, then has the background's core read it: the core
// accepts it or it is removed again. An import cut short (this page closed) leaves a pending pack that the
// next sync finishes, never a part of one.
async function importPack(file) {
  let bytes;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    say(t('options_import_unreadable', file.name));
    return;
  }
  let id;
  try {
    id = await store.addPack({ name: file.name, bytes, size: bytes.byteLength, articles: 0, added: Date.now() });
  } catch (error) {
    say(store.isStorageFull(error) ? t('options_import_storage_full') : t('options_error', String(error.message || error)));
    return;
  }
  const answer = await ask(Channel.PACKS_CHANGED);
  const pack = (await store.listPacks()).find((p) => p.id === id);
  if (answer.refused && answer.refused[id]) say(t('options_import_failed', answer.refused[id]));
  else if (!answer.ok && !answer.refused) say(failureText(answer));
  else if (pack && !pack.pending) say(t('options_imported', file.name, pack.articles));
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
    const answer = await ask(Channel.HISTORY_CLEAR);
    say(answer.ok ? t('options_history_cleared') : failureText(answer));
    await drawHistory();
  });
  $('export-history').addEventListener('click', exportHistory);
  // An import cut short last time left its pack pending: have the background finish it first.
  if ((await store.listPacks()).some((pack) => pack.pending)) await ask(Channel.PACKS_CHANGED);
  await drawPacks();
  await drawHistory();
  document.body.dataset.ready = 'true';
}

main();
