// Function words of the languages the fixtures and seeds use. They anchor SpotSigs signatures, are left out
// of name detection and count as "kept" structure when a spinner swaps only content words. The list and its
// table are in stop_words.h.
#include <algorithm>
#include <iterator>

#include "stop_words.h"

namespace firsthand {

using detail::kStopWords;

static_assert(std::size(kStopWords) <= kStopWordPlaces, "a stop word's place must fit in one byte");
static_assert(std::is_sorted(std::begin(kStopWords), std::end(kStopWords)), "places are found by binary search");

bool is_stop_word(std::string_view folded_token) {
  if (folded_token.empty() || folded_token.size() > kLongestStopWord) return false;
  return detail::is_packed_stop_word(detail::pack_word(folded_token));
}

std::uint8_t stop_word_place(std::string_view folded_stop_word) {
  const auto it = std::lower_bound(std::begin(kStopWords), std::end(kStopWords), folded_stop_word);
  return static_cast<std::uint8_t>(it - std::begin(kStopWords));
}

std::string_view stop_word_at(std::uint8_t place) { return place < std::size(kStopWords) ? kStopWords[place] : ""; }

}  // namespace firsthand
