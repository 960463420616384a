// The relation rules (compare.h), shared by both comparison levels. They read the scores of the side that
// would be the copy (the shorter text) against the other:
//   1. most of its sentences have an identical partner          -> verbatim copy (syndicated if it credits)
//   2. a good share has a partner sharing a third of its words  -> derived: spun copy when both texts are
//      about as long, rewrite when the copy is clearly shorter, same source when the "source" is itself a
//      machine-spun text (a spinner's output is an end product, not what a writer works from)
//   3. as long, with the same names and numbers in the same order -> spun copy (heavy synonym swaps)
//   4. shared facts or quotes but few partner sentences         -> independent reporting on the same event
// Topic words are left out of sentence sketches (fingerprint.cpp), so same-event articles do not pair up
// on "NATO", "Russia" and "talks" alone.
#include <algorithm>
#include <cmath>

#include "firsthand/compare.h"

namespace firsthand {
namespace {

constexpr double kVerbatimIdentical = 0.5;    // share of the copy's sentences found unchanged
constexpr double kDerivedAligned = 0.24;      // share of the copy's sentences with a reworded partner
constexpr double kSameLengthRatio = 0.75;     // shorter/longer word counts above this: same text, not a digest
// Two texts of the same length that are one text with swapped words correspond both ways; when only the
// copy's side finds partners (a fingerprint estimate inflated by shared facts), it is not the same text.
constexpr double kMutualAligned = 0.2;
constexpr std::uint32_t kSpunArtefacts = 25;  // round-trip artefacts per 100 sentences that mark a spun text
constexpr double kSpunFacts = 0.45;           // names and numbers in the same order: a spinner keeps them all
constexpr double kSameEventFacts = 0.1;       // fact-pair half of the sketch
constexpr double kSameEventAligned = 0.15;

struct Sides {
  bool a_is_copy;  // A is the shorter text (or the later-dated / crediting one when equally long)
  double copy_identical, copy_aligned, other_aligned;
  std::uint32_t copy_artefacts, other_artefacts;
  double length_ratio;  // shorter / longer
};

bool a_looks_like_copy(const PairScores& s, const Metadata& a, const Metadata& b) {
  if (!a.credit.empty() != !b.credit.empty()) return !a.credit.empty();
  if (s.length_ratio > 0 && std::fabs(std::log(s.length_ratio)) > 0.1) return s.length_ratio < 1.0;
  if (s.artefacts_a != s.artefacts_b) return s.artefacts_a > s.artefacts_b;
  if (!a.date.empty() && !b.date.empty() && a.date != b.date) return a.date > b.date;
  return s.length_ratio <= 1.0;
}

Sides orient(const PairScores& s, const Metadata& a, const Metadata& b) {
  Sides o{};
  o.a_is_copy = a_looks_like_copy(s, a, b);
  o.copy_identical = o.a_is_copy ? s.identical_a_in_b : s.identical_b_in_a;
  o.copy_aligned = o.a_is_copy ? s.aligned_a_in_b : s.aligned_b_in_a;
  o.other_aligned = o.a_is_copy ? s.aligned_b_in_a : s.aligned_a_in_b;
  o.copy_artefacts = o.a_is_copy ? s.artefacts_a : s.artefacts_b;
  o.other_artefacts = o.a_is_copy ? s.artefacts_b : s.artefacts_a;
  o.length_ratio = s.length_ratio <= 0 ? 0 : std::min(s.length_ratio, 1.0 / s.length_ratio);
  return o;
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

// Confidence grows with the distance of the deciding score from its threshold, within [0.5, 0.99].
double confidence_from_margin(double score, double threshold, double scale) {
  return std::clamp(0.5 + std::fabs(score - threshold) / scale, 0.5, 0.99);
}

}  // namespace

Comparison classify(const PairScores& s, const Metadata& meta_a, const Metadata& meta_b) {
  Comparison c;
  c.scores = s;
  const Sides o = orient(s, meta_a, meta_b);
  const Source source_side = o.a_is_copy ? Source::B : Source::A;
  const char* copy_name = o.a_is_copy ? "A" : "B";
  const char* other_name = o.a_is_copy ? "B" : "A";
  const Metadata& copy_meta = o.a_is_copy ? meta_a : meta_b;

  if (o.copy_identical >= kVerbatimIdentical) {
    c.source = source_side;
    c.confidence = confidence_from_margin(o.copy_identical, kVerbatimIdentical, 0.5);
    c.reasons.push_back(percent(o.copy_identical) + " of " + copy_name + "'s sentences appear unchanged in " +
                        other_name + ".");
    if (!copy_meta.credit.empty()) {
      c.relation = Relation::Syndicated;
      c.credited_source = copy_meta.credit;
      c.reasons.push_back(std::string(copy_name) + " credits " + copy_meta.credit +
                          (copy_meta.credit_evidence.empty() ? "" : " (\"" + copy_meta.credit_evidence + "\")") + ".");
    } else {
      c.relation = Relation::VerbatimCopy;
      c.reasons.push_back(std::string(copy_name) + " names no source for the copied text.");
    }
    return c;
  }

  if (o.length_ratio >= kSameLengthRatio && s.fact_resemblance >= kSpunFacts && o.copy_aligned < kDerivedAligned) {
    c.relation = Relation::SpunCopy;
    c.source = source_side;
    c.confidence = confidence_from_margin(s.fact_resemblance, kSpunFacts, 0.5);
    c.reasons.push_back("Same length and " + percent(s.fact_resemblance) +
                        " of the names and numbers in the same order, but the wording differs: swapped words.");
    return c;
  }

  const bool same_text_both_ways = o.length_ratio < kSameLengthRatio || o.other_aligned >= kMutualAligned;
  if (o.copy_aligned >= kDerivedAligned && same_text_both_ways) {
    c.confidence = confidence_from_margin(o.copy_aligned, kDerivedAligned, 0.4);
    c.reasons.push_back(percent(o.copy_aligned) + " of " + copy_name + "'s sentences reword sentences of " +
                        other_name + ", but only " + percent(o.copy_identical) + " are unchanged.");
    if (o.length_ratio >= kSameLengthRatio) {
      c.relation = Relation::SpunCopy;
      c.source = source_side;
      c.reasons.push_back("Both are about as long (" + percent(o.length_ratio) +
                          "): the same text with its words swapped.");
      if (o.copy_artefacts >= kSpunArtefacts)
        c.reasons.push_back(std::string(copy_name) + " shows machine-translation artefacts (" +
                            std::to_string(o.copy_artefacts) + " per 100 sentences).");
    } else if (o.other_artefacts >= kSpunArtefacts && o.copy_artefacts < kSpunArtefacts) {
      c.relation = Relation::SameSource;
      c.source = Source::Neither;
      c.reasons.push_back(std::string(other_name) + " is itself machine-spun (" + std::to_string(o.other_artefacts) +
                          " translation artefacts per 100 sentences) and " + copy_name +
                          " does not repeat them: both derive from one original.");
    } else {
      c.relation = Relation::Rewrite;
      c.source = source_side;
      c.reasons.push_back(std::string(copy_name) + " is shorter (" + percent(o.length_ratio) + " of " + other_name +
                          "'s length) and follows its facts.");
    }
    return c;
  }

  const double aligned = std::max(s.aligned_a_in_b, s.aligned_b_in_a);
  if (s.fact_resemblance >= kSameEventFacts || s.shared_quotes >= 1.0 || aligned >= kSameEventAligned) {
    c.relation = Relation::IndependentSameEvent;
    c.confidence = confidence_from_margin(o.copy_aligned, kDerivedAligned, 0.3);
    c.reasons.push_back("They share names, numbers" + std::string(s.shared_quotes >= 1.0 ? " and quotes" : "") +
                        ", but only " + percent(o.copy_aligned) +
                        " of the sentences correspond: separate reporting on the same event.");
    return c;
  }
  c.relation = Relation::Unrelated;
  c.confidence = confidence_from_margin(s.fact_resemblance, kSameEventFacts, 0.2);
  c.reasons.push_back("No shared passages, facts or quotes.");
  return c;
}

}  // namespace firsthand
