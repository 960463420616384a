// The function words of is_stop_word (normalize.h), the few of them that mark a language (guess_language,
// facts.h), and their lookup table, in a header so that the tokenizer, which probes it for every word of
// every text, does so inline. Internal to the fingerprint stage.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

#include "firsthand/fingerprint/facts.h"
#include "firsthand/fingerprint/normalize.h"
#include "page/packed_word.h"

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

// The most frequent function words of each language, each listed by one language alone: guess_language
// counts them. All are stop words, so the stop-word table carries each one's language.
struct LanguageMarker {
  std::string_view word;
  TextLanguage language;
};
inline constexpr LanguageMarker kLanguageMarkers[] = {
    {"the", TextLanguage::English},  {"and", TextLanguage::English},  {"of", TextLanguage::English},
    {"was", TextLanguage::English},  {"with", TextLanguage::English}, {"that", TextLanguage::English},
    {"is", TextLanguage::English},   {"for", TextLanguage::English},  {"der", TextLanguage::German},
    {"die", TextLanguage::German},   {"und", TextLanguage::German},   {"das", TextLanguage::German},
    {"ist", TextLanguage::German},   {"nicht", TextLanguage::German}, {"mit", TextLanguage::German},
    {"den", TextLanguage::German},   {"les", TextLanguage::French},   {"et", TextLanguage::French},
    {"est", TextLanguage::French},   {"une", TextLanguage::French},   {"dans", TextLanguage::French},
    {"pour", TextLanguage::French},  {"sur", TextLanguage::French},   {"au", TextLanguage::French},
    {"el", TextLanguage::Spanish},   {"los", TextLanguage::Spanish},  {"y", TextLanguage::Spanish},
    {"las", TextLanguage::Spanish},  {"del", TextLanguage::Spanish},  {"una", TextLanguage::Spanish},
    {"por", TextLanguage::Spanish},  {"para", TextLanguage::Spanish}};

// A folded word of 1 to 7 bytes packed losslessly into an integer: its bytes from the lowest up, its length
// in the top byte. Short words are compared as such integers, with no string compares.
constexpr std::uint64_t pack_word(std::string_view word) {
  return pack_bytes(word) | static_cast<std::uint64_t>(word.size()) << 56;
}

static_assert([] {
  for (std::string_view word : kStopWords)
    if (word.empty() || word.size() > kLongestStopWord) return false;
  return true;
}());

// Every stop word fits in 7 bytes, so a word packs losslessly into one integer: the lookup is an exact
// integer probe, with no string compares. The table is a bucket of four slots per home (the top bits of the
// multiplied packed word), and no bucket overflows, so a probe compares the four slots of one bucket and
// never branches on what it finds: whether a word is a stop word is as likely as not, which a branch per
// probe step mispredicted (a tenth of tokenising, perf on AEB text).
inline constexpr int kStopWordBucketBits = 8;  // 256 buckets of 4 for about 210 words
inline constexpr std::size_t kStopWordBucketSlots = 4;

constexpr std::size_t stop_word_bucket(std::uint64_t packed) {
  return static_cast<std::size_t>((packed * 0x9e3779b97f4a7c15ull) >> (64 - kStopWordBucketBits));
}

// Zero marks an empty slot: no packed word is zero, since its length byte is at least 1.
struct StopWordTable {
  struct alignas(32) Bucket {
    std::array<std::uint64_t, kStopWordBucketSlots> words{};
  };
  std::array<Bucket, std::size_t{1} << kStopWordBucketBits> buckets{};
  // Per bucket, the language each slot's word marks at its slot plus one, Unknown at 0 (no stop word).
  std::array<std::array<TextLanguage, kStopWordBucketSlots + 1>, std::size_t{1} << kStopWordBucketBits> markers{};
  bool overflowed = false;  // a bucket got more words than it has slots (checked at compile time)
};

constexpr StopWordTable build_stop_word_table() {
  StopWordTable table{};
  for (std::string_view word : kStopWords) {
    const std::uint64_t packed = pack_word(word);
    auto& bucket = table.buckets[stop_word_bucket(packed)].words;
    std::size_t slot = 0;
    while (slot < bucket.size() && bucket[slot] != 0) ++slot;
    if (slot == bucket.size()) {
      table.overflowed = true;
      continue;
    }
    bucket[slot] = packed;
    for (const LanguageMarker& m : kLanguageMarkers)
      if (m.word == word) table.markers[stop_word_bucket(packed)][slot + 1] = m.language;
  }
  return table;
}

inline constexpr StopWordTable kStopWordTable = build_stop_word_table();
static_assert(!kStopWordTable.overflowed, "a stop-word bucket overflows: widen the table or change its multiplier");
static_assert([] {
  for (const LanguageMarker& m : kLanguageMarkers) {
    bool listed = false;
    for (std::string_view word : kStopWords) listed = listed || word == m.word;
    if (!listed) return false;
  }
  return true;
}(), "every language marker is a stop word");

// A packed word's slot in its bucket plus one, or 0 when it is no stop word. `packed` may also be a longer
// token's first 8 bytes with a top byte above 7 (the tokenizer's packed loads): that matches no slot.
inline std::size_t stop_word_slot_plus_one(std::uint64_t packed) {
  const auto& words = kStopWordTable.buckets[stop_word_bucket(packed)].words;
  std::size_t found = 0;
  for (std::size_t slot = 0; slot < kStopWordBucketSlots; ++slot) found |= (slot + 1) * (words[slot] == packed);
  return found;
}

inline bool is_packed_stop_word(std::uint64_t packed) { return stop_word_slot_plus_one(packed) != 0; }

// The language a packed word marks (Unknown for most words) from its slot_plus_one: no branch either.
inline TextLanguage packed_language_marker(std::uint64_t packed, std::size_t slot_plus_one) {
  return kStopWordTable.markers[stop_word_bucket(packed)][slot_plus_one];
}

}  // namespace firsthand::detail
