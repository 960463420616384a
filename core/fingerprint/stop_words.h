// The function words of is_stop_word (normalize.h) and their lookup table, in a header so that the tokenizer,
// which probes it for every short word of every text, does so inline. Internal to the fingerprint stage.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

#include "firsthand/fingerprint/normalize.h"

namespace firsthand::detail {

// Sorted, to keep duplicates and omissions easy to spot.
inline constexpr std::string_view kStopWords[] = {
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
inline constexpr std::size_t kMaxStopWordBytes = kLongestStopWord;
inline constexpr int kStopWordTableBits = 10;  // 1024 slots for about 230 words: short probe runs
static_assert([] {
  for (std::string_view word : kStopWords)
    if (word.empty() || word.size() > kMaxStopWordBytes) return false;
  return true;
}());

constexpr std::size_t stop_word_slot(std::uint64_t packed) { return (packed * 0x9e3779b97f4a7c15ull) >> (64 - kStopWordTableBits); }

// Zero marks an empty slot: no packed word is zero, since its length byte is at least 1.
using StopWordTable = std::array<std::uint64_t, std::size_t{1} << kStopWordTableBits>;

constexpr StopWordTable build_stop_word_table() {
  StopWordTable table{};
  for (std::string_view word : kStopWords) {
    std::size_t slot = stop_word_slot(pack_word(word));
    while (table[slot] != 0) slot = (slot + 1) % table.size();
    table[slot] = pack_word(word);
  }
  return table;
}

inline constexpr StopWordTable kStopWordTable = build_stop_word_table();

// is_stop_word of a token of 1 to kLongestStopWord bytes, packed (pack_word).
inline bool is_packed_stop_word(std::uint64_t packed) {
  for (std::size_t slot = stop_word_slot(packed);; slot = (slot + 1) % kStopWordTable.size()) {
    if (kStopWordTable[slot] == packed) return true;
    if (kStopWordTable[slot] == 0) return false;
  }
}

}  // namespace firsthand::detail
