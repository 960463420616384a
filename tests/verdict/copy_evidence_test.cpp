// The evidence floor under copy-type verdicts (core/verdict/copy_evidence.cpp): sentence-sketch shares alone
// never make a copy; a verdict on stored fingerprints never claims a copy that the texts do not show; pages of
// one site are no copy of each other unless mostly unchanged.
#include <catch2/catch.hpp>

#include <cstdio>

#include "firsthand/verdict.h"
#include "pair_fixtures.h"

using namespace firsthand;

namespace {

bool is_copy_kind(VerdictKind k) {
  return k == VerdictKind::VerbatimCopy || k == VerdictKind::Syndicated || k == VerdictKind::SpunCopy ||
         k == VerdictKind::Rewrite || k == VerdictKind::SameSource;
}

// What the history keeps of an article read long ago: its metadata and stored fingerprint, no text.
KnownArticle stored(const Article& article) {
  std::string bytes;
  serialize(fingerprint(article), bytes);
  return KnownArticle{"known", article.meta, deserialize(bytes).value(), std::nullopt};
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

TEST_CASE("pages of one site are no rewrite of each other", "[verdict][evidence]") {
  PairScores s = sketch_shares_only();
  s.resemblance = 0.2;  // a shared author box and house paragraph
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
  Metadata a, b;
  for (const char* origin : {"http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080"}) {
    a.canonical_url = std::string(origin) + "/saved/ferry-pier.html";
    b.canonical_url = std::string(origin) + "/saved/ferry-pier-copy.html";
    CHECK(require_copy_evidence(classify(s, a, b), a, b).relation == Relation::Rewrite);
  }
}

TEST_CASE("on the fixture pairs a stored-fingerprint verdict claims no copy the texts do not show",
          "[verdict][evidence][pairs]") {
  const auto fixtures = test::load_pair_fixtures();
  REQUIRE(fixtures.size() >= 40);
  int judged = 0, agree = 0, stored_weaker = 0, direction_differs = 0;
  for (const auto& f : fixtures)
    for (const bool a_is_page : {true, false}) {
      const Article& page = a_is_page ? f.a : f.b;
      const Article& other = a_is_page ? f.b : f.a;
      const Verdict text = judge(page, {make_known_article("known", other)});
      const Verdict fp = judge(page, {stored(other)});
      ++judged;
      if (fp.kind == text.kind) {
        ++agree;
      } else if (is_copy_kind(fp.kind)) {
        // The texts must show the relation: a copy either way (or this page as its original). Which side
        // copied may differ when only text shows the spin (tortured phrases of the other side, word swaps).
        INFO(f.slug << (a_is_page ? " a" : " b") << ": stored " << verdict_kind_name(fp.kind) << ", text "
                    << verdict_kind_name(text.kind));
        CHECK((is_copy_kind(text.kind) || text.kind == VerdictKind::Original));
        ++direction_differs;
      } else {
        ++stored_weaker;  // the stored level says less than the texts: a weaker claim, never a false one
      }
      if (f.relation == "unrelated") {
        CHECK_FALSE(is_copy_kind(fp.kind));
        CHECK_FALSE(fp.likely_original);
      }
    }
  std::printf("\nfixture pairs, both orders: stored and text verdicts agree on %d of %d; the stored level says "
              "less on %d, names the other direction on %d\n", agree, judged, stored_weaker, direction_differs);
  CHECK(agree >= judged * 9 / 10);
}
