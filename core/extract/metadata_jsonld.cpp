// schema.org JSON-LD: finds the article object in one <script type="application/ld+json"> block (a single
// object, an array, or an @graph; NewsArticle, Article, ReportageNewsArticle, BlogPosting and kin) and reads
// headline, author, dates, URL, publisher and language. Authors and publishers given as {"@id": ...}
// references are resolved within the block. Malformed or hostile JSON gives an empty result, never throws.
#include <nlohmann/json.hpp>

#include <array>
#include <unordered_map>
#include <vector>

#include "page/json_nesting.h"
#include "metadata_sources.h"

namespace firsthand::meta {

namespace {

constexpr int kMaxNesting = 32;            // nlohmann's parser recurses per level: refuse deeper input first
constexpr std::size_t kMaxObjects = 4096;  // objects visited in one block
constexpr std::size_t kMaxAuthors = 8;

constexpr std::array<std::string_view, 10> kArticleTypes = {
    "NewsArticle",         "Article",         "ReportageNewsArticle", "BlogPosting",        "AnalysisNewsArticle",
    "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "Report"};

bool has_type(const nlohmann::json& object, auto&& accept) {
  const auto it = object.find("@type");
  if (it == object.end()) return false;
  if (it->is_string()) return accept(it->get_ref<const std::string&>());
  if (it->is_array())
    for (const auto& t : *it)
      if (t.is_string() && accept(t.get_ref<const std::string&>())) return true;
  return false;
}

bool is_article(const nlohmann::json& object) {
  return has_type(object, [](const std::string& t) {
    for (auto a : kArticleTypes)
      if (t == a) return true;
    return false;
  });
}

std::string string_at(const nlohmann::json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

class Block {
 public:
  explicit Block(const nlohmann::json& root) {
    // Every object in the block, found with an explicit stack, indexed by @id for references.
    std::vector<const nlohmann::json*> stack{&root};
    while (!stack.empty() && objects_.size() < kMaxObjects) {
      const nlohmann::json* node = stack.back();
      stack.pop_back();
      if (node->is_object()) {
        objects_.push_back(node);
        if (auto id = string_at(*node, "@id"); !id.empty()) by_id_.emplace(std::move(id), node);
      }
      if (node->is_structured())
        for (auto it = node->rbegin(); it != node->rend(); ++it) stack.push_back(&*it);
    }
  }

  const nlohmann::json* article() const {
    for (const auto* o : objects_)
      if (is_article(*o)) return o;
    return nullptr;
  }

  // An object, or the object a {"@id": ...} reference points to.
  const nlohmann::json& resolve(const nlohmann::json& value) const {
    if (value.is_object() && value.size() == 1)
      if (auto it = by_id_.find(string_at(value, "@id")); it != by_id_.end()) return *it->second;
    return value;
  }

  // "name" of a string, an object, or a reference.
  std::string name_of(const nlohmann::json& value) const {
    if (value.is_string()) return value.get<std::string>();
    const auto& object = resolve(value);
    return object.is_object() ? string_at(object, "name") : std::string();
  }

 private:
  std::vector<const nlohmann::json*> objects_;
  std::unordered_map<std::string, const nlohmann::json*> by_id_;
};

std::string authors(const Block& block, const nlohmann::json& article) {
  const auto it = article.find("author");
  if (it == article.end()) return {};
  std::vector<std::string> names;
  if (it->is_array()) {
    for (const auto& a : *it)
      if (auto n = block.name_of(a); !n.empty() && names.size() < kMaxAuthors) names.push_back(std::move(n));
  } else if (auto n = block.name_of(*it); !n.empty()) {
    names.push_back(std::move(n));
  }
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
    out += names[i];
  }
  return out;
}

std::string url_of(const nlohmann::json& article) {
  if (auto url = string_at(article, "url"); !url.empty()) return url;
  const auto it = article.find("mainEntityOfPage");
  if (it == article.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  return it->is_object() ? string_at(*it, "@id") : std::string();
}

}  // namespace

JsonLdArticle read_json_ld(std::string_view script_text) {
  JsonLdArticle out;
  if (!detail::json_nesting_within(script_text, kMaxNesting)) return out;
  const auto root = nlohmann::json::parse(script_text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return out;
  const Block block(root);
  const nlohmann::json* article = block.article();
  if (article == nullptr) return out;
  out.headline = string_at(*article, "headline");
  if (out.headline.empty()) out.headline = string_at(*article, "name");
  out.author = authors(block, *article);
  out.article_body = string_at(*article, "articleBody");
  out.date_published = string_at(*article, "datePublished");
  out.date_modified = string_at(*article, "dateModified");
  out.url = url_of(*article);
  if (auto it = article->find("publisher"); it != article->end()) out.publisher = block.name_of(*it);
  if (auto it = article->find("inLanguage"); it != article->end()) {
    out.language = it->is_string() ? it->get<std::string>() : string_at(block.resolve(*it), "alternateName");
  }
  return out;
}

}  // namespace firsthand::meta
