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

// Version 2 stored its sketch slots as 32-bit values; reading one keeps their top 16 bits, which is what
// version 3 computes from the same text, so a converted fingerprint compares as a fresh one.
TEST_CASE("a version 2 fingerprint is converted on reading", "[fingerprint]") {
  const Article article = test::article_from_paragraph_text(
      "The Calloway ferry will stop running on 3 March after 41 years, the Tarnmouth council said on Monday.\n\n"
      "Councillor Edith Marrow said the boat cost 220,000 pounds a year to run and carried fewer than 90 people a day.\n\n"
      "A bus link between Tarnmouth and Calloway will replace it from April, the council said.",
      {});
  const Fingerprint rich = fingerprint(article);
  std::string v3;
  serialize(rich, v3);
  REQUIRE(rich.facts.keys.size() <= 16);  // what a version 2 fingerprint could hold
  constexpr std::size_t kHeader = 7, kSlotsV3 = 2 * Fingerprint::kSketchSlots;
  std::string v2 = v3.substr(0, kHeader);
  v2[0] = 2;
  for (std::size_t i = 0; i < Fingerprint::kSketchSlots; ++i) {
    const auto lo = static_cast<unsigned char>(v3[kHeader + 2 * i]), hi = static_cast<unsigned char>(v3[kHeader + 2 * i + 1]);
    const bool empty = lo == 0xFF && hi == 0xFF;
    // The low 16 bits a version 2 slot had beside the top 16 that version 3 keeps.
    for (unsigned char b : {empty ? 0xFF : 0x5A, empty ? 0xFF : 0xC3, static_cast<int>(lo), static_cast<int>(hi)})
      v2 += static_cast<char>(b);
  }
  v2 += v3.substr(kHeader + kSlotsV3);
  const auto converted = deserialize(v2);
  REQUIRE(converted);
  CHECK(converted->sketch == rich.sketch);
  std::string again;
  serialize(converted.value(), again);
  CHECK(again == v3);
  std::string v1 = v3;
  v1[0] = 1;
  const auto refused = deserialize(v1);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().find("rebuild") != std::string::npos);
}
