// Distinct facts of a text in order of first appearance, with translation-proof keys (facts.h).
#include "firsthand/fingerprint/facts.h"

#include "content_words.h"
#include "hashing.h"

namespace firsthand {
namespace {

constexpr std::uint64_t kFactSeed = 0x46414b59ull;
constexpr std::uint64_t kFnvOffset = 1469598103934665603ull, kFnvPrime = 1099511628211ull;

// A number's digits alone: decimal commas and points, thousands separators and their order differ by language.
std::uint64_t digits_hash(std::string_view number) {
  std::uint64_t h = kFnvOffset;
  for (char c : number)
    if (c >= '0' && c <= '9') h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h;
}

std::uint16_t fact_key(const TokenizedText& text, const Token& t) {
  const std::uint64_t h = t.kind == TokenKind::Number ? digits_hash(text.token_text(t)) : t.hash;
  return static_cast<std::uint16_t>(detail::mix64(h ^ kFactSeed) >> (64 - kFactKeyBits));
}

}  // namespace

void detail::DistinctFacts::add(const TokenizedText& text, std::uint32_t token) {
  const std::uint16_t key = fact_key(text, text.tokens[token]);
  if (seen_.test(key)) return;
  seen_.set(key);
  facts.push_back({key, token});
}

std::vector<FactToken> distinct_facts(const TokenizedText& text) {
  const detail::ContentWords content(text);
  detail::DistinctFacts collector;
  for (std::uint32_t i = 0; i < text.tokens.size(); ++i)
    if (content.fact(i)) collector.add(text, i);
  return std::move(collector.facts);
}

}  // namespace firsthand
