// The relation rules read soft sentence partners in order (soft_shares_in_order) where both texts were read:
// a clearly shorter text that retells the other sentence by sentence with the other's names and numbers is a
// digest of it, though its reworded sentences share too few words to pair and its facts were respelled; two
// texts of one length that pair sentences by shared words, yet retell few of each other's in order and each
// have facts of their own, are two reports of one event. The scores are invented, shaped as the copies set's
// dev half shows these pairs; without the soft shares (fingerprint level) the rules stay silent.
#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>
#include <utility>

#include "firsthand/compare.h"

using namespace firsthand;

namespace {

// Scores of A against B with the soft shares read: each side's sentences (all sketched), the sketches'
// sentence pairing, the facts and the soft shares in order.
PairScores scores(double length_ratio, std::pair<double, double> aligned, std::pair<std::uint32_t, std::uint32_t> sentences,
                  const FactMatch& facts, SoftShares soft) {
  PairScores s;
  s.length_ratio = length_ratio;
  std::tie(s.aligned_a_in_b, s.aligned_b_in_a) = aligned;
  std::tie(s.sentences_a, s.sentences_b) = sentences;
  std::tie(s.sketched_a, s.sketched_b) = sentences;
  s.shared_quotes = 1;
  s.facts = facts;
  s.language_a = s.language_b = TextLanguage::English;
  s.soft_shares = soft;
  s.soft_in_order = std::min(soft.a_in_b, soft.b_in_a);
  return s;
}

// A against B, a digest at half its length: few sentences pair by the sketches, 3 in 4 of B's facts are in
// A but fewer than half of them in A's order.
PairScores digest_scores(double digest_retold) {
  return scores(2.0, {0.09, 0.15}, {40, 20}, {105, 62, 47, 27, 0.45, 0.76, 30, 8}, {0.3, digest_retold});
}

// Two texts of about one length (B at 0.78 of A) whose sentences pair by shared words as a paraphrase's do,
// whose shared facts mostly follow one order, and a fifth of whose facts are B's own.
PairScores as_long_scores(double retold) {
  PairScores s = scores(1.29, {0.29, 0.38}, {20, 16}, {44, 34, 27, 23, 0.61, 0.79, 3, 2}, {retold, retold + 0.1});
  s.fact_resemblance = 0.44;
  return s;
}

bool reasons_mention(const Comparison& c, const std::string& words) {
  return std::any_of(c.reasons.begin(), c.reasons.end(),
                     [&](const std::string& r) { return r.find(words) != std::string::npos; });
}

}  // namespace

TEST_CASE("retold sentences: a digest that retells its source in order is a rewrite of it", "[compare][soft]") {
  const Comparison c = classify(digest_scores(0.69), Metadata{}, Metadata{});
  CHECK(c.relation == Relation::Rewrite);
  CHECK(c.source == Source::A);
  CHECK(reasons_mention(c, "69% of the sentences of B each say what a sentence of A says"));
  // A short text that retells few of the other's sentences is no digest of it.
  CHECK(classify(digest_scores(0.3), Metadata{}, Metadata{}).relation == Relation::IndependentSameEvent);
  // Unread soft shares (a stored fingerprint) say nothing either way.
  PairScores stored = digest_scores(0.69);
  stored.soft_shares.reset();
  CHECK(classify(stored, Metadata{}, Metadata{}).relation == Relation::IndependentSameEvent);
}

TEST_CASE("retold sentences: texts of one length retelling few of each other's, facts apart, are two reports",
          "[compare][soft]") {
  const Comparison c = classify(as_long_scores(0.38), Metadata{}, Metadata{});
  CHECK(c.relation == Relation::IndependentSameEvent);
  CHECK(c.source == Source::Neither);
  CHECK(reasons_mention(c, "As few as 38% of the sentences of"));
  // Retold sentence by sentence, it is a paraphrase.
  CHECK(classify(as_long_scores(0.8), Metadata{}, Metadata{}).relation == Relation::Rewrite);
  PairScores stored = as_long_scores(0.38);
  stored.soft_shares.reset();
  CHECK(classify(stored, Metadata{}, Metadata{}).relation == Relation::Rewrite);
}
