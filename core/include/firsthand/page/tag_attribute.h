// Reads one attribute of a start tag in raw markup, the way the HTML tokenizer splits name and value. Shared
// by the serialised-DOM producer and the raw-text stripping that runs before gumbo, so both read a tag alike.
#pragma once
#include <cstddef>
#include <string_view>

#include "firsthand/page/markup_chars.h"

namespace firsthand {

struct TagAttribute {
  std::string_view name;   // as written (not lower-cased)
  std::string_view value;  // without its quotes; "" when the attribute has none
};

// Reads the attribute whose name starts at html[p] (spaces and '/' before it already skipped). Returns the
// position just after it, or npos when a quoted value runs to the end of `html`.
inline std::size_t read_tag_attribute(std::string_view html, std::size_t p, TagAttribute* out) {
  constexpr std::size_t npos = std::string_view::npos;
  const std::size_t name_start = p++;  // a first '=' belongs to the name, as in the HTML tokenizer
  while (p < html.size() && !is_html_space(html[p]) && html[p] != '/' && html[p] != '>' && html[p] != '=') ++p;
  out->name = html.substr(name_start, p - name_start);
  out->value = {};
  while (p < html.size() && is_html_space(html[p])) ++p;
  if (p >= html.size() || html[p] != '=') return p;
  ++p;
  while (p < html.size() && is_html_space(html[p])) ++p;
  if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
    const std::size_t close = html.find(html[p], p + 1);
    if (close == npos) return npos;
    out->value = html.substr(p + 1, close - p - 1);
    return close + 1;
  }
  const std::size_t value_start = p;
  while (p < html.size() && !is_html_space(html[p]) && html[p] != '>') ++p;
  out->value = html.substr(value_start, p - value_start);
  return p;
}

}  // namespace firsthand
