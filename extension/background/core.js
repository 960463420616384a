// Loads the wasm core lazily, on the first message that needs it (service workers forbid top-level await),
// and keeps its known-article index in step with storage: the history index and every imported pack.
import createFirsthand from '../wasm/firsthand.mjs';
import { Engine } from '../core/engine.js';
import * as store from '../shared/store.js';

let enginePromise = null;
const loadedPacks = new Set();

async function instantiate() {
  const module = await createFirsthand({ locateFile: (file) => chrome.runtime.getURL(`wasm/${file}`) });
  const engine = new Engine(module);
  const history = await store.loadHistory();
  if (history) {
    const loaded = engine.loadHistory(new Uint8Array(history));
    if (!loaded.ok) console.warn('firsthand: stored history unreadable, starting a new one:', loaded.error);
  }
  await syncPacks(engine);
  return engine;
}

export function getEngine() {
  if (!enginePromise) {
    enginePromise = instantiate().catch((error) => {
      enginePromise = null;  // let the next message try again
      throw error;
    });
  }
  return enginePromise;
}

// Imports packs added in storage since the last sync and drops the ones removed there. Returns the packs the
// core refused, by id, with the reason.
export async function syncPacks(engine) {
  const refused = {};
  const packs = await store.listPacks();
  const stored = new Set(packs.map((p) => p.id));
  for (const id of [...loadedPacks]) {
    if (!stored.has(id)) {
      engine.removePack(id);
      loadedPacks.delete(id);
    }
  }
  for (const pack of packs) {
    if (loadedPacks.has(pack.id)) continue;
    const result = engine.importPack(pack.id, new Uint8Array(pack.bytes));
    if (result.ok) loadedPacks.add(pack.id);
    else refused[pack.id] = result.error;
  }
  return refused;
}

// The sample pack that ships with the build (packs/sample.fhpack, built from the seeds), stored on install
// like a pack the reader imported, so it can be removed the same way. Absent in a build without it.
export async function installBundledPack() {
  const response = await fetch(chrome.runtime.getURL('packs/sample.fhpack')).catch(() => null);
  if (!response || !response.ok) return;
  const bytes = await response.arrayBuffer();
  const id = await store.addPack({ name: 'sample.fhpack', bytes, size: bytes.byteLength, articles: 0, added: Date.now() });
  const engine = await getEngine();
  await syncPacks(engine);
  const loaded = engine.stats().packs.find((p) => p.id === id);
  if (loaded) await store.updatePack(id, { articles: loaded.articles });
}

export async function persistHistory(engine) {
  await store.saveHistory(engine.exportHistory().buffer);
}
