// Which side is the copy and what kind, on scores as copies of real pages give them (dev half of the copies
// bench): an original's one-name byline is no credit that makes its own later copy a sibling; a spinner's
// volume of swaps makes a spun copy whichever word the swaps chose; dates, two or one, outrank a few round-trip
// artefacts.
#include <catch2/catch.hpp>

#include "firsthand/compare.h"
#include "pair_fixtures.h"

using namespace firsthand;

namespace {

using test::meta_with;

PairScores identical_scores() {
  PairScores s;
  s.identical_a_in_b = s.aligned_a_in_b = s.identical_b_in_a = s.aligned_b_in_a = 1.0;
  s.length_ratio = 1.0;
  s.fact_resemblance = 1.0;
  return s;
}

// Two texts of one length whose sentences all correspond, few unchanged, every fact kept in order.
PairScores swapped_scores(double identical, std::uint32_t swaps_a, std::uint32_t swaps_b) {
  PairScores s;
  s.identical_a_in_b = s.identical_b_in_a = identical;
  s.aligned_a_in_b = s.aligned_b_in_a = 0.7;
  s.length_ratio = 1.0;
  s.fact_resemblance = 1.0;
  s.facts.compared_a = s.facts.compared_b = s.facts.common = s.facts.in_order = 30;
  s.facts.a_in_b = s.facts.b_in_a = 1.0;
  s.rarer_swaps_a = swaps_a;
  s.rarer_swaps_b = swaps_b;
  return s;
}

}  // namespace

TEST_CASE("an original's one-name byline does not make its later copy a sibling", "[compare][credit]") {
  const Metadata copy = meta_with("2019-06-04", "The Morning Ledger");
  const Metadata original = meta_with("2019-06-01", "Two For Fashion", "Redaktion", "by Redaktion");
  const Comparison c = classify(identical_scores(), copy, original);
  CHECK(c.relation == Relation::VerbatimCopy);
  CHECK(c.source == Source::B);
  // Named as the author on its own site, the same publisher is the copy's credited source.
  const Comparison credited = classify(identical_scores(), meta_with("2019-06-04", "The Morning Ledger", "Northwire",
                                                                   "by Northwire"), meta_with("2019-06-01", "Northwire"));
  CHECK(credited.relation == Relation::Syndicated);
  CHECK(credited.source == Source::B);
  // A republication credit still says both copied one story when the other page is dated later.
  const Comparison wire = classify(identical_scores(), meta_with("2019-06-01", "Two For Fashion", "AP", "(AP) —"),
                                   meta_with("2019-06-04", "The Morning Ledger"));
  CHECK(wire.relation == Relation::SameSource);
}

TEST_CASE("a writer's signature both pages keep is no source both took the text from", "[compare][credit]") {
  // A page of signed contributions ("— Tamsin"): its copy keeps the signature with the text.
  const Metadata original = meta_with("2021-03-01", "Puzzle Corner", "Tamsin", "— Tamsin");
  const Metadata copy = meta_with("2021-03-04", "The Morning Ledger", "Tamsin", "— Tamsin");
  PairScores half = identical_scores();  // the copy keeps the first half
  half.identical_b_in_a = half.aligned_b_in_a = 0.5;
  half.length_ratio = 0.5;
  const Comparison c = classify(half, copy, original);
  CHECK(c.relation == Relation::VerbatimCopy);
  CHECK(c.source == Source::B);
  // Named as the page's byline, a name is the writer too, whatever line carries it.
  Metadata bylined_original = meta_with("2021-03-01", "Puzzle Corner", "Tamsin Hale", "Written by Tamsin Hale.");
  bylined_original.byline = "Tamsin Hale";
  const Comparison bylined =
      classify(half, meta_with("2021-03-04", "The Morning Ledger", "Tamsin Hale", "Written by Tamsin Hale."), bylined_original);
  CHECK(bylined.relation == Relation::VerbatimCopy);
  CHECK(bylined.source == Source::B);
  // Two cuts of a wire story that both credit the wire are still its siblings.
  const Comparison wire = classify(half, meta_with("2021-03-04", "The Morning Ledger", "AP", "(AP) —"),
                                   meta_with("2021-03-01", "Puzzle Corner", "AP", "(AP) —"));
  CHECK(wire.relation == Relation::SameSource);
}

TEST_CASE("a verbatim copy that keeps its source's own credit line is a copy and no sibling", "[compare][credit]") {
  // The original cites where its figures came from; the copy is the same text both ways, credit line and all.
  const Metadata original = meta_with("2020-04-10", "Harbour Gazette", "Port Health Office", "Source: Port Health Office");
  const Metadata copy = meta_with("2020-04-13", "The Morning Ledger", "Port Health Office", "Source: Port Health Office");
  const Comparison c = classify(identical_scores(), copy, original);
  CHECK(c.relation == Relation::VerbatimCopy);
  CHECK(c.source == Source::B);
  // Each side keeping passages the other lacks: two takes of the credited source, siblings still.
  PairScores cuts = identical_scores();
  cuts.identical_a_in_b = cuts.aligned_a_in_b = 0.8;
  cuts.identical_b_in_a = cuts.aligned_b_in_a = 0.8;
  CHECK(classify(cuts, copy, original).relation == Relation::SameSource);
}

TEST_CASE("an original read back from stored records keeps its one-name byline", "[compare][credit]") {
  // The history's records keep a credit's name, not the line it came from ("by Redaktion" -> "Redaktion").
  const Metadata copy = meta_with("2019-06-04", "The Morning Ledger");
  const Comparison c = classify(identical_scores(), copy, meta_with("2019-06-01", "Two For Fashion", "Redaktion"));
  CHECK(c.relation == Relation::VerbatimCopy);
  CHECK(c.source == Source::B);
  // A stored name that says wire or agency still credits a source: both copied one story.
  const Comparison wire = classify(identical_scores(), meta_with("2019-06-01", "Two For Fashion", "Baltic Wire"), copy);
  CHECK(wire.relation == Relation::SameSource);
}

TEST_CASE("a spinner's volume of swaps makes a spun copy whichever word the swaps chose", "[compare][spin-swaps]") {
  const Metadata copy = meta_with("2024-05-03", "Daily Buzz Hub"), original = meta_with("2024-05-01", "Northwire");
  const Comparison reworded = classify(swapped_scores(0.1, 22, 13), copy, original);
  CHECK(reworded.relation == Relation::SpunCopy);
  CHECK(reworded.source == Source::B);
  // Half its sentences untouched, the rest swapped in bulk: spun, not a verbatim copy.
  const Comparison half = classify(swapped_scores(0.55, 30, 25), copy, original);
  CHECK(half.relation == Relation::SpunCopy);
  CHECK(half.source == Source::B);
  // A paraphrase's few swaps stay a rewrite, and most sentences unchanged stay a verbatim copy.
  CHECK(classify(swapped_scores(0.1, 8, 5), copy, original).relation == Relation::Rewrite);
  CHECK(classify(swapped_scores(0.9, 30, 25), copy, original).relation == Relation::VerbatimCopy);
}

TEST_CASE("dates name the original before a few round-trip artefacts do", "[compare][direction]") {
  // A paraphrase as long as its original, whose own text shows a few round-trip artefacts (short of a
  // spinner's grade, as originals of the copies set's dev half show up to 7 per 100 sentences).
  PairScores s = swapped_scores(0.1, 0, 0);
  s.sentences_a = s.sentences_b = s.sketched_a = s.sketched_b = 30;
  s.artefacts_a = 4;
  const Metadata original = meta_with("2026-05-21", "Westmere Herald"), copy = meta_with("2026-05-23", "Opinion Roundup");
  const Comparison dated = classify(s, original, copy);
  CHECK(dated.relation == Relation::Rewrite);
  CHECK(dated.source == Source::A);
  // A date on one page only still outranks them: the undated page is the copy.
  CHECK(classify(s, original, meta_with("", "Opinion Roundup")).source == Source::A);
  CHECK(classify(s, meta_with("", "Westmere Herald"), copy).source == Source::B);
  // With neither page dated the artefacts still lean: the side that shows them is taken for the copy.
  CHECK(classify(s, meta_with("", "Westmere Herald"), meta_with("", "Opinion Roundup")).source == Source::B);
}
