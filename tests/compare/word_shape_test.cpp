// Word shapes (firsthand/compare/word_shape.h): from the shapes alone, a spinner's synonym is told from one
// word's inflection, spelling or typo as the text level's swap test tells them with both words' letters (no
// shared 4-byte start, more than 2 edits apart), and the shapes never claim a swap that the letters deny.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "firsthand/compare/word_shape.h"

using namespace firsthand;

namespace {

std::uint32_t shape(const std::string& word, bool capitalized = false) {
  Token t;
  t.capitalized = capitalized;
  return word_shape(t, word);
}

bool shapes_swap(const std::string& x, const std::string& y) { return shapes_differ_as_synonyms(shape(x), shape(y)); }

bool letters_swap(const std::string& x, const std::string& y) { return letters_differ_as_synonyms(x, y); }

}  // namespace

TEST_CASE("a word shape keeps the length and whether the word is lower case", "[compare][word_shape]") {
  CHECK(shape_length(shape("stated")) == 6);
  CHECK(shape_length(shape(std::string(80, 'a'))) == 63);
  CHECK(shape_lower_case_word(shape("stated")));
  CHECK_FALSE(shape_lower_case_word(shape("oduya", true)));
  Token number;
  number.kind = TokenKind::Number;
  CHECK_FALSE(shape_lower_case_word(word_shape(number, "4200")));
}

TEST_CASE("word shapes tell a synonym from an inflection, a spelling or a typo", "[compare][word_shape]") {
  for (const auto& [x, y] : {std::pair("said", "stated"), {"funded", "financed"}, {"study", "examination"},
                             {"big", "large"}, {"led", "headed"}, {"results", "outcomes"}, {"cut", "reduced"}}) {
    INFO(x << " / " << y);
    CHECK(letters_swap(x, y));
    CHECK(shapes_swap(x, y));
  }
  for (const auto& [x, y] : {std::pair("say", "says"), {"organise", "organize"}, {"recieve", "receive"},
                             {"report", "reported"}, {"color", "colour"}, {"led", "lead"}, {"shot", "shots"}}) {
    INFO(x << " / " << y);
    CHECK_FALSE(letters_swap(x, y));
    CHECK_FALSE(shapes_swap(x, y));
  }
}

TEST_CASE("word shapes never claim a swap that the letters deny", "[compare][word_shape]") {
  // Every pair of a list of words with near neighbours: inflections, spellings, typos and synonyms.
  const std::vector<std::string> words = {
      "said",    "says",     "say",      "stated",   "state",    "states",  "stately", "report",  "reports",
      "reported", "reporter", "record",  "recorded", "receive",  "recieve", "received", "deceive", "funded",
      "financed", "fund",    "fined",    "find",     "found",    "founded", "led",      "lead",    "leads",
      "headed",  "heed",     "head",     "cut",      "cute",     "cuts",    "reduced",  "reduce",  "seduced",
      "study",   "studies",  "sturdy",   "steady",   "organise", "organize", "organ",   "colour",  "color",
      "flavour", "flavor",   "big",      "bag",      "beg",      "large",   "larger",   "lager",   "trial",
      "trail",   "trials",   "experiment", "examination", "exam", "examine", "outcomes", "outcome", "results"};
  std::size_t swaps = 0;
  for (const auto& x : words)
    for (const auto& y : words) {
      if (x == y || !shapes_swap(x, y)) continue;
      INFO(x << " / " << y);
      CHECK(letters_swap(x, y));
      ++swaps;
    }
  CHECK(swaps > 1000);  // the shapes do find swaps among these words, not only refuse them
}
