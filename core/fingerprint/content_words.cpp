// The content-word table's one walk over the tokens (content_words.h): numbering the distinct content words,
// counting their sentences, and collecting the fact tokens.
#include "content_words.h"

#include <algorithm>
#include <memory>

namespace firsthand::detail {

ContentWords::ContentWords(const TokenizedText& text) : tokens_(text.tokens) {
  // Distinct content words are far fewer than tokens: a table with a slot per token is at most half full
  // on article-sized texts, so it rarely grows, at a fraction of the memory to clear.
  int bits = kInitialBits;
  while (bits < kPresizedBits && (std::size_t{1} << bits) < text.tokens.size()) ++bits;
  slots_.assign(std::size_t{1} << bits, Slot{});
  shift_ = 64 - bits;
  words_.reserve(text.tokens.size() / 2);
  word_of_.assign(text.tokens.size(), kNoWord);
  // Fact candidates (numbers, CJK anchors, capitalised content words) are each written after the last and
  // kept by a count rather than a branch; the words among them are sifted once every word's capitalisation
  // is known. The scratch buffers are left unfilled (new T[n] of a trivial T), so only what is written is
  // touched: zeroing them cost a long text more than the walk.
  // A sentence's content tokens are gathered first without a branch, after the candidates in the same
  // buffer: whether a token is a stop word is as likely as not, which a branch in the table-building loop
  // mispredicted.
  std::uint32_t longest_sentence = 0;
  for (const Sentence& s : text.sentences) longest_sentence = std::max(longest_sentence, s.token_count);
  const std::unique_ptr<std::uint32_t[]> scratch(new std::uint32_t[text.tokens.size() + longest_sentence + 1]);
  std::uint32_t* const candidate = scratch.get();
  std::uint32_t* const content = scratch.get() + text.tokens.size();
  std::size_t candidates = 0;
  for (std::uint32_t si = 0; si < text.sentences.size(); ++si) {
    const Sentence& s = text.sentences[si];
    std::size_t count = 0;
    for (std::uint32_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      content[count] = i;
      count += !text.tokens[i].stop_word;
    }
    for (std::size_t c = 0; c < count; ++c) {
      const std::uint32_t i = content[c];
      const Token& t = text.tokens[i];
      const std::uint32_t number = insert(t.hash);
      word_of_[i] = number;
      Word& w = words_[number];
      w.sentences += w.last_sentence != si + 1;
      w.last_sentence = si + 1;
      const bool capitalised_word = t.kind == TokenKind::Word && t.capitalized;
      w.capitalised_mid_sentence |= capitalised_word && !t.sentence_start;
      candidate[candidates] = i;
      candidates += capitalised_word || t.kind == TokenKind::Number || (t.kind == TokenKind::Cjk && cjk_anchor(t));
    }
  }
  std::size_t kept = 0;
  for (std::size_t c = 0; c < candidates; ++c) {
    candidate[kept] = candidate[c];
    kept += fact(candidate[c]);
  }
  facts_.assign(candidate, candidate + kept);
  // Topic words: content words found in many of the article's sentences ("nato", "russia", "talks").
  // Every report on the same event repeats them, so they say nothing about copying and are left out of
  // the sentence sketches.
  topic_limit_ = std::max<std::uint32_t>(kTopicMinSentences, text.sentences.size() * kTopicShare);
}

}  // namespace firsthand::detail
