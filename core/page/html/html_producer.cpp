// gumbo -> page model. The walk is iterative (explicit stack) so 100,000-deep documents cannot overflow the
// stack; only attributes that extraction reads are kept, and script/style bodies are dropped except JSON-LD
// (firsthand/kept_markup.h, shared with the serialised-DOM producer).
#include "html_producer.h"

#include <gumbo.h>

#include <string>
#include <utility>
#include <vector>

#include "firsthand/page/kept_markup.h"
#include "firsthand/page/limits.h"
#include "gumbo_arena.h"
#include "nesting_guard.h"
#include "raw_text_strip.h"

namespace firsthand {

namespace {

std::string tag_name(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  gumbo_tag_from_original_text(&piece);  // strips "<" and attributes, leaving the raw name
  return std::string(piece.data, piece.length);
}

// The element's type attribute, which decides whether a script is JSON-LD (kept_markup.h).
std::string_view type_attribute(const GumboElement& e) {
  const GumboAttribute* type = gumbo_get_attribute(&e.attributes, "type");
  return type ? std::string_view(type->value) : std::string_view();
}

}  // namespace

Result<Page> page_from_html(std::string_view html) {
  if (html.size() > limits::kMaxInputBytes)
    return Result<Page>::failure("HTML larger than " + std::to_string(limits::kMaxInputBytes >> 20) + " MB");
  // Script/style bodies and comments never reach the page model; dropping them first halves gumbo's work.
  const auto stripped = strip_raw_text(html);
  if (stripped) html = *stripped;
  // Hostile nesting is flattened before gumbo sees it (its cost grows with depth squared).
  const auto flattened = flatten_deep_markup(html, limits::kMaxDepth);
  if (flattened) html = *flattened;
  GumboArena arena;  // released with the page model built; gumbo_destroy_output would only free into it
  GumboOptions options = arena.options();
  options.max_errors = 0;  // we never read parse errors; keeping them costs memory on broken pages
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  Page page;
  page.source = PageSource::Html;
  page.truncated = flattened.has_value();

  std::vector<std::pair<const GumboNode*, NodeId>> stack;
  const GumboVector& top = output->document->v.document.children;
  for (unsigned i = top.length; i-- > 0;) stack.emplace_back(static_cast<const GumboNode*>(top.data[i]), Page::root());
  while (!stack.empty()) {
    auto [node, parent] = stack.back();
    stack.pop_back();
    if (parent == kNoNode) continue;  // a limit dropped the parent; drop the subtree too
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        page.add_text(parent, node->v.text.text);
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& e = node->v.element;
        const std::string tag = tag_name(e);
        if (is_dropped_element(tag, type_attribute(e))) break;
        std::vector<Attribute> attrs;
        for (unsigned i = 0; i < e.attributes.length; ++i) {
          const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
          if (is_kept_attribute(a->name)) attrs.push_back({a->name, sanitize_utf8(a->value)});
        }
        const NodeId id = page.add_element(parent, tag, std::move(attrs));
        for (unsigned i = e.children.length; i-- > 0;)
          stack.emplace_back(static_cast<const GumboNode*>(e.children.data[i]), id);
        break;
      }
      default:
        break;  // comments and the document node carry nothing extraction uses
    }
  }
  return page;
}

}  // namespace firsthand
