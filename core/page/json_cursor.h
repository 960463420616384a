// A pull reader over JSON text for the page model's flat wire form (page_json.cpp): reads strings, integers
// and structure in place, one pass, no document tree (nlohmann's tree cost the wasm core most of its parse
// time: a node per value, many small allocations). Values the caller does not want are skipped.
// Recursion is bounded by the caller's nesting pre-check (json_nesting.h). Internal to the core.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace firsthand::detail {

class JsonCursor {
 public:
  explicit JsonCursor(std::string_view text) : text_(text) {}

  // Skips whitespace, then consumes `c` if it comes next.
  bool consume(char c);
  // The next non-whitespace character, or '\0' at the end.
  char peek();
  bool at_end() { return peek() == '\0' && pos_ >= text_.size(); }

  // Each reads one value of its kind and returns false (consuming an unknown amount) when the next value is
  // not of that kind or not valid JSON. Strings are decoded to UTF-8; lone surrogates become U+FFFD.
  bool read_string(std::string& out);
  bool read_integer(std::int64_t& out);
  // Reads a number; `is_one` tells whether it equals 1 (the only page JSON version).
  bool read_number(bool& is_one);
  bool skip_value();

 private:
  bool read_hex4(std::uint32_t& out);
  bool skip_number();
  bool skip_literal(std::string_view word);

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace firsthand::detail
