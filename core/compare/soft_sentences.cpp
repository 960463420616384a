// Soft sentence matching (compare.h): which sentences of one text say what a sentence of the other says in
// other words. Words are compared by their first letters (one word's inflections share them), a sentence may
// match two merged ones of the other, and only the matches that follow one order in both texts count, so two
// reports that share a few stock phrases in scattered places do not pair up.
#include <algorithm>
#include <cmath>

#include "firsthand/compare.h"

namespace firsthand {
namespace {

constexpr std::size_t kStemBytes = 5;         // leading bytes of a folded word: its inflections share them
constexpr std::size_t kFewestStems = 3;       // fewer content words say nothing about what a sentence says
constexpr double kSoftMatch = 0.35;           // share of a sentence's stems found in its partner
constexpr double kMergedDiscount = 0.9;       // two merged sentences hold more words: a match in them counts less
// Bound the quadratic matching on huge pages: sentences read, and a sentence's stems kept (the smallest
// hashes, a sample both texts take alike).
constexpr std::size_t kMaxSentences = 400;
constexpr std::size_t kMaxStems = 64;
constexpr std::uint32_t kFewestInOrder = 2;   // one match in order is a coincidence of stock phrases

using Stems = std::vector<std::uint64_t>;  // sorted, distinct

std::vector<Stems> sentence_stems(const TokenizedText& text) {
  std::vector<Stems> out;
  for (std::size_t si = 0; si < std::min(text.sentences.size(), kMaxSentences); ++si) {
    const Sentence& s = text.sentences[si];
    Stems stems;
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      const Token& t = text.tokens[i];
      if (t.stop_word || t.kind == TokenKind::Cjk) continue;
      const std::string_view word = text.token_text(t);
      if (word.size() < 3) continue;
      stems.push_back(hash_token(word.substr(0, kStemBytes)));
    }
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    if (stems.size() > kMaxStems) stems.resize(kMaxStems);
    out.push_back(std::move(stems));
  }
  return out;
}

std::size_t common(const Stems& x, const Stems& y) {
  std::size_t n = 0;
  for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

Stems merged(const Stems& x, const Stems& y) {
  Stems out;
  std::set_union(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(out));
  return out;
}

// Partners in no order at all still chain by chance: the longest increasing run of a random permutation of n
// is about 2 * sqrt(n) - 1.77 * n^(1/6) long, with a spread of about 0.9 * n^(1/6) (Baik, Deift and
// Johansson). A chain no longer than chance's mean plus one spread is no sign of a retelling: two long reports
// on one topic pair many sentences by stock words, in scattered places.
double chance_chain(std::size_t n) {
  const double root6 = std::pow(static_cast<double>(n), 1.0 / 6);
  return 2 * std::sqrt(static_cast<double>(n)) - 1.77 * root6 + 0.9 * root6;
}

// Share of x's sentences (of kFewestStems or more) whose best partner in y, alone or merged with the next,
// holds kSoftMatch of its stems, counting only the longest chain of such partners in y's order, when that
// chain is longer than chance gives.
double soft_share(const std::vector<Stems>& x, const std::vector<Stems>& y, const std::vector<Stems>& y_pairs) {
  std::size_t counted = 0, matched = 0;
  std::vector<std::size_t> tails;  // longest non-decreasing chain of partner indexes (patience sorting)
  for (const Stems& s : x) {
    if (s.size() < kFewestStems) continue;
    ++counted;
    double best = 0;
    std::size_t partner = 0;
    for (std::size_t j = 0; j < y.size(); ++j) {
      double share = static_cast<double>(common(s, y[j])) / s.size();
      if (j < y_pairs.size()) share = std::max(share, kMergedDiscount * common(s, y_pairs[j]) / s.size());
      if (share > best) best = share, partner = j;
    }
    if (best < kSoftMatch) continue;
    ++matched;
    const auto at = std::upper_bound(tails.begin(), tails.end(), partner);
    if (at == tails.end()) tails.push_back(partner);
    else *at = partner;
  }
  if (tails.size() < kFewestInOrder || counted == 0) return 0;
  if (static_cast<double>(tails.size()) < chance_chain(matched)) return 0;
  return static_cast<double>(tails.size()) / counted;
}

std::vector<Stems> neighbour_pairs(const std::vector<Stems>& y) {
  std::vector<Stems> out;
  for (std::size_t j = 0; j + 1 < y.size(); ++j) out.push_back(merged(y[j], y[j + 1]));
  return out;
}

}  // namespace

SoftShares soft_shares_in_order(const TokenizedText& a, const TokenizedText& b) {
  const std::vector<Stems> x = sentence_stems(a), y = sentence_stems(b);
  return {soft_share(x, y, neighbour_pairs(y)), soft_share(y, x, neighbour_pairs(x))};
}

double soft_matched_in_order(const TokenizedText& a, const TokenizedText& b) {
  const SoftShares shares = soft_shares_in_order(a, b);
  return std::min(shares.a_in_b, shares.b_in_a);
}

}  // namespace firsthand
