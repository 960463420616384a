// Scores each candidate original on the evidence a reader can check: containment direction, credit,
// canonical URL, earliest date, spin evidence and completeness. Each point comes with its reason.
#include "original_ranking.h"

#include <algorithm>

#include "firsthand/normalize.h"

namespace firsthand::detail {
namespace {

bool credit_names(const std::string& credit, const Metadata& meta) {
  if (credit.empty()) return false;
  const std::string c = fold_text(credit);
  return (!meta.site_name.empty() && fold_text(meta.site_name).find(c) != std::string::npos) ||
         (!meta.canonical_url.empty() && fold_text(meta.canonical_url).find(c) != std::string::npos);
}

}  // namespace

std::vector<RankedOriginal> rank_originals(const Article& page, const Fingerprint& page_fp,
                                           const std::vector<KnownArticle>& known,
                                           const std::vector<std::pair<std::size_t, Comparison>>& candidates) {
  std::string earliest;
  for (const auto& [index, comparison] : candidates) {
    const std::string& d = known[index].meta.date;
    if (!d.empty() && (earliest.empty() || d < earliest)) earliest = d;
  }
  std::vector<RankedOriginal> ranked;
  for (const auto& [index, comparison] : candidates) {
    const KnownArticle& k = known[index];
    RankedOriginal r{index, 0, {}};
    if (comparison.source == Source::B) {
      r.score += 3;
      r.reasons.push_back(comparison.relation == Relation::VerbatimCopy || comparison.relation == Relation::Syndicated
                              ? "It holds this page's text, not the reverse."
                              : "This page follows its text and order of facts.");
    }
    if (credit_names(page.meta.credit, k.meta)) {
      r.score += 2;
      r.reasons.push_back("This page credits " + page.meta.credit + ".");
    }
    if (!page.meta.canonical_url.empty() && page.meta.canonical_url == k.meta.canonical_url) {
      r.score += 2;
      r.reasons.push_back("This page's canonical URL points to it.");
    }
    if (!k.meta.date.empty() && k.meta.date == earliest) {
      r.score += 1;
      const auto days = days_between(k.meta.date, page.meta.date);
      r.reasons.push_back(days && *days > 0 ? "Published " + std::to_string(*days) + " days before this page."
                                            : "The earliest date among the matches (" + k.meta.date + ").");
    }
    if (k.fingerprint.artefacts_per_100_sentences < page_fp.artefacts_per_100_sentences) {
      r.score += 1;
      r.reasons.push_back("It reads as written text; this page shows more translation artefacts.");
    }
    if (k.fingerprint.word_count > page_fp.word_count) {
      r.score += 0.5;
      r.reasons.push_back("It is the more complete text.");
    }
    ranked.push_back(std::move(r));
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.score > y.score; });
  return ranked;
}

}  // namespace firsthand::detail
