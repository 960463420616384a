// The compact, stored tier of a fingerprint (fingerprint.h): at most 256 bytes, little-endian, version first.
// Layout (v3): u16 version, u16 words, u16 sentences, u8 artefacts, 32 x u16 sketch (0xFFFF: empty); u16
// sketched sentences, u8 count, count x 5-byte sentence sketches ascending (the smallest, at most 16); quotes:
// u16 set size, u8 count, count x u16 values ascending (bottom-4 of the values' top 16 bits); u8 language;
// facts: u8 level, u8 count, count x 12-bit keys in text order, two keys to three bytes (a last odd key in two).
// 7 + 64 + 3 + 16 * 5 + 3 + 4 * 2 + 1 + 2 + 58 * 1.5 = 255 bytes at most.
// Version 2 (32 x u32 sketch, at most 16 facts) is converted: its slot values cut to their top 16 bits are
// what version 3 computes. Version 1 (no facts, 20 sentence sketches) is refused: its fingerprints cannot be
// converted without the text, so the message says to rebuild them from the pages.
#include <algorithm>

#include "firsthand/fingerprint.h"

namespace firsthand {
namespace {

constexpr std::size_t kStoredQuotes = 4;
constexpr std::uint16_t kEmptyStoredSlot = Fingerprint::kLargestSlotValue + 1;
constexpr std::size_t kVersion2Facts = 16;

template <class T>
void put(std::string& out, T value) {
  for (std::size_t i = 0; i < sizeof(T); ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::uint16_t saturate16(std::uint32_t v) { return static_cast<std::uint16_t>(std::min<std::uint32_t>(v, 0xFFFF)); }

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <class T>
  bool get(T& value) {
    if (pos_ + sizeof(T) > bytes_.size()) return false;
    value = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
      value |= static_cast<T>(static_cast<T>(static_cast<unsigned char>(bytes_[pos_ + i])) << (8 * i));
    pos_ += sizeof(T);
    return true;
  }
  std::size_t position() const { return pos_; }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

// The smallest sampling level whose sample of the facts fits the compact tier.
std::uint8_t stored_fact_level(const FactSequence& facts) {
  std::uint8_t level = facts.level;
  while (level < kFactKeyBits && facts_at_level(facts, level).size() > Fingerprint::kStoredFacts) ++level;
  return level;
}

void put_fact_keys(std::string& out, const std::vector<std::uint16_t>& keys) {
  for (std::size_t i = 0; i < keys.size(); i += 2) {
    if (i + 1 == keys.size()) {
      put<std::uint16_t>(out, keys[i]);
      break;
    }
    put<std::uint8_t>(out, static_cast<std::uint8_t>(keys[i] & 0xFF));
    put<std::uint8_t>(out, static_cast<std::uint8_t>((keys[i] >> 8) | ((keys[i + 1] & 0xF) << 4)));
    put<std::uint8_t>(out, static_cast<std::uint8_t>(keys[i + 1] >> 4));
  }
}

}  // namespace

void serialize(const Fingerprint& fp, std::string& out) {
  put<std::uint16_t>(out, Fingerprint::kVersion);
  put<std::uint16_t>(out, saturate16(fp.word_count));
  put<std::uint16_t>(out, saturate16(fp.sentence_count));
  put<std::uint8_t>(out, fp.artefacts_per_100_sentences);
  for (std::uint32_t slot : fp.sketch)
    put<std::uint16_t>(out, slot == Fingerprint::kEmptySlot ? kEmptyStoredSlot : static_cast<std::uint16_t>(slot));
  std::vector<std::uint64_t> sentences = fp.sentence_sketches;
  std::sort(sentences.begin(), sentences.end());
  if (sentences.size() > Fingerprint::kStoredSentences) sentences.resize(Fingerprint::kStoredSentences);
  put<std::uint16_t>(out, saturate16(std::max<std::uint32_t>(fp.sketched_sentences, sentences.size())));
  put<std::uint8_t>(out, static_cast<std::uint8_t>(sentences.size()));
  for (std::uint64_t v : sentences) {
    put<std::uint32_t>(out, static_cast<std::uint32_t>(v));
    put<std::uint8_t>(out, static_cast<std::uint8_t>(v >> 32));
  }

  const FeatureSample& q = fp.quotes;
  const int shift = q.value_bits == 32 ? 16 : 0;
  std::vector<std::uint16_t> narrow;
  for (std::uint32_t v : q.values) {
    const auto x = static_cast<std::uint16_t>(v >> shift);
    if (narrow.empty() || narrow.back() != x) narrow.push_back(x);
    if (narrow.size() == kStoredQuotes) break;
  }
  // A cut sample must not claim to be complete, or a reader would trust values beyond its threshold.
  const bool cut = narrow.size() < q.values.size() || !q.complete();
  put<std::uint16_t>(out, saturate16(cut ? std::max<std::uint32_t>(q.set_size, narrow.size() + 1) : narrow.size()));
  put<std::uint8_t>(out, static_cast<std::uint8_t>(narrow.size()));
  for (std::uint16_t v : narrow) put<std::uint16_t>(out, v);

  put<std::uint8_t>(out, static_cast<std::uint8_t>(fp.language));
  const std::uint8_t level = stored_fact_level(fp.facts);
  const std::vector<std::uint16_t> keys = facts_at_level(fp.facts, level);
  put<std::uint8_t>(out, level);
  put<std::uint8_t>(out, static_cast<std::uint8_t>(keys.size()));
  put_fact_keys(out, keys);
}

Result<Fingerprint> deserialize(std::string_view bytes, std::size_t* consumed) {
  using R = Result<Fingerprint>;
  Reader in(bytes);
  std::uint16_t version = 0, words = 0, sentences = 0;
  Fingerprint fp;
  if (!in.get(version)) return R::failure("fingerprint: truncated before the version");
  if (version == 1)
    return R::failure("fingerprint: version 1 is an older format without fact sequences; rebuild it from the "
                      "pages (firsthand pack build) to compare with this version");
  if (version != Fingerprint::kVersion && version != 2)
    return R::failure("fingerprint: version " + std::to_string(version) + " is not the supported " +
                      std::to_string(Fingerprint::kVersion));
  const bool wide_slots = version == 2;
  if (!in.get(words) || !in.get(sentences) || !in.get(fp.artefacts_per_100_sentences))
    return R::failure("fingerprint: truncated header");
  fp.word_count = words;
  fp.sentence_count = sentences;
  for (std::uint32_t& slot : fp.sketch) {
    if (wide_slots) {
      if (!in.get(slot)) return R::failure("fingerprint: truncated sketch");
      if (slot != Fingerprint::kEmptySlot) slot = slot_value(slot);
      continue;
    }
    std::uint16_t narrow = 0;
    if (!in.get(narrow)) return R::failure("fingerprint: truncated sketch");
    slot = narrow == kEmptyStoredSlot ? Fingerprint::kEmptySlot : narrow;
  }
  std::uint16_t sketched = 0;
  std::uint8_t stored = 0;
  if (!in.get(sketched) || !in.get(stored)) return R::failure("fingerprint: truncated sentence header");
  if (stored > Fingerprint::kStoredSentences || stored > sketched)
    return R::failure("fingerprint: sentence counts are inconsistent");
  fp.sketched_sentences = sketched;
  for (std::uint8_t i = 0; i < stored; ++i) {
    std::uint32_t low = 0;
    std::uint8_t high = 0;
    if (!in.get(low) || !in.get(high)) return R::failure("fingerprint: truncated sentence sketches");
    const std::uint64_t v = (static_cast<std::uint64_t>(high) << 32) | low;
    if (!fp.sentence_sketches.empty() && v < fp.sentence_sketches.back())
      return R::failure("fingerprint: sentence sketches out of order");
    fp.sentence_sketches.push_back(v);
  }
  std::uint16_t quote_set = 0;
  std::uint8_t quote_count = 0;
  if (!in.get(quote_set) || !in.get(quote_count)) return R::failure("fingerprint: truncated quote header");
  if (quote_count > kStoredQuotes || quote_count > quote_set) return R::failure("fingerprint: quote counts are inconsistent");
  fp.quotes.set_size = quote_set;
  fp.quotes.value_bits = 16;
  for (std::uint8_t i = 0; i < quote_count; ++i) {
    std::uint16_t v = 0;
    if (!in.get(v)) return R::failure("fingerprint: truncated quotes");
    if (!fp.quotes.values.empty() && v <= fp.quotes.values.back()) return R::failure("fingerprint: quotes out of order");
    fp.quotes.values.push_back(v);
  }
  std::uint8_t language = 0, level = 0, fact_count = 0;
  if (!in.get(language) || !in.get(level) || !in.get(fact_count)) return R::failure("fingerprint: truncated fact header");
  if (language > static_cast<std::uint8_t>(TextLanguage::Cjk)) return R::failure("fingerprint: unknown language");
  if (level > kFactKeyBits || fact_count > (wide_slots ? kVersion2Facts : Fingerprint::kStoredFacts))
    return R::failure("fingerprint: fact counts are inconsistent");
  fp.language = static_cast<TextLanguage>(language);
  fp.facts.level = level;
  for (std::uint8_t i = 0; i < fact_count; i += 2) {
    std::uint16_t first = 0;
    if (i + 1 == fact_count) {
      if (!in.get(first) || first >> kFactKeyBits) return R::failure("fingerprint: truncated or bad fact keys");
      fp.facts.keys.push_back(first);
      break;
    }
    std::uint8_t b0 = 0, b1 = 0, b2 = 0;
    if (!in.get(b0) || !in.get(b1) || !in.get(b2)) return R::failure("fingerprint: truncated fact keys");
    fp.facts.keys.push_back(static_cast<std::uint16_t>(b0 | ((b1 & 0xF) << 8)));
    fp.facts.keys.push_back(static_cast<std::uint16_t>((b1 >> 4) | (b2 << 4)));
  }
  const std::uint16_t level_mask = static_cast<std::uint16_t>((1u << level) - 1);
  for (std::uint16_t key : fp.facts.keys)
    if (key & level_mask) return R::failure("fingerprint: a fact key is outside its sample");
  if (consumed) *consumed = in.position();
  return fp;
}

}  // namespace firsthand
