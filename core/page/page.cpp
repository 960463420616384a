// Page model construction with the limits of limits.h, and UTF-8 sanitising shared by every producer.
#include "firsthand/page.h"

#include <algorithm>

#include "firsthand/page/limits.h"

namespace firsthand {

Page::Page() {
  Node document;
  document.kind = NodeKind::Document;
  nodes.push_back(std::move(document));
}

namespace {

// Deeper than kMaxDepth, walk up to the ancestor at the limit so the text survives but the depth does not.
NodeId clamp_parent(const Page& page, NodeId parent, bool& truncated) {
  while (parent != kNoNode && page.nodes[parent].depth >= limits::kMaxDepth) {
    parent = page.nodes[parent].parent;
    truncated = true;
  }
  return parent == kNoNode ? Page::root() : parent;
}

std::string cut_utf8(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // keep whole characters
  return std::string(s.substr(0, end));
}

}  // namespace

NodeId Page::add_element(NodeId parent, std::string_view tag, std::vector<Attribute> attributes) {
  if (parent >= nodes.size() || nodes.size() >= limits::kMaxNodes) {
    truncated = true;
    return kNoNode;
  }
  parent = clamp_parent(*this, parent, truncated);
  Node node;
  node.kind = NodeKind::Element;
  node.tag.assign(tag);
  std::transform(node.tag.begin(), node.tag.end(), node.tag.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  for (auto& a : attributes) {
    if (a.value.size() > limits::kMaxAttributeBytes) {
      a.value = cut_utf8(a.value, limits::kMaxAttributeBytes);
      truncated = true;
    }
  }
  node.attributes = std::move(attributes);
  node.parent = parent;
  node.depth = nodes[parent].depth + 1;
  const NodeId id = static_cast<NodeId>(nodes.size());
  nodes.push_back(std::move(node));
  nodes[parent].children.push_back(id);
  return id;
}

NodeId Page::add_text(NodeId parent, std::string_view text) {
  if (parent >= nodes.size() || nodes.size() >= limits::kMaxNodes) {
    truncated = true;
    return kNoNode;
  }
  // Text is a leaf: it stays in its element even at the depth limit (one level below it), so the words of a
  // <p> flattened to the limit remain that paragraph's.
  if (nodes[parent].depth > limits::kMaxDepth) parent = clamp_parent(*this, parent, truncated);
  Node node;
  node.kind = NodeKind::Text;
  if (text.size() > limits::kMaxTextNodeBytes) truncated = true;
  node.text = sanitize_utf8(text.substr(0, std::min(text.size(), limits::kMaxTextNodeBytes)));
  node.parent = parent;
  node.depth = nodes[parent].depth + 1;
  const NodeId id = static_cast<NodeId>(nodes.size());
  nodes.push_back(std::move(node));
  nodes[parent].children.push_back(id);
  return id;
}

const std::string* Page::attribute(NodeId id, std::string_view name) const {
  if (id >= nodes.size()) return nullptr;
  for (const auto& a : nodes[id].attributes)
    if (a.name == name) return &a.value;
  return nullptr;
}

std::string Page::text_content(NodeId id) const {
  std::string out;
  if (id >= nodes.size()) return out;
  std::vector<NodeId> stack{id};
  while (!stack.empty()) {
    const NodeId n = stack.back();
    stack.pop_back();
    const Node& node = nodes[n];
    if (node.kind == NodeKind::Text) out += node.text;
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back(*it);
  }
  return out;
}

std::size_t utf8_code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

std::string sanitize_utf8(std::string_view s) {
  static constexpr char kReplacement[] = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    // Most text is plain ASCII: copy each run of it at once rather than byte by byte (the page JSON reader
    // sanitises every string of the page, and per-byte appends dominated it in wasm).
    std::size_t run = i;
    while (run < s.size() && static_cast<unsigned char>(s[run]) - 1u < 0x7Fu) ++run;  // 0x01..0x7F
    if (run > i) {
      out.append(s.data() + i, run - i);
      i = run;
      continue;
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) { ++i; continue; }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    bool valid = len != 0 && i + len <= s.size();
    for (std::size_t k = 1; valid && k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) valid = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Reject overlong forms, surrogates and code points past U+10FFFF.
    if (valid && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
                  (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
      valid = false;
    if (valid) {
      out.append(s.data() + i, len);
      i += len;
    } else {
      out += kReplacement;
      ++i;
    }
  }
  return out;
}

}  // namespace firsthand
