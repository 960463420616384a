// The two comparison levels (compare.h): fingerprint level scores the pair and classifies; text level does
// the same from rich fingerprints of both texts, adds the spin evidence that only text shows (tortured
// phrases) and the sentence alignment.
#include <algorithm>
#include <set>

#include "compare_reasons.h"
#include "firsthand/compare.h"
#include "firsthand/fingerprint/spin.h"

namespace firsthand {

std::uint32_t tortured_per_100_sentences(const TokenizedText& text) {
  if (text.sentences.empty()) return 0;
  return static_cast<std::uint32_t>(find_tortured_phrases(text).size() * 100 / text.sentences.size());
}

namespace {
PairScores scores_of(const ComparedSide& a, const ComparedSide& b) {
  PairScores scores = score_pair(a.fingerprint, b.fingerprint);
  scores.tortured_a = a.tortured_per_100_sentences;
  scores.tortured_b = b.tortured_per_100_sentences;
  return scores;
}
// The sentences the alignment pairs with an identical one, which the reader sees, are identical whatever the
// sketches estimate (a sketch's whole-sentence byte misses some of them).
void raise_identical_shares(const Alignment& alignment, PairScores& scores) {
  std::set<std::uint32_t> in_a, in_b;
  for (const AlignedPair& p : alignment.pairs)
    if (p.identical) in_a.insert(p.sentence_a), in_b.insert(p.sentence_b);
  if (scores.sentences_a) scores.identical_a_in_b = std::max(scores.identical_a_in_b, std::min(1.0, double(in_a.size()) / scores.sentences_a));
  if (scores.sentences_b) scores.identical_b_in_a = std::max(scores.identical_b_in_a, std::min(1.0, double(in_b.size()) / scores.sentences_b));
}
}  // namespace

Comparison compare(const ComparedSide& a, const ComparedSide& b, const SideNames& names) {
  return classify(scores_of(a, b), a.meta, b.meta, names);
}

Comparison compare(const ComparedSide& a, const ComparedSide& b, Alignment alignment, const SideNames& names) {
  PairScores scores = scores_of(a, b);
  scores.rarer_swaps_a = alignment.rarer_swaps_a;
  scores.rarer_swaps_b = alignment.rarer_swaps_b;
  scores.changed_pairs = alignment.changed_pairs;
  scores.swapped_pairs = alignment.swapped_pairs;
  scores.in_place_swaps = static_cast<std::uint32_t>(alignment.in_place_swaps.size());
  scores.soft_in_order = alignment.soft_in_order;
  scores.soft_shares = alignment.soft_shares;
  scores.quoted_run = alignment.quoted_run;
  raise_identical_shares(alignment, scores);
  Comparison result = classify(scores, a.meta, b.meta, names);
  // The spun copy's swaps a reader can check, the source's word first.
  if (result.relation == Relation::SpunCopy && spun_in_place(scores)) {
    constexpr std::size_t kShownSwaps = 4;
    std::vector<std::pair<std::string_view, std::string_view>> shown;
    for (const WordSubstitution& swap : alignment.in_place_swaps) {
      if (shown.size() == kShownSwaps) break;
      shown.push_back(result.source == Source::A ? std::pair<std::string_view, std::string_view>(swap.in_a, swap.in_b)
                                                 : std::pair<std::string_view, std::string_view>(swap.in_b, swap.in_a));
    }
    result.reasons.push_back(reasons::swap_examples(shown));
  }
  if (result.relation != Relation::Unrelated && !alignment.facts.empty())
    result.reasons.push_back(reasons::aligned_facts(alignment.facts));
  result.alignment = std::move(alignment);
  return result;
}

// Whether a pair is related does not depend on which side is the copy, so the alignment (the costly part)
// is computed only for related pairs.
Comparison compare(const Article& a, const Article& b) {
  const TokenizedText text_a = tokenize(a.paragraphs);
  const TokenizedText text_b = tokenize(b.paragraphs);
  const Fingerprint fp_a = fingerprint(text_a);
  const Fingerprint fp_b = fingerprint(text_b);
  const ComparedSide side_a{fp_a, a.meta, tortured_per_100_sentences(text_a)};
  const ComparedSide side_b{fp_b, b.meta, tortured_per_100_sentences(text_b)};
  PairScores scores = scores_of(side_a, side_b);
  scores.soft_shares = soft_shares_in_order(text_a, text_b);
  scores.soft_in_order = std::min(scores.soft_shares->a_in_b, scores.soft_shares->b_in_a);
  scores.quoted_run = longest_shared_quote(text_a, text_b);
  Comparison result = classify(scores, a.meta, b.meta);
  if (result.relation == Relation::Unrelated) return result;
  Alignment alignment = align_sentences(text_a, text_b);
  alignment.facts = align_facts(text_a, text_b);
  alignment.soft_in_order = scores.soft_in_order;
  alignment.soft_shares = scores.soft_shares;
  alignment.quoted_run = scores.quoted_run;
  return compare(side_a, side_b, std::move(alignment));
}

}  // namespace firsthand
