// Function words of the languages the fixtures and seeds use. They anchor SpotSigs signatures, are left out
// of name detection and count as "kept" structure when a spinner swaps only content words. The list and its
// table are in stop_words.h.
#include "stop_words.h"

namespace firsthand {

bool is_stop_word(std::string_view folded_token) {
  if (folded_token.empty() || folded_token.size() > detail::kMaxStopWordBytes) return false;
  return detail::is_packed_stop_word(detail::pack_word(folded_token));
}

}  // namespace firsthand
