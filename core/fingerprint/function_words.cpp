// Function words of the languages the fixtures and seeds use. They anchor SpotSigs signatures, are left out
// of name detection and count as "kept" structure when a spinner swaps only content words.
#include <array>
#include <cstdint>
#include <string_view>

#include "firsthand/fingerprint/normalize.h"

namespace firsthand {
namespace {

// Sorted, to keep duplicates and omissions easy to spot.
constexpr std::string_view kStopWords[] = {
    "a", "about", "after", "against", "al", "all", "als", "also", "am", "an", "and", "any", "are", "as", "at",
    "au", "auch", "auf", "aus", "aux", "be", "because", "been", "before", "bei", "being", "between", "both",
    "but", "by", "can", "ce", "ces", "cette", "como", "con", "could", "dans", "das", "de", "del", "dem", "den",
    "der", "des", "did", "die", "do", "does", "du", "durch", "during", "each", "ein", "eine", "einem", "einen",
    "einer", "el", "en", "entre", "es", "est", "et", "for", "from", "fur", "had", "has", "have", "he", "her",
    "here", "him", "his", "how", "i", "if", "il", "im", "in", "into", "is", "ist", "it", "its", "just", "la",
    "las", "le", "les", "lo", "los", "mais", "mas", "may", "me", "mit", "more", "most", "must", "my", "nach",
    "new", "nicht", "no", "nor", "not", "now", "oder", "of", "on", "one", "only", "ont", "or", "other", "ou",
    "our", "out", "over", "par", "para", "pas", "per", "pero", "plus", "por", "pour", "qu", "que", "qui", "sa",
    "said", "says", "se", "ses", "she", "should", "sich", "sin", "since", "sind", "so", "sobre", "some", "son",
    "sont", "su", "such", "sur", "sus", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "though", "through", "to", "told", "too", "um", "un", "una", "und", "une", "uno",
    "until", "up", "upon", "us", "very", "vom", "von", "vor", "war", "was", "we", "were", "what", "when",
    "where", "whether", "which", "while", "who", "whom", "whose", "why", "wie", "will", "wird", "with",
    "within", "without", "would", "y", "you", "your", "zu", "zum", "zur"};

// Every stop word fits in 7 bytes, so a word packs losslessly into one integer (bytes, then the length in the
// top byte): the lookup is an exact integer probe in an open-addressing table, with no string compares.
// It runs for every word of every text, which made the binary search a sixth of fingerprinting time.
constexpr std::size_t kMaxPackedBytes = kLongestStopWord;
constexpr int kTableBits = 10;  // 1024 slots for about 230 words: short probe runs
static_assert([] {
  for (std::string_view word : kStopWords)
    if (word.empty() || word.size() > kMaxPackedBytes) return false;
  return true;
}());

using detail::pack_word;

constexpr std::size_t home_slot(std::uint64_t packed) { return (packed * 0x9e3779b97f4a7c15ull) >> (64 - kTableBits); }

// Zero marks an empty slot: no packed word is zero, since its length byte is at least 1.
using Table = std::array<std::uint64_t, std::size_t{1} << kTableBits>;

constexpr Table build_table() {
  Table table{};
  for (std::string_view word : kStopWords) {
    std::size_t slot = home_slot(pack_word(word));
    while (table[slot] != 0) slot = (slot + 1) % table.size();
    table[slot] = pack_word(word);
  }
  return table;
}

constexpr Table kTable = build_table();

}  // namespace

bool is_stop_word(std::string_view folded_token) {
  if (folded_token.empty() || folded_token.size() > kMaxPackedBytes) return false;
  return detail::is_packed_stop_word(pack_word(folded_token));
}

bool detail::is_packed_stop_word(std::uint64_t packed) {
  for (std::size_t slot = home_slot(packed);; slot = (slot + 1) % kTable.size()) {
    if (kTable[slot] == packed) return true;
    if (kTable[slot] == 0) return false;
  }
}

}  // namespace firsthand
