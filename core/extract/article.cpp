// Article helpers and the JSON form of Metadata/Article shared by the CLI, the wasm ABI and packs.
#include "firsthand/extract/article.h"

namespace firsthand {

std::size_t Article::body_bytes() const {
  std::size_t n = 0;
  for (const auto& p : paragraphs) n += p.size();
  return n;
}

std::string Article::text() const {
  std::string out;
  for (const auto& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

namespace {

// One table drives both directions so the JSON keys cannot drift apart.
struct Field {
  const char* key;
  std::string Metadata::*member;
};
constexpr Field kFields[] = {
    {"title", &Metadata::title},         {"byline", &Metadata::byline},
    {"credit", &Metadata::credit},       {"credit_evidence", &Metadata::credit_evidence},
    {"date", &Metadata::date},           {"date_source", &Metadata::date_source},
    {"modified_date", &Metadata::modified_date}, {"canonical_url", &Metadata::canonical_url},
    {"site_name", &Metadata::site_name}, {"language", &Metadata::language},
};

}  // namespace

nlohmann::json to_json(const Metadata& meta) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& f : kFields) j[f.key] = meta.*f.member;
  return j;
}

nlohmann::json to_json(const Article& article) {
  return {{"metadata", to_json(article.meta)},
          {"paragraphs", article.paragraphs},
          {"captions", article.captions},
          {"page_text_bytes", article.page_text_bytes},
          {"body_bytes", article.body_bytes()},
          {"truncated", article.truncated}};
}

Metadata metadata_from_json(const nlohmann::json& json) {
  Metadata meta;
  if (!json.is_object()) return meta;
  for (const auto& f : kFields)
    if (auto it = json.find(f.key); it != json.end() && it->is_string()) meta.*f.member = it->get<std::string>();
  return meta;
}

}  // namespace firsthand
