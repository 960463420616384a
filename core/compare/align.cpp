// Sentence alignment of two texts (compare.h): each sentence of A is paired with the sentence of B that
// shares most content words (an inverted index keeps this linear in practice), then the words between
// common anchors of the two sentences (their longest common subsequence) are read as substitutions, and
// word-for-word content swaps vote for the side with the longer (rarer) words: the spinner's side. A changed
// sentence of the same length whose every change is one common word put in another's place ("said" ->
// "stated") is a spinner's sentence: those swaps are kept apart, for the rules and the reader.
#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "firsthand/compare.h"

namespace firsthand {
namespace {

constexpr double kMinDice = 0.3;
constexpr std::size_t kMinSharedWords = 3;
constexpr std::size_t kMaxSentenceTokens = 200;  // bounds the quadratic word alignment on run-on "sentences"
constexpr std::size_t kMaxGapWords = 4;          // longer gaps are rewording, not a word swap

bool content(const Token& t) { return !t.stop_word; }

std::vector<std::uint64_t> content_words(const TokenizedText& text, const Sentence& s) {
  std::vector<std::uint64_t> words;
  for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i)
    if (content(text.tokens[i])) words.push_back(text.tokens[i].hash);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

std::string join_tokens(const TokenizedText& text, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t i = first; i < last; ++i) {
    if (!out.empty()) out += ' ';
    out += text.token_text(text.tokens[i]);
  }
  return out;
}

bool content_only(const TokenizedText& text, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last; ++i)
    if (!content(text.tokens[i])) return false;
  return true;
}

// Counts a content-word swap towards the side whose words are clearly longer (the rarer wording).
void vote_rarer(const WordSubstitution& swap, Alignment& result) {
  constexpr std::size_t kClearlyLonger = 2;  // characters (bytes): "largest" / "biggest" casts no vote
  if (swap.in_a.size() >= swap.in_b.size() + kClearlyLonger) ++result.rarer_swaps_a;
  if (swap.in_b.size() >= swap.in_a.size() + kClearlyLonger) ++result.rarer_swaps_b;
}

// Substitutions between two aligned sentences: gaps between LCS anchors that are short on both sides.
std::vector<WordSubstitution> substitutions(const TokenizedText& a, const Sentence& sa, const TokenizedText& b,
                                            const Sentence& sb, std::size_t& substituted_words, Alignment& result) {
  const std::size_t n = std::min<std::size_t>(sa.token_count, kMaxSentenceTokens);
  const std::size_t m = std::min<std::size_t>(sb.token_count, kMaxSentenceTokens);
  std::vector<std::uint16_t> lcs((n + 1) * (m + 1), 0);
  const auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return lcs[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      at(i, j) = a.tokens[sa.first_token + i].hash == b.tokens[sb.first_token + j].hash
                     ? at(i + 1, j + 1) + 1
                     : std::max(at(i + 1, j), at(i, j + 1));
  std::vector<WordSubstitution> out;
  std::size_t i = 0, j = 0, gap_i = 0, gap_j = 0;
  const auto close_gap = [&] {
    const std::size_t len_a = i - gap_i, len_b = j - gap_j;
    if (len_a > 0 && len_b > 0 && len_a <= kMaxGapWords && len_b <= kMaxGapWords) {
      out.push_back({join_tokens(b, sb.first_token + gap_j, sb.first_token + j),
                     join_tokens(a, sa.first_token + gap_i, sa.first_token + i)});
      // A spinner swaps word for word; a paraphraser rewords phrases of other lengths ("each new" ->
      // "every"), whose word lengths say nothing of spin.
      if (len_a == len_b && content_only(a, sa.first_token + gap_i, sa.first_token + i) &&
          content_only(b, sb.first_token + gap_j, sb.first_token + j))
        vote_rarer(out.back(), result);
      for (std::size_t k = gap_i; k < i; ++k) substituted_words += content(a.tokens[sa.first_token + k]);
    }
  };
  while (i < n && j < m) {
    if (a.tokens[sa.first_token + i].hash == b.tokens[sb.first_token + j].hash) {
      close_gap();
      ++i, ++j;
      gap_i = i, gap_j = j;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      ++i;
    } else {
      ++j;
    }
  }
  i = n, j = m;
  close_gap();
  return out;
}

// A spinner's swap: two different common words (lower case, letters, one a content word), not one word's
// spelling, inflection or typo ("organise" / "organize", "say" / "says", "recieve" / "receive"): those share
// most of their letters, synonyms do not.
constexpr std::size_t kSharedStem = 4;     // leading bytes in common: one word's inflections
constexpr std::size_t kTypoDistance = 2;   // edits apart: one word's spellings or typos
std::size_t edit_distance(std::string_view x, std::string_view y) {
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[y.size()];
}

bool lower_case_word(const Token& t) { return t.kind == TokenKind::Word && !t.capitalized; }

bool synonym_swap(std::string_view x, std::string_view y) {
  std::size_t stem = 0;
  while (stem < x.size() && stem < y.size() && x[stem] == y[stem]) ++stem;
  return stem < kSharedStem && edit_distance(x, y) > kTypoDistance;
}

// The word swaps of a changed sentence pair that has the same words in the same places but for single common
// words swapped for others; nothing when any change is of another kind (a word added, cut, moved, a name or
// a number changed).
std::optional<std::vector<WordSubstitution>> in_place_swaps(const TokenizedText& a, const Sentence& sa,
                                                            const TokenizedText& b, const Sentence& sb) {
  if (sa.token_count != sb.token_count) return std::nullopt;
  std::vector<WordSubstitution> swaps;
  for (std::uint32_t k = 0; k < sa.token_count; ++k) {
    const Token& ta = a.tokens[sa.first_token + k];
    const Token& tb = b.tokens[sb.first_token + k];
    if (ta.hash == tb.hash) continue;
    // A content word on one side at least: "said" -> "stated" is a swap, "the" -> "a" is an edit.
    if (!lower_case_word(ta) || !lower_case_word(tb) || (ta.stop_word && tb.stop_word)) return std::nullopt;
    const std::string_view wa = a.token_text(ta), wb = b.token_text(tb);
    if (!synonym_swap(wa, wb)) return std::nullopt;
    swaps.push_back({std::string(wb), std::string(wa)});
  }
  if (swaps.empty()) return std::nullopt;
  return swaps;
}

// Share of pairs whose B sentences follow A's order: longest increasing subsequence over the pairs.
double order_agreement(const std::vector<AlignedPair>& pairs) {
  if (pairs.empty()) return 0.0;
  std::vector<std::uint32_t> tails;
  for (const auto& p : pairs) {
    auto it = std::upper_bound(tails.begin(), tails.end(), p.sentence_b);
    if (it == tails.end()) tails.push_back(p.sentence_b);
    else *it = p.sentence_b;
  }
  return static_cast<double>(tails.size()) / static_cast<double>(pairs.size());
}

}  // namespace

Alignment align_sentences(const TokenizedText& a, const TokenizedText& b) {
  Alignment result;
  std::vector<std::vector<std::uint64_t>> words_b;
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> sentences_with_word;
  for (std::uint32_t j = 0; j < b.sentences.size(); ++j) {
    words_b.push_back(content_words(b, b.sentences[j]));
    for (std::uint64_t w : words_b.back()) sentences_with_word[w].push_back(j);
  }
  std::vector<bool> b_used(b.sentences.size(), false);
  std::vector<std::uint32_t> shared(b.sentences.size(), 0);
  std::size_t aligned_words = 0, substituted_words = 0;
  for (std::uint32_t i = 0; i < a.sentences.size(); ++i) {
    const auto words_a = content_words(a, a.sentences[i]);
    std::vector<std::uint32_t> touched;
    for (std::uint64_t w : words_a) {
      const auto it = sentences_with_word.find(w);
      if (it == sentences_with_word.end()) continue;
      for (std::uint32_t j : it->second) {
        if (shared[j]++ == 0) touched.push_back(j);
      }
    }
    std::uint32_t best = 0;
    double best_dice = 0;
    for (std::uint32_t j : touched) {
      const double dice = 2.0 * shared[j] / static_cast<double>(words_a.size() + words_b[j].size());
      if (shared[j] >= kMinSharedWords && dice > best_dice) best = j, best_dice = dice;
      shared[j] = 0;
    }
    if (best_dice < kMinDice) continue;
    const Sentence& sa = a.sentences[i];
    const Sentence& sb = b.sentences[best];
    AlignedPair pair{i, best, best_dice, false, std::string(a.sentence_text(sa)), std::string(b.sentence_text(sb)), {}};
    pair.identical = pair.text_a == pair.text_b;
    pair.substitutions = substitutions(a, sa, b, sb, substituted_words, result);
    if (!pair.identical) {
      ++result.changed_pairs;
      if (auto swaps = in_place_swaps(a, sa, b, sb)) {
        ++result.swapped_pairs;
        for (auto& swap : *swaps) result.in_place_swaps.push_back(std::move(swap));
      }
    }
    for (std::size_t k = sa.first_token; k < sa.first_token + sa.token_count; ++k) aligned_words += content(a.tokens[k]);
    b_used[best] = true;
    result.pairs.push_back(std::move(pair));
  }
  if (!a.sentences.empty()) result.aligned_share_a = static_cast<double>(result.pairs.size()) / a.sentences.size();
  if (!b.sentences.empty())
    result.aligned_share_b =
        static_cast<double>(std::count(b_used.begin(), b_used.end(), true)) / static_cast<double>(b.sentences.size());
  result.order_agreement = order_agreement(result.pairs);
  result.substituted_word_share = aligned_words ? static_cast<double>(substituted_words) / aligned_words : 0.0;
  return result;
}

}  // namespace firsthand
