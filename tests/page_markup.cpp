// Test-only page serialiser (see page_markup.h). Iterative, like the producers, so deep pages are safe.
#include "page_markup.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace firsthand::test {

namespace {

constexpr std::array<std::string_view, 18> kVoid = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                                    "link", "meta", "source", "track", "wbr", "basefont",
                                                    "bgsound", "frame", "keygen", "param"};
constexpr std::array<std::string_view, 8> kRawText = {"script", "style", "xmp", "iframe", "noembed",
                                                      "noframes", "plaintext", "noscript"};

bool is_one_of(const auto& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

void append_escaped(std::string& out, std::string_view text, bool attribute) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"' && attribute) out += "&quot;";
    else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') out += "&nbsp;", ++i;
    else out.push_back(c);
  }
}

}  // namespace

std::string serialize_page(const Page& page) {
  std::string out;
  struct Step {
    NodeId id;
    bool close;
  };
  std::vector<Step> stack;
  const auto push_children = [&](NodeId id) {
    const auto& children = page.nodes[id].children;
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back({*it, false});
  };
  push_children(Page::root());
  NodeId previous_text_parent = kNoNode;  // the parent of the text node written last, if nothing came since
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    const Node& node = page.nodes[step.id];
    if (step.close) {
      out += "</" + node.tag + ">";
      previous_text_parent = kNoNode;
      continue;
    }
    if (node.kind == NodeKind::Text) {
      if (previous_text_parent == node.parent) out += "<!---->";
      if (is_one_of(kRawText, page.nodes[node.parent].tag)) out += node.text;
      else append_escaped(out, node.text, false);
      previous_text_parent = node.parent;
      continue;
    }
    previous_text_parent = kNoNode;
    out += "<" + node.tag;
    for (const Attribute& a : node.attributes) {
      out += " " + a.name + "=\"";
      append_escaped(out, a.value, true);
      out += "\"";
    }
    out += ">";
    if (is_one_of(kVoid, node.tag)) continue;
    stack.push_back({step.id, true});
    push_children(step.id);
  }
  return out;
}

std::string rendered_text(const Page& page) {
  std::string out;
  std::vector<std::pair<NodeId, bool>> stack{{Page::root(), false}};  // node, inside <body>
  while (!stack.empty()) {
    const auto [id, in_body] = stack.back();
    stack.pop_back();
    const Node& node = page.nodes[id];
    if (node.kind == NodeKind::Text) {
      if (in_body) out += node.text + "\n";
      continue;
    }
    if (node.tag == "script" || node.tag == "style" || node.tag == "head") continue;
    const bool body = in_body || node.tag == "body";
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it) stack.push_back({*it, body});
  }
  return out;
}

}  // namespace firsthand::test
