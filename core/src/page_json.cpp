// Reads and writes the flat JSON form of the page model (see page_json.h). Reading trusts nothing.
#include "firsthand/page_json.h"

#include "firsthand/limits.h"
#include "json_nesting.h"

namespace firsthand {

namespace {

const char* source_name(PageSource s) {
  switch (s) {
    case PageSource::Html: return "html";
    case PageSource::Dom: return "dom";
    case PageSource::Text: return "text";
  }
  return "html";
}

}  // namespace

nlohmann::json page_to_json(const Page& page) {
  nlohmann::json nodes = nlohmann::json::array();
  for (NodeId id = 1; id < page.nodes.size(); ++id) {
    const Node& n = page.nodes[id];
    if (n.kind == NodeKind::Text) {
      nodes.push_back({n.parent, n.text});
    } else {
      nlohmann::json attrs = nlohmann::json::object();
      for (const auto& a : n.attributes) attrs[a.name] = a.value;
      nodes.push_back({n.parent, n.tag, std::move(attrs)});
    }
  }
  return {{"version", 1}, {"source", source_name(page.source)}, {"url", page.url}, {"nodes", std::move(nodes)}};
}

Result<Page> page_from_json(const nlohmann::json& json) {
  using R = Result<Page>;
  if (!json.is_object()) return R::failure("page JSON: expected an object");
  if (json.contains("version") && json["version"] != 1) return R::failure("page JSON: unsupported version");
  Page page;
  if (auto it = json.find("source"); it != json.end() && it->is_string()) {
    const auto& s = it->get_ref<const std::string&>();
    page.source = s == "dom" ? PageSource::Dom : s == "text" ? PageSource::Text : PageSource::Html;
  }
  if (auto it = json.find("url"); it != json.end() && it->is_string())
    page.url = sanitize_utf8(it->get_ref<const std::string&>().substr(0, limits::kMaxAttributeBytes));
  auto nodes = json.find("nodes");
  if (nodes == json.end() || !nodes->is_array()) return R::failure("page JSON: missing \"nodes\" array");
  // Ids in the input are positions; a node dropped by a limit maps to kNoNode and its subtree is dropped.
  std::vector<NodeId> id_map{Page::root()};
  id_map.reserve(std::min<std::size_t>(nodes->size() + 1, limits::kMaxNodes));
  for (std::size_t i = 0; i < nodes->size(); ++i) {
    const auto& entry = (*nodes)[i];
    if (!entry.is_array() || entry.size() < 2 || !entry[0].is_number_integer() || !entry[1].is_string())
      return R::failure("page JSON: node " + std::to_string(i) + " is not [parent, tag-or-text, attrs?]");
    const auto parent_pos = entry[0].get<std::int64_t>();
    if (parent_pos < 0 || static_cast<std::size_t>(parent_pos) > i)
      return R::failure("page JSON: node " + std::to_string(i) + " names a parent that does not precede it");
    const NodeId parent = id_map[static_cast<std::size_t>(parent_pos)];
    NodeId id = kNoNode;
    if (parent != kNoNode) {
      if (entry.size() == 2) {
        if (page.nodes[parent].kind == NodeKind::Text)
          return R::failure("page JSON: node " + std::to_string(i) + " is a child of a text node");
        id = page.add_text(parent, entry[1].get_ref<const std::string&>());
      } else {
        if (!entry[2].is_object())
          return R::failure("page JSON: node " + std::to_string(i) + " has attributes that are not an object");
        if (page.nodes[parent].kind == NodeKind::Text)
          return R::failure("page JSON: node " + std::to_string(i) + " is a child of a text node");
        std::vector<Attribute> attrs;
        for (auto it = entry[2].begin(); it != entry[2].end(); ++it)
          if (it.value().is_string())
            attrs.push_back({sanitize_utf8(it.key()), sanitize_utf8(it.value().get_ref<const std::string&>())});
        id = page.add_element(parent, sanitize_utf8(entry[1].get_ref<const std::string&>()), std::move(attrs));
      }
    }
    id_map.push_back(id);
  }
  return page;
}

Result<Page> page_from_json_text(std::string_view json_text) {
  if (json_text.size() > limits::kMaxInputBytes * 2)
    return Result<Page>::failure("page JSON: larger than the input limit");
  // nlohmann's parser recurses per nesting level; the flat format needs 3 levels, so refuse deep input
  // before parsing rather than risk the stack on hostile JSON.
  if (!detail::json_nesting_within(json_text, 8))
    return Result<Page>::failure("page JSON: nested deeper than the flat format allows");
  auto json = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Result<Page>::failure("page JSON: not valid JSON");
  return page_from_json(json);
}

}  // namespace firsthand
