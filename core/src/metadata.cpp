// Metadata extraction (first cut: <title> and <html lang>; owned and completed by the metadata work).
#include "firsthand/extract.h"

namespace firsthand {

Metadata extract_metadata(const Page& page) {
  Metadata meta;
  for (NodeId id = 0; id < page.nodes.size(); ++id) {
    const Node& n = page.nodes[id];
    if (n.kind != NodeKind::Element) continue;
    if (n.tag == "title" && meta.title.empty()) meta.title = page.text_content(id);
    if (n.tag == "html")
      if (const auto* lang = page.attribute(id, "lang")) meta.language = *lang;
  }
  return meta;
}

void find_credits_in_body(const std::vector<std::string>&, Metadata&) {}

}  // namespace firsthand
