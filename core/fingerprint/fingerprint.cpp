// Builds the rich fingerprint of a text (fingerprint.h): feature hashing, the two-halved one-permutation
// MinHash sketch, and the feature samples.
#include <algorithm>

#include "firsthand/fingerprint.h"
#include "firsthand/fingerprint/spin.h"
#include "hashing.h"

namespace firsthand {
namespace {

constexpr std::size_t kRichSampleCap = 8192;  // bounds memory on huge pages; far above any article's needs
constexpr std::size_t kShingleTokens = 3;
constexpr std::size_t kMinSentenceWords = 3;
constexpr std::uint32_t kTopicMinSentences = 3;
constexpr double kTopicShare = 0.15;
constexpr std::uint32_t kMinQuoteTokens = 3;
constexpr std::uint64_t kMinHashSeeds[4] = {0x243f6a8885a308d3ull, 0x13198a2e03707344ull, 0xa4093822299f31d0ull,
                                            0x082efa98ec4e6c89ull};

using detail::combine;
using detail::mix64;

FeatureSample to_sample(std::vector<std::uint32_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  FeatureSample s;
  s.set_size = static_cast<std::uint32_t>(values.size());
  if (values.size() > kRichSampleCap) values.resize(kRichSampleCap);
  s.values = std::move(values);
  return s;
}

std::uint32_t value_of(std::uint64_t mixed) { return static_cast<std::uint32_t>(mixed >> 32); }

void sketch_insert(Fingerprint& fp, std::size_t first_slot, std::uint64_t mixed) {
  const std::size_t slot = first_slot + (mixed & (Fingerprint::kShingleSlots - 1));
  fp.sketch[slot] = std::min(fp.sketch[slot], value_of(mixed) == Fingerprint::kEmptySlot ? 0u : value_of(mixed));
}

std::uint64_t window_hash(const std::vector<Token>& tokens, std::size_t first, std::size_t count,
                          std::uint64_t seed) {
  std::uint64_t h = seed;
  for (std::size_t i = first; i < first + count; ++i) h = combine(h, tokens[i].hash);
  return mix64(h);
}

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

// Names are capitalised words that are not function words; a capitalised sentence opener counts only if
// the same word is capitalised somewhere mid-sentence too ("Russia" yes, "Following" no).
std::vector<std::uint64_t> fact_sequence(const TokenizedText& text, const ContentWords& content) {
  std::vector<std::uint64_t> facts;
  facts.reserve(text.tokens.size() / 4);
  for (const Token& t : text.tokens) {
    bool fact = false;
    switch (t.kind) {
      case TokenKind::Number: fact = true; break;
      case TokenKind::Word: fact = t.capitalized && !t.stop_word && content.capitalised_mid_sentence(t.hash); break;
      case TokenKind::Cjk: fact = (mix64(t.hash) & 7) == 0; break;  // content-defined 1-in-8 anchor bigrams
    }
    if (fact && (facts.empty() || facts.back() != t.hash)) facts.push_back(t.hash);
  }
  return facts;
}

// Four 8-bit MinHashes of the sentence's content words (CJK bigrams count as words) and an 8-bit hash of
// the whole sentence, or nothing when the sentence has too few words to say anything or is mostly a quote
// (honest reports share quotes; sharing them is not copying).
bool sentence_sketch(const TokenizedText& text, const Sentence& s, const ContentWords& content, std::uint64_t& out) {
  std::uint64_t mins[4] = {~0ull, ~0ull, ~0ull, ~0ull};
  std::uint64_t whole = 0x57484f4cull;
  std::size_t words = 0, quoted = 0;
  for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
    const Token& t = text.tokens[i];
    whole = combine(whole, t.hash);
    if (t.stop_word || content.topic(t.hash)) continue;
    ++words;
    quoted += t.in_quote;
    for (int k = 0; k < 4; ++k) mins[k] = std::min(mins[k], mix64(t.hash ^ kMinHashSeeds[k]));
  }
  if (words < kMinSentenceWords || quoted * 2 > words) return false;
  out = (mix64(whole) & 0xFF) << 32;
  for (int k = 0; k < 4; ++k) out |= (mins[k] & 0xFF) << (8 * k);
  return true;
}

// Share of equal slots among those that sampled something in either sketch.
double slot_agreement(const Fingerprint& a, const Fingerprint& b, std::size_t first, std::size_t count) {
  std::size_t used = 0, equal = 0;
  for (std::size_t i = first; i < first + count; ++i) {
    if (a.sketch[i] == Fingerprint::kEmptySlot && b.sketch[i] == Fingerprint::kEmptySlot) continue;
    ++used;
    equal += a.sketch[i] == b.sketch[i];
  }
  return used ? static_cast<double>(equal) / static_cast<double>(used) : 0.0;
}

}  // namespace

Fingerprint fingerprint(const TokenizedText& text) {
  Fingerprint fp;
  fp.sketch.fill(Fingerprint::kEmptySlot);
  const auto& tokens = text.tokens;
  fp.word_count = static_cast<std::uint32_t>(tokens.size());
  fp.sentence_count = static_cast<std::uint32_t>(text.sentences.size());

  std::vector<std::uint32_t> quotes;
  fp.sentence_sketches.reserve(text.sentences.size());
  for (std::size_t i = 0; i + kShingleTokens <= tokens.size(); ++i)
    sketch_insert(fp, 0, window_hash(tokens, i, kShingleTokens, 0x5348494eull));

  const ContentWords content(text);
  for (const Sentence& s : text.sentences) {
    std::uint64_t sketch = 0;
    if (sentence_sketch(text, s, content, sketch)) fp.sentence_sketches.push_back(sketch);
    std::size_t run_start = s.first_token;
    for (std::size_t i = s.first_token; i <= s.first_token + s.token_count; ++i) {
      const bool quoted = i < s.first_token + s.token_count && tokens[i].in_quote;
      if (quoted) continue;
      if (i - run_start >= kMinQuoteTokens)
        quotes.push_back(value_of(window_hash(tokens, run_start, i - run_start, 0x51554f54ull)));
      run_start = i + 1;
    }
  }
  fp.sketched_sentences = static_cast<std::uint32_t>(fp.sentence_sketches.size());

  const std::vector<std::uint64_t> fact_seq = fact_sequence(text, content);
  for (std::size_t i = 0; i + 1 < fact_seq.size(); ++i)
    sketch_insert(fp, Fingerprint::kShingleSlots, mix64(combine(combine(0x46414354ull, fact_seq[i]), fact_seq[i + 1])));

  fp.quotes = to_sample(quotes);
  fp.artefacts_per_100_sentences = static_cast<std::uint8_t>(std::min<std::uint32_t>(
      255, round_trip_artefacts(text).per_100_sentences()));
  return fp;
}

Fingerprint fingerprint(const Article& article) { return fingerprint(tokenize(article.paragraphs)); }

double sketch_resemblance(const Fingerprint& a, const Fingerprint& b, bool shingle_half) {
  return slot_agreement(a, b, shingle_half ? 0 : Fingerprint::kShingleSlots, Fingerprint::kShingleSlots);
}

double sketch_resemblance(const Fingerprint& a, const Fingerprint& b) {
  return slot_agreement(a, b, 0, Fingerprint::kSketchSlots);
}

}  // namespace firsthand
