// Codepoint folding tables: case, Latin diacritics, typographic punctuation, invisible characters.
#include "fold.h"

namespace firsthand::detail {
namespace {

// Base letters for U+00C0..U+017F, lower case; '*' marks entries handled separately (×, ÷, expansions).
constexpr std::string_view kLatinBase =
    "aaaaaa*ceeeeiiii"   // C0-CF (Æ is an expansion)
    "dnooooo*ouuuuyt*"   // D0-DF (× is punctuation, ß an expansion)
    "aaaaaa*ceeeeiiii"   // E0-EF
    "dnooooo*ouuuuyty"   // F0-FF (÷ is punctuation)
    "aaaaaaccccccccdd"   // 0100
    "ddeeeeeeeeeegggg"   // 0110
    "gggghhhhiiiiiiii"   // 0120
    "iijjjjkkklllllll"   // 0130
    "lllnnnnnnnnnoooo"   // 0140
    "oooorrrrrrssssss"   // 0150
    "ssttttttuuuuuuuu"   // 0160
    "uuuuwwyyyzzzzzzs";  // 0170

bool latin_upper(char32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
    if (cp == 0x178) return true;
    // Pairs alternate upper/lower, with the parity shifting at U+0139 and again at U+014A and U+0179.
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || cp >= 0x179;
    return odd_upper ? (cp % 2 == 1) : (cp % 2 == 0);
  }
  return false;
}

FoldedChar letter(char32_t folded, bool upper) { return {folded, 0, CharClass::Letter, upper}; }

}  // namespace

char32_t decode_utf8(std::string_view s, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b0 = byte(pos);
  if (b0 < 0x80) return s[pos++];
  int len = b0 >= 0xF0 && b0 < 0xF5 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
  if (len == 0 || pos + len > s.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = b0 & (0x7F >> len);
  for (int i = 1; i < len; ++i) {
    const unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  pos += len;
  return cp;
}

FoldedAt fold_utf8_at(std::string_view s, std::size_t pos) {
  std::size_t end = pos;
  const char32_t cp = decode_utf8(s, end);
  return {fold_char(cp), static_cast<std::uint32_t>(end - pos)};
}

char* write_utf8(char* out, char32_t cp) {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

FoldedChar fold_char(char32_t cp) {
  if (cp < 0x80) return kAsciiFolds[cp];
  // Cyrillic and Greek text is mostly these letters: answered before the tests for rarer codepoints below.
  if (cp >= 0x430 && cp <= 0x45F) return letter(cp, false);   // Cyrillic small letters
  if (cp >= 0x410 && cp <= 0x42F) return letter(cp + 0x20, true);   // Cyrillic capitals
  if (cp >= 0x3B1 && cp <= 0x3C9) return letter(cp, false);   // Greek small letters
  if (cp >= 0xC0 && cp <= 0x17F) {
    const bool upper = latin_upper(cp);
    switch (cp) {
      case 0xC6: case 0xE6: return {'a', 'e', CharClass::Letter, upper};
      case 0xDF: return {'s', 's', CharClass::Letter, false};
      case 0xDE: case 0xFE: return {'t', 'h', CharClass::Letter, upper};
      case 0x152: case 0x153: return {'o', 'e', CharClass::Letter, upper};
      case 0xD7: return {'x', 0, CharClass::Punct, false};
      case 0xF7: return {'/', 0, CharClass::Punct, false};
      default: return letter(static_cast<char32_t>(kLatinBase[cp - 0xC0]), upper);
    }
  }
  switch (cp) {
    case 0xA0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x2028: case 0x2029:
      return {' ', 0, CharClass::Space, false};
    case 0xAD: case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F: case 0x2060: case 0xFEFF:
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return {0, 0, CharClass::Drop, false};
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return {'\'', 0, CharClass::Apostrophe, false};
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xAB: case 0xBB:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F:
      return {'"', 0, CharClass::Quote, false};
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return {'-', 0, CharClass::Punct, false};
    case 0x2026: return {'.', 0, CharClass::Punct, false};  // an ellipsis does not end a sentence here
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61:
      return {cp == 0xFF01 ? U'!' : cp == 0xFF1F ? U'?' : U'.', 0, CharClass::CjkSentenceEnd, false};
    default: break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return {' ', 0, CharClass::Space, false};
  if (cp >= 0xFF10 && cp <= 0xFF19) return {cp - 0xFEE0, 0, CharClass::Digit, false};
  if (cp >= 0xFF21 && cp <= 0xFF3A) return letter(cp - 0xFEE0 + 32, true);
  if (cp >= 0xFF41 && cp <= 0xFF5A) return letter(cp - 0xFEE0, false);
  if (cp >= 0xFF01 && cp <= 0xFF5E) return {cp - 0xFEE0, 0, CharClass::Punct, false};
  if (cp >= 0x391 && cp <= 0x3A9) return letter(cp + 0x20, true);   // Greek capitals
  if (cp >= 0x400 && cp <= 0x40F) return letter(cp + 0x50, true);
  if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF))
    return {cp, 0, CharClass::Cjk, false};
  if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
      (cp >= 0x80 && cp < 0xC0) || cp == 0xFFFD || (cp >= 0x1F000 && cp <= 0x1FAFF))
    return {cp, 0, CharClass::Punct, false};
  return letter(cp, false);  // other scripts' letters and marks: kept as they are
}

}  // namespace firsthand::detail
