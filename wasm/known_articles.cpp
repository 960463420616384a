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
// A known article with the page's URL, or with nearly all its text under the same title, site and date, is
// the page itself (read before, or in a pack built from a saved copy of it): it says nothing about where the
// page's text came from. A scraper keeps title and text but not the site, so it is still compared.
constexpr double kSelfResemblance = 0.9;

bool is_the_page(const Article& page, const Metadata& known, double resemblance) {
  if (!known.canonical_url.empty() && known.canonical_url == page.meta.canonical_url) return true;
  return resemblance >= kSelfResemblance && known.title == page.meta.title &&
         known.site_name == page.meta.site_name && known.date == page.meta.date;
}

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
      if (is_the_page(page, meta, candidate.resemblance)) continue;
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
