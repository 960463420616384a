// Reads and writes the flat JSON form of the page model (see page_json.h). Reading trusts nothing and goes
// straight from the text to the page (json_cursor.h), without a JSON tree: this is the wasm core's input.
#include "firsthand/page/page_json.h"

#include "firsthand/page/limits.h"
#include "json_cursor.h"
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

namespace {

constexpr const char* kNotJson = "page JSON: not valid JSON";

// Reads the "nodes" array into `page`; returns the error, or "" when it was read. Ids in the input are
// positions; a node dropped by a limit maps to kNoNode and its subtree is dropped.
std::string read_nodes(detail::JsonCursor& in, Page& page) {
  const auto node_error = [](std::size_t i, const char* what) {
    return "page JSON: node " + std::to_string(i) + " " + what;
  };
  if (!in.consume('[')) return "page JSON: missing \"nodes\" array";
  std::vector<NodeId> id_map{Page::root()};
  std::string tag_or_text, name, value;
  std::vector<Attribute> attrs;
  if (in.consume(']')) return "";
  std::size_t i = 0;
  do {
    std::int64_t parent_pos = 0;
    if (!in.consume('[') || !in.read_integer(parent_pos) || !in.consume(',') || !in.read_string(tag_or_text))
      return node_error(i, "is not [parent, tag-or-text, attrs?]");
    if (parent_pos < 0 || static_cast<std::size_t>(parent_pos) > i)
      return node_error(i, "names a parent that does not precede it");
    const NodeId parent = id_map[static_cast<std::size_t>(parent_pos)];
    const bool is_element = in.consume(',');
    attrs.clear();
    if (is_element) {
      if (!in.consume('{')) return node_error(i, "has attributes that are not an object");
      if (!in.consume('}')) {
        do {
          if (!in.read_string(name) || !in.consume(':')) return kNotJson;
          if (in.peek() == '"') {
            if (!in.read_string(value)) return kNotJson;
            attrs.push_back({sanitize_utf8(name), sanitize_utf8(value)});
          } else if (!in.skip_value()) {
            return kNotJson;
          }
        } while (in.consume(','));
        if (!in.consume('}')) return kNotJson;
      }
      while (in.consume(','))  // anything after the attributes is not part of the format
        if (!in.skip_value()) return kNotJson;
    }
    if (!in.consume(']')) return node_error(i, "is not [parent, tag-or-text, attrs?]");
    NodeId id = kNoNode;
    if (parent != kNoNode) {
      if (page.nodes[parent].kind == NodeKind::Text) return node_error(i, "is a child of a text node");
      id = is_element ? page.add_element(parent, sanitize_utf8(tag_or_text), std::move(attrs))
                      : page.add_text(parent, tag_or_text);
    }
    id_map.push_back(id);
    ++i;
  } while (in.consume(','));
  return in.consume(']') ? "" : kNotJson;
}

}  // namespace

Result<Page> page_from_json(const nlohmann::json& json) {
  return page_from_json_text(json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Result<Page> page_from_json_text(std::string_view json_text) {
  using R = Result<Page>;
  if (json_text.size() > limits::kMaxInputBytes * 2) return R::failure("page JSON: larger than the input limit");
  // The flat format needs 3 levels; deeper input is refused before reading, which also bounds the reader's
  // recursion when it skips unknown values.
  if (!detail::json_nesting_within(json_text, 8))
    return R::failure("page JSON: nested deeper than the flat format allows");
  detail::JsonCursor in(json_text);
  if (in.peek() != '{') return R::failure(in.at_end() ? kNotJson : "page JSON: expected an object");
  in.consume('{');
  Page page;
  bool version_ok = true, have_nodes = false;
  std::string key, text;
  if (!in.consume('}')) {
    do {
      if (!in.read_string(key) || !in.consume(':')) return R::failure(kNotJson);
      if (key == "nodes") {
        if (have_nodes) return R::failure("page JSON: \"nodes\" given twice");
        if (in.peek() != '[') return R::failure("page JSON: missing \"nodes\" array");
        if (std::string error = read_nodes(in, page); !error.empty()) return R::failure(std::move(error));
        have_nodes = true;
      } else if (key == "version") {
        bool is_one = false;
        if (in.peek() == '-' || (in.peek() >= '0' && in.peek() <= '9')) {
          if (!in.read_number(is_one)) return R::failure(kNotJson);
        } else if (!in.skip_value()) {
          return R::failure(kNotJson);
        }
        version_ok = is_one;
      } else if ((key == "source" || key == "url") && in.peek() == '"') {
        if (!in.read_string(text)) return R::failure(kNotJson);
        if (key == "url") page.url = sanitize_utf8(std::string_view(text).substr(0, limits::kMaxAttributeBytes));
        else page.source = text == "dom" ? PageSource::Dom : text == "text" ? PageSource::Text : PageSource::Html;
      } else if (!in.skip_value()) {
        return R::failure(kNotJson);
      }
    } while (in.consume(','));
    if (!in.consume('}')) return R::failure(kNotJson);
  }
  if (!in.at_end()) return R::failure(kNotJson);
  if (!version_ok) return R::failure("page JSON: unsupported version");
  if (!have_nodes) return R::failure("page JSON: missing \"nodes\" array");
  return page;
}

}  // namespace firsthand
