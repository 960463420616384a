// Per-codepoint folding shared by fold_text and the tokenizer: UTF-8 decoding plus the tables that map a
// codepoint to its comparison form and character class. Internal to the core.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace firsthand::detail {

// Letter and Digit first: the tokenizer tells a word character with one comparison.
enum class CharClass : std::uint8_t { Letter, Digit, Cjk, Space, Quote, Apostrophe, SentenceEnd, CjkSentenceEnd, Punct, Drop };

// Trivial (no member initialisers), so the tokenizer's per-paragraph buffers need no filling. Eight bytes:
// the tokenizer stores one per input character, and at twelve the copy was a third of the folding.
struct FoldedChar {
  char32_t first;    // folded codepoint
  char second;       // an ASCII second letter for expansions (ß -> ss, æ -> ae, þ -> th), 0 if none
  CharClass cls;
  bool upper;        // the original was an upper-case letter
};
static_assert(sizeof(FoldedChar) == 8);

// Decodes one codepoint at `pos` (advancing it); invalid bytes give U+FFFD.
char32_t decode_utf8(std::string_view s, std::size_t& pos);
// Encodes `cp` as UTF-8 at `out` (room for 4 bytes), returning the end.
char* write_utf8(char* out, char32_t cp);
// Appends `cp` as UTF-8 to `out` (for callers that build a std::string rather than fill a buffer).
inline void append_utf8(std::string& out, char32_t cp) {
  char bytes[4];
  out.append(bytes, static_cast<std::size_t>(write_utf8(bytes, cp) - bytes));
}

// UTF-16 code units, as the UTF-16 decoder (input_kind.cpp) and JSON's \u escapes (json_cursor.cpp) give them.
inline constexpr char32_t kReplacementCharacter = 0xFFFD;
inline bool is_high_surrogate(char32_t unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
inline bool is_low_surrogate(char32_t unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }
// A high and a low surrogate, as the one codepoint they encode.
inline void append_surrogate_pair(std::string& out, char32_t high, char32_t low) {
  append_utf8(out, 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00));
}
// A code unit not part of a pair: itself, or U+FFFD for a surrogate whose other half is missing.
inline void append_lone_unit(std::string& out, char32_t unit) {
  append_utf8(out, unit >= 0xD800 && unit <= 0xDFFF ? kReplacementCharacter : unit);
}
FoldedChar fold_char(char32_t cp);

// fold_char for ASCII, usable at compile time.
constexpr FoldedChar fold_ascii(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return {cp, 0, CharClass::Letter, false};
  if (cp >= 'A' && cp <= 'Z') return {cp + 32, 0, CharClass::Letter, true};
  if (cp >= '0' && cp <= '9') return {cp, 0, CharClass::Digit, false};
  switch (cp) {
    case ' ': case '\t': case '\n': case '\r': case '\f': case '\v': return {' ', 0, CharClass::Space, false};
    case '"': return {'"', 0, CharClass::Quote, false};
    case '\'': return {'\'', 0, CharClass::Apostrophe, false};
    case '.': case '!': case '?': return {cp, 0, CharClass::SentenceEnd, false};
    case 0: return {0, 0, CharClass::Drop, false};
    default: return {cp, 0, CharClass::Punct, false};
  }
}

// Most text is ASCII: its folds are a table load rather than a decode and a call.
inline constexpr std::array<FoldedChar, 128> kAsciiFolds = [] {
  std::array<FoldedChar, 128> table{};
  for (char32_t cp = 0; cp < 128; ++cp) table[cp] = fold_ascii(cp);
  return table;
}();

// A folded codepoint and how many input bytes it took.
struct FoldedAt {
  FoldedChar c;
  std::uint32_t length;
};

// fold_at for a codepoint that is not ASCII.
FoldedAt fold_utf8_at(std::string_view s, std::size_t pos);

// Decodes and folds the codepoint at `pos`. Returned by value, not advanced through a reference, so that
// the callers' loops keep their position in a register.
inline FoldedAt fold_at(std::string_view s, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(s[pos]);
  if (byte < 0x80) return {kAsciiFolds[byte], 1};
  return fold_utf8_at(s, pos);
}

// Writes the folded codepoint(s) of `c` as UTF-8 at `out` (room for 8 bytes), returning the end.
inline char* write_folded(char* out, const FoldedChar& c) {
  if (c.first < 0x80)
    *out++ = static_cast<char>(c.first);
  else
    out = write_utf8(out, c.first);
  if (c.second) *out++ = c.second;
  return out;
}

}  // namespace firsthand::detail
