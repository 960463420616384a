// Per-site sentence counts (firsthand/verdict/standing_text.h). A sorted vector, merged once a page: the
// same code size and speed in WebAssembly as natively, and its saved form is the vector itself.
#include "firsthand/verdict/standing_text.h"

#include <algorithm>

#include "firsthand/fingerprint/normalize.h"
#include "index/little_endian.h"

namespace firsthand {
namespace {

constexpr std::uint64_t kCountMask = 0xFF;

std::uint64_t key_of(std::string_view host, std::uint32_t sentence_hash) {
  const std::uint64_t site = hash_token(host) & 0xFFFFFF;
  return (site << 40) | (std::uint64_t{sentence_hash} << 8);
}

std::uint64_t key_part(std::uint64_t entry) { return entry & ~kCountMask; }

constexpr std::size_t kMaxNameWords = 4;

// Whether the `words` tokens after `at` repeat the `words` tokens at `name`.
bool repeats(const TokenizedText& text, std::size_t name, std::size_t at, std::size_t words) {
  if (at + words > text.tokens.size()) return false;
  for (std::size_t k = 0; k < words; ++k)
    if (text.tokens[name + k].hash != text.tokens[at + k].hash) return false;
  return true;
}

}  // namespace

std::uint32_t boilerplate_start(const TokenizedText& text) {
  const auto count = static_cast<std::uint32_t>(text.sentences.size());
  static const std::uint64_t about = hash_token("about");
  for (std::uint32_t i = count / 2; i < count; ++i) {
    const Sentence& s = text.sentences[i];
    const std::size_t first = s.first_token;
    if (s.token_count < 2 || text.tokens[first].hash != about || !text.tokens[first].capitalized) continue;
    const std::size_t name = first + 1;
    if (text.tokens[name].kind == TokenKind::Number) continue;  // "About 200 people ..."
    for (std::size_t words = 1; words <= kMaxNameWords && words < s.token_count; ++words) {
      const bool heading_alone = s.token_count == words + 1 && i + 1 < count;
      const std::size_t next = heading_alone ? text.sentences[i + 1].first_token : name + words;
      if ((heading_alone || s.token_count > 2 * words + 1) && repeats(text, name, next, words)) return i;
    }
  }
  return count;
}

std::uint32_t StandingText::pages(std::uint64_t key) const {
  const auto it = std::lower_bound(entries_.begin(), entries_.end(), key);
  return it != entries_.end() && key_part(*it) == key ? static_cast<std::uint32_t>(*it & kCountMask) : 0;
}

void StandingText::count_page(std::string_view host, const std::vector<std::uint32_t>& sentence_hashes) {
  if (host.empty() || sentence_hashes.empty()) return;
  std::vector<std::uint64_t> keys;
  keys.reserve(sentence_hashes.size());
  for (std::uint32_t h : sentence_hashes) keys.push_back(key_of(host, h));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  const auto held = std::count_if(keys.begin(), keys.end(), [&](std::uint64_t k) { return pages(k) > 0; });
  if (5 * static_cast<std::size_t>(held) >= 4 * keys.size()) return;

  std::vector<std::uint64_t> merged;
  merged.reserve(entries_.size() + keys.size());
  auto e = entries_.begin();
  for (std::uint64_t k : keys) {
    for (; e != entries_.end() && key_part(*e) < k; ++e) merged.push_back(*e);
    if (e != entries_.end() && key_part(*e) == k) {
      merged.push_back((*e & kCountMask) == kCountMask ? *e : *e + 1);
      ++e;
    } else {
      merged.push_back(k | 1);
    }
  }
  merged.insert(merged.end(), e, entries_.end());
  entries_ = std::move(merged);
  if (entries_.size() > kMaxEntries) prune();
}

void StandingText::prune() {
  for (std::uint64_t fewest = 1; entries_.size() > kMaxEntries / 2 && fewest < kCountMask; ++fewest)
    std::erase_if(entries_, [&](std::uint64_t entry) { return (entry & kCountMask) <= fewest; });
  // Entries whose counts all reached the cap cannot be told apart by count: cut by key, so the table stays
  // within what deserialize() accepts.
  if (entries_.size() > kMaxEntries) entries_.resize(kMaxEntries / 2);
}

bool StandingText::is_standing(std::string_view host, std::uint32_t sentence_hash) const {
  return !host.empty() && pages(key_of(host, sentence_hash)) >= kPagesOfSite;
}

std::vector<bool> StandingText::standing_sentences(std::string_view host, std::string_view other_host,
                                                   const std::vector<std::uint32_t>& sentence_hashes) const {
  std::vector<bool> standing(sentence_hashes.size(), false);
  for (std::size_t i = 0; i < sentence_hashes.size(); ++i)
    standing[i] = is_standing(host, sentence_hashes[i]) || is_standing(other_host, sentence_hashes[i]);
  return standing;
}

std::string StandingText::serialize() const {
  std::string out;
  out.reserve(8 + 8 * entries_.size());
  le::put<std::uint32_t>(out, kFormatVersion);
  le::put<std::uint32_t>(out, static_cast<std::uint32_t>(entries_.size()));
  for (std::uint64_t entry : entries_) le::put<std::uint64_t>(out, entry);
  return out;
}

std::optional<StandingText> StandingText::deserialize(std::string_view bytes) {
  if (bytes.size() < 8 || le::get<std::uint32_t>(bytes, 0) != kFormatVersion) return std::nullopt;
  const std::size_t count = le::get<std::uint32_t>(bytes, 4);
  if (count > kMaxEntries || bytes.size() != 8 + 8 * count) return std::nullopt;
  StandingText text;
  text.entries_.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint64_t entry = le::get<std::uint64_t>(bytes, 8 + 8 * i);
    if ((entry & kCountMask) == 0 || (!text.entries_.empty() && key_part(entry) <= key_part(text.entries_.back())))
      return std::nullopt;  // not the ascending, counted entries serialize() writes
    text.entries_.push_back(entry);
  }
  return text;
}

}  // namespace firsthand
