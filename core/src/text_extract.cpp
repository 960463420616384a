// Text body extraction (first cut: every line; replaced by the text-extraction work).
#include "firsthand/extract.h"

namespace firsthand {

std::vector<std::string> extract_text_body(const Page& page) {
  std::vector<std::string> out;
  for (NodeId id = 0; id < page.nodes.size(); ++id)
    if (page.nodes[id].kind == NodeKind::Element && page.nodes[id].tag == "p") out.push_back(page.text_content(id));
  return out;
}

}  // namespace firsthand
