// The captions of the article's images, for the reader view: each <figure>'s <figcaption> (else its image's
// alt text) and the alt text of images outside figures, inside the element that holds the extracted body
// (the lowest common ancestor of the first and last paragraphs' text). Never part of the body: fingerprints
// and comparisons do not see them.
#include <set>
#include <utility>
#include <vector>

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

// The figures of the subtree [root, end): each node's nearest figure (itself included) and whether a figure
// holds a figcaption anywhere inside. One pass in document order (a parent before its children), so that a
// figure of 40,000 images costs a pass, not a scan of the figure per image.
struct Figures {
  NodeId root;
  std::vector<NodeId> nearest;   // by id - root
  std::vector<bool> captioned;   // by id - root, for figures

  Figures(const Page& page, NodeId root_id, NodeId end) : root(root_id), nearest(end - root_id, kNoNode), captioned(end - root_id) {
    // The nearest figure around a node's parent. A page model read from page JSON need not keep document order
    // (a parent after its child, or outside the run): such a node has no figure around it.
    const auto outer = [&](NodeId id) {
      const NodeId parent = page.nodes[id].parent;
      return id == root || parent == kNoNode || parent < root || parent >= id ? kNoNode : nearest[parent - root];
    };
    for (NodeId id = root; id < end; ++id) {
      const Node& node = page.nodes[id];
      nearest[id - root] = node.kind == NodeKind::Element && node.tag == "figure" ? id : outer(id);
      if (node.kind != NodeKind::Element || node.tag != "figcaption") continue;
      // Every figure around the caption holds it; one already marked has its outer figures marked too.
      for (NodeId f = nearest[id - root]; f != kNoNode && !captioned[f - root]; f = outer(f)) captioned[f - root] = true;
    }
  }
  bool image_in_captioned_figure(NodeId img) const {
    const NodeId figure = nearest[img - root];
    return figure != kNoNode && captioned[figure - root];
  }
};

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
  const Figures figures(page, body, end);
  for (NodeId id = body + 1; id < end; ++id) {
    const Node& node = page.nodes[id];
    if (node.kind != NodeKind::Element) continue;
    if (node.tag == "figcaption") {
      add(meta::clean_field(page.text_content(id)));
    } else if (node.tag == "img" && !figures.image_in_captioned_figure(id)) {
      add(alt_of(page, id));
    }
  }
  return captions;
}

}  // namespace firsthand
