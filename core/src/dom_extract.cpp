// DOM body extraction (first cut: every <p>; replaced by the clutter-removal work).
#include "firsthand/extract.h"

namespace firsthand {

std::vector<std::string> extract_dom_body(const Page& page) {
  std::vector<std::string> out;
  for (NodeId id = 0; id < page.nodes.size(); ++id)
    if (page.nodes[id].kind == NodeKind::Element && page.nodes[id].tag == "p") {
      auto text = page.text_content(id);
      if (!text.empty()) out.push_back(std::move(text));
    }
  return out;
}

}  // namespace firsthand
