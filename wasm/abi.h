// The C ABI of the WebAssembly core, the only surface the extension's JavaScript calls.
//
// Inputs are UTF-8 text or raw bytes passed as (pointer, size) in wasm memory (the caller mallocs and frees
// them). Every call returns an FhBuffer that the caller reads with fh_buffer_data/fh_buffer_size and releases
// with fh_free. JSON answers are {"ok": true, ...} or {"ok": false, "error": "..."}: bad input never traps.
#pragma once
#include <cstddef>
#include <cstdint>

extern "C" {

struct FhBuffer;

// Flags for fh_analyze.
enum : std::uint32_t { FH_ADD_TO_HISTORY = 1u };

// A page as the browser holds it (core/include/firsthand/page/serialized_dom.h): its address, its serialised DOM
// (documentElement.outerHTML) and its rendered text (body.innerText), all UTF-8. Answers the clean article,
// whether it is an article page, the verdict, the text to search for the original, and the core's own timing
// (see abi.cpp for the fields).
FhBuffer* fh_analyze(const char* url, std::size_t url_size, const char* html, std::size_t html_size,
                     const char* visible_text, std::size_t text_size, std::uint32_t flags);

// Pays the core's one-time costs (compiling its patterns, building its tables, and the browser compiling
// the analysis code) by analysing a small built-in page, so the first page a reader opens does not wait on
// them (core/include/firsthand/warm_up.h). The background calls it once the engine has loaded. {"ok": true}.
FhBuffer* fh_warm_up();

// Known articles. Packs are pack files (core/include/firsthand/index/pack.h) given an id by the caller; the history
// index goes in and out as pack bytes too. Answers: {"ok", "articles"} (export: the raw pack bytes).
FhBuffer* fh_pack_import(const std::uint8_t* bytes, std::size_t size, std::uint32_t pack_id);
FhBuffer* fh_pack_remove(std::uint32_t pack_id);
FhBuffer* fh_history_load(const std::uint8_t* bytes, std::size_t size);
FhBuffer* fh_history_export();
FhBuffer* fh_history_clear();
FhBuffer* fh_history_list();                  // {ok, articles: [{id, title, site, url, date}]}
FhBuffer* fh_history_remove(std::uint32_t id);  // {ok} or {ok: false, error}
// {"ok", "history": {"articles", "memory_bytes"}, "packs": [{"id", "articles", "memory_bytes"}]}
FhBuffer* fh_stats();

// The ABI's version and the core's format versions, as JSON.
FhBuffer* fh_version();

const std::uint8_t* fh_buffer_data(const FhBuffer* buffer);
std::size_t fh_buffer_size(const FhBuffer* buffer);
void fh_free(FhBuffer* buffer);

}  // extern "C"
