// Plain visible text -> page model: one block element per line, bullets as list items, blank lines kept as
// paragraph boundaries (an empty <br> block) because text extraction uses them.
#include "firsthand/page/text_producer.h"

#include <string>

namespace firsthand {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// "•", "-", "*", "·" followed by a space mark a list item; returns the text after the marker or npos.
std::size_t bullet_end(std::string_view line) {
  for (std::string_view marker : {"\xE2\x80\xA2 ", "- ", "* ", "\xC2\xB7 "})
    if (line.substr(0, marker.size()) == marker) return marker.size();
  return std::string_view::npos;
}

}  // namespace

Page page_from_text(std::string_view text) {
  Page page;
  page.source = PageSource::Text;
  const NodeId body = page.add_element(Page::root(), "body");
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(start, end - start);
    const std::string_view line = trim(raw);
    if (line.empty()) {
      page.add_element(body, "br");
    } else if (const auto b = bullet_end(line); b != std::string_view::npos) {
      const std::size_t indent = raw.find_first_not_of(" \t");  // nesting level of the menu item
      const NodeId li = page.add_element(body, "li", {{"data-indent", std::to_string(indent)}});
      page.add_text(li, trim(line.substr(b)));
    } else {
      page.add_text(page.add_element(body, "p"), line);
    }
    start = end + 1;
  }
  return page;
}

}  // namespace firsthand
