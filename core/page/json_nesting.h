// A linear pre-check of JSON nesting. nlohmann's parser recurses once per level, so hostile input (page JSON
// from the content script, JSON-LD from a page) is measured with this before it is parsed.
#pragma once
#include <string_view>

namespace firsthand::detail {

// True when no array or object in `text` is nested deeper than `max_depth` (strings are skipped).
inline bool json_nesting_within(std::string_view text, int max_depth) {
  int depth = 0;
  const std::size_t size = text.size();
  for (std::size_t i = 0; i < size; ++i) {
    const char c = text[i];
    if (c == '"') {
      // Skip the string in a tight loop of its own: page JSON is mostly strings, so most bytes go here.
      for (++i; i < size && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

}  // namespace firsthand::detail
