// Persistent state in IndexedDB, shared by the background worker and the options page: imported packs (their
// bytes, name and article count), the reader's history index (as pack bytes: fingerprints and metadata,
// never article text) and the pack feeds subscribed to (background/feeds.js). Settings live in chrome.storage.local (settings.js).
// Every write is one IndexedDB transaction: it lands whole or not at all, and a failed write (storage full,
// the page closed half-way) leaves the previous value in place.
const DB_NAME = 'firsthand';
const DB_VERSION = 1;
const PACKS = 'packs';
const STATE = 'state';
const HISTORY_KEY = 'history';
const SUBSCRIPTIONS_KEY = 'subscriptions';

let dbPromise = null;

function open() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(PACKS)) db.createObjectStore(PACKS, { keyPath: 'id', autoIncrement: true });
        if (!db.objectStoreNames.contains(STATE)) db.createObjectStore(STATE);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return dbPromise;
}

// Runs `action(objectStore)` (or `action(transaction)` for several store names) in one transaction and resolves with the last request's result once the
// transaction has committed. An action that throws (a write refused at once) aborts the whole transaction.
async function run(storeName, mode, action) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(storeName, mode);
    let request;
    transaction.oncomplete = () => resolve(request && request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error || new DOMException('transaction aborted', 'AbortError'));
    try {
      request = action(Array.isArray(storeName) ? transaction : transaction.objectStore(storeName));
    } catch (error) {
      transaction.onabort = () => reject(error);
      transaction.abort();
    }
  });
}

// A write refused because the browser's storage for the extension is full.
export function isStorageFull(error) {
  return Boolean(error) && (error.name === 'QuotaExceededError' || /quota/i.test(String(error.message)));
}

// Packs: {id, name, bytes (ArrayBuffer), size, articles, added (ms since epoch), pending}, and for a feed's
// packs `feed` (the feed's URL) and `sha256`. A pack is stored
// `pending` until the background's core has read all of it; a pending pack the core refuses is removed.
export function listPacks() {
  return run(PACKS, 'readonly', (store) => store.getAll());
}

export function addPack(pack) {
  return run(PACKS, 'readwrite', (store) => store.add({ ...pack, pending: true }));
}

// Marks a pending pack as read by the core, with its article count.
export function acceptPack(id, articles) {
  return run(PACKS, 'readwrite', (store) => {
    const read = store.get(id);
    read.onsuccess = () => {
      if (read.result) store.put({ ...read.result, articles, pending: false });
    };
    return read;
  });
}

export function removePack(id) {
  return run(PACKS, 'readwrite', (store) => store.delete(id));
}

// The history index as pack bytes (ArrayBuffer), or undefined before the first article.
export function loadHistory() {
  return run(STATE, 'readonly', (store) => store.get(HISTORY_KEY));
}

export function saveHistory(bytes) {
  return run(STATE, 'readwrite', (store) => store.put(bytes, HISTORY_KEY));
}

export function clearHistory() {
  return run(STATE, 'readwrite', (store) => store.delete(HISTORY_KEY));
}

// Subscriptions to pack feeds: [{url, publicKey, fingerprint, title, publisher, ..., packs, state, message}].
export async function listSubscriptions() {
  return (await run(STATE, 'readonly', (store) => store.get(SUBSCRIPTIONS_KEY))) || [];
}

function putSubscription(state, url, record) {
  const read = state.get(SUBSCRIPTIONS_KEY);
  read.onsuccess = () => {
    const others = (read.result || []).filter((s) => s.url !== url);
    state.put(record ? [...others, record] : others, SUBSCRIPTIONS_KEY);
  };
  return read;
}

// A feed's subscription record alone (its state after a check), or its removal when `record` is null.
export function saveSubscription(url, record) {
  return run(STATE, 'readwrite', (store) => putSubscription(store, url, record));
}

// The atomic swap of a feed update: in one transaction the feed's stored packs that `record.packs` no longer
// lists (by SHA-256) are deleted, `added` are stored pending, and the record replaces the old one (null
// removes the subscription and all its packs). A failure anywhere leaves the packs and the record as they were.
export function commitFeed(url, record, added) {
  return run([PACKS, STATE], 'readwrite', (transaction) => {
    const packs = transaction.objectStore(PACKS);
    const kept = new Set(record ? record.packs.map((p) => p.sha256) : []);
    const all = packs.getAll();
    all.onsuccess = () => {
      for (const pack of all.result) if (pack.feed === url && !kept.has(pack.sha256)) packs.delete(pack.id);
      for (const pack of added) packs.add({ ...pack, feed: url, pending: true });
    };
    putSubscription(transaction.objectStore(STATE), url, record);
    return all;
  });
}
