// Body of a visible-text page: the lines text_layout.cpp located as the article, in reading order.
#include "firsthand/extract.h"
#include "text_layout.h"

namespace firsthand {

std::vector<std::string> extract_text_body(const Page& page) {
  const text::TextLayout layout = text::analyse_text_page(page);
  std::vector<std::string> paragraphs;
  paragraphs.reserve(layout.body.size());
  for (std::size_t i : layout.body) paragraphs.push_back(layout.lines[i].text);
  return paragraphs;
}

}  // namespace firsthand
