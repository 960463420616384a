// The words of comparisons and verdicts: the exact reasons for every relation kind, named as a page verdict
// names the sides ("this page" and the other article's title) or as a pairwise comparison does ("A", "B");
// and, over every fixture pair judged both ways, reasons that never fall back to "A"/"B" and read as English.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include "firsthand/compare.h"
#include "firsthand/verdict.h"
#include "pair_fixtures.h"

using namespace firsthand;

namespace {

const std::string kOther = "\"Tidal barrier approved\" (Northwire)";
const SideNames kPageNames{"this page", kOther};

using test::meta_with;

// A shortened copy whose every sentence is in the other text.
PairScores trimmed_copy_scores() {
  PairScores s;
  s.identical_a_in_b = s.aligned_a_in_b = 1.0;
  s.identical_b_in_a = s.aligned_b_in_a = 0.6;
  s.length_ratio = 0.6;
  s.fact_resemblance = 0.8;
  return s;
}

// Two texts whose sentences correspond (shares of each side's sentences with a partner) but are reworded.
PairScores reworded_scores(double length_ratio, double aligned_a_in_b = 0.6, double aligned_b_in_a = 0.55) {
  PairScores s;
  s.aligned_a_in_b = aligned_a_in_b;
  s.aligned_b_in_a = aligned_b_in_a;
  s.length_ratio = length_ratio;
  s.fact_resemblance = 0.3;
  return s;
}

using Reasons = std::vector<std::string>;

}  // namespace

TEST_CASE("reasons: copies, named as a page verdict names them", "[compare][reasons]") {
  SECTION("verbatim copy") {
    const Comparison c = classify(trimmed_copy_scores(), {}, {}, kPageNames);
    CHECK(c.relation == Relation::VerbatimCopy);
    CHECK(c.reasons == Reasons{"100% of this page's sentences appear unchanged in " + kOther + ".",
                               "This page names no source for the copied text."});
  }
  SECTION("syndicated") {
    const Comparison c = classify(trimmed_copy_scores(), meta_with("", "", "Northwire", "by Northwire"),
                                  meta_with("", "Northwire"), kPageNames);
    CHECK(c.relation == Relation::Syndicated);
    CHECK(c.reasons == Reasons{"100% of this page's sentences appear unchanged in " + kOther + ".",
                               "This page credits Northwire (\"by Northwire\")."});
  }
  SECTION("spun copy: reworded sentences, round-trip artefacts") {
    PairScores s = reworded_scores(0.95);
    s.artefacts_a = 40;
    const Comparison c = classify(s, {}, {}, kPageNames);
    CHECK(c.relation == Relation::SpunCopy);
    CHECK(c.source == Source::B);
    CHECK(c.reasons ==
          Reasons{"60% of this page's sentences reword sentences of " + kOther + "; none is unchanged.",
                  "Both texts are about as long (the shorter has 95% of the longer's words): the same text with its "
                  "words swapped.",
                  "This page reads as machine-spun: 40 translation artefacts per 100 sentences."});
  }
  SECTION("spun copy: same facts in order, tortured phrases") {
    PairScores s;
    s.aligned_a_in_b = s.aligned_b_in_a = 0.1;
    s.length_ratio = 1.0;
    s.fact_resemblance = 0.6;
    s.tortured_a = 20;
    s.tortured_b = 0;
    const Comparison c = classify(s, {}, {}, kPageNames);
    CHECK(c.relation == Relation::SpunCopy);
    CHECK(c.source == Source::B);
    CHECK(c.reasons == Reasons{"This page is about as long as " + kOther +
                                   " and keeps 60% of its names and numbers in the same order, but the wording "
                                   "differs: words were swapped.",
                               "This page reads as machine-spun: 20 tortured phrases per 100 sentences."});
  }
  SECTION("rewrite") {
    PairScores s = reworded_scores(0.6, 0.5, 0.3);
    s.identical_a_in_b = 0.05;
    const Comparison c = classify(s, {}, {}, kPageNames);
    CHECK(c.relation == Relation::Rewrite);
    CHECK(c.reasons == Reasons{"50% of this page's sentences reword sentences of " + kOther +
                                   ", but only 5% are unchanged.",
                               "This page is shorter (60% as long as " + kOther + ") and follows its facts in order."});
  }
}

TEST_CASE("reasons: same source, each kind of evidence for a common parent", "[compare][reasons]") {
  SECTION("the spun side holds text the other lacks") {
    PairScores s = reworded_scores(1.5, 0.3, 0.5);
    s.artefacts_a = 40;
    const Comparison c = classify(s, {}, {}, kPageNames);
    CHECK(c.relation == Relation::SameSource);
    CHECK(c.source == Source::Neither);
    CHECK(c.reasons == Reasons{"50% of the sentences of " + kOther + " reword sentences of this page; none is unchanged.",
                               "This page is machine-spun (40 translation artefacts per 100 sentences) and " + kOther +
                                   " does not repeat its spin, yet this page holds text that " + kOther +
                                   " lacks: both derive from one original."});
  }
  SECTION("the unspun side is dated after the spun one") {
    PairScores s = reworded_scores(1.0, 0.6, 0.6);
    s.rarer_swaps_a = 20;  // a spinner's volume of swaps: a rewriter's few swaps say nothing of who is derived
    s.rarer_swaps_b = 4;
    const Comparison c = classify(s, meta_with("2025-04-02"), meta_with("2025-06-10"), kPageNames);
    CHECK(c.relation == Relation::SameSource);
    CHECK(c.reasons == Reasons{"60% of this page's sentences reword sentences of " + kOther + "; none is unchanged.",
                               "This page reads as a spun version of the text of " + kOther +
                                   " (its words are the rarer in 20 of 24 word swaps), yet " + kOther +
                                   " is dated later: both derive from an earlier original."});
  }
  SECTION("both credit the same agency") {
    PairScores s;
    s.identical_a_in_b = s.aligned_a_in_b = s.identical_b_in_a = s.aligned_b_in_a = 0.8;
    s.length_ratio = 1.0;
    s.fact_resemblance = 0.7;
    const Comparison c =
        classify(s, meta_with("2025-03-12", "Coastal Ledger", "Baltic Wire", "by Baltic Wire"),
                 meta_with("2025-03-12", "Harbour Times", "Baltic Wire", "(Baltic Wire)"), kPageNames);
    CHECK(c.relation == Relation::SameSource);
    CHECK(c.reasons == Reasons{"80% of this page's sentences appear unchanged in " + kOther + ".",
                               "This page and " + kOther +
                                   " both credit Baltic Wire: each copies the story by Baltic Wire, not the other."});
  }
  SECTION("one credits an agency, the other is spun") {
    PairScores s = reworded_scores(1.0, 0.6, 0.6);
    s.tortured_a = 0;
    s.tortured_b = 25;
    const Comparison c = classify(s, meta_with("", "Coastal Daily", "Northwire", "by Northwire"), {}, kPageNames);
    CHECK(c.relation == Relation::SameSource);
    CHECK(c.reasons.back() == "This page credits Northwire and " + kOther +
                                  " is machine-spun (25 tortured phrases per 100 sentences): both derive from the "
                                  "story by Northwire, not from each other.");
  }
  SECTION("one credits an agency, the other is dated later") {
    const Comparison c = classify(trimmed_copy_scores(), meta_with("2025-03-04", "Coastal Daily", "Northwire",
                                                                    "originally published by Northwire"),
                                  meta_with("2025-11-20", "Daily Buzz Hub"), kPageNames);
    CHECK(c.relation == Relation::SameSource);
    CHECK(c.reasons.back() == "This page credits Northwire; " + kOther +
                                  " is dated later and cannot be its source: both derive from the story by Northwire.");
  }
  SECTION("each keeps unchanged passages the other cut") {
    PairScores s;
    s.identical_a_in_b = s.aligned_a_in_b = 0.6;
    s.identical_b_in_a = s.aligned_b_in_a = 0.55;
    s.length_ratio = 0.95;
    s.fact_resemblance = 0.6;
    const Comparison c = classify(s, {}, {}, kPageNames);
    CHECK(c.relation == Relation::SameSource);
    CHECK(c.reasons.back() == "Each keeps passages the other lacks (40% of this page's sentences and 45% of the "
                              "sentences of " + kOther + " are not in the other): both were cut from one longer "
                              "original.");
    s.aligned_a_in_b = 0.8;  // a share of stray lines, not passages of its own: a plain verbatim copy
    CHECK(classify(s, {}, {}, kPageNames).relation == Relation::VerbatimCopy);
  }
  SECTION("but a credit to the other side's own publisher makes it the original") {
    PairScores s = reworded_scores(1.0, 0.6, 0.6);
    s.tortured_b = 25;
    const Comparison c = classify(s, meta_with("", "", "Northwire"), meta_with("", "Northwire"), kPageNames);
    CHECK(c.relation != Relation::SameSource);
  }
}

TEST_CASE("reasons: independent coverage counts what it shares", "[compare][reasons]") {
  PairScores s;
  s.fact_resemblance = 0.3;
  s.shared_quotes = 1.4;
  s.aligned_a_in_b = 0.05;
  s.aligned_b_in_a = 0.12;
  s.length_ratio = 0.8;
  Comparison c = classify(s, {}, {}, kPageNames);
  CHECK(c.relation == Relation::IndependentSameEvent);
  CHECK(c.reasons == Reasons{"This page and " + kOther +
                             " share names, numbers and a quote, but at most 12% of either text's sentences have a "
                             "counterpart in the other: separate reporting on the same event."});
  s.fact_resemblance = 0.05;
  s.shared_quotes = 2.0;
  s.aligned_a_in_b = s.aligned_b_in_a = 0;
  c = classify(s, {}, {}, kPageNames);
  CHECK(c.reasons == Reasons{"This page and " + kOther +
                             " share 2 quotes, but no sentence of either has a counterpart in the other: separate "
                             "reporting on the same event."});
  s.shared_quotes = 0;
  c = classify(s, {}, {}, kPageNames);
  CHECK(c.relation == Relation::Unrelated);
  CHECK(c.reasons == Reasons{"No shared passages, facts or quotes."});
}

TEST_CASE("reasons: a pairwise comparison names the sides A and B", "[compare][reasons]") {
  PairScores s = trimmed_copy_scores();
  std::swap(s.identical_a_in_b, s.identical_b_in_a);
  std::swap(s.aligned_a_in_b, s.aligned_b_in_a);
  s.length_ratio = 1 / 0.6;
  const Comparison c = classify(s, {}, {});
  CHECK(c.source == Source::A);
  CHECK(c.reasons == Reasons{"100% of B's sentences appear unchanged in A.", "B names no source for the copied text."});
}

TEST_CASE("verdicts on every fixture pair read as English and never say A or B", "[verdict][reasons]") {
  const RE2 pair_letter("(^|[^[:alnum:]])[AB]('s)?([^[:alnum:]]|$)");
  const RE2 bad_count("(^|[^0-9])1 (days|months|word swaps|quotes)|[^0-9]0%|is a (syndicated|spun_copy|"
                      "verbatim_copy|same_source) of|, numbers, but");
  // The summary may open with the article "A" ("A rewrite of ..."); nothing else may name a side by letter.
  const auto check_sentence = [&](const std::string& sentence, const std::string& where, bool summary = false) {
    INFO(where << ": " << sentence);
    if (!summary) CHECK_FALSE(RE2::PartialMatch(sentence, pair_letter));
    CHECK_FALSE(RE2::PartialMatch(sentence, bad_count));
    REQUIRE_FALSE(sentence.empty());
    const unsigned char first = static_cast<unsigned char>(sentence.front());
    CHECK((std::isupper(first) || std::isdigit(first) || first == '"' || first >= 0x80));
    CHECK(sentence.back() == '.');
  };
  for (const auto& f : test::load_pair_fixtures())
    for (bool swapped : {false, true}) {
      const Article& page = swapped ? f.b : f.a;
      const Verdict v = judge(page, {make_known_article("the other article", swapped ? f.a : f.b)});
      const std::string where = f.slug + (swapped ? " (b judged)" : " (a judged)");
      check_sentence(v.summary, where, true);
      for (const auto& r : v.reasons) check_sentence(r, where);
      for (const auto& h : v.hints) check_sentence(h, where);
      if (v.likely_original)
        for (const auto& r : v.likely_original->reasons) check_sentence(r, where);
      for (const auto& related : v.related)
        for (const auto& r : related.comparison.reasons) check_sentence(r, where);
    }
}

TEST_CASE("verdict sentences: a credit alone names the original", "[verdict][reasons]") {
  for (const auto& f : test::load_pair_fixtures())
    if (f.slug == "harbour-bridge-syndicated") {
      const Article& copy = f.likely_original == "a" ? f.b : f.a;
      const Verdict v = judge(copy, {});
      CHECK(v.kind == VerdictKind::Syndicated);
      CHECK(v.summary == "Syndicated: this page republishes a story by Nordic Press Agency and credits its source.");
      CHECK(v.reasons == Reasons{"No known article holds this page's text, so its credit names the original."});
      REQUIRE(v.likely_original);
      CHECK(v.likely_original->reasons ==
            Reasons{"This page credits Nordic Press Agency (\"by Nordic Press Agency\")."});
    }
}

TEST_CASE("verdict sentences for an original and a copy a day younger", "[verdict][reasons]") {
  for (const auto& f : test::load_pair_fixtures()) {
    if (f.slug == "harbour-bridge-syndicated") {
      const bool a_is_original = f.likely_original == "a";
      const Article& original = a_is_original ? f.a : f.b;
      const Article& copy = a_is_original ? f.b : f.a;
      const Verdict v = judge(original, {make_known_article("copy.txt", copy)});
      CHECK(v.kind == VerdictKind::Original);
      const std::string copy_name = copy.meta.site_name.empty() ? "copy.txt" : copy.meta.site_name;
      CHECK(v.reasons == Reasons{"This page is the source of a credited syndication: " + copy_name + "."});
    }
    if (f.slug == "harbour-bridge-round-trip") {
      REQUIRE(days_between(f.b.meta.date, f.a.meta.date) == 1L);
      const Verdict v = judge(f.a, {make_known_article("original.txt", f.b)});
      REQUIRE(v.likely_original);
      CHECK(std::count(v.likely_original->reasons.begin(), v.likely_original->reasons.end(),
                       "Published 1 day before this page.") == 1);
    }
  }
}
