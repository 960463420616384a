// What a reader's engine knows between pages, as the extension keeps it: the history index (stored
// fingerprints and metadata, never text), the imported packs (one index each, so a pack can be removed whole)
// and the last few analysed articles (memory only, never stored), whose text gives the verdict its aligned
// passages when the likely original was read recently. The wasm ABI holds one; `firsthand session` replays
// reading through one, so both judge a page against the same candidates.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <vector>

#include "firsthand/extract/article.h"
#include "firsthand/index.h"
#include "firsthand/verdict.h"

namespace firsthand {

class ReadingHistory {
 public:
  static constexpr std::size_t kRecentArticles = 16;  // kept with their text

  ArticleIndex history;
  std::map<std::uint32_t, ArticleIndex> packs;

  // The known articles resembling the page, as the verdict takes them, excluding the page itself.
  std::vector<KnownArticle> candidates(const Article& page, const Fingerprint& fp) const;
  // Adds the article to the history index and keeps its text among the recent ones. False when the index
  // refused it (full).
  bool remember(const Article& article, const Fingerprint& fp);
  void forget_recent() { recent_.clear(); }

 private:
  void remember_recent(const Article& article);
  const Article* recent(const std::string& url) const;
  std::deque<Article> recent_;
};

}  // namespace firsthand
