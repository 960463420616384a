// Precision and recall per relation over the labelled fixture pairs, at both comparison levels (text, and
// the page, read, against the stored compact tier of the other), printed as a report.
#include <catch2/catch.hpp>

#include <cstdio>
#include <map>

#include "firsthand/compare.h"
#include "pair_fixtures.h"

using namespace firsthand;

namespace {

struct Counts {
  int true_positive = 0, false_positive = 0, false_negative = 0;
};

// The page's own text is at hand (a verdict reads it), so its spin evidence counts; the other side is only
// its stored fingerprint.
Comparison fingerprint_level(const Article& a, const Article& b) {
  std::string stored;
  serialize(fingerprint(b), stored);
  const TokenizedText text_a = tokenize(a.paragraphs);
  const Fingerprint fa = fingerprint(text_a);
  return compare(ComparedSide{fa, a.meta, tortured_per_100_sentences(text_a)},
                 ComparedSide{deserialize(stored).value(), b.meta});
}

std::string source_name(Source s) { return s == Source::A ? "a" : s == Source::B ? "b" : ""; }

void report(const char* level, bool text_level) {
  const auto fixtures = test::load_pair_fixtures();
  REQUIRE(fixtures.size() >= 40);
  std::map<std::string, Counts> counts;
  int wrong_original = 0;
  for (const auto& f : fixtures) {
    const Comparison c = text_level ? compare(f.a, f.b) : fingerprint_level(f.a, f.b);
    const std::string got = relation_name(c.relation);
    if (got == f.relation) {
      ++counts[got].true_positive;
    } else {
      ++counts[got].false_positive;
      ++counts[f.relation].false_negative;
      UNSCOPED_INFO(level << ": " << f.slug << " expected " << f.relation << ", got " << got);
    }
    if (!f.likely_original.empty() && got == f.relation && source_name(c.source) != f.likely_original) {
      ++wrong_original;
      UNSCOPED_INFO(level << ": " << f.slug << " names the wrong original");
    }
  }
  std::printf("\n%s level, %zu pairs\n%-24s %9s %9s %6s\n", level, fixtures.size(), "relation", "precision",
              "recall", "pairs");
  for (const auto& [relation, n] : counts) {
    const double precision = n.true_positive + n.false_positive
                                 ? static_cast<double>(n.true_positive) / (n.true_positive + n.false_positive) : 0;
    const double recall = n.true_positive + n.false_negative
                              ? static_cast<double>(n.true_positive) / (n.true_positive + n.false_negative) : 0;
    std::printf("%-24s %9.2f %9.2f %6d\n", relation.c_str(), precision, recall, n.true_positive + n.false_negative);
    CHECK(precision >= 0.9);
    CHECK(recall >= 0.9);
  }
  CHECK(counts.size() == 7);  // every relation kind is represented
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
      const Comparison c = text_level ? compare(f.a, f.b) : fingerprint_level(f.a, f.b);
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
