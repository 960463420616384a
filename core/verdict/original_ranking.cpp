// Scores each candidate original on the evidence a reader can check: containment direction, credit,
// canonical URL, spin evidence, earliest date and completeness. Each point comes with its reason. Spin and
// a candidate's own credit weigh more than dates: a spun text or a credited copy is never the first
// publication, whatever date its page shows.
#include "original_ranking.h"

#include <algorithm>

namespace firsthand::detail {

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
    if (is_credited_publisher(page.meta.credit, k.meta)) {
      r.score += 2;
      r.reasons.push_back("This page credits " + page.meta.credit + ".");
    }
    if (!page.meta.canonical_url.empty() && page.meta.canonical_url == k.meta.canonical_url) {
      r.score += 2;
      r.reasons.push_back("This page's canonical URL points to it.");
    }
    const bool candidate_spun = shows_spin(comparison.scores.artefacts_b, comparison.scores.sentences_b, comparison.scores.tortured_b);
    if (candidate_spun) {
      r.score -= 2;
      r.reasons.push_back("It reads as machine-spun itself, so it is not the first text.");
    } else if (shows_spin(comparison.scores.artefacts_a, comparison.scores.sentences_a, comparison.scores.tortured_a)) {
      r.score += 1;
      r.reasons.push_back("It reads as written text; this page reads as machine-spun.");
    }
    if (!k.meta.credit.empty() && !is_credited_publisher(k.meta.credit, k.meta)) {
      r.score -= 2;
      r.reasons.push_back("It credits " + k.meta.credit + " itself: a copy, not the first publication.");
    }
    if (!k.meta.date.empty() && k.meta.date == earliest) {
      r.score += 1;
      const auto days = days_between(k.meta.date, page.meta.date);
      r.reasons.push_back(days && *days > 0 ? "Published " + std::to_string(*days) + (*days == 1 ? " day" : " days") +
                                                  " before this page."
                                            : "The earliest date among the matches (" + k.meta.date + ").");
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
