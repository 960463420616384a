// Header-only loading of the copies development set (tests/fixtures/copies/<story>/): invented stories with
// their language-model copies. story.json gives the language, style, split ("dev" to tune on, "val" only to
// measure on) and the labelled pairs; meta.json gives each text's date, site, title and url; each text has its
// title on the first line, then paragraphs separated by blank lines (pair_fixtures.h reads those).
// Unrelated pairs are made here: the original of each story against the original of the next story in the
// same split. Extra story folders (sets not yet merged) can be named in $FIRSTHAND_COPIES_DIRS, separated by ':'.
#pragma once
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "pair_fixtures.h"

namespace firsthand::test {

struct CopyPair {
  std::string story, split, style, relation, likely_original;  // likely_original: "a", "b" or "" when none
  std::string a_file, b_file;
  Article a, b;
};

// The folders holding <story>/story.json: tests/fixtures/copies and any named in $FIRSTHAND_COPIES_DIRS.
inline std::vector<std::filesystem::path> copies_roots() {
  std::vector<std::filesystem::path> roots{fixtures_dir() / "copies"};
  if (const char* extra = std::getenv("FIRSTHAND_COPIES_DIRS")) {
    std::string list = extra;
    for (std::size_t start = 0; start <= list.size();) {
      std::size_t end = list.find(':', start);
      if (end == std::string::npos) end = list.size();
      if (end > start) roots.emplace_back(list.substr(start, end - start));
      start = end + 1;
    }
  }
  return roots;
}

// A copies text: the first paragraph is the title (meta.json carries it too), the rest is the body.
inline Article article_from_titled_text(const std::string& text, const nlohmann::json& meta_json) {
  Metadata meta = metadata_from_json(meta_json);
  if (meta.canonical_url.empty()) meta.canonical_url = meta_json.value("url", "");
  Article article = article_from_paragraph_text(text, meta);
  if (!article.paragraphs.empty()) article.paragraphs.erase(article.paragraphs.begin());
  article.page_text_bytes = article.body_bytes();
  return article;
}

inline std::vector<CopyPair> load_copy_pairs() {
  std::vector<std::filesystem::path> stories;
  for (const auto& root : copies_roots()) {
    if (!std::filesystem::is_directory(root)) continue;
    for (const auto& e : std::filesystem::directory_iterator(root))
      if (std::filesystem::exists(e.path() / "story.json")) stories.push_back(e.path());
  }
  // The same story name in two roots is one story (a set later merged): the first root wins.
  std::sort(stories.begin(), stories.end(), [](const auto& x, const auto& y) { return x.filename() < y.filename(); });
  stories.erase(std::unique(stories.begin(), stories.end(),
                            [](const auto& x, const auto& y) { return x.filename() == y.filename(); }),
                stories.end());
  std::vector<CopyPair> out;
  std::map<std::string, std::vector<CopyPair>> originals_by_split;  // one stand-in pair per story, a = its original
  for (const auto& dir : stories) {
    const auto story = nlohmann::json::parse(read_file(dir / "story.json"), nullptr, false);
    const auto meta = nlohmann::json::parse(read_file(dir / "meta.json"), nullptr, false);
    if (story.is_discarded() || meta.is_discarded()) continue;
    const auto load = [&](const std::string& file) {
      return article_from_titled_text(read_file(dir / file), meta.value(file, nlohmann::json::object()));
    };
    CopyPair base;
    base.story = dir.filename().string();
    base.split = story.value("split", "");
    base.style = story.value("style", "");
    for (const auto& p : story.value("pairs", nlohmann::json::array())) {
      CopyPair pair = base;
      pair.a_file = p.value("a", "");
      pair.b_file = p.value("b", "");
      pair.relation = p.value("relation", "");
      if (p.contains("likely_original") && p["likely_original"].is_string())
        pair.likely_original = p["likely_original"].get<std::string>();
      pair.a = load(pair.a_file);
      pair.b = load(pair.b_file);
      out.push_back(std::move(pair));
    }
    CopyPair original = base;
    original.a_file = "original.txt";
    original.a = load(original.a_file);
    originals_by_split[base.split].push_back(std::move(original));
  }
  for (auto& [split, originals] : originals_by_split) {
    for (std::size_t i = 0; i + 1 < originals.size(); ++i) {
      CopyPair pair = originals[i];
      pair.story = originals[i].story + " x " + originals[i + 1].story;
      pair.relation = "unrelated";
      pair.b_file = "original.txt";
      pair.b = originals[i + 1].a;
      out.push_back(std::move(pair));
    }
  }
  return out;
}

}  // namespace firsthand::test
