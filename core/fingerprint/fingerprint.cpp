// Builds the rich fingerprint of a text (fingerprint.h): feature hashing, the two-halved one-permutation
// MinHash sketch, and the feature samples.
#include <algorithm>
#include <array>

#include "firsthand/fingerprint.h"
#include "firsthand/fingerprint/spin.h"
#include "content_words.h"
#include "hashing.h"

namespace firsthand {
namespace {

constexpr std::size_t kRichSampleCap = 8192;  // bounds memory on huge pages; far above any article's needs
constexpr std::size_t kShingleTokens = 3;
constexpr std::size_t kMinSentenceWords = 3;
constexpr std::uint32_t kMinQuoteTokens = 3;
constexpr std::uint64_t kMinHashSeeds[4] = {0x243f6a8885a308d3ull, 0x13198a2e03707344ull, 0xa4093822299f31d0ull,
                                            0x082efa98ec4e6c89ull};

using detail::combine;
using detail::ContentWords;
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
  fp.sketch[slot] = std::min(fp.sketch[slot], slot_value(static_cast<std::uint32_t>(mixed >> 32)));
}

std::uint64_t window_hash(const std::vector<Token>& tokens, std::size_t first, std::size_t count,
                          std::uint64_t seed) {
  std::uint64_t h = seed;
  for (std::size_t i = first; i < first + count; ++i) h = combine(h, tokens[i].hash);
  return mix64(h);
}

// The sketch's fact half: names and numbers in order, repeats of the same fact in a row once. The same
// pass collects the distinct facts.
std::vector<std::uint64_t> fact_sequence(const TokenizedText& text, const ContentWords& content,
                                         detail::DistinctFacts& distinct) {
  std::vector<std::uint64_t> facts;
  facts.reserve(content.facts().size());
  distinct.facts.reserve(content.facts().size());
  for (const std::uint32_t i : content.facts()) {
    const Token& t = text.tokens[i];
    distinct.add(text, i);
    if (facts.empty() || facts.back() != t.hash) facts.push_back(t.hash);
  }
  return facts;
}

// Per content word (ContentWords' numbers), what sentence_sketch takes from it: its four MinHash values and
// whether it counts, computed once per distinct word rather than at every occurrence. Topic words and, in
// the last entry, stop words do not count and hold values no minimum keeps, so the sketch reads the entry
// of every token alike, without a branch per token.
struct SketchWord {
  std::array<std::uint64_t, 4> mins = {~0ull, ~0ull, ~0ull, ~0ull};
  std::uint32_t counts = 0;  // 1 or 0
};

class SketchWords {
 public:
  explicit SketchWords(const ContentWords& content) : content_(content), words_(content.words().size() + 1) {
    for (std::uint32_t w = 0; w + 1 < words_.size(); ++w) {
      if (content.topic_word(w)) continue;
      for (int k = 0; k < 4; ++k) words_[w].mins[k] = mix64(content.words()[w].hash ^ kMinHashSeeds[k]);
      words_[w].counts = 1;
    }
  }
  const SketchWord& of_token(std::size_t token) const {
    static_assert(ContentWords::kNoWord == 0xFFFFFFFFu);  // above every word's number: it picks the last entry
    return words_[std::min<std::size_t>(content_.word_of(token), words_.size() - 1)];
  }

 private:
  const ContentWords& content_;
  std::vector<SketchWord> words_;
};

// Four 8-bit MinHashes of the sentence's content words (CJK bigrams count as words) and an 8-bit hash of
// the whole sentence, or nothing when the sentence has too few words to say anything or is mostly a quote
// (honest reports share quotes; sharing them is not copying).
bool sentence_sketch(const TokenizedText& text, const Sentence& s, const SketchWords& sketch_words,
                     std::uint64_t& out) {
  std::uint64_t mins[4] = {~0ull, ~0ull, ~0ull, ~0ull};
  std::uint64_t whole = 0x57484f4cull;
  std::size_t words = 0, quoted = 0;
  for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
    const Token& t = text.tokens[i];
    whole = combine(whole, t.hash);
    const SketchWord& word = sketch_words.of_token(i);
    words += word.counts;
    quoted += word.counts & static_cast<std::uint32_t>(t.in_quote);
    for (int k = 0; k < 4; ++k) mins[k] = std::min(mins[k], word.mins[k]);
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
  const SketchWords sketch_words(content);
  for (const Sentence& s : text.sentences) {
    std::uint64_t sketch = 0;
    if (sentence_sketch(text, s, sketch_words, sketch)) fp.sentence_sketches.push_back(sketch);
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

  detail::DistinctFacts distinct;
  const std::vector<std::uint64_t> fact_seq = fact_sequence(text, content, distinct);
  for (std::size_t i = 0; i + 1 < fact_seq.size(); ++i)
    sketch_insert(fp, Fingerprint::kShingleSlots, mix64(combine(combine(0x46414354ull, fact_seq[i]), fact_seq[i + 1])));

  fp.facts.keys.reserve(distinct.facts.size());
  for (const FactToken& f : distinct.facts) fp.facts.keys.push_back(f.key);
  fp.language = guess_language(text);
  fp.quotes = to_sample(quotes);
  fp.artefacts_per_100_sentences = static_cast<std::uint8_t>(std::min<std::uint32_t>(
      255, round_trip_artefacts(text).per_100_sentences()));
  return fp;
}

Fingerprint fingerprint(const Article& article) {
  // The folded text, tokens and sentences are reused from article to article rather than allocated for
  // each; a huge text's buffers are let go rather than held.
  constexpr std::size_t kKeptTextBytes = 1u << 20;
  thread_local TokenizedText text;
  tokenize_into(article.paragraphs, text);
  Fingerprint fp = fingerprint(text);
  if (text.folded.capacity() > kKeptTextBytes) text = {};
  return fp;
}

std::vector<std::uint16_t> facts_at_level(const FactSequence& facts, std::uint8_t level) {
  const std::uint16_t mask = static_cast<std::uint16_t>((1u << std::min<unsigned>(level, kFactKeyBits)) - 1);
  std::vector<std::uint16_t> out;
  for (std::uint16_t key : facts.keys)
    if ((key & mask) == 0) out.push_back(key);
  return out;
}

double sketch_resemblance(const Fingerprint& a, const Fingerprint& b, bool shingle_half) {
  return slot_agreement(a, b, shingle_half ? 0 : Fingerprint::kShingleSlots, Fingerprint::kShingleSlots);
}

double sketch_resemblance(const Fingerprint& a, const Fingerprint& b) {
  return slot_agreement(a, b, 0, Fingerprint::kSketchSlots);
}

}  // namespace firsthand
