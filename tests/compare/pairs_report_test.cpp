// Precision and recall per relation over the labelled fixture pairs, at both comparison levels (text, and
// the page, read, against the stored compact tier of the other), printed as a report.
#include <catch2/catch.hpp>

#include "firsthand/compare.h"
#include "pair_fixtures.h"
#include "relation_report.h"

using namespace firsthand;

namespace {

void report(const char* level, bool text_level) {
  const auto fixtures = test::load_pair_fixtures();
  REQUIRE(fixtures.size() >= 40);
  test::RelationTally tally;
  int wrong_original = 0;
  for (const auto& f : fixtures) {
    const Comparison c = text_level ? compare(f.a, f.b) : test::fingerprint_level_comparison(f.a, f.b);
    const std::string got = relation_name(c.relation);
    if (!tally.add(f.relation, got)) UNSCOPED_INFO(level << ": " << f.slug << " expected " << f.relation << ", got " << got);
    if (!f.likely_original.empty() && got == f.relation && test::source_letter(c.source) != f.likely_original) {
      ++wrong_original;
      UNSCOPED_INFO(level << ": " << f.slug << " names the wrong original");
    }
  }
  tally.print(std::string(level) + " level, " + std::to_string(fixtures.size()) + " pairs");
  for (const auto& [relation, n] : tally.counts()) {
    INFO(relation);
    CHECK(test::RelationTally::precision(n) >= 0.9);
    CHECK(test::RelationTally::recall(n) >= 0.9);
  }
  CHECK(tally.counts().size() == 7);  // every relation kind of the fixtures is represented
  CHECK(wrong_original == 0);
}

}  // namespace

TEST_CASE("fixture pairs: precision and recall per relation, text level", "[compare][report]") {
  report("text", true);
}

TEST_CASE("fixture pairs: precision and recall per relation, fingerprint level", "[compare][report]") {
  report("fingerprint", false);
}

TEST_CASE("Webis-CPC-style hard cases", "[compare]") {
  const auto fixtures = test::load_pair_fixtures();
  for (const auto& f : fixtures) {
    // A spun copy with most content words replaced still matches its original...
    if (f.slug == "harbour-bridge-spun") {
      const Comparison c = compare(f.a, f.b);
      REQUIRE(c.alignment);
      CHECK(c.alignment->substituted_word_share > 0.5);
      CHECK(c.relation == Relation::SpunCopy);
    }
    // ...and an independent article sharing two quotes with it does not.
    if (f.slug == "harbour-bridge-independent") {
      const Comparison c = compare(f.a, f.b);
      CHECK(c.scores.shared_quotes >= 2.0);
      CHECK(c.relation == Relation::IndependentSameEvent);
    }
  }
}

// A template-like text repeats its few nouns in nearly every sentence, so they count as topic words and
// almost no sentence keeps enough other words for a sentence sketch. Its verbatim copy must still read as a
// copy, at both levels, and the sentence shares left empty by the missing sketches must not pass for spin.
TEST_CASE("a verbatim copy of a repetitive text with too few sentence sketches", "[compare]") {
  for (const auto& f : test::load_pair_fixtures()) {
    if (f.slug != "canal-lock-verbatim-repetitive") continue;
    for (const bool text_level : {true, false}) {
      INFO((text_level ? "text level" : "fingerprint level"));
      const Comparison c = text_level ? compare(f.a, f.b) : test::fingerprint_level_comparison(f.a, f.b);
      CHECK(c.scores.sketched_a < c.scores.sentences_a / 4);  // the case this covers: sentence evidence absent
      CHECK(c.scores.shingle_resemblance > 0.9);
      CHECK(c.relation == Relation::VerbatimCopy);
      CHECK(c.source == Source::B);
      REQUIRE_FALSE(c.reasons.empty());
      CHECK(c.reasons.front() ==
            "100% of A's three-word phrases appear in B; the sentences repeat too few distinct words to be paired "
            "one by one.");
    }
    return;
  }
  FAIL("fixture canal-lock-verbatim-repetitive is missing");
}
