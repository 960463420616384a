// DOM body extraction: clutter removal and main-body selection for HTML pages (gumbo) and live-DOM pages.
//
// How (in the spirit of Readability and trafilatura, tuned on the AEB benchmark):
//   1. build_blocks: the visible page as text blocks; hidden elements and tags that never hold prose are gone.
//   2. Score containers: every prose-like block (long enough, not link-dense, with stop words when the script
//      has them) gives points to its nearest ancestors; class/id/role hints add or subtract. The best container,
//      adjusted by its link density, is the body's core; one under a clutter hint (a long comment) only when
//      no clean container comes close or a clean one holds it (the hint is then on the article's own wrapper).
//   3. Widen: climb to a parent that scores better (Readability's climb), then to ancestors holding twice the
//      core's prose or a twin of the wrapper we came from (articles split into chunks between ad slots), then
//      take the core's siblings that score close to it or read as prose.
//   4. Prune inside: subtrees hinted as clutter (share bars, related lists, bylines...), comment forms,
//      link-dense lists and boxes, link-dense or boilerplate blocks, and the page title are dropped; never the core's own wrappers.
//      When that leaves under 500 bytes and most of the prose is gone, layout-word boxes (header, widget,
//      sidebar) are kept after all (Readability's retry without its flags).
//   5. trafilatura's fallback: the page's own articleBody / <article> / <main>, when it alone holds four times
//      the text.
//   6. The lead a template set apart in the article's header (dom_lead.h) goes before the body.
// Every pass is a loop over node ids or blocks: every producer gives a parent a smaller id than its children,
// so subtree totals are one reverse pass and inherited flags one forward pass. Nothing recurses.
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "dom_blocks.h"
#include "dom_hints.h"
#include "dom_lead.h"
#include "firsthand/extract.h"
#include "text_signals.h"

namespace firsthand {

namespace {

using dom::Block;
using dom::Hint;

constexpr std::size_t kMinScoredBlockBytes = 25;  // shorter blocks are captions, labels, buttons
constexpr int kMaxScoredAncestors = 5;            // how far up a paragraph's points reach
constexpr double kHintWeight = 10;                // points a class/id hint adds or removes
constexpr double kWidenGain = 2.0;                // an ancestor with this much more prose joins the body
constexpr double kMinKeptProseShare = 0.4;        // pruning that keeps less of the body's prose is retried,
constexpr std::size_t kRetryBelowBytes = 500;     // when it also kept less than this (Readability's threshold)
constexpr double kCloseScoreShare = 0.75;         // Readability: candidates within this share of the best
constexpr std::size_t kMinCloseCandidates = 3;    // ...this many of them share the body's ancestor
constexpr double kCoveredLead = 0.5;              // a candidate outside clutter this close to the best wins
constexpr double kDeclaredGain = 4.0;             // the page's own <article>/<main> wins when it holds this much more

double link_density(std::size_t link_chars, std::size_t chars) {
  return chars == 0 ? 0.0 : static_cast<double>(link_chars) / static_cast<double>(chars);
}

bool has_alphanumeric(std::string_view text) {
  for (unsigned char c : text)
    if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80) return true;
  return false;
}

std::size_t count_commas(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') ++n;
    else if (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xE3\x80\x81") == 0) ++n;  // ，、
  }
  return n;
}

// Per-node facts the passes share; hints are computed on first use (RE2 only for elements we look at).
class PageFacts {
 public:
  PageFacts(const Page& page, const dom::BlockedPage& blocked) : page_(page), blocked_(blocked) {
    const std::size_t n = page.nodes.size();
    chars_.assign(n, 0);
    link_chars_.assign(n, 0);
    hint_.assign(n, kUnknown);
    subtree_end_.resize(n);
    for (std::size_t id = 0; id < n; ++id) subtree_end_[id] = static_cast<NodeId>(id);
    for (const Block& b : blocked.blocks) {
      chars_[b.owner] += b.text.size();
      link_chars_[b.owner] += b.link_chars;
    }
    for (std::size_t id = n; id-- > 1;) {
      const NodeId parent = page.nodes[id].parent;
      if (parent == kNoNode) continue;
      chars_[parent] += chars_[id];
      link_chars_[parent] += link_chars_[id];
      subtree_end_[parent] = std::max(subtree_end_[parent], subtree_end_[id]);
    }
  }

  const Page& page() const { return page_; }
  std::size_t chars(NodeId id) const { return chars_[id]; }
  std::size_t link_chars(NodeId id) const { return link_chars_[id]; }
  double link_density(NodeId id) const { return firsthand::link_density(link_chars_[id], chars_[id]); }
  bool walked(NodeId id) const { return blocked_.walked[id]; }
  const std::vector<Block>& blocks() const { return blocked_.blocks; }
  // The last node of `id`'s subtree: producers number nodes in document order, so a subtree is an id range.
  NodeId subtree_end(NodeId id) const { return subtree_end_[id]; }

  Hint hint(NodeId id) {
    classify(id);
    return static_cast<Hint>(hint_[id] & kHintBits);
  }
  // Whether the element's class/id names a recipe's ingredients: read with its hint, from the same class words.
  bool ingredients(NodeId id) {
    classify(id);
    return (hint_[id] & kIngredientsBit) != 0;
  }

 private:
  static constexpr std::int8_t kUnknown = -1;
  static constexpr std::int8_t kHintBits = 0x0f;
  static constexpr std::int8_t kIngredientsBit = 0x10;

  void classify(NodeId id) {
    if (hint_[id] != kUnknown) return;
    if (page_.nodes[id].kind != NodeKind::Element) {
      hint_[id] = static_cast<std::int8_t>(Hint::Neutral);
      return;
    }
    const dom::ElementHints hints = dom::element_hints(page_, id);
    hint_[id] = static_cast<std::int8_t>(static_cast<std::int8_t>(hints.hint) | (hints.ingredients ? kIngredientsBit : 0));
  }
  const Page& page_;
  const dom::BlockedPage& blocked_;
  std::vector<std::size_t> chars_;
  std::vector<std::size_t> link_chars_;
  std::vector<std::int8_t> hint_;
  std::vector<NodeId> subtree_end_;
};

// Readability's starting points per tag: containers of prose start higher than lists and headings.
double tag_base_score(std::string_view tag) {
  if (tag == "div" || tag == "article" || tag == "main" || tag == "section") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "address" || tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" || tag == "li")
    return -3;
  if (dom::is_heading(tag) || tag == "th") return -5;
  return 0;
}

double hint_score(Hint hint) {
  return hint == Hint::Content ? kHintWeight : dom::is_clutter(hint) ? -kHintWeight : 0.0;
}

// A block that reads like article prose, worth points for its containers.
bool is_prose_block(const Block& block) {
  if (block.text.size() < kMinScoredBlockBytes) return false;
  if (link_density(block.link_chars, block.text.size()) > 0.5) return false;
  // Menus and tag lists have almost no function words; scripts written without spaces cannot be judged so.
  return block.text.size() >= 200 || text::is_unspaced_script(block.text) || text::stop_word_ratio(block.text) >= 0.08;
}

struct Scores {
  std::vector<double> value;   // raw points (valid where `scored`)
  std::vector<bool> scored;
};

Scores score_containers(PageFacts& facts, const std::vector<Block>& blocks) {
  const Page& page = facts.page();
  Scores scores{std::vector<double>(page.nodes.size(), 0.0), std::vector<bool>(page.nodes.size(), false)};
  for (const Block& block : blocks) {
    if (!is_prose_block(block)) continue;
    const double points = 1.0 + static_cast<double>(count_commas(block.text)) +
                          std::min(static_cast<double>(block.text.size() / 100), 3.0);
    NodeId ancestor = page.nodes[block.owner].parent;
    // The owner itself counts when it is a loose-text container (a div holding text directly), whether or
    // not a paragraph inside it was scored first (Readability wraps such text in a paragraph of the div).
    if (page.nodes[block.owner].tag != "p") ancestor = block.owner;
    for (int level = 0; level < kMaxScoredAncestors && ancestor != kNoNode && ancestor != Page::root(); ++level) {
      if (!scores.scored[ancestor]) {
        scores.scored[ancestor] = true;
        scores.value[ancestor] = tag_base_score(page.nodes[ancestor].tag) + hint_score(facts.hint(ancestor));
      }
      const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
      scores.value[ancestor] += points / divider;
      ancestor = page.nodes[ancestor].parent;
    }
  }
  return scores;
}

double final_score(const PageFacts& facts, const Scores& scores, NodeId id) {
  return scores.value[id] * (1.0 - facts.link_density(id));
}

// Per node: under (or at) an element whose class hints clutter (comments, related lists...), other than
// the nodes of `protected_path`.
std::vector<bool> clutter_cover(PageFacts& facts, const std::vector<bool>& protected_path) {
  const Page& page = facts.page();
  std::vector<bool> covered(page.nodes.size(), false);
  for (NodeId id = 1; id < page.nodes.size(); ++id) {
    const NodeId parent = page.nodes[id].parent;
    covered[id] = (parent != kNoNode && covered[parent]) ||
                  (facts.walked(id) && !protected_path[id] && !page.nodes[id].attributes.empty() &&
                   dom::is_clutter(facts.hint(id)));
  }
  return covered;
}

// The best-scoring container; one under a clutter hint (a long comment) only when no container outside
// clutter scores at least kCoveredLead of it, or when that container holds it (then the hint is on the
// article's own wrapper, as in "entry share").
NodeId best_container(PageFacts& facts, const Scores& scores) {
  const std::vector<bool> covered = clutter_cover(facts, std::vector<bool>(facts.page().nodes.size(), false));
  NodeId best = kNoNode, best_clean = kNoNode;
  double best_score = 0, best_clean_score = 0;
  for (NodeId id = 0; id < scores.value.size(); ++id) {
    if (!scores.scored[id]) continue;
    const double s = final_score(facts, scores, id);
    if (best == kNoNode || s > best_score) {
      best = id;
      best_score = s;
    }
    if (!covered[id] && (best_clean == kNoNode || s > best_clean_score)) {
      best_clean = id;
      best_clean_score = s;
    }
  }
  if (best_clean == kNoNode || best_clean_score < kCoveredLead * best_score) return best;
  // A clean container around the best one: the hint sits on the article's own wrapper, not on a widget.
  for (NodeId up = best; up != kNoNode; up = facts.page().nodes[up].parent)
    if (up == best_clean) return best;
  return best_clean;
}

// Readability's rule for fragmented articles: when several other candidates score close to the best one
// (page builders' sibling boxes), the nearest ancestor holding at least kMinCloseCandidates of them is the body.
NodeId common_ancestor_of_close(const Page& page, const PageFacts& facts, const Scores& scores, NodeId top) {
  const double top_score = final_score(facts, scores, top);
  std::vector<NodeId> close;
  for (NodeId id = 0; id < scores.value.size(); ++id)
    if (id != top && scores.scored[id] && final_score(facts, scores, id) >= kCloseScoreShare * top_score)
      close.push_back(id);
  if (close.size() < kMinCloseCandidates) return top;
  std::vector<int> holds(page.nodes.size(), 0);  // close candidates under each node
  for (NodeId id : close)
    for (NodeId up = page.nodes[id].parent; up != kNoNode; up = page.nodes[up].parent) ++holds[up];
  for (NodeId up = page.nodes[top].parent; up != kNoNode && up != Page::root(); up = page.nodes[up].parent) {
    if (page.nodes[up].tag == "body") break;
    if (holds[up] >= static_cast<int>(kMinCloseCandidates)) return up;
  }
  return top;
}

// Readability's climb: a parent whose score rises above the core's is the better container (the article
// was split into several scored wrappers); stop when scores fall too low.
NodeId climb(const Page& page, const PageFacts& facts, const Scores& scores, NodeId top) {
  double last = final_score(facts, scores, top);
  const double floor = last / 3.0;
  for (NodeId parent = page.nodes[top].parent; parent != kNoNode && parent != Page::root();
       parent = page.nodes[parent].parent) {
    if (page.nodes[parent].tag == "body") break;
    if (!scores.scored[parent]) continue;
    const double s = final_score(facts, scores, parent);
    if (s < floor) break;
    if (s > last) return parent;
    last = s;
  }
  return top;
}

// Per node: whether it is `core` or one of its ancestors. The chosen body is never pruned by a class hint on
// its own wrappers ("entry share", "newsletter-post", "page-header"): the scores already chose it over them.
std::vector<bool> core_path(const Page& page, NodeId core) {
  std::vector<bool> on_path(page.nodes.size(), false);
  for (NodeId id = core; id != kNoNode; id = page.nodes[id].parent) on_path[id] = true;
  return on_path;
}

// Prose bytes per subtree, leaving out blocks under clutter-hinted elements (comments, related lists...)
// other than the core's own wrappers.
std::vector<std::size_t> prose_bytes(PageFacts& facts, const std::vector<Block>& blocks,
                                     const std::vector<bool>& protected_path) {
  const Page& page = facts.page();
  const std::size_t n = page.nodes.size();
  const std::vector<bool> under_clutter = clutter_cover(facts, protected_path);
  std::vector<std::size_t> prose(n, 0);
  for (const Block& block : blocks)
    if (!under_clutter[block.owner] && is_prose_block(block)) prose[block.owner] += block.text.size();
  for (std::size_t id = n; id-- > 1;)
    if (page.nodes[id].parent != kNoNode) prose[page.nodes[id].parent] += prose[id];
  return prose;
}

// A sibling built like `child` (same tag and class) that also holds prose: a repeated body chunk.
bool has_twin_with_prose(const Page& page, const std::vector<std::size_t>& prose, NodeId child) {
  const NodeId parent = page.nodes[child].parent;
  const std::string* cls = page.attribute(child, "class");
  for (NodeId sibling : page.nodes[parent].children) {
    if (sibling == child || prose[sibling] == 0 || page.nodes[sibling].tag != page.nodes[child].tag) continue;
    const std::string* sibling_cls = page.attribute(sibling, "class");
    if ((cls == nullptr) == (sibling_cls == nullptr) && (cls == nullptr || *cls == *sibling_cls)) return true;
  }
  return false;
}

// The article is sometimes split over several wrappers that are cousins, not siblings (a body component
// per few paragraphs, separated by ad slots): climb while an ancestor holds much more prose than the core,
// or holds a twin of the wrapper we came from.
NodeId widen_to_prose(const Page& page, const std::vector<std::size_t>& prose, NodeId top) {
  NodeId child = top;
  for (NodeId parent = page.nodes[top].parent; parent != kNoNode && parent != Page::root();
       child = parent, parent = page.nodes[parent].parent) {
    if (page.nodes[parent].tag == "body" || page.nodes[parent].tag == "html") break;
    if (prose[parent] == prose[top]) continue;  // a plain wrapper: look further up
    if (static_cast<double>(prose[parent]) < kWidenGain * static_cast<double>(prose[top]) &&
        !has_twin_with_prose(page, prose, child))
      break;
    top = parent;
  }
  return top;
}

// Siblings of the core that belong to the article: scored close to it, or prose paragraphs of their own.
std::vector<NodeId> with_siblings(PageFacts& facts, const Scores& scores, NodeId top) {
  const Page& page = facts.page();
  const NodeId parent = page.nodes[top].parent;
  if (parent == kNoNode || parent == Page::root()) return {top};
  const double top_score = final_score(facts, scores, top);
  const double threshold = std::max(10.0, top_score * 0.2);
  const std::string* top_class = page.attribute(top, "class");
  std::vector<NodeId> chosen;
  for (NodeId sibling : page.nodes[parent].children) {
    if (sibling == top) {
      chosen.push_back(sibling);
      continue;
    }
    if (!facts.walked(sibling) || page.nodes[sibling].kind != NodeKind::Element || facts.chars(sibling) == 0) continue;
    if (dom::is_clutter(facts.hint(sibling))) continue;
    double bonus = 0;
    const std::string* cls = page.attribute(sibling, "class");
    if (top_class && cls && !cls->empty() && *cls == *top_class) bonus = top_score * 0.2;
    bool keep = scores.scored[sibling] && final_score(facts, scores, sibling) + bonus >= threshold;
    if (!keep && page.nodes[sibling].tag == "p") {
      const double density = facts.link_density(sibling);
      const std::size_t chars = facts.chars(sibling);
      keep = (chars > 80 && density < 0.25) || (chars > 0 && density == 0 && chars <= 80 &&
                                                 page.text_content(sibling).find(". ") != std::string::npos);
    }
    if (keep) chosen.push_back(sibling);
  }
  return chosen;
}

// A recipe's ingredients sit in a box of their own beside the method, often with no prose to score: the
// outermost boxes the page names as ingredients (dom::ElementHints) close around the body join it. "Close" is
// within kIngredientLevels above the body, so a sidebar of other recipes' ingredients stays out.
constexpr int kIngredientLevels = 3;
void add_ingredients(PageFacts& facts, NodeId top, std::vector<NodeId>& roots) {
  const Page& page = facts.page();
  NodeId scope = top;
  for (int level = 0; level < kIngredientLevels; ++level) {
    const NodeId parent = page.nodes[scope].parent;
    if (parent == kNoNode || parent == Page::root() || page.nodes[parent].tag == "body") break;
    scope = parent;
  }
  const std::vector<NodeId> body = roots;
  const auto overlaps_body = [&](NodeId id) {
    return std::any_of(body.begin(), body.end(), [&](NodeId root) {
      return (root >= id && root <= facts.subtree_end(id)) || (id >= root && id <= facts.subtree_end(root));
    });
  };
  for (NodeId id = scope + 1; id <= facts.subtree_end(scope); ++id) {
    if (page.nodes[id].kind != NodeKind::Element || !facts.walked(id) || facts.chars(id) == 0 || overlaps_body(id) ||
        !facts.ingredients(id) || facts.hint(id) == Hint::Clutter || facts.link_density(id) > 0.5)
      continue;
    roots.push_back(id);
    id = facts.subtree_end(id);
  }
}

// A list inside the article whose items mostly say something besides their links ("Ann fixed the print
// preview (Bug 12)") is part of it however many links it holds (Readability keeps every list in the article);
// a list of bare links (tags, contributors) is not, nor one after the article's last prose, where sites put
// their half-linked "more stories" headlines.
constexpr std::size_t kAnnotatedItemBytes = 30;  // text outside links that makes an item more than a link
bool is_annotated_link_list(const PageFacts& facts, NodeId list, NodeId last_prose_owner) {
  const Page& page = facts.page();
  if (last_prose_owner == kNoNode || facts.subtree_end(list) >= last_prose_owner) return false;
  std::size_t items = 0, annotated = 0;
  for (NodeId child : page.nodes[list].children) {
    if (page.nodes[child].tag != "li" || facts.chars(child) == 0) continue;
    ++items;
    annotated += facts.chars(child) - facts.link_chars(child) >= kAnnotatedItemBytes;
  }
  return items >= 2 && 2 * annotated >= items;
}

// A form with a text area is a comment or reply form ("Leave a reply", name, email, "Post comment"): its labels
// and notes read as sentences, so only its shape tells it apart. ASP.NET pages wrap the whole page in one form,
// but that form is then on the body's own path, which is never pruned.
bool is_comment_form(const PageFacts& facts, NodeId id) {
  const Page& page = facts.page();
  if (page.nodes[id].tag != "form") return false;
  for (NodeId inner = id + 1; inner <= facts.subtree_end(id); ++inner)
    if (page.nodes[inner].kind == NodeKind::Element && page.nodes[inner].tag == "textarea") return true;
  return false;
}

bool is_list_or_box(std::string_view tag) {
  return tag == "ul" || tag == "ol" || tag == "dl" || tag == "div" || tag == "section" || tag == "table";
}

// How hard body_nodes prunes: Strict drops class-hinted widgets, layout boxes and link-dense boxes; Loose (the
// retry when Strict left little of the prose, as Readability retries without its flags) keeps layout boxes.
enum class Pruning { Strict, Loose };

// Per node: whether its text belongs to the body (inside a chosen root and under no pruned subtree), and
// whether it is an item of a list the article keeps as its own (Readability keeps every list in the article):
// one the rules below keep, or one nested in such a list's item ("In progress:" over a list of bug links). An
// item there that is mostly a link is one entry of the list, kept. Only the item's own text: a site that sets
// its whole story in one item of a list keeps its usual rules inside it.
struct BodyNodes {
  std::vector<bool> in_body;
  std::vector<bool> entry_of_kept_list;  // an <li> of such a list (its own text, not its nested boxes)
};

bool is_list(std::string_view tag) { return tag == "ul" || tag == "ol"; }

BodyNodes body_nodes(PageFacts& facts, const std::vector<NodeId>& roots, const std::vector<bool>& protected_path,
                     Pruning pruning) {
  const Page& page = facts.page();
  const std::size_t n = page.nodes.size();
  std::vector<std::uint8_t> state(n, 0);  // 0 outside, 1 in body, 2 pruned
  std::vector<bool> kept_list(n, false), entry_of_kept_list(n, false);
  NodeId last_prose_owner = kNoNode;
  for (NodeId root : roots) {
    state[root] = 1;
    for (const Block& block : facts.blocks())
      if (block.owner >= root && block.owner <= facts.subtree_end(root) && is_prose_block(block) &&
          (last_prose_owner == kNoNode || block.owner > last_prose_owner))
        last_prose_owner = block.owner;
  }
  for (NodeId id = 1; id < n; ++id) {
    const NodeId parent = page.nodes[id].parent;
    if (parent != kNoNode) entry_of_kept_list[id] = page.nodes[id].tag == "li" && kept_list[parent];
    if (state[id] == 1 || parent == kNoNode || state[parent] != 1) {
      if (state[id] == 0 && parent != kNoNode) state[id] = state[parent];
      continue;
    }
    const Node& node = page.nodes[id];
    bool prune = false;
    if (node.kind == NodeKind::Element && !protected_path[id]) {
      const Hint hint = facts.hint(id);
      prune = hint == Hint::Clutter || (pruning == Pruning::Strict && hint == Hint::Layout) ||
              is_comment_form(facts, id);
      const double density = facts.link_density(id);
      const bool list = is_list(node.tag);
      const bool nested_in_kept = list && entry_of_kept_list[parent];
      if (!prune && !nested_in_kept && is_list_or_box(node.tag)) {
        prune = density > 0.5 || (list && density > 0.3);
        if (prune && list) prune = !is_annotated_link_list(facts, id, last_prose_owner);
      }
      kept_list[id] = list && !prune;
    }
    state[id] = prune ? 2 : 1;
  }
  std::vector<bool> in_body(n);
  for (std::size_t id = 0; id < n; ++id) in_body[id] = state[id] == 1;
  return {std::move(in_body), std::move(entry_of_kept_list)};
}

bool keep_block(const Page& page, const Block& block, bool list_entry) {
  const std::string& tag = page.nodes[block.owner].tag;
  if (tag == "h1") return false;  // the page title, reported in metadata, not body
  if (!has_alphanumeric(block.text)) return false;
  if (!list_entry && link_density(block.link_chars, block.text.size()) > 0.5) return false;
  return !dom::is_boilerplate_text(block.text);
}

// The body's blocks: those under `in_body` nodes that read as text, not furniture. Headings that end the body
// head nothing of it: their section ("Read more", "About the author", "More on this topic") was a list of links
// or a widget that pruning took away, so they go too; unless the body is nothing but headings (a stub page), where
// they are all there is to read.
std::vector<std::string> body_paragraphs(const Page& page, const std::vector<Block>& blocks, const BodyNodes& body) {
  std::vector<std::string> paragraphs;
  std::size_t before_trailing_headings = 0;
  for (const Block& block : blocks) {
    if (!body.in_body[block.owner] || !keep_block(page, block, body.entry_of_kept_list[block.owner])) continue;
    paragraphs.push_back(block.text);
    if (!dom::is_heading(page.nodes[block.owner].tag)) before_trailing_headings = paragraphs.size();
  }
  if (before_trailing_headings > 0) paragraphs.resize(before_trailing_headings);
  return paragraphs;
}

std::size_t total_bytes(const std::vector<std::string>& paragraphs) {
  std::size_t n = 0;
  for (const auto& p : paragraphs) n += p.size();
  return n;
}

// Prose bytes (unpruned) under the chosen roots: what pruning is measured against.
std::size_t prose_under(const Page& page, const std::vector<Block>& blocks, const std::vector<NodeId>& roots) {
  std::vector<bool> inside(page.nodes.size(), false);
  for (NodeId root : roots) inside[root] = true;
  for (NodeId id = 1; id < page.nodes.size(); ++id)
    if (page.nodes[id].parent != kNoNode && inside[page.nodes[id].parent]) inside[id] = true;
  std::size_t n = 0;
  for (const Block& block : blocks)
    if (inside[block.owner] && is_prose_block(block)) n += block.text.size();
  return n;
}

// The body under `roots`, pruned; class hints that removed most of the prose were wrong about this page, so
// then it is taken again keeping the hinted boxes.
std::vector<std::string> paragraphs_under(PageFacts& facts, const std::vector<Block>& blocks,
                                          const std::vector<NodeId>& roots, const std::vector<bool>& protected_path) {
  const Page& page = facts.page();
  std::vector<std::string> paragraphs =
      body_paragraphs(page, blocks, body_nodes(facts, roots, protected_path, Pruning::Strict));
  const std::size_t kept = total_bytes(paragraphs);
  if (kept < kRetryBelowBytes && static_cast<double>(kept) < kMinKeptProseShare * static_cast<double>(prose_under(page, blocks, roots)))
    paragraphs = body_paragraphs(page, blocks, body_nodes(facts, roots, protected_path, Pruning::Loose));
  return paragraphs;
}

// The container the page itself names as its article: the one itemprop=articleBody, else the one <article>,
// else the one <main> / role=main; kNoNode when there is none or several (a list of teasers).
NodeId declared_article(PageFacts& facts) {
  const Page& page = facts.page();
  NodeId found[3] = {kNoNode, kNoNode, kNoNode};
  std::size_t count[3] = {0, 0, 0};
  for (NodeId id = 1; id < page.nodes.size(); ++id) {
    const Node& node = page.nodes[id];
    if (node.kind != NodeKind::Element || !facts.walked(id) || facts.chars(id) == 0) continue;
    const std::string* itemprop = page.attribute(id, "itemprop");
    const std::string* role = page.attribute(id, "role");
    const int rank = itemprop && *itemprop == "articleBody" ? 0
                     : node.tag == "article"                ? 1
                     : node.tag == "main" || (role && *role == "main") ? 2
                                                            : -1;
    if (rank < 0) continue;
    if (count[rank]++ == 0) found[rank] = id;
  }
  for (int rank = 0; rank < 3; ++rank)
    if (count[rank] == 1) return found[rank];
  return kNoNode;
}

// The lead the template set apart from the body goes before it, unless the body already holds it.
void with_lead(std::vector<std::string>& paragraphs, std::vector<std::string> lead) {
  std::erase_if(lead, [&](const std::string& text) {
    return std::find(paragraphs.begin(), paragraphs.end(), text) != paragraphs.end();
  });
  paragraphs.insert(paragraphs.begin(), lead.begin(), lead.end());
}

NodeId body_element(const Page& page) {
  for (NodeId id = 0; id < page.nodes.size(); ++id)
    if (page.nodes[id].kind == NodeKind::Element && page.nodes[id].tag == "body") return id;
  return kNoNode;
}

}  // namespace

std::vector<std::string> extract_dom_body(const Page& page) {
  const dom::BlockedPage blocked = dom::build_blocks(page);
  PageFacts facts(page, blocked);
  const Scores scores = score_containers(facts, blocked.blocks);
  NodeId top = best_container(facts, scores);
  // No block reads as prose (a stub, a page of short lines): the whole <body>, pruned, as Readability does.
  if (top == kNoNode) {
    const NodeId body = body_element(page);
    if (body == kNoNode) return {};
    return paragraphs_under(facts, blocked.blocks, {body}, core_path(page, body));
  }
  top = climb(page, facts, scores, common_ancestor_of_close(page, facts, scores, top));
  const std::vector<bool> protected_path = core_path(page, top);
  top = widen_to_prose(page, prose_bytes(facts, blocked.blocks, protected_path), top);
  std::vector<NodeId> roots = with_siblings(facts, scores, top);
  std::vector<bool> path = protected_path;
  std::vector<std::string> paragraphs = paragraphs_under(facts, blocked.blocks, roots, path);
  // trafilatura's fallback: the page's own article container, when it holds much more of the text.
  // Its pruned text is at most its whole text, so it is only taken when that is already enough.
  if (const NodeId declared = declared_article(facts);
      declared != kNoNode &&
      static_cast<double>(facts.chars(declared)) > kDeclaredGain * static_cast<double>(total_bytes(paragraphs))) {
    auto from_declared = paragraphs_under(facts, blocked.blocks, {declared}, core_path(page, declared));
    if (static_cast<double>(total_bytes(from_declared)) > kDeclaredGain * static_cast<double>(total_bytes(paragraphs))) {
      paragraphs = std::move(from_declared);
      roots = {declared};
      top = declared;
      path = core_path(page, declared);
    }
  }
  const NodeId first_root = roots.front();
  const std::size_t body_roots = roots.size();
  add_ingredients(facts, top, roots);
  if (roots.size() > body_roots) paragraphs = paragraphs_under(facts, blocked.blocks, roots, path);
  with_lead(paragraphs, dom::lead_before(page, blocked.blocks, first_root));

  // A closing "— Jane Doe and John Roe" signature is a byline (metadata reads it), not body text.
  if (!paragraphs.empty() && text::signature_names(paragraphs.back())) paragraphs.pop_back();
  return paragraphs;
}

}  // namespace firsthand
