// The evidence floor under copy-type verdicts (core/verdict/copy_evidence.cpp): sentence-sketch shares alone
// never make a copy; a verdict on an article the history remembers (rich fingerprint and passage summary, no
// text) agrees with the text's; on a stored fingerprint alone it never claims a copy that it cannot show
// (possibly related instead); pages of one site are no copy of each other unless mostly unchanged.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

#include "firsthand/verdict.h"
#include "known_tiers.h"
#include "pair_fixtures.h"

using namespace firsthand;
using test::remembered;
using test::stored;

namespace {

bool is_copy_kind(VerdictKind k) {
  return k == VerdictKind::VerbatimCopy || k == VerdictKind::Syndicated || k == VerdictKind::SpunCopy ||
         k == VerdictKind::Rewrite || k == VerdictKind::SameSource;
}

// Sentence sketches of every page sentence "pair" with the other text, yet no sketch slot is shared: what an
// unrelated long page offered a short one before the floor.
PairScores sketch_shares_only() {
  PairScores s;
  s.aligned_a_in_b = 1.0;
  s.aligned_b_in_a = 0.05;
  s.length_ratio = 0.3;
  s.sentences_a = s.sketched_a = 10;
  s.sentences_b = s.sketched_b = 60;
  return s;
}

}  // namespace

TEST_CASE("sentence-sketch shares without a shared sketch slot make no copy", "[verdict][evidence]") {
  const Comparison raw = classify(sketch_shares_only(), {}, {});
  REQUIRE(raw.relation == Relation::Rewrite);  // what the rules alone said
  const Comparison floored = require_copy_evidence(raw, {}, {});
  CHECK(floored.relation == Relation::Unrelated);
  CHECK(floored.source == Source::Neither);
  REQUIRE(floored.reasons.size() == 1);
  CHECK(floored.reasons[0].find("shares no word sequence") != std::string::npos);
}

TEST_CASE("a stored fingerprint that shares sketch slots but shows no passage makes the pair possibly related",
          "[verdict][evidence]") {
  PairScores s = sketch_shares_only();
  s.resemblance = 0.2;  // shared slots, yet no unchanged sentence and a quarter of the shingle slots
  s.shingle_resemblance = 0.25;
  Metadata a, b;
  a.canonical_url = "https://harbour-gazette.example/2024/ferry-pier";
  b.canonical_url = "https://other.example/sea-wall";
  const FlooredComparison floored = floor_copy_claim(classify(s, a, b), a, b);
  CHECK(floored.possibly_related);
  CHECK(floored.comparison.relation != Relation::Rewrite);
  CHECK(floored.comparison.source == Source::Neither);
  REQUIRE(!floored.comparison.reasons.empty());
  CHECK(floored.comparison.reasons[0].find("open both to compare") != std::string::npos);
  s.shingle_resemblance = 0.6;  // phrases shared in bulk: a copy the texts will show
  const FlooredComparison shown = floor_copy_claim(classify(s, a, b), a, b);
  CHECK_FALSE(shown.possibly_related);
  CHECK(shown.comparison.relation == Relation::Rewrite);
}

TEST_CASE("pages of one site are no rewrite of each other", "[verdict][evidence]") {
  PairScores s = sketch_shares_only();
  s.resemblance = 0.2;  // a shared author box and house paragraph
  s.shingle_resemblance = 0.6;
  Metadata a, b;
  a.canonical_url = "https://www.harbour-gazette.example/2024/ferry-pier";
  b.canonical_url = "https://harbour-gazette.example/2024/sea-wall";
  const Comparison c = require_copy_evidence(classify(s, a, b), a, b);
  CHECK(c.relation != Relation::Rewrite);
  REQUIRE(!c.reasons.empty());
  CHECK(c.reasons[0].find("harbour-gazette.example") != std::string::npos);
  b.canonical_url = "https://other.example/sea-wall";
  CHECK(require_copy_evidence(classify(s, a, b), a, b).relation == Relation::Rewrite);
}

TEST_CASE("pages served from one local address are not one site", "[verdict][evidence]") {
  PairScores s = sketch_shares_only();
  s.resemblance = 0.2;
  s.shingle_resemblance = 0.6;
  Metadata a, b;
  for (const char* origin : {"http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080"}) {
    a.canonical_url = std::string(origin) + "/saved/ferry-pier.html";
    b.canonical_url = std::string(origin) + "/saved/ferry-pier-copy.html";
    CHECK(require_copy_evidence(classify(s, a, b), a, b).relation == Relation::Rewrite);
  }
}

TEST_CASE("fixture pairs: a remembered article judged as its text, a stored fingerprint claims no copy it cannot show",
          "[verdict][evidence][pairs]") {
  const auto fixtures = test::load_pair_fixtures();
  REQUIRE(fixtures.size() >= 40);
  int judged = 0, agree = 0, remembered_weaker = 0, stored_agree = 0, stored_possibly = 0, stored_copies = 0;
  for (const auto& f : fixtures)
    for (const bool a_is_page : {true, false}) {
      const Article& page = a_is_page ? f.a : f.b;
      const Article& other = a_is_page ? f.b : f.a;
      const Verdict text = judge(page, {make_known_article("known", other)});
      const Verdict kept = judge(page, {remembered(other)});
      const Verdict fp = judge(page, {stored(other)});
      INFO(f.slug << (a_is_page ? " a" : " b") << ": text " << verdict_kind_name(text.kind) << ", remembered "
                  << verdict_kind_name(kept.kind) << ", stored " << verdict_kind_name(fp.kind));
      ++judged;
      for (const Verdict* v : {&kept, &fp})
        if (is_copy_kind(v->kind) && v->kind != text.kind)
          // The texts must show the relation: a copy either way (or this page as its original). Which side
          // copied may differ when only text shows the spin (tortured phrases of the other side, word swaps).
          CHECK((is_copy_kind(text.kind) || text.kind == VerdictKind::Original));
      if (kept.kind == text.kind) ++agree;
      else if (!is_copy_kind(kept.kind)) ++remembered_weaker;
      if (fp.kind == text.kind) ++stored_agree;
      if (fp.kind == VerdictKind::PossiblyRelated) {
        ++stored_possibly;
        CHECK_FALSE(fp.likely_original);
        CHECK(fp.to_compare == std::vector<std::string>{"known"});
      }
      if (is_copy_kind(fp.kind)) {
        ++stored_copies;
        // Shown on the stored fingerprint: unchanged sentences or word sequences in bulk.
        const Comparison& c = fp.related.front().comparison;
        CHECK(std::max({c.scores.identical_a_in_b, c.scores.identical_b_in_a, c.scores.shingle_resemblance}) >= 0.2);
      }
      if (f.relation == "unrelated") {
        CHECK_FALSE(is_copy_kind(fp.kind));
        CHECK_FALSE(fp.likely_original);
        CHECK(fp.kind != VerdictKind::PossiblyRelated);
      }
    }
  std::printf("\nfixture pairs, both orders: remembered and text verdicts agree on %d of %d (remembered says less on "
              "%d); stored fingerprint alone agrees on %d, says possibly related on %d, claims %d copies\n",
              agree, judged, remembered_weaker, stored_agree, stored_possibly, stored_copies);
  CHECK(agree >= judged * 9 / 10);
}
