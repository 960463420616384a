// Short words packed into one integer, so that word lists (stop words, abbreviations) are looked up by
// comparing integers rather than strings. One packer for the extraction's and the fingerprint's tables.
#pragma once
#include <cstdint>
#include <string_view>

namespace firsthand::detail {

inline constexpr std::size_t kPackedWordBytes = 8;

// The bytes of a word of at most kPackedWordBytes bytes, from the lowest up. Words that differ only by
// trailing NUL bytes pack alike, so a table keeps the word's length beside it (or in the top byte, for
// words of at most 7 bytes: pack_word, fingerprint/stop_words.h).
constexpr std::uint64_t pack_bytes(std::string_view word) {
  std::uint64_t packed = 0;
  for (std::size_t i = 0; i < word.size(); ++i)
    packed |= static_cast<std::uint64_t>(static_cast<unsigned char>(word[i])) << (8 * i);
  return packed;
}

}  // namespace firsthand::detail
