// Soft sentence matching (soft_matched_in_order): sentences retold with other inflections, or two of them
// merged into one, still pair; the pairs count only in one order; unrelated texts and a single shared stock
// phrase pair nothing. The sentences are invented.
#include <catch2/catch.hpp>

#include "firsthand/compare.h"
#include "firsthand/fingerprint/normalize.h"

using namespace firsthand;

namespace {

const std::vector<std::string> kReport = {
    "The council voted on Tuesday to close the riverside library branch after its funding ran out.",
    "Residents protested outside the town hall holding banners and petitions.",
    "Officials said the building would be sold to cover repair costs of the swimming pool.",
    "Volunteers offered to keep the reading room open on weekends without pay.",
    "A final decision about the volunteers' offer is expected next spring."};

// The same sentences retold: other inflections and word order, the second and third merged into one.
const std::vector<std::string> kRetold = {
    "Councillors closed the riverside library branch on Tuesday, voting after funding had run out.",
    "Protesting residents gathered outside the hall with banners and petitions, while officials explained that "
    "selling the building would cover pool repairs.",
    "Weekend volunteers are offering to keep the reading rooms open, unpaid.",
    "The decision on that offer is expected in spring."};

const std::vector<std::string> kUnrelated = {
    "The striker scored twice in the second half as the visitors collapsed.",
    "Fans sang long after the final whistle in the rain-soaked stadium.",
    "The coach praised his defenders and warned against complacency before the derby.",
    "Ticket prices for the cup tie will rise by a small amount, the club confirmed."};

double soft(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return soft_matched_in_order(tokenize(a), tokenize(b));
}

}  // namespace

TEST_CASE("soft sentences: a retelling pairs in order, unrelated text does not", "[compare][soft]") {
  CHECK(soft(kReport, kRetold) >= 0.75);
  CHECK(soft(kReport, kUnrelated) == 0);
}

TEST_CASE("soft sentences: only partners in one order count", "[compare][soft]") {
  std::vector<std::string> reversed(kRetold.rbegin(), kRetold.rend());
  CHECK(soft(kReport, reversed) < soft(kReport, kRetold));
}

TEST_CASE("soft sentences: partners in scattered order, as chance gives them, pair nothing", "[compare][soft]") {
  // 100 sentences of invented words, each its own; the other text holds the same sentences in a fixed
  // shuffled order. Every sentence finds its partner, but the longest chain in order is what chance leaves in
  // any permutation (about 2 * sqrt(100)), no sign of one text retelling the other.
  const char* syllables[] = {"ka", "lo", "mi", "nu", "pe", "ro", "su", "ti", "va", "ze"};
  std::vector<std::string> text, shuffled;
  for (int i = 0; i < 100; ++i) {
    const std::string stem = std::string(syllables[i / 10]) + syllables[i % 10];
    text.push_back(stem + "brant " + stem + "treld " + stem + "glork " + stem + "fesmp.");
  }
  std::uint32_t state = 12345;  // a fixed linear congruential shuffle: the same order every run
  shuffled = text;
  for (std::size_t i = shuffled.size() - 1; i > 0; --i) {
    state = state * 1664525u + 1013904223u;
    std::swap(shuffled[i], shuffled[state % (i + 1)]);
  }
  CHECK(soft(text, text) == 1.0);
  CHECK(soft(text, shuffled) == 0);
}
