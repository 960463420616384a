// Finding the article's lead outside the chosen body (see dom_lead.h). The lead is trusted only as a class
// word beside a short prose text close before the body: a "teaser" far from it is a list of other stories.
#include "dom_lead.h"

#include "dom_hints.h"
#include "text_signals.h"

namespace firsthand::dom {

namespace {

constexpr int kScopeLevels = 3;             // how far above the body the lead's common ancestor may be
constexpr std::size_t kMinLeadBytes = 40;   // shorter: a label or a date
constexpr std::size_t kMaxLeadBytes = 1200; // longer: a second body, not a lead
constexpr double kMaxLinkShare = 0.3;

bool is_ancestor(const Page& page, NodeId up, NodeId id) {
  for (NodeId at = id; at != kNoNode; at = page.nodes[at].parent)
    if (at == up) return true;
  return false;
}

// The nearest element from `owner` up to (not including) `scope` that names itself a lead.
NodeId lead_element(const Page& page, NodeId owner, NodeId scope) {
  for (NodeId at = owner; at != kNoNode && at != scope; at = page.nodes[at].parent)
    if (page.nodes[at].kind == NodeKind::Element && is_lead_hint(page, at) && element_hint(page, at) != Hint::Clutter)
      return at;
  return kNoNode;
}

}  // namespace

std::vector<std::string> lead_before(const Page& page, const std::vector<Block>& blocks, NodeId body_root) {
  NodeId scope = body_root;
  for (int level = 0; level < kScopeLevels; ++level) {
    const NodeId parent = page.nodes[scope].parent;
    if (parent == kNoNode || parent == Page::root() || page.nodes[parent].tag == "body") break;
    scope = parent;
  }
  NodeId lead = kNoNode;
  std::vector<std::string> texts;
  std::size_t bytes = 0, link_bytes = 0;
  bool prose = false;
  for (const Block& block : blocks) {
    if (block.owner <= scope || block.owner >= body_root) continue;
    if (is_ancestor(page, block.owner, body_root)) continue;  // the wrappers' own loose text
    const NodeId element = lead_element(page, block.owner, scope);
    if (element == kNoNode || (lead != kNoNode && element != lead && !is_ancestor(page, lead, element))) {
      if (lead != kNoNode) break;  // the lead ended
      continue;
    }
    lead = lead == kNoNode ? element : lead;
    // The headline is not the lead, but a heading element styled as one ("h2 class=article-lead") is.
    if (is_heading(page.nodes[block.owner].tag) && block.owner != element) continue;
    const bool reads_as_prose = block.text.size() >= 100 || text::is_unspaced_script(block.text) ||
                                text::stop_word_ratio(block.text) >= 0.08;
    // A name, a section label or a date beside it: a header that holds the byline, not a lead of its own.
    if (!reads_as_prose && block.text.size() < kMinLeadBytes) return {};
    texts.push_back(block.text);
    bytes += block.text.size();
    link_bytes += block.link_chars;
    prose = prose || reads_as_prose;
  }
  if (!prose || bytes < kMinLeadBytes || bytes > kMaxLeadBytes ||
      static_cast<double>(link_bytes) > kMaxLinkShare * static_cast<double>(bytes))
    return {};
  return texts;
}

}  // namespace firsthand::dom
