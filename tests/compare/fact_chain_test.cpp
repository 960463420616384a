// The order-preserving alignment of fact sequences (match_facts): the shared facts in one order, and the
// longest run of each side's facts with none of that shared sequence in it, which tells a rewrite's scattered
// edits from a sibling's cut passage.
#include <catch2/catch.hpp>

#include "firsthand/compare.h"

using namespace firsthand;

namespace {

FactSequence facts(std::vector<std::uint16_t> keys) { return FactSequence{std::move(keys), 0}; }

}  // namespace

TEST_CASE("fact chain: a rewrite's scattered edits leave short runs off the shared sequence", "[compare][facts]") {
  // B drops facts 3 and 7 and adds 100 and 101 in their places: every run outside the chain is one fact long.
  const FactMatch m = match_facts(facts({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), facts({1, 2, 100, 4, 5, 6, 101, 8, 9, 10}));
  CHECK(m.common == 8);
  CHECK(m.in_order == 8);
  CHECK(m.off_chain_a == 1);
  CHECK(m.off_chain_b == 1);
}

TEST_CASE("fact chain: a passage one side does not follow is one long run off the shared sequence",
          "[compare][facts]") {
  // A keeps facts 5-8 of a parent that B cut, and B has a passage of its own (200-202) at its end; a shared
  // fact out of order (2, last in B) is off the chain too.
  const FactMatch m = match_facts(facts({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), facts({1, 3, 4, 9, 10, 200, 201, 202, 2}));
  CHECK(m.common == 6);
  CHECK(m.in_order == 5);
  CHECK(m.off_chain_a == 4);  // 5, 6, 7, 8
  CHECK(m.off_chain_b == 4);  // 200, 201, 202, 2
}

TEST_CASE("fact chain: with nothing shared, a side's whole sequence is off the chain", "[compare][facts]") {
  const FactMatch m = match_facts(facts({1, 2, 3}), facts({4, 5}));
  CHECK(m.in_order == 0);
  CHECK(m.off_chain_a == 3);
  CHECK(m.off_chain_b == 2);
}
