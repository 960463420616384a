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
#include "firsthand/result.h"
#include "firsthand/verdict.h"
#include "firsthand/verdict/standing_text.h"

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
  // refused it (full). With the page's verdict: a page judged a copy of another site's article does not count
  // for its own site's standing text, so a passage a site took from elsewhere and shows on two of its pages
  // never becomes that site's template (which would hide the copy on its next page).
  bool remember(const Article& article, const Fingerprint& fp, const Verdict* verdict = nullptr);
  // Forgets the recent texts and the passage summaries (an article was removed, the history cleared).
  void forget_recent();
  // Forgets the whole history: its index, the recent texts and summaries, the sites' standing text.
  void clear_history();

  // The history as saved between sessions: its index as a pack, with the sites' standing text in the pack's
  // site-sentences section. Loading replaces the index only when the pack is valid; a history saved without
  // the section (or with one this version does not read) keeps its articles and starts a new count.
  std::string export_history() const;
  Result<std::size_t> load_history(std::string_view bytes);

 private:
  void remember_recent(const Article& article);
  void remember_passages(const Article& article, const Fingerprint& fp, bool counts_for_site);
  struct Evidence {
    Fingerprint fingerprint;  // the rich tier, every sentence sketch
    PassageSummary passages;
  };
  const Article* recent(const std::string& url) const;
  std::deque<Article> recent_;
  std::unordered_map<std::string, Evidence> passages_;  // by canonical URL
  std::deque<std::string> passages_order_;                    // their URLs, oldest first
  StandingText standing_;  // every article read, not only the summarised ones
};

}  // namespace firsthand
