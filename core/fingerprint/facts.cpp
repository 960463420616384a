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

detail::ContentWords::ContentWords(const TokenizedText& text) : tokens_(text.tokens) {
  // Distinct content words are far fewer than tokens: a table with a slot per token is at most half full
  // on article-sized texts, so it rarely grows, at a fraction of the memory to clear.
  int bits = kInitialBits;
  while (bits < kPresizedBits && (std::size_t{1} << bits) < text.tokens.size()) ++bits;
  slots_.assign(std::size_t{1} << bits, Slot{});
  shift_ = 64 - bits;
  words_.reserve(text.tokens.size() / 2);
  word_of_.assign(text.tokens.size(), kNoWord);
  for (std::uint32_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& s = text.sentences[si];
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      const Token& t = text.tokens[i];
      if (t.stop_word) continue;
      const std::uint32_t number = insert(t.hash);
      word_of_[i] = number;
      Word& w = words_[number];
      if (w.last_sentence != si + 1) ++w.sentences, w.last_sentence = si + 1;
      if (t.kind == TokenKind::Word && t.capitalized && !t.sentence_start) w.capitalised_mid_sentence = true;
    }
  }
  // Topic words: content words found in many of the article's sentences ("nato", "russia", "talks").
  // Every report on the same event repeats them, so they say nothing about copying and are left out of
  // the sentence sketches.
  topic_limit_ = std::max<std::uint32_t>(kTopicMinSentences, text.sentences.size() * kTopicShare);
}

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
