// Candidate search over the reading history and packs (reading_history.h), and what is kept of each page read.
#include "firsthand/verdict/reading_history.h"

#include <algorithm>
#include <optional>

#include "firsthand/index/pack.h"
#include "firsthand/page/url_host.h"
#include "copy_relation.h"

namespace firsthand {
namespace {

constexpr std::size_t kCandidatesPerIndex = 8;
// Any band collision is a candidate: rewrites share few shingles, and the verdict's comparison decides.
constexpr double kMinCandidateResemblance = 0.0;

// The site whose standing text a page shares: its URL's host; an address with no domain name names none.
std::string_view site_of(std::string_view url) {
  const std::string_view host = url_host(url);
  return is_local_host(host) ? std::string_view{} : host;
}

// Whether the verdict found the page copied (verbatim, credited, spun, rewritten or translated) from a known
// article of another site: its sentences are that site's text, not the page's site's.
bool copies_another_site(const Verdict& verdict, std::string_view page_url) {
  const std::string_view site = site_of(page_url);
  return std::any_of(verdict.related.begin(), verdict.related.end(), [&](const RelatedArticle& r) {
    return page_is_copy(r.comparison) && site_of(r.url) != site;
  });
}

}  // namespace

std::vector<KnownArticle> ReadingHistory::candidates(const Article& page, const Fingerprint& fp) const {
  std::vector<KnownArticle> found;
  auto search = [&](const ArticleIndex& index) {
    for (const Candidate& candidate : index.query(fp, kCandidatesPerIndex, kMinCandidateResemblance)) {
      Metadata meta = index.metadata(candidate.id);
      if (is_same_article(page.meta, meta, candidate.resemblance)) continue;
      auto known_fp = index.fingerprint(candidate.id);
      if (!known_fp) continue;
      KnownArticle known{meta.canonical_url.empty() ? meta.title : meta.canonical_url, std::move(meta),
                         std::move(known_fp.value()), std::nullopt};
      if (const auto kept = passages_.find(known.meta.canonical_url); kept != passages_.end()) {
        known.fingerprint = kept->second.fingerprint;
        known.passages = kept->second.passages;
        known.standing_sentences = standing_.standing_sentences(
            site_of(known.meta.canonical_url), site_of(page.meta.canonical_url), known.passages->sentence_hashes);
      }
      if (const Article* text = recent(known.meta.canonical_url)) known.article = *text;
      found.push_back(std::move(known));
    }
  };
  search(history);
  for (const auto& entry : packs) search(entry.second);
  return found;
}

bool ReadingHistory::remember(const Article& article, const Fingerprint& fp, const Verdict* verdict) {
  const bool added = history.add(article.meta, fp).ok();
  remember_recent(article);
  remember_passages(article, fp, !verdict || !copies_another_site(*verdict, article.meta.canonical_url));
  return added;
}

void ReadingHistory::forget_recent() {
  recent_.clear();
  passages_.clear();
  passages_order_.clear();
}

void ReadingHistory::clear_history() {
  history = ArticleIndex(history.options());
  forget_recent();
  standing_.clear();
}

std::string ReadingHistory::export_history() const { return save_pack(history, standing_.serialize()); }

Result<std::size_t> ReadingHistory::load_history(std::string_view bytes) {
  std::string section;
  auto loaded = load_pack_into(history, bytes, &section);
  if (!loaded) return loaded;
  auto standing = StandingText::deserialize(section);
  standing_ = standing ? std::move(*standing) : StandingText{};
  return loaded;
}

void ReadingHistory::remember_passages(const Article& article, const Fingerprint& fp, bool counts_for_site) {
  const std::string& url = article.meta.canonical_url;
  if (url.empty()) return;
  PassageSummary summary = summarize_passages(tokenize(article.paragraphs));
  if (counts_for_site) standing_.count_page(site_of(url), summary.sentence_hashes);
  if (!passages_.contains(url)) passages_order_.push_back(url);
  passages_[url] = Evidence{fp, std::move(summary)};
  if (passages_order_.size() <= kSummarizedArticles) return;
  passages_.erase(passages_order_.front());
  passages_order_.pop_front();
}

void ReadingHistory::remember_recent(const Article& article) {
  if (article.meta.canonical_url.empty()) return;
  std::erase_if(recent_, [&](const Article& a) { return a.meta.canonical_url == article.meta.canonical_url; });
  recent_.push_back(article);
  if (recent_.size() > kRecentArticles) recent_.pop_front();
}

const Article* ReadingHistory::recent(const std::string& url) const {
  if (url.empty()) return nullptr;
  for (const Article& article : recent_)
    if (article.meta.canonical_url == url) return &article;
  return nullptr;
}

}  // namespace firsthand
