// Function words of the languages the engine reads most, for stop-word density (is this running text?)
// and for the cheap language guess when a page declares none.
#pragma once
#include <span>
#include <string_view>

namespace firsthand::text {

struct LanguageStopWords {
  std::string_view language;  // BCP 47 primary tag
  std::span<const std::string_view> words;  // lower-case, sorted for binary search
};

std::span<const LanguageStopWords> stop_word_languages();
// Lower-cased word (ASCII folding only); true when some language lists it.
bool is_stop_word(std::string_view lower_word);
bool is_stop_word_of(const LanguageStopWords& language, std::string_view lower_word);

}  // namespace firsthand::text
