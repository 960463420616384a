// The captions of the article's images, for the reader view: each <figure>'s <figcaption> (else its image's
// alt text) and the alt text of images outside figures, inside the element that holds the extracted body
// (the lowest common ancestor of the first and last paragraphs' text). Never part of the body: fingerprints
// and comparisons do not see them.
#include <algorithm>
#include <set>

#include "extract/metadata_sources.h"
#include "firsthand/extract.h"

namespace firsthand {
namespace {

constexpr std::size_t kMaxCaptions = 20;
constexpr std::size_t kMinAnchorBytes = 20;  // a text node this long, inside a paragraph, places that paragraph
constexpr std::size_t kMinCaptionBytes = 3;

// The first text node, in document order, whose text (collapsed) is a long enough part of `paragraph`.
NodeId text_node_in(const Page& page, const std::string& paragraph) {
  for (NodeId id = 1; id < page.nodes.size(); ++id) {
    if (page.nodes[id].kind != NodeKind::Text) continue;
    const std::string text = meta::clean_field(page.nodes[id].text);
    if (text.size() >= kMinAnchorBytes && paragraph.find(text) != std::string::npos) return id;
  }
  return kNoNode;
}

NodeId common_ancestor(const Page& page, NodeId a, NodeId b) {
  while (a != b) {
    if (page.nodes[a].depth >= page.nodes[b].depth) a = page.nodes[a].parent;
    else b = page.nodes[b].parent;
    if (a == kNoNode || b == kNoNode) return kNoNode;
  }
  return a;
}

// The subtree of `root` is the run of ids after it that are deeper (producers add nodes in document order).
NodeId subtree_end(const Page& page, NodeId root) {
  NodeId end = root + 1;
  while (end < page.nodes.size() && page.nodes[end].depth > page.nodes[root].depth) ++end;
  return end;
}

NodeId nearest(const Page& page, NodeId id, std::string_view tag, NodeId stop) {
  for (id = page.nodes[id].parent; id != kNoNode && id != stop; id = page.nodes[id].parent)
    if (page.nodes[id].tag == tag) return id;
  return kNoNode;
}

std::string alt_of(const Page& page, NodeId img) {
  const std::string* alt = page.attribute(img, "alt");
  return alt ? meta::clean_field(*alt) : "";
}

}  // namespace

std::vector<std::string> image_captions(const Page& page, const std::vector<std::string>& paragraphs) {
  if (paragraphs.empty()) return {};
  const NodeId first = text_node_in(page, paragraphs.front());
  const NodeId last = text_node_in(page, paragraphs.back());
  if (first == kNoNode || last == kNoNode) return {};
  const NodeId body = common_ancestor(page, first, last);
  if (body == kNoNode) return {};
  std::vector<std::string> captions;
  std::set<std::string> seen;
  const auto add = [&](std::string caption) {
    if (caption.size() >= kMinCaptionBytes && captions.size() < kMaxCaptions && seen.insert(caption).second)
      captions.push_back(std::move(caption));
  };
  // A figure with a caption gives the caption, once, for all its images; other images give their alt text.
  const NodeId end = subtree_end(page, body);
  for (NodeId id = body + 1; id < end; ++id) {
    const Node& node = page.nodes[id];
    if (node.kind != NodeKind::Element) continue;
    if (node.tag == "figcaption") {
      add(meta::clean_field(page.text_content(id)));
    } else if (node.tag == "img") {
      const NodeId figure = nearest(page, id, "figure", page.nodes[body].parent);
      const bool has_caption =
          figure != kNoNode && std::any_of(page.nodes.begin() + figure, page.nodes.begin() + subtree_end(page, figure),
                                           [](const Node& n) { return n.tag == "figcaption"; });
      if (!has_caption) add(alt_of(page, id));
    }
  }
  return captions;
}

}  // namespace firsthand
