// The fingerprint-level scores of a pair (compare.h): sketch resemblance and containment in both directions
// for every feature sample.
#include <algorithm>

#include "firsthand/compare.h"

namespace firsthand {
namespace {

struct SentenceMatches {
  double identical = 0, aligned = 0;
};

// Equal MinHash bytes (0-3) of two sentence sketches; 5 when the whole-sentence byte is equal too.
int agreement(std::uint64_t x, std::uint64_t y) {
  int n = 0;
  for (int k = 0; k < 4; ++k) n += ((x >> (8 * k)) & 0xFF) == ((y >> (8 * k)) & 0xFF);
  return n == 4 && (x >> 32) == (y >> 32) ? 5 : n;
}

// Shares of x's sentences whose sketch has a partner in y's. When y keeps only a sample of its sentences
// (compact tier), a partner is found with probability kept/sketched, so the shares are scaled back up.
SentenceMatches match_sentences(const Fingerprint& x, const Fingerprint& y) {
  SentenceMatches m;
  if (x.sentence_sketches.empty() || y.sentence_sketches.empty()) return m;
  std::size_t identical = 0, aligned = 0;
  for (std::uint64_t sx : x.sentence_sketches) {
    int best = 0;
    for (std::uint64_t sy : y.sentence_sketches) best = std::max(best, agreement(sx, sy));
    identical += best == 5;
    aligned += best >= 2;
  }
  const double kept = static_cast<double>(y.sentence_sketches.size());
  const double scale = std::max(1.0, static_cast<double>(y.sketched_sentences) / kept);
  const double n = static_cast<double>(x.sentence_sketches.size());
  m.identical = std::min(1.0, identical * scale / n);
  m.aligned = std::min(1.0, aligned * scale / n);
  return m;
}

}  // namespace

PairScores score_pair(const Fingerprint& a, const Fingerprint& b) {
  PairScores s;
  s.resemblance = sketch_resemblance(a, b);
  s.shingle_resemblance = sketch_resemblance(a, b, true);
  s.fact_resemblance = sketch_resemblance(a, b, false);
  const SentenceMatches ab = match_sentences(a, b), ba = match_sentences(b, a);
  s.identical_a_in_b = ab.identical;
  s.aligned_a_in_b = ab.aligned;
  s.identical_b_in_a = ba.identical;
  s.aligned_b_in_a = ba.aligned;
  s.shared_quotes = shared_count(a.quotes, b.quotes);
  s.length_ratio = b.word_count ? static_cast<double>(a.word_count) / b.word_count : 0.0;
  s.artefacts_a = a.artefacts_per_100_sentences;
  s.artefacts_b = b.artefacts_per_100_sentences;
  s.sentences_a = a.sentence_count;
  s.sentences_b = b.sentence_count;
  s.sketched_a = a.sketched_sentences;
  s.sketched_b = b.sketched_sentences;
  s.facts = match_facts(a.facts, b.facts);
  s.language_a = a.language;
  s.language_b = b.language;
  return s;
}

}  // namespace firsthand
