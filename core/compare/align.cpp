// Sentence alignment of two texts (compare.h): each sentence of A is paired with the sentence of B that
// shares most content words (an inverted index keeps this linear in practice), then the words between
// common anchors of the two sentences (their longest common subsequence) are read as substitutions, and
// word-for-word content swaps vote for the side with the longer (rarer) words: the spinner's side. A changed
// sentence of the same length whose every change is one common word put in another's place ("said" ->
// "stated") is a spinner's sentence: those swaps are kept apart, for the rules and the reader. A text rebuilt
// from a passage summary has no letters for its content words, only their shapes (word_shape.h): its words'
// lengths and swap tests come from those, and a reason shows the page's word only.
#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "firsthand/compare.h"
#include "firsthand/compare/word_shape.h"

namespace firsthand {
namespace {

constexpr double kMinDice = 0.3;
constexpr std::size_t kMinSharedWords = 3;
constexpr std::size_t kMaxSentenceTokens = 200;  // bounds the quadratic word alignment on run-on "sentences"
constexpr std::size_t kMaxGapWords = 4;          // longer gaps are rewording, not a word swap

bool content(const Token& t) { return !t.stop_word; }

// Whether the text's content words have their letters (not a text rebuilt from a passage summary).
bool lettered(const TokenizedText& text) { return text.shapes.empty(); }

std::uint32_t shape_at(const TokenizedText& text, std::size_t i) {
  const Token& t = text.tokens[i];
  return lettered(text) ? word_shape(t, text.token_text(t)) : text.shapes[i];
}

std::size_t token_bytes(const TokenizedText& text, std::size_t i) {
  const Token& t = text.tokens[i];
  return lettered(text) || t.end > t.begin ? t.end - t.begin : shape_length(text.shapes[i]);
}

// The word as a reason may show it: a summary's content word has no letters to quote.
std::string shown_word(const TokenizedText& text, std::size_t i) {
  const Token& t = text.tokens[i];
  return lettered(text) || t.end > t.begin ? std::string(text.token_text(t)) : std::string("(a different word)");
}

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

// The bytes of tokens first..last joined by spaces, as join_tokens writes them.
std::size_t joined_bytes(const TokenizedText& text, std::size_t first, std::size_t last) {
  std::size_t bytes = last > first ? last - first - 1 : 0;
  for (std::size_t i = first; i < last; ++i) bytes += token_bytes(text, i);
  return bytes;
}

// Counts a content-word swap towards the side whose words are clearly longer (the rarer wording).
void vote_rarer(std::size_t bytes_a, std::size_t bytes_b, Alignment& result) {
  constexpr std::size_t kClearlyLonger = 2;  // characters (bytes): "largest" / "biggest" casts no vote
  if (bytes_a >= bytes_b + kClearlyLonger) ++result.rarer_swaps_a;
  if (bytes_b >= bytes_a + kClearlyLonger) ++result.rarer_swaps_b;
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
        vote_rarer(joined_bytes(a, sa.first_token + gap_i, sa.first_token + i),
                   joined_bytes(b, sb.first_token + gap_j, sb.first_token + j), result);
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

bool lower_case_word(const TokenizedText& text, std::size_t i) {
  const Token& t = text.tokens[i];
  return lettered(text) ? t.kind == TokenKind::Word && !t.capitalized : shape_lower_case_word(text.shapes[i]);
}

// A spinner's swap: two different common words (lower case, letters, one a content word), not one word's
// spelling, inflection or typo (word_shape.h): on both words' letters, or on their shapes when one side has
// none.
bool synonym_swap(const TokenizedText& a, std::size_t i, const TokenizedText& b, std::size_t j) {
  if (lettered(a) && lettered(b))
    return letters_differ_as_synonyms(a.token_text(a.tokens[i]), b.token_text(b.tokens[j]));
  return shapes_differ_as_synonyms(shape_at(a, i), shape_at(b, j));
}

// The word swaps of a changed sentence pair that has the same words in the same places but for single common
// words swapped for others; nothing when any change is of another kind (a word added, cut, moved, a name or
// a number changed).
std::optional<std::vector<WordSubstitution>> in_place_swaps(const TokenizedText& a, const Sentence& sa,
                                                            const TokenizedText& b, const Sentence& sb) {
  if (sa.token_count != sb.token_count) return std::nullopt;
  std::vector<WordSubstitution> swaps;
  for (std::uint32_t k = 0; k < sa.token_count; ++k) {
    const std::size_t i = sa.first_token + k, j = sb.first_token + k;
    const Token& ta = a.tokens[i];
    const Token& tb = b.tokens[j];
    if (ta.hash == tb.hash) continue;
    // A content word on one side at least: "said" -> "stated" is a swap, "the" -> "a" is an edit.
    if (!lower_case_word(a, i) || !lower_case_word(b, j) || (ta.stop_word && tb.stop_word)) return std::nullopt;
    // One word's other inflection, spelling or typo ("hitting" -> "hit", "labeled" -> "labelled"), as a spinner
    // leaves where it put a synonym's base form, neither counts as a swap nor makes the sentence reworded.
    if (!synonym_swap(a, i, b, j)) continue;
    swaps.push_back({shown_word(b, j), shown_word(a, i)});
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

Alignment align_sentences(const TokenizedText& a, const TokenizedText& b, const std::vector<bool>& a_standing,
                          const std::vector<bool>& b_standing) {
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
    if (i < a_standing.size() && a_standing[i]) continue;
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
    if (best_dice < kMinDice || (best < b_standing.size() && b_standing[best])) continue;
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
