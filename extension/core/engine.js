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

  stats() {
    return this.#json(this.#take(this.module._fh_stats()));
  }

  // `page` is the page model's JSON form (core/include/firsthand/page_json.h), as an object or a string. The
  // answer gets `io_ms`: the time spent writing the page in and reading the answer out, beside the core's own
  // `timing_ms`.
  analyze(page, { addToHistory = false } = {}) {
    const started = performance.now();  // io_ms.in counts the JSON.stringify of a page object
    const text = typeof page === 'string' ? page : JSON.stringify(page);
    return this.#analyzeStrings([text], (spans, flags) => this.module._fh_analyze(...spans, flags), addToHistory,
      started);
  }

  // The same analysis from the browser's own strings: the page's address, its serialised DOM
  // (document.documentElement.outerHTML) and its rendered text (document.body.innerText); see
  // core/include/firsthand/serialized_dom.h. Same answer shape as analyze, `io_ms` included.
  analyzeDom({ url = '', html = '', visibleText = '' }, { addToHistory = false } = {}) {
    return this.#analyzeStrings([url, html, visibleText],
      (spans, flags) => this.module._fh_analyze_dom(...spans, flags), addToHistory);
  }

  // Encodes `strings` as UTF-8 straight into one block of wasm memory (no byte array in between), calls
  // `call([pointer, size, pointer, size, ...], flags)` and returns its JSON answer with `io_ms` (from `started`).
  #analyzeStrings(strings, call, addToHistory, started = performance.now()) {
    const m = this.module;
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a lone surrogate becomes U+FFFD: 3 bytes).
    const capacity = Math.max(strings.reduce((sum, s) => sum + s.length * 3, 0), 1);
    const pointer = m._malloc(capacity);
    if (!pointer) throw new Error('wasm core: out of memory');
    let buffer;
    let written;
    try {
      const spans = [];
      let offset = pointer;
      for (const s of strings) {
        const { written: size } = encoder.encodeInto(s, m.HEAPU8.subarray(offset, pointer + capacity));
        spans.push(offset, size);
        offset += size;
      }
      written = performance.now();
      buffer = call(spans, addToHistory ? 1 : 0);
    } finally {
      m._free(pointer);
    }
    const called = performance.now();
    const answer = this.#json(this.#take(buffer));
    answer.io_ms = { in: written - started, out: performance.now() - called };
    return answer;
  }
}
