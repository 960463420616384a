// The longest run of words two texts both quote (compare.h): two outlets quoting one speaker cut the quote in
// different places ("It's a tax on the people who keep the lights on," against "a tax on the people who keep
// the lights on"), so whole quoted spans differ while the words they share are the same in the same order. A
// reader can check the run in both texts.
#include <algorithm>
#include <unordered_set>

#include "firsthand/compare.h"

namespace firsthand {
namespace {

constexpr std::size_t kWindow = 4;  // quoted words hashed together; a run is found window by window

// Hash of the kWindow quoted tokens from `at`, or nothing when the window leaves the quote.
std::optional<std::uint64_t> window_at(const TokenizedText& t, std::size_t at) {
  if (at + kWindow > t.tokens.size()) return std::nullopt;
  std::uint64_t h = 0x51574f52ull;
  for (std::size_t i = at; i < at + kWindow; ++i) {
    if (!t.tokens[i].in_quote) return std::nullopt;
    h = (h ^ t.tokens[i].hash) * 0x100000001b3ull;
    h ^= h >> 29;
  }
  return h;
}

}  // namespace

SharedQuote longest_shared_quote(const TokenizedText& a, const TokenizedText& b) {
  std::unordered_set<std::uint64_t> in_b;
  for (std::size_t i = 0; i + kWindow <= b.tokens.size(); ++i)
    if (const auto h = window_at(b, i)) in_b.insert(*h);
  SharedQuote best;
  std::size_t best_start = 0;
  // Consecutive shared windows of A make one shared run (an approximation that can join two runs that follow
  // each other in A but not in B; both are quoted in B all the same).
  for (std::size_t i = 0, run = 0; i + kWindow <= a.tokens.size(); ++i) {
    const auto h = window_at(a, i);
    run = h && in_b.count(*h) ? run + 1 : 0;
    const std::uint32_t words = run ? static_cast<std::uint32_t>(run + kWindow - 1) : 0;
    if (words > best.words) best.words = words, best_start = i + 1 - run;
  }
  if (best.words == 0) return best;
  const std::size_t end = best_start + best.words;
  for (std::size_t i = best_start; i < end; ++i) best.content_words += !a.tokens[i].stop_word;
  best.text = std::string(a.folded.substr(a.tokens[best_start].begin, a.tokens[end - 1].end - a.tokens[best_start].begin));
  return best;
}

}  // namespace firsthand
