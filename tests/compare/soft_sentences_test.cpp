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
  CHECK(soft(kRetold, kReport) == soft(kReport, kRetold));  // the smaller share of the two texts, either way
  CHECK(soft(kReport, kUnrelated) == 0);
}

TEST_CASE("soft sentences: only partners in one order count", "[compare][soft]") {
  std::vector<std::string> reversed(kRetold.rbegin(), kRetold.rend());
  CHECK(soft(kReport, reversed) < soft(kReport, kRetold));
}
