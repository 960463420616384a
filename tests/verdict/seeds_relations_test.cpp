// The seeds' relations from ../shared/seeds/expected.json, computed from extract() of the seed texts, at
// the text level and at the fingerprint level (page fingerprint against the stored compact tier), in both
// orders; and the verdicts: 000 is the likely original of 001 and 004, 002 is syndicated from Reuters,
// 003 is not called a copy of anything.
#include <catch2/catch.hpp>

#include <map>

#include "firsthand/extract.h"
#include "firsthand/page/text_producer.h"
#include "firsthand/verdict.h"
#include "test_support.h"

using namespace firsthand;

namespace {

std::map<std::string, Article> load_seeds(const std::filesystem::path& shared, const nlohmann::json& expected) {
  std::map<std::string, Article> seeds;
  for (const auto& [name, doc] : expected["documents"].items())
    seeds[name] = extract(page_from_text(test::read_file(shared / "seeds" / name)));
  return seeds;
}

Comparison stored_level(const Article& a, const Article& b) {
  std::string stored;
  serialize(fingerprint(b), stored);
  const Fingerprint fa = fingerprint(a);
  return compare(ComparedSide{fa, a.meta}, ComparedSide{deserialize(stored).value(), b.meta});
}

}  // namespace

TEST_CASE("seed relations come out right at both levels, both orders", "[seeds][compare]") {
  REQUIRE_SHARED(shared);
  const auto expected = nlohmann::json::parse(test::read_file(shared / "seeds" / "expected.json"), nullptr, false);
  const auto seeds = load_seeds(shared, expected);
  for (const auto& rel : expected["relations"]) {
    const std::string a = rel["a"], b = rel["b"], want = rel["relation"];
    const std::string original = rel.value("likely_original", "");
    for (bool swapped : {false, true}) {
      const Article& first = seeds.at(swapped ? b : a);
      const Article& second = seeds.at(swapped ? a : b);
      for (bool text_level : {true, false}) {
        const Comparison c = text_level ? compare(first, second) : stored_level(first, second);
        INFO((swapped ? b + " vs " + a : a + " vs " + b) << (text_level ? " (text)" : " (fingerprints)"));
        CHECK(relation_name(c.relation) == want);
        if (!original.empty()) {
          const bool first_is_original = (swapped ? b : a) == original;
          CHECK(c.source == (first_is_original ? Source::A : Source::B));
        }
      }
    }
  }
}

TEST_CASE("seed pairs that expected.json implies are independent are never called copies", "[seeds][compare]") {
  // 002 and 003 report the event independently of 000, and 001 and 004 derive from 000: so 002 and 003 are
  // independent of 001 and 004 too. Found in a pack, such a pair must not become a copy relation.
  REQUIRE_SHARED(shared);
  const auto expected = nlohmann::json::parse(test::read_file(shared / "seeds" / "expected.json"), nullptr, false);
  const auto seeds = load_seeds(shared, expected);
  auto by_prefix = [&](const std::string& prefix) -> const Article& {
    for (const auto& [name, article] : seeds)
      if (name.rfind(prefix, 0) == 0) return article;
    FAIL("no seed " << prefix);
    return seeds.begin()->second;
  };
  for (const char* independent : {"002", "003"})
    for (const char* derived : {"001", "004"})
      for (bool swapped : {false, true}) {
        const Article& first = by_prefix(swapped ? derived : independent);
        const Article& second = by_prefix(swapped ? independent : derived);
        for (bool text_level : {true, false}) {
          INFO(independent << " / " << derived << (swapped ? " swapped" : "") << (text_level ? " (text)" : " (fingerprints)"));
          const Comparison c = text_level ? compare(first, second) : stored_level(first, second);
          CHECK(relation_name(c.relation) == std::string("independent_same_event"));
        }
      }
}

TEST_CASE("seed verdicts: likely original, syndication, independence", "[seeds][verdict]") {
  REQUIRE_SHARED(shared);
  const auto expected = nlohmann::json::parse(test::read_file(shared / "seeds" / "expected.json"), nullptr, false);
  const auto seeds = load_seeds(shared, expected);
  const auto verdict_for = [&](const std::string& page) {
    std::vector<KnownArticle> known;
    for (const auto& [name, article] : seeds)
      if (name != page) known.push_back(make_known_article(name, article));
    return judge(seeds.at(page), known);
  };
  const std::string original = "000_7c506db254856ae6.txt";
  for (const char* copy : {"001_977251aafc5901a1.txt", "004_44eeff55bee82f10.txt"}) {
    const Verdict v = verdict_for(copy);
    INFO(copy);
    REQUIRE(v.likely_original);
    CHECK(v.likely_original->label == original);
  }
  CHECK(verdict_for("001_977251aafc5901a1.txt").kind == VerdictKind::SpunCopy);
  CHECK(verdict_for("004_44eeff55bee82f10.txt").kind == VerdictKind::Rewrite);

  const Verdict syndicated = verdict_for("002_0bc96d038f491fea.txt");
  CHECK(syndicated.kind == VerdictKind::Syndicated);
  REQUIRE(syndicated.likely_original);
  CHECK(syndicated.likely_original->site == "Reuters");

  const Verdict independent = verdict_for("003_a96e1efaa7c34796.txt");
  CHECK(independent.kind == VerdictKind::IndependentSameEvent);
  for (const auto& r : independent.related) CHECK(r.comparison.relation == Relation::IndependentSameEvent);

  CHECK(verdict_for(original).kind == VerdictKind::Original);
}
