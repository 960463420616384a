// Function words of the languages the engine reads most, for stop-word density (is this running text?)
// and for the cheap language guess when a page declares none.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

namespace firsthand::text {

struct LanguageStopWords {
  std::string_view language;  // BCP 47 primary tag
  std::span<const std::string_view> words;  // lower-case
};

// Bit i set: stop_word_languages()[i] lists the word.
using LanguageMask = std::uint16_t;

std::span<const LanguageStopWords> stop_word_languages();
// Lower-cased word (ASCII folding only); true when some language lists it.
bool is_stop_word(std::string_view lower_word);
// The languages listing the word, in one lookup.
LanguageMask stop_word_language_mask(std::string_view lower_word);

}  // namespace firsthand::text
