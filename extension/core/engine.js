// The JavaScript side of the wasm core's C ABI (wasm/abi.h): copies JSON or bytes into wasm memory, calls,
// reads the FhBuffer answer and frees everything. Used by the background worker and by the Node ABI tests.
// No analysis happens here: this only moves bytes.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Engine {
  // `module` is an instantiated Emscripten module of the core (firsthand.mjs or firsthand-node.cjs).
  constructor(module) {
    this.module = module;
  }

  // Calls `fn(pointer, size, ...rest)` with `bytes` copied into wasm memory and returns the answer's bytes.
  #callWithBytes(fn, bytes, ...rest) {
    const m = this.module;
    const pointer = m._malloc(Math.max(bytes.length, 1));
    if (!pointer) throw new Error('wasm core: out of memory');
    try {
      m.HEAPU8.set(bytes, pointer);
      return this.#take(fn(pointer, bytes.length, ...rest));
    } finally {
      m._free(pointer);
    }
  }

  // Copies an FhBuffer's bytes out of wasm memory and frees it.
  #take(buffer) {
    const m = this.module;
    if (!buffer) throw new Error('wasm core: no answer');
    try {
      const data = m._fh_buffer_data(buffer);
      return m.HEAPU8.slice(data, data + m._fh_buffer_size(buffer));
    } finally {
      m._fh_free(buffer);
    }
  }

  #json(bytes) {
    return JSON.parse(decoder.decode(bytes));
  }

  version() {
    return this.#json(this.#take(this.module._fh_version()));
  }

  // Known articles: packs (pack files, given an id by the caller) and the history index as pack bytes.
  importPack(id, bytes) {
    return this.#json(this.#callWithBytes(this.module._fh_pack_import, bytes, id));
  }

  removePack(id) {
    return this.#json(this.#take(this.module._fh_pack_remove(id)));
  }

  loadHistory(bytes) {
    return this.#json(this.#callWithBytes(this.module._fh_history_load, bytes));
  }

  exportHistory() {
    return this.#take(this.module._fh_history_export());
  }

  clearHistory() {
    return this.#json(this.#take(this.module._fh_history_clear()));
  }

  listHistory() {
    return this.#json(this.#take(this.module._fh_history_list()));
  }

  removeFromHistory(id) {
    return this.#json(this.#take(this.module._fh_history_remove(id)));
  }

  stats() {
    return this.#json(this.#take(this.module._fh_stats()));
  }

  // One-time costs paid up front (fh_warm_up), so the first page the reader opens does not wait on them.
  warmUp() {
    return this.#json(this.#take(this.module._fh_warm_up()));
  }

  // Analyses a page as the browser holds it: its address, its serialised DOM (what content/gather.js keeps of
  // it) and its rendered text (document.body.innerText), each a string or UTF-8 bytes; see
  // core/include/firsthand/serialized_dom.h.
  // The answer gets `io_ms`: the time spent writing the page in and reading the answer out, beside the core's
  // own `timing_ms`.
  analyze({ url = '', html = '', visibleText = '' }, { addToHistory = false } = {}) {
    const m = this.module;
    const started = performance.now();
    const { pointer, spans } = this.#encodeAll([url, html, visibleText]);
    const written = performance.now();
    let buffer;
    try {
      buffer = m._fh_analyze(...spans, addToHistory ? 1 : 0);
    } finally {
      m._free(pointer);
    }
    const called = performance.now();
    const answer = this.#json(this.#take(buffer));
    answer.io_ms = { in: written - started, out: performance.now() - called };
    return answer;
  }

  // Encodes the strings as UTF-8, one after another, straight into one block of wasm memory (no byte array in
  // between); a Uint8Array (UTF-8 already: Firefox's carrier) is copied as it is. Answers {pointer, spans:
  // [start, size, ...]}, the block for the caller to free. The block is sized for mostly-ASCII text, as most
  // pages are, because wasm memory never shrinks: reserving UTF-8's worst case (3 bytes per UTF-16 unit) would
  // hold 150 MB for good after a 50 MB page. When the text does not fit, it is encoded again into a block sized
  // from what is known by then: the bytes written so far and 3 bytes for each unit not yet read.
  #encodeAll(strings) {
    const m = this.module;
    const units = strings.reduce((sum, s) => sum + s.length, 0);
    let capacity = units + (units >> 2) + 16;
    for (;;) {
      const pointer = m._malloc(capacity);
      if (!pointer) throw new Error('wasm core: out of memory');
      const spans = [];
      let offset = pointer;
      let unitsLeft = units;
      for (const s of strings) {
        const room = m.HEAPU8.subarray(offset, pointer + capacity);
        const { read, written } = s instanceof Uint8Array ? copyBytes(s, room) : encoder.encodeInto(s, room);
        spans.push(offset, written);
        offset += written;
        unitsLeft -= read;
        if (read < s.length) break;
      }
      if (unitsLeft === 0) return { pointer, spans };
      m._free(pointer);
      capacity = offset - pointer + unitsLeft * 3 + 16;
    }
  }
}

// encodeInto's answer for bytes: all of them when they fit, none otherwise (bytes are never split).
function copyBytes(bytes, room) {
  if (bytes.length > room.length) return { read: 0, written: 0 };
  room.set(bytes);
  return { read: bytes.length, written: bytes.length };
}
