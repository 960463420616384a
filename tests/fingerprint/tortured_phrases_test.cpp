// The compiled-in tortured-phrase table (core/fingerprint/data/tortured_phrases.cmake encodes it) decodes back to
// core/fingerprint/data/tortured-phrases.tsv exactly: every pair, in the file's order, through both readers.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "fingerprint/tortured_phrases.h"
#include "test_support.h"

using namespace firsthand;

namespace {

using Pairs = std::vector<std::pair<std::string, std::string>>;

Pairs tsv_pairs() {
  const std::string table = test::read_file(FIRSTHAND_SOURCE_DIR "/core/fingerprint/data/tortured-phrases.tsv");
  Pairs pairs;
  std::size_t pos = table.find('\n') + 1;  // past the header row
  while (pos < table.size()) {
    std::size_t eol = table.find('\n', pos);
    if (eol == std::string::npos) eol = table.size();
    const std::string line = table.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    pairs.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return pairs;
}

}  // namespace

TEST_CASE("the decoded tortured-phrase table is the TSV, every pair in order", "[spin]") {
  const Pairs expected = tsv_pairs();
  REQUIRE(expected.size() > 7000);

  Pairs phrases;
  detail::for_each_tortured_phrase([&](std::string_view tortured, std::string_view correct) {
    phrases.emplace_back(std::string(tortured), std::string(correct));
  });
  CHECK(phrases == expected);

  // The word-number reader the spin dictionary is built from spells the same pairs.
  const std::vector<std::string_view>& words = detail::tortured_words();
  Pairs by_number;
  detail::for_each_tortured_pair([&](std::span<const std::uint32_t> numbers, std::size_t correct_at) {
    std::string tortured;
    for (const std::uint32_t number : numbers) {
      REQUIRE(number >= 1);
      REQUIRE(number <= words.size());
      if (!tortured.empty()) tortured += ' ';
      tortured += words[number - 1];
    }
    by_number.emplace_back(tortured, detail::tortured_correct_phrase(correct_at));
  });
  CHECK(by_number == expected);
}
