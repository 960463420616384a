// What the wasm core knows between calls: the reader's history index, the imported packs (one index each, so
// a pack can be removed whole) and the last few analysed articles (memory only, never stored), whose text
// gives the verdict its aligned passages when the likely original was read in this session.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <vector>

#include "firsthand/extract/article.h"
#include "firsthand/index.h"
#include "firsthand/verdict.h"

namespace firsthand::abi {

class KnownArticles {
 public:
  ArticleIndex history;
  std::map<std::uint32_t, ArticleIndex> packs;

  // The known articles resembling the page, as the verdict takes them, excluding the page itself.
  std::vector<KnownArticle> candidates(const Article& page, const Fingerprint& fp) const;
  void remember_recent(const Article& article);
  void forget_recent() { recent_.clear(); }

 private:
  const Article* recent(const std::string& url) const;
  std::deque<Article> recent_;
};

KnownArticles& known_articles();

}  // namespace firsthand::abi
