// Turns the visible part of a page model into text blocks (see dom_blocks.h). A block starts and ends at every
// block-level element boundary, so "<div>intro<p>para</p>tail</div>" gives three blocks owned by div, p, div.
#include "dom_blocks.h"

#include <utility>

#include "dom_hints.h"

namespace firsthand::dom {

namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Accumulates the current block's text with whitespace collapsed as it arrives.
class BlockWriter {
 public:
  explicit BlockWriter(std::vector<Block>& out) : out_(out) {}

  void append(std::string_view text, bool in_link, NodeId owner) {
    if (owner != owner_) flush();
    owner_ = owner;
    const auto separates_words = [&](std::size_t i) {  // U+00A0 lays out like a space and counts as one
      const auto c = static_cast<unsigned char>(text[i]);
      return is_space(c) || (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0);
    };
    std::size_t i = 0;
    while (i < text.size()) {
      if (separates_words(i)) {
        i += static_cast<unsigned char>(text[i]) == 0xC2 ? 2 : 1;
        pending_space_ = !current_.text.empty();
        continue;
      }
      if (pending_space_) {
        current_.text.push_back(' ');
        if (in_link) ++current_.link_chars;
        pending_space_ = false;
      }
      // A word is appended whole, not byte by byte (this walks all of a page's text).
      std::size_t end = i + 1;
      while (end < text.size() && !separates_words(end)) ++end;
      const std::size_t before = current_.text.size();
      append_without_soft_hyphens(text.substr(i, end - i));
      if (in_link) current_.link_chars += current_.text.size() - before;
      i = end;
    }
  }
  // U+00AD only marks where a word may break across lines; readers never see it, so the word is kept whole.
  void append_without_soft_hyphens(std::string_view word) {
    for (std::size_t at; (at = word.find("\xC2\xAD")) != std::string_view::npos; word.remove_prefix(at + 2))
      current_.text.append(word.substr(0, at));
    current_.text.append(word);
  }
  // <br> and similar breaks separate words without ending the block.
  void space() { pending_space_ = !current_.text.empty(); }

  void flush() {
    if (!current_.text.empty()) {
      current_.owner = owner_;
      out_.push_back(std::move(current_));
    }
    current_ = Block{};
    pending_space_ = false;
  }

 private:
  std::vector<Block>& out_;
  Block current_;
  NodeId owner_ = kNoNode;
  bool pending_space_ = false;
};

// <a href="javascript:..."> around whole paragraphs goes nowhere and holds the text: a clickable wrapper, whose
// words are the text's own (Readability replaces such a link with its content), not link text that makes the
// paragraphs look like a menu. A script link of a few words ("Back", "Comment") is a button and stays a link.
bool is_script_wrapper(const Page& page, NodeId id) {
  const std::string* href = page.attribute(id, "href");
  if (href == nullptr) return false;
  std::string_view target(*href);
  while (!target.empty() && is_space(static_cast<unsigned char>(target.front()))) target.remove_prefix(1);
  constexpr std::string_view kScheme = "javascript:";
  if (target.size() < kScheme.size()) return false;
  for (std::size_t i = 0; i < kScheme.size(); ++i)
    if ((target[i] | 0x20) != kScheme[i]) return false;
  for (NodeId child : page.nodes[id].children)
    if (page.nodes[child].kind == NodeKind::Element && !is_inline_tag(page.nodes[child].tag)) return true;
  return false;
}

}  // namespace

BlockedPage build_blocks(const Page& page) {
  BlockedPage result;
  result.walked.assign(page.nodes.size(), false);
  BlockWriter writer(result.blocks);

  struct Frame {
    NodeId node;
    bool exiting;
  };
  // Per open element on the path: the block owner in force and whether we are inside a link.
  struct Context {
    NodeId owner;
    bool in_link;
  };
  std::vector<Frame> stack{{Page::root(), false}};
  std::vector<Context> context{{Page::root(), false}};
  while (!stack.empty()) {
    const Frame frame = stack.back();
    stack.pop_back();
    const Node& node = page.nodes[frame.node];
    if (frame.exiting) {
      context.pop_back();
      if (node.kind == NodeKind::Element && !is_inline_tag(node.tag)) writer.flush();
      continue;
    }
    if (node.kind == NodeKind::Text) {
      result.walked[frame.node] = true;
      writer.append(node.text, context.back().in_link, context.back().owner);
      continue;
    }
    if (node.kind == NodeKind::Element) {
      if (is_skipped_tag(node.tag) || is_hidden(page, frame.node)) continue;
      if (node.tag == "br") {  // a line break inside a block separates words, not blocks
        writer.space();
        continue;
      }
    }
    result.walked[frame.node] = true;
    const bool inline_tag = node.kind == NodeKind::Element && is_inline_tag(node.tag);
    if (!inline_tag) writer.flush();
    context.push_back({inline_tag ? context.back().owner : frame.node,
                       context.back().in_link || (inline_tag && node.tag == "a" && !is_script_wrapper(page, frame.node))});
    stack.push_back({frame.node, true});
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back({*it, false});
  }
  writer.flush();
  return result;
}

}  // namespace firsthand::dom
