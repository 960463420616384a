// Fingerprints: the compact tier's size bound and round trip, refusal of damaged bytes, and that the
// stored tier keeps the resemblance and sentence matches of the rich one.
#include <catch2/catch.hpp>

#include "firsthand/compare.h"
#include "pair_fixtures.h"

using namespace firsthand;

TEST_CASE("compact fingerprints stay within 256 bytes and round-trip", "[fingerprint]") {
  for (const auto& f : test::load_pair_fixtures()) {
    const Fingerprint rich = fingerprint(f.a);
    std::string bytes;
    serialize(rich, bytes);
    CHECK(bytes.size() <= Fingerprint::kMaxSerializedBytes);
    CHECK(static_cast<unsigned char>(bytes[0]) == Fingerprint::kVersion);  // little-endian, version first
    std::size_t consumed = 0;
    const auto stored = deserialize(bytes, &consumed);
    REQUIRE(stored);
    CHECK(consumed == bytes.size());
    CHECK(stored->sketch == rich.sketch);
    CHECK(sketch_resemblance(rich, stored.value()) == 1.0);
    std::string again;
    serialize(stored.value(), again);
    CHECK(again == bytes);
  }
}

TEST_CASE("damaged fingerprint bytes are refused, never trusted", "[fingerprint]") {
  const auto fixtures = test::load_pair_fixtures();
  std::string bytes;
  serialize(fingerprint(fixtures.front().a), bytes);
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) CHECK_FALSE(deserialize(bytes.substr(0, cut)));
  std::string newer = bytes;
  newer[0] = static_cast<char>(Fingerprint::kVersion + 1);
  CHECK_FALSE(deserialize(newer));
  std::string absurd = bytes;
  absurd[7 + 2 * Fingerprint::kSketchSlots + 2] = static_cast<char>(200);  // more stored sentences than allowed (v3: u16 slots)
  CHECK_FALSE(deserialize(absurd));
}

TEST_CASE("an empty article gives an empty, comparable fingerprint", "[fingerprint]") {
  const Fingerprint empty = fingerprint(Article{});
  CHECK(empty.word_count == 0);
  CHECK(sketch_resemblance(empty, empty) == 0.0);
  const Comparison c = compare(Article{}, Article{});
  CHECK(c.relation == Relation::Unrelated);
}
