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
// sentences it occurs, and whether it is ever capitalised mid-sentence. One flat open-addressing table keyed
// by the token hash, where node-based hash containers allocated per word and per sentence.
class ContentWords {
 public:
  struct Entry {
    std::uint64_t hash = 0;
    std::uint32_t sentences = 0;      // 0 marks an empty slot: a stored word occurs in at least one sentence
    std::uint32_t last_sentence = 0;  // 1 + index of the last sentence counted, so a word counts once per sentence
    bool capitalised_mid_sentence = false;
  };

  explicit ContentWords(const TokenizedText& text) {
    // Room for every token of an article-sized text being a distinct word, so the table does not grow
    // while an article fills it.
    int bits = kInitialBits;
    while (bits < kPresizedBits && (std::size_t{1} << bits) < 2 * text.tokens.size()) ++bits;
    slots_.assign(std::size_t{1} << bits, Entry{});
    shift_ = 64 - bits;
    for (std::uint32_t si = 0; si < text.sentences.size(); ++si) {
      const Sentence& s = text.sentences[si];
      for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
        const Token& t = text.tokens[i];
        if (t.stop_word) continue;
        Entry& e = insert(t.hash);
        if (e.last_sentence != si + 1) ++e.sentences, e.last_sentence = si + 1;
        if (t.kind == TokenKind::Word && t.capitalized && !t.sentence_start) e.capitalised_mid_sentence = true;
      }
    }
    // Topic words: content words found in many of the article's sentences ("nato", "russia", "talks").
    // Every report on the same event repeats them, so they say nothing about copying and are left out of
    // the sentence sketches.
    topic_limit_ = std::max<std::uint32_t>(kTopicMinSentences, text.sentences.size() * kTopicShare);
  }

  bool topic(std::uint64_t hash) const { return find(hash).sentences >= topic_limit_; }
  bool capitalised_mid_sentence(std::uint64_t hash) const { return find(hash).capitalised_mid_sentence; }
  // A fact is a number, a name or, in CJK text, a content-defined 1-in-8 anchor bigram. Names are capitalised
  // words that are not function words; a capitalised sentence opener counts only if the same word is
  // capitalised somewhere mid-sentence too ("Russia" yes, "Following" no).
  bool fact(const Token& t) const {
    switch (t.kind) {
      case TokenKind::Number: return true;
      case TokenKind::Word: return t.capitalized && !t.stop_word && capitalised_mid_sentence(t.hash);
      case TokenKind::Cjk: return (mix64(t.hash) & 7) == 0;
    }
    return false;
  }

 private:
  static constexpr int kInitialBits = 6;
  static constexpr int kPresizedBits = 16;  // 1.5 MB; longer texts grow the table as their vocabulary needs

  // The slot holding the word, or the empty slot where it would go; the table is never more than half full.
  std::size_t index_of(std::uint64_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = (hash * 0x9e3779b97f4a7c15ull) >> shift_;
    while (slots_[i].sentences != 0 && slots_[i].hash != hash) i = (i + 1) & mask;
    return i;
  }

  // An absent word gives an empty entry: no sentences, never capitalised.
  const Entry& find(std::uint64_t hash) const { return slots_[index_of(hash)]; }

  // New entries have their hash set and no sentences yet.
  Entry& insert(std::uint64_t hash) {
    if (2 * (used_ + 1) > slots_.size()) grow();
    Entry& e = slots_[index_of(hash)];
    if (e.sentences == 0) e.hash = hash, ++used_;
    return e;
  }

  void grow() {
    std::vector<Entry> old(2 * slots_.size());
    old.swap(slots_);
    --shift_;
    for (const Entry& e : old)
      if (e.sentences != 0) slots_[index_of(e.hash)] = e;
  }

  std::vector<Entry> slots_;
  int shift_ = 64;  // the top log2(slot count) bits of the multiplied hash pick the home slot
  std::size_t used_ = 0;
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
