// Per-codepoint folding shared by fold_text and the tokenizer: UTF-8 decoding plus the tables that map a
// codepoint to its comparison form and character class. Internal to the core.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace firsthand::detail {

enum class CharClass : std::uint8_t { Letter, Digit, Cjk, Space, Quote, Apostrophe, SentenceEnd, CjkSentenceEnd, Punct, Drop };

struct FoldedChar {
  char32_t first = 0;    // folded codepoint
  char32_t second = 0;   // a second codepoint for expansions (ß -> ss, æ -> ae), 0 if none
  CharClass cls = CharClass::Punct;
  bool upper = false;    // the original was an upper-case letter
};

// Decodes one codepoint at `pos` (advancing it); invalid bytes give U+FFFD.
char32_t decode_utf8(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);
FoldedChar fold_char(char32_t cp);

}  // namespace firsthand::detail
