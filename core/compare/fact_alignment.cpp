// Order-preserving alignment of two texts' facts (compare.h): their distinct names and numbers in order of
// first appearance (fingerprint/facts.h), matched by key, and the longest common subsequence of the matched
// ones. A derivative follows its source's facts in order and adds few of its own; separate reporting picks
// and orders the shared facts its own way and has facts the other lacks.
#include <algorithm>
#include <bitset>

#include "firsthand/compare.h"

namespace firsthand {
namespace {

constexpr std::size_t kMaxAlignedFacts = 512;  // bounds the quadratic subsequence on fact-dense huge pages

// Index pairs (into x and y) of a longest common subsequence of two key sequences.
std::vector<std::pair<std::uint32_t, std::uint32_t>> common_subsequence(const std::vector<std::uint16_t>& x,
                                                                        const std::vector<std::uint16_t>& y) {
  const std::size_t n = std::min(x.size(), kMaxAlignedFacts), m = std::min(y.size(), kMaxAlignedFacts);
  std::vector<std::uint16_t> table((n + 1) * (m + 1), 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return table[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      at(i, j) = x[i] == y[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (std::size_t i = 0, j = 0; i < n && j < m;) {
    if (x[i] == y[j]) out.emplace_back(i++, j++);
    else if (at(i + 1, j) >= at(i, j + 1)) ++i;
    else ++j;
  }
  return out;
}

using KeySet = std::bitset<(1u << kFactKeyBits)>;

KeySet key_set(const std::vector<std::uint16_t>& keys) {
  KeySet set;
  for (std::uint16_t k : keys) set.set(k);
  return set;
}

// The keys of x that `in` holds, in x's order, and where each is in x.
struct Kept {
  std::vector<std::uint16_t> keys;
  std::vector<std::uint32_t> at;
};

Kept kept_in(const std::vector<std::uint16_t>& x, const KeySet& in) {
  Kept out;
  for (std::uint32_t i = 0; i < x.size(); ++i)
    if (in.test(x[i])) out.keys.push_back(x[i]), out.at.push_back(i);
  return out;
}

// The longest stretch of a sequence of `size` facts between the chain's facts (`chain` ascending indexes into
// the sequence), before the first or after the last.
std::uint32_t longest_gap(std::size_t size, const std::vector<std::uint32_t>& chain) {
  std::uint32_t longest = 0, next = 0;
  for (std::uint32_t at : chain) {
    longest = std::max(longest, at - next);
    next = at + 1;
  }
  return std::max(longest, static_cast<std::uint32_t>(size - next));
}

}  // namespace

FactMatch match_facts(const FactSequence& a, const FactSequence& b) {
  const std::uint8_t level = std::max(a.level, b.level);
  const std::vector<std::uint16_t> x = facts_at_level(a, level), y = facts_at_level(b, level);
  FactMatch m;
  m.compared_a = static_cast<std::uint32_t>(x.size());
  m.compared_b = static_cast<std::uint32_t>(y.size());
  if (x.empty() || y.empty()) return m;
  // Only shared facts can be in a common subsequence, so it is computed over those alone.
  const Kept x_shared = kept_in(x, key_set(y)), y_shared = kept_in(y, key_set(x));
  const auto chain = common_subsequence(x_shared.keys, y_shared.keys);
  m.common = static_cast<std::uint32_t>(x_shared.keys.size());
  m.in_order = static_cast<std::uint32_t>(chain.size());
  m.a_in_b = static_cast<double>(m.common) / x.size();
  m.b_in_a = static_cast<double>(y_shared.keys.size()) / y.size();
  std::vector<std::uint32_t> chain_a, chain_b;
  for (const auto& [i, j] : chain) chain_a.push_back(x_shared.at[i]), chain_b.push_back(y_shared.at[j]);
  m.off_chain_a = longest_gap(x.size(), chain_a);
  m.off_chain_b = longest_gap(y.size(), chain_b);
  return m;
}

std::vector<AlignedFact> align_facts(const TokenizedText& a, const TokenizedText& b) {
  const std::vector<FactToken> fa = distinct_facts(a), fb = distinct_facts(b);
  std::vector<std::uint16_t> x, y;
  for (const FactToken& f : fa) x.push_back(f.key);
  for (const FactToken& f : fb) y.push_back(f.key);
  std::vector<AlignedFact> out;
  for (const auto& [i, j] : common_subsequence(x, y))
    out.push_back({std::string(a.token_text(a.tokens[fa[i].token])), std::string(b.token_text(b.tokens[fb[j].token]))});
  return out;
}

}  // namespace firsthand
