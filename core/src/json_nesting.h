// A linear pre-check of JSON nesting. nlohmann's parser recurses once per level, so hostile input (page JSON
// from the content script, JSON-LD from a page) is measured with this before it is parsed.
#pragma once
#include <string_view>

namespace firsthand::detail {

// True when no array or object in `text` is nested deeper than `max_depth` (strings are skipped).
inline bool json_nesting_within(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

}  // namespace firsthand::detail
