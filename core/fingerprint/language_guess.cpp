// The language guess of facts.h: which language's most frequent function words occur most among the first
// tokens, or Cjk when CJK bigrams outnumber words. Only these few words count, each listed by one language
// alone, so a guess costs one binary search of a small table per function word.
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

struct MarkerHash {
  std::uint64_t hash;
  TextLanguage language;
};

const std::array<MarkerHash, std::size(kMarkers)>& marker_hashes() {
  static const auto table = [] {
    std::array<MarkerHash, std::size(kMarkers)> out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = {hash_token(kMarkers[i].word), kMarkers[i].language};
    std::sort(out.begin(), out.end(), [](const MarkerHash& x, const MarkerHash& y) { return x.hash < y.hash; });
    return out;
  }();
  return table;
}

}  // namespace

TextLanguage guess_language(const TokenizedText& text) {
  std::array<int, 6> hits{};
  int cjk = 0, words = 0;
  const auto& markers = marker_hashes();
  const std::size_t n = std::min(text.tokens.size(), kSampleTokens);
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = text.tokens[i];
    cjk += t.kind == TokenKind::Cjk;
    words += t.kind == TokenKind::Word;
    if (!t.stop_word) continue;
    const auto it = std::lower_bound(markers.begin(), markers.end(), t.hash,
                                     [](const MarkerHash& m, std::uint64_t h) { return m.hash < h; });
    if (it != markers.end() && it->hash == t.hash) ++hits[static_cast<std::size_t>(it->language)];
  }
  if (cjk > words) return TextLanguage::Cjk;
  const auto best = std::max_element(hits.begin(), hits.end());
  if (*best < kMinHits) return TextLanguage::Unknown;
  return static_cast<TextLanguage>(best - hits.begin());
}

}  // namespace firsthand
