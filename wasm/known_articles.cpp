// Candidate search over history and packs, and the comparison of the page with each candidate.
#include "known_articles.h"

#include <algorithm>
#include <optional>

namespace firsthand::abi {
namespace {

constexpr std::size_t kCandidatesPerIndex = 8;
// Any band collision is a candidate: rewrites share few shingles, and the verdict's comparison decides.
constexpr double kMinCandidateResemblance = 0.0;
constexpr std::size_t kRecentArticles = 16;

}  // namespace

KnownArticles& known_articles() {
  static KnownArticles state;
  return state;
}

std::vector<KnownArticle> KnownArticles::candidates(const Article& page, const Fingerprint& fp) const {
  std::vector<KnownArticle> found;
  auto search = [&](const ArticleIndex& index) {
    for (const Candidate& candidate : index.query(fp, kCandidatesPerIndex, kMinCandidateResemblance)) {
      Metadata meta = index.metadata(candidate.id);
      if (is_same_article(page.meta, meta, candidate.resemblance)) continue;
      auto known_fp = index.fingerprint(candidate.id);
      if (!known_fp) continue;
      KnownArticle known{meta.canonical_url.empty() ? meta.title : meta.canonical_url, std::move(meta),
                         std::move(known_fp.value()), std::nullopt};
      if (const Article* text = recent(known.meta.canonical_url)) known.article = *text;
      found.push_back(std::move(known));
    }
  };
  search(history);
  for (const auto& entry : packs) search(entry.second);
  return found;
}

void KnownArticles::remember_recent(const Article& article) {
  if (article.meta.canonical_url.empty()) return;
  std::erase_if(recent_, [&](const Article& a) { return a.meta.canonical_url == article.meta.canonical_url; });
  recent_.push_back(article);
  if (recent_.size() > kRecentArticles) recent_.pop_front();
}

const Article* KnownArticles::recent(const std::string& url) const {
  if (url.empty()) return nullptr;
  for (const Article& article : recent_)
    if (article.meta.canonical_url == url) return &article;
  return nullptr;
}

}  // namespace firsthand::abi
