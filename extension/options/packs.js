// The options page's packs section: the stored packs (name, articles, size, date added), import and remove.
// Packs are stored by this page in IndexedDB (shared/store.js) and the background is told to load them.
import { Channel } from '../shared/channels.js';
import { element, t } from '../shared/i18n.js';
import * as store from '../shared/store.js';
import { ask, failureText, formatBytes, formatDay, say } from './common.js';

const $ = (id) => document.getElementById(id);

async function drawPacks() {
  const packs = (await store.listPacks()).filter((pack) => !pack.feed);  // a feed's packs are listed with it
  const list = $('packs');
  list.replaceChildren();
  $('no-packs').hidden = packs.length > 0;
  for (const pack of packs) {
    const item = element('li');
    const details = pack.pending ? t('options_pack_pending', formatBytes(pack.size))
      : t('options_pack_row', pack.articles, formatBytes(pack.size), formatDay(pack.added));
    const what = element('span', '', { class: 'what' });
    what.append(element('strong', pack.name), ' ', element('span', details, { class: 'muted' }));
    const remove = element('button', t('options_remove'), { type: 'button', 'aria-label': t('options_remove_label', pack.name) });
    remove.addEventListener('click', async () => {
      await store.removePack(pack.id);
      await ask(Channel.PACKS_CHANGED);
      await drawPacks();
    });
    item.append(what, remove);
    list.append(item);
  }
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
    say(store.isStorageFull(error) ? t('options_import_storage_full') : t('options_error'));
    return;
  }
  const answer = await ask(Channel.PACKS_CHANGED);
  const pack = (await store.listPacks()).find((p) => p.id === id);
  if (answer.refused && answer.refused[id]) say(t('options_import_failed', t(`options_pack_problem_${answer.refused[id]}`)));
  else if (!answer.ok && !answer.refused) say(failureText(answer));
  else if (pack && !pack.pending) say(t('options_imported', file.name, pack.articles));
  await drawPacks();
}

export async function initPacks() {
  $('pack-file').addEventListener('change', async (event) => {
    const [file] = event.target.files;
    if (file) await importPack(file);
    event.target.value = '';
  });
  // An import cut short last time left its pack pending: have the background finish it first.
  if ((await store.listPacks()).some((pack) => pack.pending)) await ask(Channel.PACKS_CHANGED);
  await drawPacks();
}
