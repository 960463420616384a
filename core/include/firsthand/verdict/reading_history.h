// What a reader's engine knows between pages, as the extension keeps it: the history index (stored
// fingerprints and metadata, never text), the imported packs (one index each, so a pack can be removed whole)
// and the last few analysed articles (memory only, never stored), whose text gives the verdict its aligned
// passages when the likely original was read recently. For many more articles it keeps their rich
// fingerprint and passage summary (memory only too: hashes, no text), so that a verdict on an article read
// long ago scores and aligns it as its text would; beyond them (and after a restart, when only the stored
// index is left) a stored fingerprint that cannot show a copy makes only "possibly related". The wasm ABI
// holds one; `firsthand session` replays reading through one, so both judge a page against the same
// candidates.
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "firsthand/extract/article.h"
#include "firsthand/index.h"
#include "firsthand/verdict.h"

namespace firsthand {

class ReadingHistory {
 public:
  static constexpr std::size_t kRecentArticles = 16;  // kept with their text
  // Kept with their rich fingerprint and passage summary: about 3 KB an article (6 MB for 2,048 synthetic
  // articles of the history bench).
  static constexpr std::size_t kSummarizedArticles = 2048;

  ArticleIndex history;
  std::map<std::uint32_t, ArticleIndex> packs;

  // The known articles resembling the page, as the verdict takes them, excluding the page itself.
  std::vector<KnownArticle> candidates(const Article& page, const Fingerprint& fp) const;
  // Adds the article to the history index and keeps its text among the recent ones. False when the index
  // refused it (full).
  bool remember(const Article& article, const Fingerprint& fp);
  // Forgets the recent texts and the passage summaries (an article was removed, the history cleared).
  void forget_recent();

 private:
  void remember_recent(const Article& article);
  void remember_passages(const Article& article, const Fingerprint& fp);
  struct Evidence {
    Fingerprint fingerprint;  // the rich tier, every sentence sketch
    PassageSummary passages;
  };
  const Article* recent(const std::string& url) const;
  std::deque<Article> recent_;
  std::unordered_map<std::string, Evidence> passages_;  // by canonical URL
  std::deque<std::string> passages_order_;                    // their URLs, oldest first
};

}  // namespace firsthand
