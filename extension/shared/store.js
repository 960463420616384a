// Persistent state in IndexedDB, shared by the background worker and the options page: imported packs (their
// bytes, name and article count) and the reader's history index (as pack bytes: fingerprints and metadata,
// never article text). Settings live in chrome.storage.local (settings.js).
const DB_NAME = 'firsthand';
const DB_VERSION = 1;
const PACKS = 'packs';
const STATE = 'state';
const HISTORY_KEY = 'history';

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

async function run(storeName, mode, action) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(storeName, mode);
    const request = action(transaction.objectStore(storeName));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

// Packs: {id, name, bytes (ArrayBuffer), size, articles, added (ms since epoch)}.
export function listPacks() {
  return run(PACKS, 'readonly', (store) => store.getAll());
}

export function addPack(pack) {
  return run(PACKS, 'readwrite', (store) => store.add(pack));
}

export async function updatePack(id, changes) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(PACKS, 'readwrite');
    const packs = transaction.objectStore(PACKS);
    const read = packs.get(id);
    read.onsuccess = () => {
      if (read.result) packs.put({ ...read.result, ...changes });
    };
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
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
