// Fuzzes the browser's serialised-DOM producer (core/page/serialized_dom.cpp) and extraction on its page. The
// first byte chooses the rendered text: none (everything kept), the markup's own text with the tags cut out
// (an alignment that mostly succeeds), or the second half of the input (one that mostly fails).
#include <algorithm>
#include <string>

#include "firsthand/extract.h"
#include "firsthand/page/limits.h"
#include "firsthand/page/page_json.h"
#include "firsthand/page/serialized_dom.h"
#include "fuzz_support.h"

using namespace firsthand;

namespace {

// The text of the markup, roughly: everything outside '<' ... '>'.
std::string text_outside_tags(std::string_view html) {
  std::string out;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    else if (c == '>') in_tag = false;
    else if (!in_tag) out.push_back(c);
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view html = fuzz::as_text(data + 1, size - 1);
  std::string visible;
  switch (data[0] % 3) {
    case 0: break;
    case 1: visible = text_outside_tags(html); break;
    default:
      visible = std::string(html.substr(html.size() / 2));
      html = html.substr(0, html.size() / 2);
  }
  auto page = page_from_serialized_dom(html, visible, "https://fuzz.example/page");
  fuzz::require(page.ok(), "page_from_serialized_dom failed below the size limit");
  for (const Node& node : page->nodes) {
    fuzz::require(fuzz::valid_utf8(node.text) && fuzz::valid_utf8(node.tag), "node text is not valid UTF-8");
    fuzz::require(node.depth <= limits::kMaxDepth + 1, "a node is deeper than the depth limit");
  }
  // Visibility only removes: never more nodes than the same markup read without rendered text.
  const auto unfiltered = page_from_serialized_dom(html, "", "");
  fuzz::require(page->nodes.size() <= unfiltered->nodes.size(), "visibility added nodes");
  fuzz::check_article(extract(page.value()));
  auto back = page_from_json(page_to_json(page.value()));
  fuzz::require(back.ok(), "page JSON of a produced page does not load");
  fuzz::require(back->nodes.size() == page->nodes.size(), "page JSON round trip changed the node count");
  return 0;
}
