// The sentences a comparison gives as its reasons (classify.cpp), worded for any count and for either naming
// of the sides: "A"/"B", or "this page" and an article's title. Internal to the core.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "firsthand/compare.h"

namespace firsthand::reasons {

// The side read as the copy and the other side, as the reasons name them (views of SideNames' strings).
struct Names {
  std::string_view copy, other;
};

// Spin evidence that crossed its threshold; an empty value is no evidence of that kind.
struct SpinSigns {
  std::optional<std::uint32_t> artefacts_per_100, tortured_per_100;
  std::optional<std::pair<std::uint32_t, std::uint32_t>> rarer_swaps;  // the rarer words in N of M word swaps
  bool any() const { return artefacts_per_100 || tortured_per_100 || rarer_swaps; }
};

std::string unchanged(const Names& n, double identical_share);
std::string reworded(const Names& n, double aligned_share, double identical_share);
// When the sentences repeat too few distinct words to be paired: the share of the copy's three-word phrases
// that the other text has.
std::string shared_phrases(const Names& n, double phrase_share);
std::string credits(const Names& n, const std::string& credit, const std::string& evidence);
std::string uncredited(const Names& n);
std::string same_facts_swapped_words(const Names& n, double fact_share);
std::string as_long(double length_ratio);
std::string shorter(const Names& n, double length_ratio);
std::string paraphrased(const Names& n, double length_ratio);
std::string spin_shown(const Names& n, const SpinSigns& copy_spin);
// Changed sentences that differ only by single words swapped in place, and the swaps (the other's word, then
// the copy's: "said -> stated"), a few of them.
std::string swapped_in_place(const Names& n, std::uint32_t swapped_pairs, std::uint32_t changed_pairs,
                             std::uint32_t swaps);
std::string swap_examples(const std::vector<std::pair<std::string_view, std::string_view>>& other_to_copy);
std::string both_credit(const Names& n, const std::string& credit);
// A copy that kept its source's own credit with the text ("— Elliana", "Source: CDC").
std::string kept_credit(const Names& n, const std::string& credit);
std::string credited_beside_spun(const Names& n, const std::string& credit, const SpinSigns& other_spin);
std::string credited_before_other(const Names& n, const std::string& credit);
std::string spun_holds_more(const Names& n, const SpinSigns& copy_spin);
std::string source_dated_later(const Names& n, const SpinSigns& copy_spin);
std::string differing_cuts(const Names& n, double copy_own_share, double other_own_share);
// The fact sequences (names and numbers in order of first appearance): n.copy is the side whose facts are
// compared, n.other the text it is compared against.
std::string follows_facts(const Names& n, double kept_share, double in_order_share);
// The aligned fact sequences' counts: facts only in each side, shared, and shared in one order in both.
struct FactCounts {
  std::uint32_t copy_only = 0, other_only = 0, shared = 0, in_order = 0;
};
// Each side keeps facts the other lacks; the shared ones follow one order (siblings of one original), or
// not (separate reports).
std::string facts_kept_apart(const Names& n, const FactCounts& f, bool one_order);
// A run of `run` of the `of` facts of `side` in a row, none of them in the shared sequence: a passage the other
// text does not follow, as one of two rewrites of a parent cuts or reworks it.
std::string passage_not_followed(std::string_view side, std::string_view other, std::uint32_t run, std::uint32_t of);
std::string translated(const Names& n, double kept_share, double in_order_share);
// The aligned fact sequence itself, as the first text writes it (the evidence behind the three above).
std::string aligned_facts(const std::vector<AlignedFact>& facts);
std::string separate_reporting(const SideNames& names, bool shares_facts, double shared_quotes, double most_aligned);
// Sentences of both retold in other words and in one order, with too few shared facts for a copy.
std::string retold_in_order(const SideNames& names, double soft_in_order);
// Neither of two texts retells the other whole: at most `fuller_share` of either's sentences in order.
std::string retold_in_part(const SideNames& names, double fuller_share);
// The words both texts quote, though each cut the quote differently.
std::string quoted_run(const SideNames& names, const std::string& words);
// Soft sentence partners in order (soft_sentences.cpp) as evidence: a digest's sentences each retell one of its
// source's in turn; two texts of one length that retell few of each other's are separate reports.
std::string digest_retold(const Names& n, double retold_share, double kept_share);
std::string few_retold(const Names& n, double soft_in_order, const FactCounts& f);

}  // namespace firsthand::reasons
