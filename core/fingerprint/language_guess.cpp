// The language guess of facts.h: which language's most frequent function words occur most among the first
// tokens, or Cjk when CJK bigrams outnumber words. Only these few words count, each listed by one language
// alone, so a guess costs a probe of a small table per function word.
#include <algorithm>
#include <array>
#include <string_view>

#include "firsthand/fingerprint/facts.h"

namespace firsthand {
namespace {

constexpr std::size_t kSampleTokens = 1000;
constexpr int kMinHits = 5;  // fewer is too little evidence for a guess

struct Marker {
  std::string_view word;
  TextLanguage language;
};

constexpr Marker kMarkers[] = {
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

// The markers by token hash in a small open-addressing table: a probe or two per function word, where a
// binary search of the sorted hashes was a tenth of fingerprinting after the tokenizer.
constexpr int kTableBits = 7;  // 128 slots for 32 markers
struct MarkerSlot {
  std::uint64_t hash = 0;  // 0: empty (no FNV-1a hash of a marker is 0)
  TextLanguage language = TextLanguage::Unknown;
};
using MarkerTable = std::array<MarkerSlot, std::size_t{1} << kTableBits>;

std::size_t home_slot(std::uint64_t hash) { return (hash * 0x9e3779b97f4a7c15ull) >> (64 - kTableBits); }

const MarkerTable& marker_table() {
  static const MarkerTable table = [] {
    MarkerTable out{};
    for (const Marker& m : kMarkers) {
      const std::uint64_t hash = hash_token(m.word);
      std::size_t slot = home_slot(hash);
      while (out[slot].hash != 0) slot = (slot + 1) % out.size();
      out[slot] = {hash, m.language};
    }
    return out;
  }();
  return table;
}

const MarkerSlot* find_marker(const MarkerTable& table, std::uint64_t hash) {
  for (std::size_t slot = home_slot(hash);; slot = (slot + 1) % table.size()) {
    if (table[slot].hash == 0) return nullptr;
    if (table[slot].hash == hash) return &table[slot];
  }
}

}  // namespace

TextLanguage guess_language(const TokenizedText& text) {
  std::array<int, 6> hits{};
  int cjk = 0, words = 0;
  const MarkerTable& markers = marker_table();
  const std::size_t n = std::min(text.tokens.size(), kSampleTokens);
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = text.tokens[i];
    cjk += t.kind == TokenKind::Cjk;
    words += t.kind == TokenKind::Word;
    if (!t.stop_word) continue;
    if (const MarkerSlot* m = find_marker(markers, t.hash)) ++hits[static_cast<std::size_t>(m->language)];
  }
  if (cjk > words) return TextLanguage::Cjk;
  const auto best = std::max_element(hits.begin(), hits.end());
  if (*best < kMinHits) return TextLanguage::Unknown;
  return static_cast<TextLanguage>(best - hits.begin());
}

}  // namespace firsthand
