// Header-only (the suite globs only *_test.cpp) loading of the labelled comparison fixtures (tests/fixtures/pairs/<slug>/): a.txt, b.txt (paragraphs
// separated by blank lines) and expected-verdict.json (relation, likely original "a"/"b"/null, metadata).
#pragma once
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "firsthand/extract/article.h"
#include "test_support.h"

namespace firsthand::test {

struct PairFixture {
  std::string slug, relation, likely_original;  // likely_original: "a", "b" or "" when none
  Article a, b;
};

// A page's metadata as the relation rules read it: its date, site, and the credit with its evidence.
inline Metadata meta_with(std::string date, std::string site = "", std::string credit = "", std::string evidence = "") {
  Metadata m;
  m.date = std::move(date);
  m.site_name = std::move(site);
  m.credit = std::move(credit);
  m.credit_evidence = std::move(evidence);
  return m;
}

inline Article article_from_paragraph_text(const std::string& text, const Metadata& meta) {
  Article a;
  a.meta = meta;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    std::string p = text.substr(start, end - start);
    while (!p.empty() && (p.back() == '\n' || p.back() == ' ')) p.pop_back();
    if (!p.empty()) a.paragraphs.push_back(p);
    start = end + 2;
  }
  a.page_text_bytes = a.body_bytes();
  return a;
}

inline std::vector<PairFixture> load_pair_fixtures() {
  std::vector<std::filesystem::path> dirs;
  for (const auto& e : std::filesystem::directory_iterator(fixtures_dir() / "pairs"))
    if (e.is_directory()) dirs.push_back(e.path());
  std::sort(dirs.begin(), dirs.end());
  std::vector<PairFixture> out;
  for (const auto& d : dirs) {
    const auto expected = nlohmann::json::parse(read_file(d / "expected-verdict.json"), nullptr, false);
    PairFixture f;
    f.slug = d.filename().string();
    f.relation = expected.value("relation", "");
    if (expected.contains("likely_original") && expected["likely_original"].is_string())
      f.likely_original = expected["likely_original"].get<std::string>();
    f.a = article_from_paragraph_text(read_file(d / "a.txt"), metadata_from_json(expected.value("a_meta", nlohmann::json::object())));
    f.b = article_from_paragraph_text(read_file(d / "b.txt"), metadata_from_json(expected.value("b_meta", nlohmann::json::object())));
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace firsthand::test
