// The C ABI of the WebAssembly core, the only surface the extension's JavaScript calls.
//
// Inputs are UTF-8 JSON or raw bytes passed as (pointer, size) in wasm memory (the caller mallocs and frees
// them). Every call returns an FhBuffer that the caller reads with fh_buffer_data/fh_buffer_size and releases
// with fh_free. JSON answers are {"ok": true, ...} or {"ok": false, "error": "..."}: bad input never traps.
#pragma once
#include <cstddef>
#include <cstdint>

extern "C" {

struct FhBuffer;

// Flags for fh_analyze and fh_analyze_dom.
enum : std::uint32_t { FH_ADD_TO_HISTORY = 1u };

// Page JSON (core/include/firsthand/page_json.h) in; the clean article, whether it is an article page, the
// text to search for the original, and the core's own timing out (see abi.cpp for the fields).
FhBuffer* fh_analyze(const char* page_json, std::size_t size, std::uint32_t flags);
// The same analysis and answer from the browser's own strings (core/include/firsthand/serialized_dom.h): the
// page's address, its serialised DOM (documentElement.outerHTML) and its rendered text (body.innerText), all
// UTF-8. timing_ms.parse is then the serialised-DOM producer's.
FhBuffer* fh_analyze_dom(const char* url, std::size_t url_size, const char* html, std::size_t html_size,
                         const char* visible_text, std::size_t text_size, std::uint32_t flags);

// Known articles. Packs are pack files (core/include/firsthand/pack.h) given an id by the caller; the history
// index goes in and out as pack bytes too. Answers: {"ok", "articles"} (export: the raw pack bytes).
FhBuffer* fh_pack_import(const std::uint8_t* bytes, std::size_t size, std::uint32_t pack_id);
FhBuffer* fh_pack_remove(std::uint32_t pack_id);
FhBuffer* fh_history_load(const std::uint8_t* bytes, std::size_t size);
FhBuffer* fh_history_export();
FhBuffer* fh_history_clear();
// {"ok", "history": {"articles", "memory_bytes"}, "packs": [{"id", "articles", "memory_bytes"}]}
FhBuffer* fh_stats();

// The ABI's version and the core's format versions, as JSON.
FhBuffer* fh_version();

const std::uint8_t* fh_buffer_data(const FhBuffer* buffer);
std::size_t fh_buffer_size(const FhBuffer* buffer);
void fh_free(FhBuffer* buffer);

}  // extern "C"
