// Finding the article's lead outside the chosen body (see dom_lead.h). The lead is trusted only as a class
// word beside a short prose text close before the body: a "teaser" far from it is a list of other stories.
// Where no element names itself a lead (or the one that does holds a byline, not a lead), a long paragraph
// close before the body that the page's own description repeats is one: the publisher summed the story up
// with the deck's words.
#include "dom_lead.h"

#include <string_view>

#include "dom_hints.h"
#include "text_signals.h"

namespace firsthand::dom {

namespace {

constexpr int kScopeLevels = 3;             // how far above the body the lead's common ancestor may be
constexpr int kDescribedScopeLevels = 5;    // ...when the page's description vouches for the lead
constexpr std::size_t kMinLeadBytes = 40;   // shorter: a label or a date
constexpr std::size_t kMaxLeadBytes = 1200; // longer: a second body, not a lead
constexpr double kMaxLinkShare = 0.3;
// A deck found by the description alone must be a paragraph of this many bytes: shorter one-line decks beside
// the headline are left out of the article by reference extractions (AEB).
constexpr std::size_t kMinDescribedLeadBytes = 180;
constexpr std::size_t kMinSharedPrefixBytes = 100;  // a description cut short must still hold this much of it

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

// The ancestor of the body, a few levels up, under which a lead counts as close to it.
NodeId lead_scope(const Page& page, NodeId body_root, int levels) {
  NodeId scope = body_root;
  for (int level = 0; level < levels; ++level) {
    const NodeId parent = page.nodes[scope].parent;
    if (parent == kNoNode || parent == Page::root() || page.nodes[parent].tag == "body") break;
    scope = parent;
  }
  return scope;
}

// The blocks under `scope` before the body, other than the body's wrappers' own loose text.
bool is_before_body(const Page& page, const Block& block, NodeId scope, NodeId body_root) {
  return block.owner > scope && block.owner < body_root && !is_ancestor(page, block.owner, body_root);
}

// The lead an element names by its class or id; nothing when no element close before the body does, or when
// the one that does holds no lead's prose.
std::vector<std::string> hinted_lead(const Page& page, const std::vector<Block>& blocks, NodeId scope,
                                     NodeId body_root) {
  NodeId lead = kNoNode;
  std::vector<std::string> texts;
  std::size_t bytes = 0, link_bytes = 0;
  bool prose = false;
  for (const Block& block : blocks) {
    if (!is_before_body(page, block, scope, body_root)) continue;
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

bool is_description_key(std::string_view key) {
  return key == "description" || key == "og:description" || key == "twitter:description";
}

// The page's own summaries (<meta name=description>, og: and twitter: descriptions), whitespace collapsed and
// without the ellipsis of one cut short.
std::vector<std::string> page_descriptions(const Page& page) {
  std::vector<std::string> descriptions;
  for (NodeId id = 1; id < page.nodes.size(); ++id) {
    const Node& node = page.nodes[id];
    if (node.kind != NodeKind::Element || node.tag != "meta") continue;
    const std::string* content = page.attribute(id, "content");
    const std::string* key = page.attribute(id, "name");
    if (key == nullptr) key = page.attribute(id, "property");
    if (content == nullptr || key == nullptr || !is_description_key(text::collapse_whitespace(*key))) continue;
    std::string text = text::collapse_whitespace(*content);
    for (std::string_view cut : {"\xE2\x80\xA6", "..."})  // "…", "..."
      if (text.ends_with(cut)) text = text::collapse_whitespace(std::string_view(text).substr(0, text.size() - cut.size()));
    if (!text.empty()) descriptions.push_back(std::move(text));
  }
  return descriptions;
}

// The description says the block's words: the whole block, or its opening cut short by the description's length.
bool repeats(std::string_view description, std::string_view block) {
  if (description.find(block) != std::string_view::npos) return true;
  return description.size() >= kMinSharedPrefixBytes && block.starts_with(description);
}

// The last long block close before the body that one of the page's descriptions repeats.
std::vector<std::string> described_lead(const Page& page, const std::vector<Block>& blocks, NodeId scope,
                                        NodeId body_root) {
  const Block* found = nullptr;
  std::vector<std::string> descriptions;
  for (const Block& block : blocks) {
    if (block.text.size() < kMinDescribedLeadBytes || block.text.size() > kMaxLeadBytes ||
        !is_before_body(page, block, scope, body_root) || page.nodes[block.owner].tag == "h1" ||
        static_cast<double>(block.link_chars) > kMaxLinkShare * static_cast<double>(block.text.size()))
      continue;
    if (descriptions.empty()) descriptions = page_descriptions(page);  // read only for pages with a candidate
    for (const std::string& description : descriptions)
      if (repeats(description, block.text)) found = &block;
  }
  if (found == nullptr) return {};
  return {found->text};
}

}  // namespace

std::vector<std::string> lead_before(const Page& page, const std::vector<Block>& blocks, NodeId body_root) {
  if (auto lead = hinted_lead(page, blocks, lead_scope(page, body_root, kScopeLevels), body_root); !lead.empty())
    return lead;
  return described_lead(page, blocks, lead_scope(page, body_root, kDescribedScopeLevels), body_root);
}

}  // namespace firsthand::dom
