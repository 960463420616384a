// Per-pair scores of the copies set (hidden; run by name): the scores that decided each verdict, to read
// where a relation goes wrong. Prints the dev half unless $FIRSTHAND_COPIES_SPLIT names another.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>

#include "copies_fixtures.h"
#include "relation_report.h"

using namespace firsthand;

TEST_CASE("copies set: per-pair scores", "[.][copies-dump]") {
  const char* env = std::getenv("FIRSTHAND_COPIES_SPLIT");
  const std::string split = env ? env : "dev";
  for (const auto& p : test::load_copy_pairs()) {
    if (p.split != split) continue;
    for (bool text_level : {true, false}) {
      const Comparison c = text_level ? compare(p.a, p.b) : test::fingerprint_level_comparison(p.a, p.b);
      const PairScores& s = c.scores;
      std::printf("%s\t%s\t%s vs %s\t%s\t%s\tfr=%.2f sh=%.2f q=%.1f al=%.2f/%.2f id=%.2f/%.2f soft=%.2f len=%.2f "
                  "facts=%u/%u common=%u ord=%u a_in_b=%.2f b_in_a=%.2f\n",
                  text_level ? "T" : "F", p.story.c_str(), p.a_file.c_str(), p.b_file.c_str(), p.relation.c_str(),
                  relation_name(c.relation), s.fact_resemblance, s.shingle_resemblance, s.shared_quotes,
                  s.aligned_a_in_b, s.aligned_b_in_a, s.identical_a_in_b, s.identical_b_in_a, s.soft_in_order,
                  s.length_ratio, s.facts.compared_a, s.facts.compared_b, s.facts.common, s.facts.in_order,
                  s.facts.a_in_b, s.facts.b_in_a);
      if (s.soft_shares) std::printf("\tsoft shares %.2f/%.2f\n", s.soft_shares->a_in_b, s.soft_shares->b_in_a);
      if (text_level && relation_name(c.relation) != p.relation)
        for (const auto& r : c.reasons) std::printf("\t\t%s\n", r.c_str());
    }
  }
}
