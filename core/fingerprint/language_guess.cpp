// The language guess of facts.h: which language's most frequent function words occur most among the first
// tokens, or Cjk when CJK bigrams outnumber words. Only these few words count, each listed by one language
// alone (stop_words.h); the tokenizer marks them as it finds stop words, so a guess reads the marks and
// probes no table.
#include <algorithm>
#include <array>

#include "firsthand/fingerprint/facts.h"

namespace firsthand {
namespace {

constexpr std::size_t kSampleTokens = 1000;
constexpr int kMinHits = 5;  // fewer is too little evidence for a guess

}  // namespace

TextLanguage guess_language(const TokenizedText& text) {
  // Indexed by the tokens' language markers; Unknown's count, every other token, is left out of the vote.
  std::array<int, 6> hits{};
  int cjk = 0, words = 0;
  const std::size_t n = std::min(text.tokens.size(), kSampleTokens);
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = text.tokens[i];
    cjk += t.kind == TokenKind::Cjk;
    words += t.kind == TokenKind::Word;
    ++hits[t.language_marker];
  }
  if (cjk > words) return TextLanguage::Cjk;
  hits[static_cast<std::size_t>(TextLanguage::Unknown)] = 0;
  const auto best = std::max_element(hits.begin(), hits.end());
  if (*best < kMinHits) return TextLanguage::Unknown;
  return static_cast<TextLanguage>(best - hits.begin());
}

}  // namespace firsthand
