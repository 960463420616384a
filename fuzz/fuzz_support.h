// Properties every fuzz target checks on what the core returns, beyond "did not crash": the output is valid
// UTF-8 (the CLI and the wasm ABI serialise it as JSON, and nlohmann throws on invalid UTF-8) and the JSON
// form can be written. A broken property aborts, which libFuzzer reports as a crash with the input saved.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "firsthand/extract/article.h"
#include "firsthand/page.h"

namespace firsthand::fuzz {

inline void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz property broken: %s\n", what);
  std::abort();
}

inline bool valid_utf8(std::string_view s) { return sanitize_utf8(s) == s; }

inline void check_article(const Article& article) {
  for (const auto& paragraph : article.paragraphs) require(valid_utf8(paragraph), "paragraph is not valid UTF-8");
  const auto json = to_json(article.meta);
  for (const auto& field : json.items())
    if (field.value().is_string())
      require(valid_utf8(field.value().get_ref<const std::string&>()), "metadata field is not valid UTF-8");
  // dump() throws on invalid UTF-8; the check above makes that unreachable, the call proves it.
  require(!to_json(article).dump().empty(), "article JSON is empty");
}

inline std::string_view as_text(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace firsthand::fuzz
