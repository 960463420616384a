// Stage 3 of 7, fingerprint: Article -> folded tokens, fingerprints and spin signals. Includes only page and
// extract.
//
// Article fingerprints: compact, versioned signatures of an article's text that the comparison, the index
// and pack files work from, so that no article text needs to be stored or shared.
//
// Contract used by the index and packs (index.h, pack.h): `sketch` is a fixed-size one-permutation MinHash
// whose slots hold 16-bit values (slot_value; LSH bands are cut from it), and serialize/deserialize give a stable little-endian byte
// form that starts with the version. Everything else in the struct belongs to the fingerprint module.
//
// The sketch has two halves so that LSH bands (cut within a half when rows divide 16) find both kinds of
// relatives: slots 0-15 sample word 3-shingles (verbatim copies, rewrites that keep phrases), slots 16-31
// sample the ordered pairs of names and numbers (spun copies, whose words change but whose facts do not).
//
// Two tiers. fingerprint() gives the rich in-memory form of a page (every sentence sketch, full quote set);
// serialize() writes the compact tier that history and packs store, at most kMaxSerializedBytes (256): the
// sentence sketches cut to a content-defined sample, quotes to a bottom-k sample of 16-bit values, the fact
// sequence to a content-defined sample that keeps its order. Shares
// between a rich and a compact fingerprint are estimated from what both keep, so the verdict works from
// stored fingerprints alone. Word-level diffs (which words a spinner swapped) need both texts; the compact
// tier does not carry per-sentence word hashes, which would cost about 2 bytes per word.
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "firsthand/extract/article.h"
#include "firsthand/fingerprint/facts.h"
#include "firsthand/fingerprint/normalize.h"
#include "firsthand/result.h"

namespace firsthand {

// A bottom-k sample of a hashed feature set: every distinct value up to the sample's threshold.
struct FeatureSample {
  std::vector<std::uint32_t> values;  // sorted ascending, distinct
  std::uint32_t set_size = 0;         // distinct features in the whole set
  std::uint8_t value_bits = 32;       // 32 in memory, 16 once read back from the compact tier

  bool complete() const { return values.size() == set_size; }
};

// Estimated share of A's features that B also has (|A ∩ B| / |A|); 0 when A is empty.
double containment(const FeatureSample& a, const FeatureSample& b);
// Estimated count of features both have.
double shared_count(const FeatureSample& a, const FeatureSample& b);

// A text's distinct facts in order of first appearance (fingerprint/facts.h), as their 12-bit keys. The rich
// tier keeps them all (level 0); the compact tier keeps a content-defined sample of at most kStoredFacts: the
// keys whose low `level` bits are zero, at the smallest level that fits. Two sequences compare at the larger
// of their levels, where both hold every such key of their text.
struct FactSequence {
  std::vector<std::uint16_t> keys;
  std::uint8_t level = 0;
};

// The sequence's keys that a sample at `level` keeps, in order.
std::vector<std::uint16_t> facts_at_level(const FactSequence& facts, std::uint8_t level);

struct Fingerprint {
  // 2: the fact sequence and the language guess were added, and the compact tier keeps 16 sentence sketches
  // (was 20) to make room. (12 sketches and 29 facts judged the copies set better, but cost the seeds'
  // stored-level sentence estimates.) Version 1 fingerprints are refused with a message saying to rebuild them.
  // 3: sketch slots hold 16-bit values (a false slot match is 1 in 65,536, far below what a resemblance
  // estimate over 16 slots resolves), and the 64 bytes saved keep 58 fact keys instead of 16, so that stored
  // fact sequences still hold enough shared facts to say what one text kept of another. Version 2
  // fingerprints are converted on reading (their slot values cut to the top 16 bits); packs of version 2 are
  // refused, as their LSH bands were cut from 32-bit values.
  static constexpr std::uint16_t kVersion = 3;
  static constexpr std::size_t kSketchSlots = 32;
  static constexpr std::size_t kShingleSlots = 16;  // slots [0, 16): word 3-shingles; [16, 32): fact pairs
  static constexpr std::uint32_t kEmptySlot = 0xFFFFFFFFu;
  static constexpr unsigned kSlotValueBits = 16;
  static constexpr std::uint32_t kLargestSlotValue = 0xFFFE;  // 0xFFFF marks an empty slot in the compact tier
  static constexpr std::size_t kMaxSerializedBytes = 256;

  static constexpr std::size_t kStoredSentences = 16;  // sentence sketches kept in the compact tier
  static constexpr std::size_t kStoredFacts = 58;      // fact keys kept in the compact tier

  std::array<std::uint32_t, kSketchSlots> sketch{};  // resemblance sketch (see the two halves above)
  // One per sentence with 3+ content words outside quotes (quotes are shared by honest reports too):
  // bytes 0-3 are 8-bit MinHashes of those words (b-bit MinHash), byte 4 hashes the whole folded sentence
  // in order. Matching them pairs sentences without the text: all five equal is an identical sentence,
  // 2 of the 4 MinHash bytes a sentence sharing about a third or more of its words (reworded or spun).
  // The compact tier keeps the kStoredSentences smallest, a content-defined sample both sides agree on.
  std::vector<std::uint64_t> sentence_sketches;
  std::uint32_t sketched_sentences = 0;  // sentences sketched before the compact tier cut the list
  FeatureSample quotes;  // quoted spans of 3+ tokens
  std::uint32_t word_count = 0;
  std::uint32_t sentence_count = 0;
  std::uint8_t artefacts_per_100_sentences = 0;  // round-trip translation artefacts found in the text (spin.h)
  FactSequence facts;
  TextLanguage language = TextLanguage::Unknown;  // from the function words (fingerprint/facts.h)
};

// A sketch slot's value from a 32-bit MinHash value: its top kSlotValueBits, below the compact tier's empty marker.
inline std::uint32_t slot_value(std::uint32_t hash32) {
  return std::min(hash32 >> (32 - Fingerprint::kSlotValueBits), Fingerprint::kLargestSlotValue);
}

Fingerprint fingerprint(const Article& article);
Fingerprint fingerprint(const TokenizedText& text);

// Appends the compact byte form to `out`.
void serialize(const Fingerprint& fp, std::string& out);
// Parses one fingerprint from the start of `bytes`; never trusts it. `consumed` gets the bytes used.
Result<Fingerprint> deserialize(std::string_view bytes, std::size_t* consumed = nullptr);

// Estimated Jaccard resemblance of the two articles' feature sets, from the sketches alone (both halves).
double sketch_resemblance(const Fingerprint& a, const Fingerprint& b);
// The same, from one half: word shingles only (first = true) or fact pairs only.
double sketch_resemblance(const Fingerprint& a, const Fingerprint& b, bool shingle_half);

}  // namespace firsthand
