// Word shapes (firsthand/compare/word_shape.h). Two words' edit distance has a lower bound in their lengths
// and the letter groups present in one only (no more than the difference of their counts per group): the
// length difference needs as many insertions or
// deletions, each changing the counts by one, and the rest of the counts' difference substitutions, each
// changing them by two at most.
#include "firsthand/compare/word_shape.h"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace firsthand {
namespace {

constexpr std::size_t kStem = 4;         // leading bytes in common: one word's inflections
constexpr std::size_t kTypoEdits = 2;    // edits apart: one word's spellings or typos
constexpr std::uint32_t kMaxLength = 63;
constexpr int kGroups = 16;

// English letters by frequency, dealt to the groups in turn so that common letters fall in different
// groups; other bytes by their value.
constexpr std::array<std::uint8_t, 256> kGroupOf = [] {
  std::array<std::uint8_t, 256> group{};
  for (int b = 0; b < 256; ++b) group[b] = static_cast<std::uint8_t>(b % kGroups);
  constexpr std::string_view by_frequency = "etaoinsrhldcumfpgwybvkxjqz";
  for (std::size_t i = 0; i < by_frequency.size(); ++i)
    group[static_cast<unsigned char>(by_frequency[i])] = static_cast<std::uint8_t>(i % kGroups);
  return group;
}();

std::uint32_t stem_hash(std::string_view word) {
  std::uint32_t h = 2166136261u;  // FNV-1a over the first bytes
  for (std::size_t i = 0; i < std::min(word.size(), kStem); ++i) h = (h ^ static_cast<unsigned char>(word[i])) * 16777619u;
  return (h ^ (h >> 9) ^ (h >> 18)) & 0x1ff;
}

std::uint32_t stem_of(std::uint32_t shape) { return (shape >> 16) & 0x1ff; }

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

}  // namespace

bool letters_differ_as_synonyms(std::string_view x, std::string_view y) {
  std::size_t stem = 0;
  while (stem < x.size() && stem < y.size() && x[stem] == y[stem]) ++stem;
  return stem < kStem && edit_distance(x, y) > kTypoEdits;
}

std::uint32_t word_shape(const Token& token, std::string_view word) {
  std::uint32_t shape = 0;
  for (char c : word) shape |= 1u << kGroupOf[static_cast<unsigned char>(c)];
  shape |= stem_hash(word) << 16;
  shape |= std::min<std::uint32_t>(static_cast<std::uint32_t>(word.size()), kMaxLength) << 25;
  if (token.kind == TokenKind::Word && !token.capitalized) shape |= 1u << 31;
  return shape;
}

std::size_t shape_length(std::uint32_t shape) { return (shape >> 25) & kMaxLength; }

bool shape_lower_case_word(std::uint32_t shape) { return (shape >> 31) != 0; }

bool shapes_differ_as_synonyms(std::uint32_t x, std::uint32_t y) {
  const std::size_t len_x = shape_length(x), len_y = shape_length(y);
  const bool may_share_stem = len_x >= kStem && len_y >= kStem && stem_of(x) == stem_of(y);
  if (may_share_stem) return false;
  // Groups present in one word only: no more than the difference of the counts per group.
  const auto count_difference = static_cast<std::size_t>(std::popcount((x ^ y) & 0xffffu));
  // A saturated length is a floor, not the length: its difference bounds nothing.
  const std::size_t length_difference =
      len_x == kMaxLength || len_y == kMaxLength ? 0 : (len_x > len_y ? len_x - len_y : len_y - len_x);
  // At least length_difference insertions or deletions, each changing the counts by one at most; the rest of
  // the counts' difference needs substitutions, two a substitution at most.
  const std::size_t edits = count_difference > length_difference
                                ? length_difference + (count_difference - length_difference + 1) / 2
                                : length_difference;
  return edits > kTypoEdits;
}

}  // namespace firsthand
