// Loads a corpus folder into known articles (known_articles.h).
#include "known_articles.h"

#include <algorithm>
#include <iostream>
#include <system_error>

#include "page_input.h"

namespace firsthand::cli {
namespace fs = std::filesystem;

Result<std::vector<KnownArticle>> load_corpus(const fs::path& dir, const fs::path& skip) {
  using R = Result<std::vector<KnownArticle>>;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return R::failure(dir.string() + ": not a folder");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file(ec)) files.push_back(entry.path());
  if (ec) return R::failure(dir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  std::vector<KnownArticle> known;
  for (const auto& file : files) {
    if (fs::equivalent(file, skip, ec)) continue;
    auto article = load_article(file.string());
    if (!article) {
      std::cerr << "firsthand: skipping " << article.error() << "\n";
      continue;
    }
    if (article->empty()) continue;
    known.push_back(make_known_article(file.filename().string(), std::move(article).value()));
  }
  return known;
}

}  // namespace firsthand::cli
