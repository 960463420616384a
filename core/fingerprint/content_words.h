// The content words of a text (stop words left out) with what the fingerprint features need to know about
// each: in how many sentences it occurs, and whether it is ever capitalised mid-sentence. Internal to the
// fingerprint stage.
#pragma once
#include <algorithm>
#include <bitset>
#include <cstdint>
#include <vector>

#include "firsthand/fingerprint/facts.h"
#include "firsthand/fingerprint/normalize.h"
#include "hashing.h"

namespace firsthand::detail {

// Topic words occur in at least this share of the sentences (and at least this many).
inline constexpr std::uint32_t kTopicMinSentences = 3;
inline constexpr double kTopicShare = 0.15;

// What the features need to know about each distinct content word (stop words are left out): in how many
// sentences it occurs, and whether it is ever capitalised mid-sentence. Each distinct word gets a dense
// number in order of first appearance, found through one flat open-addressing table keyed by the token hash
// (node-based hash containers allocated per word and per sentence), and each token keeps its word's number,
// so the later passes over the tokens read a small dense array rather than probe the table again.
class ContentWords {
 public:
  static constexpr std::uint32_t kNoWord = 0xFFFFFFFFu;  // a stop word's number

  struct Word {
    std::uint64_t hash = 0;
    std::uint32_t sentences = 0;
    std::uint32_t last_sentence = 0;  // 1 + index of the last sentence counted, so a word counts once per sentence
    bool capitalised_mid_sentence = false;
  };

  // Out of line (content_words.cpp), so both users share one copy of it in the wasm.
  explicit ContentWords(const TokenizedText& text);

  // The distinct content words, numbered in order of first appearance; a token's number (kNoWord for a
  // stop word).
  const std::vector<Word>& words() const { return words_; }
  std::uint32_t word_of(std::size_t token) const { return word_of_[token]; }

  bool topic(std::size_t token) const {
    const std::uint32_t number = word_of_[token];
    return number != kNoWord && topic_word(number);
  }
  bool topic_word(std::uint32_t number) const { return words_[number].sentences >= topic_limit_; }
  // A fact is a number, a name or, in CJK text, a content-defined 1-in-8 anchor bigram. Names are capitalised
  // words that are not function words; a capitalised sentence opener counts only if the same word is
  // capitalised somewhere mid-sentence too ("Russia" yes, "Following" no).
  bool fact(std::size_t token) const {
    const Token& t = tokens_[token];
    switch (t.kind) {
      case TokenKind::Number: return true;
      case TokenKind::Word:
        return t.capitalized && !t.stop_word && words_[word_of_[token]].capitalised_mid_sentence;
      case TokenKind::Cjk: return cjk_anchor(t);
    }
    return false;
  }
  // The fact tokens in order (those fact() is true of), collected by the table-building walk.
  const std::vector<std::uint32_t>& facts() const { return facts_; }

 private:
  static bool cjk_anchor(const Token& t) { return (mix64(t.hash) & 7) == 0; }

  static constexpr int kInitialBits = 6;
  static constexpr int kPresizedBits = 16;  // 1 MB; longer texts grow the table as their vocabulary needs

  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t number_plus_one = 0;  // 0 marks an empty slot
  };

  // The slot holding the word, or the empty slot where it would go; the table is never more than half full.
  std::size_t index_of(std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = (hash * 0x9e3779b97f4a7c15ull) >> shift_;
    while (slots_[i].number_plus_one != 0 && slots_[i].hash != hash) i = (i + 1) & mask;
    return i;
  }

  // The word's number, numbering it if new.
  std::uint32_t insert(std::uint64_t hash) {
    Slot* slot = &slots_[index_of(hash)];
    if (slot->number_plus_one != 0) return slot->number_plus_one - 1;
    if (2 * (words_.size() + 1) > slots_.size()) {
      grow();
      slot = &slots_[index_of(hash)];
    }
    words_.push_back({hash});
    *slot = {hash, static_cast<std::uint32_t>(words_.size())};
    return slot->number_plus_one - 1;
  }

  void grow() {
    std::vector<Slot> old(2 * slots_.size());
    old.swap(slots_);
    --shift_;
    for (const Slot& s : old)
      if (s.number_plus_one != 0) slots_[index_of(s.hash)] = s;
  }

  const std::vector<Token>& tokens_;
  std::vector<Slot> slots_;
  int shift_ = 64;  // the top log2(slot count) bits of the multiplied hash pick the home slot
  std::vector<Word> words_;
  std::vector<std::uint32_t> word_of_;  // per token
  std::vector<std::uint32_t> facts_;    // the fact tokens' indices
  std::uint32_t topic_limit_ = 0;
};

// Collects distinct_facts (facts.h) one fact token at a time, so the fingerprint's own pass over the facts
// (the sketch's fact half) collects them too.
class DistinctFacts {
 public:
  void add(const TokenizedText& text, std::uint32_t token);
  std::vector<FactToken> facts;

 private:
  std::bitset<(1u << kFactKeyBits)> seen_;
};

}  // namespace firsthand::detail
