// Reads what the extension stored, from its own context (an extension page): every IndexedDB database and
// object store, chrome.storage.local and chrome.storage.session. For the privacy proof (all of it, as bytes)
// and the fault tests (the packs and the history, by digest, to show a failure lost nothing).

// Runs in the extension page: every stored value flattened into its strings and its binary parts (base64).
async function dumpInPage() {
  const strings = [];
  const binaries = [];
  const toBase64 = (bytes) => {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };
  const walk = (value) => {
    if (typeof value === 'string') strings.push(value);
    else if (value instanceof ArrayBuffer) binaries.push(toBase64(new Uint8Array(value)));
    else if (ArrayBuffer.isView(value)) binaries.push(toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
    else if (value instanceof Blob) strings.push('[blob]');
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) { strings.push(key); walk(inner); }
  };
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const records = [];
  for (const { name } of await indexedDB.databases()) {
    const db = await request(indexedDB.open(name));
    for (const storeName of db.objectStoreNames) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
      keys.forEach((key, i) => { records.push(`${name}/${storeName}/${key}`); walk(values[i]); });
    }
    db.close();
  }
  walk(await chrome.storage.local.get(null));
  if (chrome.storage.session) walk(await chrome.storage.session.get(null));
  return { records, strings, binaries };
}

// Everything the extension stored: {records: ["db/store/key"], bytes: Buffer} where bytes holds every binary
// value as stored and every string both as UTF-8 and as UTF-16LE.
export async function dumpExtensionStorage(harness) {
  const { records, strings, binaries } = await harness.control.evaluate(dumpInPage);
  const parts = binaries.map((b) => Buffer.from(b, 'base64'));
  for (const text of strings) parts.push(Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'));
  return { records, bytes: Buffer.concat(parts) };
}

// The packs and the history index as stored: [{id, name, pending, articles, digest}] and the history's digest
// (SHA-256 hex, or null when there is none).
export async function storedPacksAndHistory(harness) {
  return harness.control.evaluate(async () => {
    const digest = async (buffer) => [...new Uint8Array(await crypto.subtle.digest('SHA-256', buffer))]
      .map((b) => b.toString(16).padStart(2, '0')).join('');
    const store = await import('/shared/store.js');
    const packs = await Promise.all((await store.listPacks()).map(async (p) => ({
      id: p.id, name: p.name, pending: Boolean(p.pending), articles: p.articles, digest: await digest(p.bytes) })));
    const history = await store.loadHistory();
    return { packs, history: history ? await digest(history) : null };
  });
}
