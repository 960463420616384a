// The body from JSON-LD articleBody, for pages whose visible DOM lacks the article (script renders it, or
// the markup hides it): the schema.org text replaces a DOM body that holds far less of it.
#include <string>
#include <vector>

#include "firsthand/extract.h"
#include "metadata_sources.h"
#include "text_signals.h"

namespace firsthand {

namespace {

constexpr double kJsonLdGain = 2.0;  // articleBody replaces a DOM body that holds less than half its bytes

bool is_json_ld_script(const Page& page, NodeId id) {
  const Node& node = page.nodes[id];
  if (node.kind != NodeKind::Element || node.tag != "script") return false;
  const std::string* type = page.attribute(id, "type");
  return type && text::collapse_whitespace(*type) == "application/ld+json";
}

std::string json_ld_article_body(const Page& page) {
  for (NodeId id = 0; id < page.nodes.size(); ++id)
    if (is_json_ld_script(page, id))
      if (auto body = meta::read_json_ld(page.text_content(id)).article_body; !body.empty()) return body;
  return {};
}

// Paragraphs are the articleBody's lines, whitespace collapsed.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> paragraphs;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (std::string line = text::collapse_whitespace(std::string_view(text).substr(start, end - start)); !line.empty())
      paragraphs.push_back(std::move(line));
    start = end + 1;
  }
  return paragraphs;
}

}  // namespace

void prefer_json_ld_body(const Page& page, std::vector<std::string>& paragraphs) {
  std::size_t dom_bytes = 0;
  for (const auto& p : paragraphs) dom_bytes += p.size();
  const std::string body = json_ld_article_body(page);
  if (static_cast<double>(body.size()) > kJsonLdGain * static_cast<double>(dom_bytes)) paragraphs = lines_of(body);
}

}  // namespace firsthand
