// Loads the wasm core lazily, on the first message that needs it (service workers forbid top-level await),
// and keeps its known-article index in step with storage: the history index and every imported pack.
import createFirsthand from '../wasm/firsthand.mjs';
import { Engine } from '../core/engine.js';
import * as store from '../shared/store.js';

// The error code a caller shows as "the engine could not load" (popup and options), whatever the cause.
export const ENGINE_UNAVAILABLE = 'engine_unavailable';
// A corrupt or missing wasm file may leave Emscripten's start-up promise unsettled: give up after this.
const LOAD_TIMEOUT_MS = 10000;

let enginePromise = null;
const loadedPacks = new Set();

function engineUnavailable(cause) {
  const error = new Error(`the analysis engine could not load (${String(cause && cause.message || cause)})`);
  error.code = ENGINE_UNAVAILABLE;
  return error;
}

async function loadModule() {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${LOAD_TIMEOUT_MS / 1000} s`)), LOAD_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      createFirsthand({ locateFile: (file) => chrome.runtime.getURL(`wasm/${file}`), printErr: () => {} }),
      timeout,
    ]);
  } catch (error) {
    throw engineUnavailable(error);
  } finally {
    clearTimeout(timer);
  }
}

async function instantiate() {
  const engine = new Engine(await loadModule());
  // Now, while the page that woke the background finishes loading, rather than on that page's analysis.
  engine.warmUp();
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

// Imports packs added in storage since the last sync and drops the ones removed there. A pack stored as
// pending (an import not yet checked, perhaps interrupted) is accepted once the core has read all of it, or
// removed if the core refuses it. Returns the packs the core refused, by id, with the reason as a code
// (packProblem's).
// Syncs run one after another, so two of them never both import (or both refuse) the same pack.
let syncing = Promise.resolve();
export function syncPacks(engine) {
  const sync = syncing.then(() => syncOnce(engine));
  syncing = sync.catch(() => {});
  return sync;
}

// Why the core refused a pack, as the code of a sentence the reader can act on (options_pack_problem_*),
// from the core's reason (core/index/pack.cpp): not a pack at all, made by a newer Firsthand, made with
// another fingerprint layout, or else damaged (truncated, checksums, sections).
const PACK_PROBLEMS = [['not_pack', /wrong magic/], ['newer', /is newer than this Firsthand/],
  ['other_version', /rebuild the pack|metadata fields per article/]];
function packProblem(reason) {
  return PACK_PROBLEMS.find(([, pattern]) => pattern.test(reason))?.[0] || 'damaged';
}

async function syncOnce(engine) {
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
    if (result.ok) {
      loadedPacks.add(pack.id);
      if (pack.pending) await store.acceptPack(pack.id, result.articles);
    } else {
      refused[pack.id] = packProblem(result.error);
      if (pack.pending) await store.removePack(pack.id);
    }
  }
  return refused;
}

// The sample pack that ships with the build (packs/sample.fhpack, built from the seeds), stored on install
// like a pack the reader imported, so it can be removed the same way. Absent in a build without it.
export async function installBundledPack() {
  const response = await fetch(chrome.runtime.getURL('packs/sample.fhpack')).catch(() => null);
  if (!response || !response.ok) return;
  const bytes = await response.arrayBuffer();
  await store.addPack({ name: 'sample.fhpack', bytes, size: bytes.byteLength, articles: 0, added: Date.now() });
  await syncPacks(await getEngine());
}

// Saves the history index; a failed write keeps the stored one. Answers {saved} or {saved: false, error}
// where error is 'storage_full' or the browser's message, for the popup to say so beside the verdict.
export async function persistHistory(engine) {
  try {
    await store.saveHistory(engine.exportHistory().buffer);
    return { saved: true };
  } catch (error) {
    console.warn('firsthand: history not saved:', error);
    return { saved: false, error: store.isStorageFull(error) ? 'storage_full' : String(error && error.message || error) };
  }
}
