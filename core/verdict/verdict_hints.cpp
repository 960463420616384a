// Credibility hints: re-dated stale content, unattributed copying, spin evidence (translation artefacts,
// tortured phrases, spinner substitutions learned from the aligned original). The clutter share is measured
// too but is no hint: most mainstream pages are more menu than article, which says nothing of their text.
#include "verdict_hints.h"

#include <cmath>

#include "firsthand/fingerprint/spin.h"

namespace firsthand::detail {
namespace {

constexpr long kStaleDays = 30;
constexpr std::size_t kSubstitutionsShown = 3;

std::string quoted_list(const std::vector<PhraseHit>& hits) {
  std::string out;
  for (std::size_t i = 0; i < hits.size() && i < kSubstitutionsShown; ++i)
    out += (i ? ", '" : "'") + hits[i].phrase + "' for '" + hits[i].correct + "'";
  return out;
}

bool is_copy(VerdictKind k) {
  return k == VerdictKind::VerbatimCopy || k == VerdictKind::SpunCopy || k == VerdictKind::Rewrite;
}

}  // namespace

void add_hints(const Article& page, const TokenizedText& page_text, const Fingerprint& page_fp, Verdict& v) {
  if (v.likely_original && v.likely_original->known) {
    if (const auto days = days_between(v.likely_original->date, page.meta.date); days && *days > kStaleDays) {
      const long months = std::lround(*days / 30.44);
      v.hints.push_back("First published " + std::to_string(months) + (months == 1 ? " month" : " months") +
                        " before this copy's date (" + v.likely_original->date + " vs " + page.meta.date + ").");
    }
  }
  if (is_copy(v.kind) && page.meta.credit.empty())
    v.hints.push_back("Unattributed copy: the page does not name the source of its text.");

  if (reads_round_trip(page_fp.artefacts_per_100_sentences, page_fp.sentence_count))
    v.hints.push_back("Reads like a round-trip machine translation (" +
                      std::to_string(page_fp.artefacts_per_100_sentences) + " artefacts per 100 sentences).");
  const auto tortured = find_tortured_phrases(page_text);
  if (tortured.size() >= 2) v.hints.push_back("Tortured phrases: " + quoted_list(tortured) + ".");

  // Spinner substitutions seen against the original, then looked for in the headline.
  SpinLexicon lexicon;
  for (const auto& r : v.related)
    if (r.comparison.relation == Relation::SpunCopy && r.comparison.source == Source::B && r.comparison.alignment)
      for (const auto& pair : r.comparison.alignment->pairs)
        for (const auto& s : pair.substitutions) lexicon.learn(s.in_b, s.in_a);
  if (lexicon.size() > 0) {
    const auto in_title = lexicon.find_in(tokenize(page.meta.title));
    v.hints.push_back(in_title.empty() ? "Spinner substitutions against the original: " +
                                             std::to_string(lexicon.size()) +
                                             (lexicon.size() == 1 ? " word swap." : " word swaps.")
                                       : "Spun headline: " + quoted_list(in_title) + ".");
  }

  if (page.page_text_bytes > 0) {
    v.clutter_share = 1.0 - std::min(1.0, static_cast<double>(page.body_bytes()) / page.page_text_bytes);
  }
}

}  // namespace firsthand::detail
